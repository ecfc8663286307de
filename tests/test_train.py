"""``bibkit train`` and ``bibkit check``, and models on disk: reproducible, checked before use, and
every problem one line on stderr (a truncated model would crash CRFsuite, so bytes are checked first)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from bibkit import corpus
from bibkit.crf import ModelError, load
from bibkit.crf import train as train_model
from bibkit.parse.features import sequence_features
from bibkit.parse.spans import token_labels
from bibkit.tokens import tokenize
from bibkit.train import LABELLER_PARAMS, labeller_examples, relabeller_examples, train

ROOT = Path(__file__).resolve().parent.parent
TINY = ROOT / "tests" / "fixtures" / "tiny"
SEED = ROOT / "references" / "korkmaz2018.md"


def bibkit(*args: str, env: dict | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bibkit", *args],
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
        cwd=ROOT,
        timeout=600,
    )


@pytest.fixture(scope="module")
def tiny_models(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("models")
    train([TINY], out)
    return out


def test_training_is_reproducible(tiny_models, tmp_path):
    train([TINY], tmp_path)
    for name in [f"{m}.{ext}" for m in ("labeller", "relabeller", "finder") for ext in ("crfsuite", "json")]:
        assert (tmp_path / name).read_bytes() == (tiny_models / name).read_bytes(), name


def test_trained_models_load_and_say_what_they_are(tiny_models):
    labeller = load("labeller", tiny_models)
    assert {"author", "title", "pinpoint", "backref"} <= set(labeller.labels)
    assert labeller.meta["documents"] == 2 and labeller.meta["sequences"] == 6


def test_the_shipped_models_are_present_and_current():
    for name in ("finder", "labeller", "relabeller"):
        model = load(name, ROOT / "bibkit" / "data" / "models")
        assert (
            model.meta["feature_version"]
            == json.loads((ROOT / "bibkit" / "data" / "features.json").read_text())["version"]
        )


@pytest.mark.parametrize("damage", ["missing", "flipped", "truncated", "version"])
def test_a_bad_model_file_is_one_error_line_never_a_crash(tiny_models, tmp_path, damage):
    models = tmp_path / "models"
    shutil.copytree(tiny_models, models)
    binary = models / "labeller.crfsuite"
    if damage == "missing":
        binary.unlink()
    elif damage == "flipped":
        data = bytearray(binary.read_bytes())
        data[len(data) // 2] ^= 0xFF
        binary.write_bytes(bytes(data))
    elif damage == "truncated":
        binary.write_bytes(binary.read_bytes()[:200])
    else:
        meta = json.loads((models / "labeller.json").read_text())
        meta["feature_version"] = -1
        (models / "labeller.json").write_text(json.dumps(meta))
    with pytest.raises(ModelError):
        load("labeller", models)
    result = bibkit("parse", str(SEED), env={"BIBKIT_MODELS": str(models)})
    assert result.returncode == 1 and "Traceback" not in result.stderr
    [line] = result.stderr.strip().splitlines()
    assert line.startswith("bibkit: model") and "labeller" in line


def test_the_relabeller_learns_from_labels_of_publications_the_labeller_did_not_see(tmp_path):
    """Each publication's first-pass labels in the relabeller's training data come from a labeller
    trained on the other publications only: here, with two, from the other one alone."""
    docs = list(corpus.read_all([TINY]))
    assert len(docs) == 2
    examples = list(relabeller_examples(docs, LABELLER_PARAMS, tmp_path / "scratch"))
    train_model(labeller_examples(docs[1:]), "labeller", tmp_path / "other", LABELLER_PARAMS)
    other = load("labeller", tmp_path / "other")
    first_seq = docs[0].sequences[0]
    tokens = tokenize(first_seq.text)
    features, labels = examples[0]
    want = other.tag(sequence_features(tokens, first_seq.kind))
    assert [next(f[3:] for f in feats if f.startswith("pl:")) for feats in features] == want
    assert labels == token_labels(tokens, first_seq.spans)


def test_a_missing_relabeller_is_one_error_line(tiny_models, tmp_path):
    models = tmp_path / "models"
    shutil.copytree(tiny_models, models)
    (models / "relabeller.json").unlink()
    result = bibkit("parse", str(SEED), env={"BIBKIT_MODELS": str(models)})
    assert result.returncode == 1 and "Traceback" not in result.stderr
    [line] = result.stderr.strip().splitlines()
    assert line.startswith("bibkit: model") and "relabeller" in line


def test_train_add_and_use_your_own_models(tmp_path):
    mine = tmp_path / "mine.txt"
    mine.write_text((TINY / "tr-ornek-list.txt").read_text(encoding="utf-8"), encoding="utf-8")
    out = tmp_path / "models"
    result = bibkit("train", "--corpus", str(TINY), "--add", str(mine), "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert "trained on 3 files" in result.stderr and f"BIBKIT_MODELS={out}" in result.stderr
    parsed = bibkit("parse", str(TINY / "tr-ornek-list.txt"), env={"BIBKIT_MODELS": str(out)})
    assert parsed.returncode == 0, parsed.stderr


def test_training_data_with_a_bad_label_names_file_and_line(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    text = (
        (TINY / "tr-ornek-list.txt")
        .read_text(encoding="utf-8")
        .replace("<place>Ankara</place>", "<plase>Ankara</plase>")
    )
    (corpus / "bad.txt").write_text(text, encoding="utf-8")
    result = bibkit("train", "--corpus", str(corpus), "--out", str(tmp_path / "m"))
    assert result.returncode == 1 and "Traceback" not in result.stderr
    [line] = result.stderr.strip().splitlines()
    assert line == f"bibkit: {corpus / 'bad.txt'}:7: unknown tag <plase> (tags: " + line.split("(tags: ")[1]


def test_check_reports_where_the_models_disagree(tiny_models):
    result = bibkit("check", str(TINY / "tr-ornek-notes.txt"), env={"BIBKIT_MODELS": str(tiny_models)})
    assert result.returncode == 0, result.stderr
    assert "1 files: lines" in result.stderr and "tokens" in result.stderr
    broken = bibkit("check", str(ROOT / "pyproject.toml"))
    assert broken.returncode == 1 and broken.stderr.startswith("bibkit: ")


@pytest.mark.training  # retrains the models on the whole corpus: about five minutes
def test_the_shipped_models_are_what_bibkit_train_builds_from_the_corpus(tmp_path):
    """The models in the package are rebuilt, byte for byte, from the real corpus and this code:
    a feature, a data table or an annotation changed without retraining shows up here."""
    from bibkit.train import DEFAULT_CORPUS

    train([DEFAULT_CORPUS], tmp_path)
    shipped = ROOT / "bibkit" / "data" / "models"
    for name in ("finder", "labeller", "relabeller"):
        built = json.loads((tmp_path / f"{name}.json").read_text())
        assert built["sha256"] == json.loads((shipped / f"{name}.json").read_text())["sha256"], (
            f"{name}: run `bibkit train` and commit the models"
        )
