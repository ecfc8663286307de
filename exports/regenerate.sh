#!/bin/sh
# Regenerates bibkit's own exports of the seed article, which tests/export/test_seed_exports.py
# compares byte for byte with a fresh `bibkit export`:
#   sh exports/regenerate.sh            (from anywhere; PYTHON=... to use another interpreter)
set -e
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-.venv/bin/python}
for pair in bibtex:.bib biblatex:.biblatex.bib csl:.json ris:.ris; do
  fmt=${pair%%:*}
  "$PYTHON" -m bibkit export --format "$fmt" -o "exports/korkmaz2018${pair#*:}" references/korkmaz2018.md
done
