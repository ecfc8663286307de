"""Running the real TeX tools on exports (skipping, by name, any that is not installed)."""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

# pdflatex needs T2A for Cyrillic and T1 for Turkish; biblatex's Turkish support asks babel to
# leave "=" alone (shorthands=:!), since babel-turkish's active "=" breaks the key=value name
# lists in biber's .bbl (plk/biblatex#965); cmap makes the PDF text extractable.
BIBLATEX_PREAMBLE = r"""\documentclass{article}
\usepackage{cmap}
\usepackage[T2A,T1]{fontenc}
\usepackage[utf8]{inputenc}
\usepackage[shorthands=:!,turkish,russian,english]{babel}
\usepackage[backend=biber,autolang=other,style=%s]{biblatex}
\addbibresource{refs.bib}
\begin{document}
\nocite{*}
\printbibliography
\end{document}
"""

# First runs may build fonts with METAFONT (no cm-super installed), which takes a while.
TIMEOUT = 900


def uses(*tools: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """Mark a test as running real tools (``pytest -m "not tools"`` leaves it out), skipped with
    the name of the first that is not installed (CI installs them all)."""
    missing = next((tool for tool in tools if shutil.which(tool) is None), None)

    def mark(test: Callable[..., Any]) -> Callable[..., Any]:
        test = pytest.mark.tools(test)
        return pytest.mark.skipif(missing is not None, reason=f"{missing} not installed")(test)

    return mark


def run(cmd: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    """Run a tool in ``cwd``, capturing its output (text, errors replaced)."""
    return subprocess.run(
        cmd, cwd=cwd, capture_output=True, text=True, errors="replace", timeout=TIMEOUT, check=False
    )


def biber_validate(bib: Path) -> list[str]:
    """Warnings and errors of ``biber --tool --validate-datamodel`` on a .bib file."""
    result = run(
        ["biber", "--tool", "--validate-datamodel", "--output-file", "validated.bib", bib.name], bib.parent
    )
    lines = (result.stdout + result.stderr).splitlines()
    problems = [line for line in lines if re.match(r"(WARN|ERROR)\b", line)]
    if result.returncode != 0:
        problems.append(f"biber exited with {result.returncode}")
    return problems


def latex_errors(log: str) -> list[str]:
    """The error lines (``! …``) of a LaTeX log."""
    return [line for line in log.splitlines() if line.startswith("!")]


def pdflatex(tex: Path) -> subprocess.CompletedProcess[str]:
    """One pdflatex run, non-interactive, shell escape off whatever the installation allows."""
    return run(["pdflatex", "-interaction=nonstopmode", "-no-shell-escape", tex.name], tex.parent)


def pdf_text(pdf: Path) -> str:
    """``pdftotext`` of a PDF with hyphenation undone and whitespace collapsed to single spaces."""
    result = run(["pdftotext", "-enc", "UTF-8", pdf.name, "-"], pdf.parent)
    text = re.sub(r"-\n(?=\w)", "", result.stdout)
    return re.sub(r"\s+", " ", text)
