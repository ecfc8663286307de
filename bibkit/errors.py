"""Typed exceptions of the library; the CLI turns each into one line on stderr and exit code 1."""

from __future__ import annotations


class BibkitError(Exception):
    """Base class: an input bibkit cannot use, with a message meant for the user."""


class InputNotFound(BibkitError):
    """The path does not exist or is a directory."""


class EmptyInput(BibkitError):
    """The input holds no text."""


class BinaryInput(BibkitError):
    """The input is not text (NUL bytes, control characters)."""


class DecodingError(BibkitError):
    """The bytes are in no encoding bibkit reads."""


class InputTooLarge(BibkitError):
    """The input is larger than the configured limit."""
