"""The Zotero translator (``zotero_translator/``): its Node harness, its lint, its embedded tables,
and record-for-record parity with bibkit on every shared vector.

``npm test`` runs the translator as Zotero does (header, sandbox, its test cases, detectImport,
the vectors); ``npm run lint`` runs ESLint with ``@zotero/eslint-config``. The parity test asks
the translator for the CSL items it builds from each vector's input and compares them with
bibkit's records field by field, every field, so that a change on either side shows up here.
"""

from __future__ import annotations

import json
import random
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from bibkit.segment import segment
from tests.test_vectors import VECTORS, records_of

ROOT = Path(__file__).resolve().parent.parent
TRANSLATOR_DIR = ROOT / "zotero_translator"


def _need_node() -> None:
    if shutil.which("node") is None:
        pytest.skip("node not installed")


def _need_npm_packages() -> None:
    _need_node()
    if shutil.which("npm") is None:
        pytest.skip("npm not installed")
    if not (TRANSLATOR_DIR / "node_modules" / "eslint").is_dir():
        pytest.skip("npm packages not installed (run npm ci in zotero_translator)")


def _run(command: list[str], stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        command, cwd=TRANSLATOR_DIR, input=stdin, capture_output=True, text=True, timeout=600
    )


def test_embedded_tables_are_generated_from_bibkit_data():
    result = _run([sys.executable, str(TRANSLATOR_DIR / "build.py"), "--check"])
    assert result.returncode == 0, result.stdout + result.stderr


def test_npm_test():
    _need_node()
    if shutil.which("npm") is None:
        pytest.skip("npm not installed")
    result = _run(["npm", "test", "--silent"])
    assert result.returncode == 0, (result.stdout + result.stderr)[-6000:]


def test_npm_lint():
    _need_npm_packages()
    result = _run(["npm", "run", "lint", "--silent"])
    assert result.returncode == 0, (result.stdout + result.stderr)[-6000:]


@pytest.fixture(scope="module")
def translator_records() -> dict[str, list[dict]]:
    _need_node()
    result = _run(["node", "test/dump.mjs"])
    assert result.returncode == 0, result.stderr[-4000:]
    return json.loads(result.stdout)


@pytest.mark.parametrize(("key", "vector"), VECTORS, ids=[key for key, _ in VECTORS])
def test_translator_builds_the_records_bibkit_builds(translator_records, key, vector):
    bibkit = records_of(vector["input"])
    translator = translator_records[key]
    assert len(translator) == len(bibkit), (
        f"{vector['name']}: translator {len(translator)}, bibkit {len(bibkit)}"
    )
    for number, (ours, theirs) in enumerate(zip(bibkit, translator, strict=True), start=1):
        diff = {
            k: {"bibkit": ours.get(k), "translator": theirs.get(k)}
            for k in sorted(set(ours) | set(theirs))
            if ours.get(k) != theirs.get(k)
        }
        assert not diff, f"{vector['name']}, record {number}: {diff}"


# ---------------------------------------------------------------- parity beyond the vectors

CORPUS = ROOT / "tests" / "corpus"
# Characters and fragments the lists are damaged with: separators, quotes, markers, archives, links.
DAMAGE = list("İıIiŞşĞğÇçÖöÜüАаЯя.,;:()[]/-–—«»“”\"'’*_ 0123456789") + [
    "s. ", "C. ", "Cilt ", "Sayı ", "pp. ", "Vol. ", "No. ", " // ", " / ", "Ankara", "М.: ", "1999",
    "f. 17, op. 3, d. 1, l. 5", "BOA, DH.KMS, 50/1", "TNA FO 371/4158", "http://x.org/a", "doi:10.1000/xyz",
    "(Ed.)", "Çev. ", "haz. ", "içinde", "In: ", "<i>", "</i>", "\n", "\n\n", "›", "ý", "repr. ", "trans. and ed. ",
]  # fmt: skip


def _mutated_lists(count: int, seed: int) -> list[str]:
    """Pasted lists made of corpus entries, damaged at random (a fixed seed: the same lists each run)."""
    rng = random.Random(seed)
    texts = [
        c["text"] for f in sorted(CORPUS.glob("*.json")) for c in json.loads(f.read_text("utf-8"))["cases"]
    ]

    def damage(text: str) -> str:
        for _ in range(rng.randint(0, 3)):
            i = rng.randrange(len(text) + 1)
            if rng.random() < 0.6:
                text = text[:i] + rng.choice(DAMAGE) + text[i:]
            else:
                text = text[:i] + text[i + rng.randint(1, 5) :]
        return text

    def pdf_lines(text: str) -> str:
        """Lines cut at a width anywhere, as a PDF layer does: inside words (at times with a hyphen),
        URLs and numbers, with a page number alone on a line now and then."""
        width = rng.randint(30, 90)
        lines = []
        while text:
            cut = max(1, width + rng.randint(-5, 5))
            piece, text = text[:cut], text[cut:]
            if text and piece[-1:].isalpha() and rng.random() < 0.3:
                piece += "-"
            lines.append(piece)
            if text and rng.random() < 0.1:
                lines.append(str(rng.randint(1, 400)))
        return "\n".join(lines)

    lists = []
    for _ in range(count):
        entries = [damage(rng.choice(texts)) for _ in range(rng.randint(1, 5))]
        style = rng.randrange(6)
        if style == 0:
            text = "\n".join(entries)
        elif style == 1:
            text = "\n".join(f"{n}. {e}" for n, e in enumerate(entries, 1))
        elif style == 2:
            text = "\n\n".join("\n".join(textwrap.wrap(e, 55)) for e in entries)
        elif style == 3:
            text = "\n---\n\n12\n\n".join(entries)
        elif style == 4:
            text = "Kaynakça\n\n" + "\n".join(f"- {e}" for e in entries)
        else:
            text = "\n".join(pdf_lines(e) for e in entries)
        # Footnotes (superscripts, <sup>, [^1]:) are bibkit's notes, which the translator skips.
        if not segment(text).notes:
            lists.append(text)
    return lists


def test_translator_builds_the_records_bibkit_builds_on_damaged_lists():
    _need_node()
    lists = _mutated_lists(400, seed=20261126)
    result = _run(["node", "test/dump.mjs", "--stdin"], stdin=json.dumps(lists))
    assert result.returncode == 0, result.stderr[-4000:]
    translator = json.loads(result.stdout)
    differing = [
        {"input": text, "bibkit": records_of(text), "translator": ours}
        for text, ours in zip(lists, translator, strict=True)
        if records_of(text) != ours
    ]
    assert not differing, json.dumps(differing[:3], ensure_ascii=False, indent=1)
