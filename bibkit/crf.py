"""The trained models on disk: load them safely, tag with them, train them.

A model is two files in the models directory: ``NAME.crfsuite`` (python-crfsuite's binary) and
``NAME.json`` (its size and SHA-256, labels, the feature-specification version it was trained
with, and how it was trained). CRFsuite trusts its file and crashes the process on a truncated
one, so the bytes are checked against ``NAME.json`` before CRFsuite sees them: a missing,
corrupt or mismatched model is one :class:`ModelError` line, never a crash.

The directory is ``bibkit/data/models`` unless ``BIBKIT_MODELS`` names another (models a user
trained with ``bibkit train --add … --out DIR``).
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from bibkit.atomic import atomic_write, write_text_atomic
from bibkit.errors import BibkitError
from bibkit.lexicon import spec

MODELS_ENV = "BIBKIT_MODELS"
# CRFsuite writes weights with 6 decimals: times this, every weight is an integer.
WEIGHT_SCALE = 1_000_000


class ModelError(BibkitError):
    """A model file is missing, corrupt, or does not fit this version of bibkit."""


def models_dir() -> Path:
    """Where models are read from: ``$BIBKIT_MODELS`` or the package's own ``data/models``."""
    override = os.environ.get(MODELS_ENV)
    return Path(override) if override else Path(__file__).parent / "data" / "models"


@dataclass
class Model:
    """A loaded model: ``tag`` labels one sequence of feature lists."""

    name: str
    labels: tuple[str, ...]
    meta: dict[str, Any]
    _tagger: Any
    # CRFsuite reads the model from this buffer without keeping it alive: the model must.
    _data: bytes = b""

    def tag(self, features: Sequence[Sequence[str]]) -> list[str]:
        if not features:
            return []
        return self._tagger.tag(features)

    def weights(self) -> dict[str, Any]:
        """The model as plain numbers, for a decoder in another runtime (the Zotero translator).

        ``labels`` in CRFsuite's id order; ``transitions[i][j]`` the weight of label ``i`` followed
        by label ``j``; ``attributes[name][value]`` the flat ``[label id, weight, label id, weight
        …]`` of attribute ``name:value``, each weight times ``scale`` — CRFsuite's own dump, where
        ``info()`` reads them from, has 6 decimals, so these are integers and another runtime gets
        the same doubles back by one division. Grouping by name keeps the text small (a name such
        as ``w[-1]`` is written once, not once per word): the whole labeller is about 1 MB.
        """
        info = self._tagger.info()
        labels = list(self.labels)
        ids = {label: i for i, label in enumerate(labels)}
        transitions = [[0.0] * len(labels) for _ in labels]
        for (first, second), weight in info.transitions.items():
            transitions[ids[first]][ids[second]] = weight
        pairs: dict[str, list[tuple[int, int]]] = {}
        for (attribute, label), weight in info.state_features.items():
            if weight != 0.0:
                pairs.setdefault(attribute, []).append((ids[label], round(weight * WEIGHT_SCALE)))
        attributes: dict[str, dict[str, list[int]]] = {}
        for attribute in sorted(pairs):
            name, _, value = attribute.partition(":")
            attributes.setdefault(name, {})[value] = [x for pair in sorted(pairs[attribute]) for x in pair]
        return {"labels": labels, "transitions": transitions, "scale": WEIGHT_SCALE, "attributes": attributes}

    def marginals(self, features: Sequence[Sequence[str]]) -> list[float]:
        """The model's confidence in each label of its best sequence (for review)."""
        labels = self.tag(features)
        return [self._tagger.marginal(label, i) for i, label in enumerate(labels)]


def _checked_bytes(name: str, directory: Path) -> tuple[bytes, dict[str, Any]]:
    binary, meta_path = directory / f"{name}.crfsuite", directory / f"{name}.json"
    for path in (binary, meta_path):
        if not path.is_file():
            raise ModelError(f"model file {path} is missing: run 'bibkit train' to build it")
    try:
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        data = binary.read_bytes()
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ModelError(f"model file {meta_path} cannot be read: {exc}") from None
    if (
        not isinstance(meta, dict)
        or len(data) != meta.get("size")
        or hashlib.sha256(data).hexdigest() != meta.get("sha256")
    ):
        raise ModelError(
            f"model file {binary} is corrupt (its size or checksum differs from {meta_path.name})"
        )
    return data, meta


def load(name: str, directory: Path | None = None) -> Model:
    """Open model ``name`` (``finder`` or ``labeller``) after checking its bytes.

    :raises ModelError: when a file is missing, corrupt or trained for other features.
    """
    import pycrfsuite

    directory = directory or models_dir()
    data, meta = _checked_bytes(name, directory)
    if meta.get("feature_version") != spec()["version"]:
        raise ModelError(
            f"model {directory / name}.crfsuite was trained for features version {meta.get('feature_version')}, "
            f"this bibkit computes version {spec()['version']}: run 'bibkit train'"
        )
    tagger = pycrfsuite.Tagger()
    try:
        tagger.open_inmemory(data)
    except ValueError as exc:
        raise ModelError(f"model file {directory / name}.crfsuite cannot be opened: {exc}") from None
    return Model(name, tuple(tagger.labels()), meta, tagger, data)


@cache
def model(name: str) -> Model:
    """The model ``name`` from :func:`models_dir`, loaded once per process."""
    return load(name)


def train(
    sequences: Iterable[tuple[Sequence[Sequence[str]], Sequence[str]]],
    name: str,
    directory: Path,
    params: dict[str, Any],
    info: dict[str, Any] | None = None,
) -> Path:
    """Train a model from (features, labels) sequences and write ``NAME.crfsuite`` and ``NAME.json``.

    Training is deterministic: L-BFGS has no random step, and attributes are numbered in the order
    the sequences come, so the same sequences in the same order give the same bytes.
    """
    import pycrfsuite

    trainer = pycrfsuite.Trainer(verbose=False)
    count = 0
    for features, labels in sequences:
        if features:
            trainer.append(features, labels)
            count += 1
    trainer.set_params({"feature.possible_transitions": True, **params})
    directory.mkdir(parents=True, exist_ok=True)
    binary = directory / f"{name}.crfsuite"
    # crfsuite writes the model to a path of its own; it is then moved into place whole.
    with tempfile.TemporaryDirectory() as scratch:
        trained = Path(scratch) / binary.name
        trainer.train(str(trained))
        data = trained.read_bytes()
    with atomic_write(binary) as fh:
        fh.write(data)
    meta = {
        "name": name,
        "size": len(data),
        "sha256": hashlib.sha256(data).hexdigest(),
        "feature_version": spec()["version"],
        "sequences": count,
        "params": params,
        **(info or {}),
    }
    write_text_atomic(directory / f"{name}.json", json.dumps(meta, indent=1, sort_keys=True) + "\n")
    return binary
