"""``bibkit train`` and ``bibkit check``: the models from annotated text, and where they disagree with it.

The models learn from the same files (docs/ANNOTATION.md): the finder from every line's label,
the labeller and the relabeller from every note's and entry's tagged words. The relabeller reads
the labeller's labels (:func:`bibkit.parse.features.stacked_features`); it learns from the labels
a labeller trained without the publication gives, as wrong as they will be on new text, never
from labels of text the labeller has learnt. Training is reproducible: files are read in sorted
order, L-BFGS has no random step, and the parameters below are fixed.
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bibkit import corpus
from bibkit.crf import load, model
from bibkit.crf import train as train_model
from bibkit.find import label_lines
from bibkit.find.features import document_features
from bibkit.lexicon import spec
from bibkit.parse.features import sequence_features, stacked_features
from bibkit.parse.label import label_tokens
from bibkit.parse.spans import token_labels
from bibkit.relayout import copies as relaid_copies
from bibkit.tokens import tokenize

# L1 keeps the models small (only non-zero weights are stored), L2 smooths them; both were chosen
# by grouped cross-validation on the real corpus (bench/crossval.py).
LABELLER_PARAMS: dict[str, Any] = {"c1": 0.05, "c2": 0.05, "max_iterations": 300}
FINDER_PARAMS: dict[str, Any] = {"c1": 0.05, "c2": 0.01, "max_iterations": 300}
DEFAULT_CORPUS = Path(__file__).resolve().parents[1] / "tests" / "corpus" / "real"


def labeller_examples(docs: Iterable[corpus.Annotated]) -> Iterator[tuple[list[list[str]], list[str]]]:
    """(features, labels) of every annotated note and entry."""
    for doc in docs:
        for seq in doc.sequences:
            tokens = tokenize(seq.text)
            if tokens:
                yield sequence_features(tokens, seq.kind), token_labels(tokens, seq.spans)


def relabeller_examples(
    docs: Sequence[corpus.Annotated], params: dict[str, Any], scratch: Path
) -> Iterator[tuple[list[list[str]], list[str]]]:
    """(stacked features, labels) of every annotated note and entry. The first-pass labels of a
    publication's notes and entries come from a labeller trained, in ``scratch``, on the other
    folds of publications (every ``folds``-th document, in the documents' order)."""
    folds = min(spec()["stack"]["folds"], len(docs))
    # first[d][j]: the first-pass labels of document d's j-th note or entry
    first: list[list[list[str]]] = [[] for _ in docs]
    for fold in range(folds):
        # One document alone has no other to learn from: its labeller is trained on itself.
        rest = [d for i, d in enumerate(docs) if i % folds != fold] or list(docs)
        train_model(labeller_examples(rest), "labeller", scratch / str(fold), params, {})
        labeller = load("labeller", scratch / str(fold))
        for d in range(fold, len(docs), folds):
            first[d] = [labeller.tag(sequence_features(tokenize(s.text), s.kind)) for s in docs[d].sequences]
    for doc, labels in zip(docs, first, strict=True):
        for seq, seq_labels in zip(doc.sequences, labels, strict=True):
            tokens = tokenize(seq.text)
            if tokens:
                features = sequence_features(tokens, seq.kind)
                yield stacked_features(tokens, features, seq_labels), token_labels(tokens, seq.spans)


def finder_examples(
    docs: Iterable[corpus.Annotated], relayout: bool = True
) -> Iterator[tuple[list[list[str]], list[str]]]:
    """(features, labels) of every annotated document's non-blank lines, then of its re-laid
    copies (:mod:`bibkit.relayout`; ``relayout=False`` leaves them out)."""
    docs = list(docs)
    layouts = [(doc.lines, doc.labels) for doc in docs]
    if relayout:
        layouts += [copy for doc in docs for copy in relaid_copies(doc)]
    for lines, labels in layouts:
        index, features = document_features(lines)
        if index:
            yield features, [labels[i] for i in index]


@dataclass
class Trained:
    directory: Path
    documents: int
    sequences: int
    files: list[str] = field(default_factory=list)


def train(paths: Sequence[str | Path], out: Path, params: dict[str, dict[str, Any]] | None = None) -> Trained:
    """Train the models (finder, labeller, relabeller) from the annotated files under ``paths`` into ``out``.

    :param params: CRFsuite parameters by model name, instead of :data:`LABELLER_PARAMS`/:data:`FINDER_PARAMS`.

    :raises bibkit.corpus.AnnotationError: on the first malformed file (file and line named).
    """
    docs = list(corpus.read_all(paths))
    if not docs:
        raise corpus.AnnotationError(", ".join(map(str, paths)), 0, "no annotated .txt files found")
    names = [doc.path for doc in docs]
    info = {"documents": len(docs)}
    params = params or {}
    labeller_params = params.get("labeller", LABELLER_PARAMS)
    # The finder learns alone in a second process while the labellers learn here: each model's
    # bytes depend only on its examples, so the result is the same as one after the other.
    with ProcessPoolExecutor(max_workers=1) as pool:
        finder = pool.submit(_train_finder, names, out, params.get("finder", FINDER_PARAMS), info)
        train_model(labeller_examples(docs), "labeller", out, labeller_params, info)
        with tempfile.TemporaryDirectory() as scratch:
            relabelled = relabeller_examples(docs, labeller_params, Path(scratch))
            train_model(relabelled, "relabeller", out, params.get("relabeller", labeller_params), info)
        finder.result()
    return Trained(out, len(docs), sum(len(d.sequences) for d in docs), names)


def _train_finder(paths: list[str], out: Path, params: dict[str, Any], info: dict[str, Any]) -> None:
    train_model(finder_examples(corpus.read_all(paths)), "finder", out, params, info)


@dataclass
class Disagreement:
    """Where a model's reading of an annotated file differs from the annotation."""

    path: str
    line: int
    what: str  # "line" or "tokens"
    annotated: str
    predicted: str


@dataclass
class Checked:
    files: int = 0
    lines: int = 0
    lines_right: int = 0
    tokens: int = 0
    tokens_right: int = 0
    sequences: int = 0
    sequences_right: int = 0
    disagreements: list[Disagreement] = field(default_factory=list)


def _tagged(tokens: list, labels: list[str]) -> str:
    """``label[word word] label[word]`` — a compact view of a labelled sequence."""
    out: list[str] = []
    current = ""
    words: list[str] = []
    for tok, label in zip(tokens, labels, strict=True):
        if label != current and words:
            out.append(f"{current}[{' '.join(words)}]")
            words = []
        current = label
        words.append(tok.text)
    if words:
        out.append(f"{current}[{' '.join(words)}]")
    return " ".join(out)


def check(paths: Sequence[str | Path]) -> Checked:
    """Read annotated files with the installed models and list where they disagree.

    :raises bibkit.corpus.AnnotationError: for a malformed file (file and line named).
    :raises bibkit.crf.ModelError: when a model cannot be loaded.
    """
    labeller, relabeller = model("labeller"), model("relabeller")
    result = Checked()
    for doc in corpus.read_all(paths):
        result.files += 1
        predicted = label_lines(doc.lines)
        for i, (want, have) in enumerate(zip(doc.labels, predicted, strict=True)):
            if want == "blank":
                continue
            result.lines += 1
            if want == have:
                result.lines_right += 1
            else:
                result.disagreements.append(Disagreement(doc.path, i + 1, "line", want, have))
        for seq in doc.sequences:
            tokens = tokenize(seq.text)
            if not tokens:
                continue
            want = token_labels(tokens, seq.spans)
            have = label_tokens(tokens, seq.kind, labeller, relabeller)
            right = sum(a == b for a, b in zip(want, have, strict=True))
            result.tokens += len(tokens)
            result.tokens_right += right
            result.sequences += 1
            if right == len(tokens):
                result.sequences_right += 1
            else:
                result.disagreements.append(
                    Disagreement(doc.path, seq.line, "tokens", _tagged(tokens, want), _tagged(tokens, have))
                )
    return result
