"""Archives: where a document is kept and how its place is written (:mod:`~bibkit.archives.locator`)."""

from bibkit.archives.locator import ArchivalLocator, canonical_location, record_id

__all__ = ["ArchivalLocator", "canonical_location", "record_id"]
