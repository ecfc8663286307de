#!/bin/sh
# Sets up and runs every bibkit test: the Python package with its test extras, and the npm
# packages of the citeproc renderer and the Zotero translator harness (when npm is present).
# Tests run on every core; those that need a tool this machine lacks (biber, pdflatex, node, …)
# are skipped and say so.
set -e
cd "$(dirname "$0")/.."
[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/python -m pip install -q --disable-pip-version-check -e '.[test]'
if command -v npm >/dev/null 2>&1; then
  for dir in bibkit/render/js zotero_translator; do
    if [ -f "$dir/package-lock.json" ]; then
      (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
    fi
  done
fi
# On every core (pytest-xdist); a later -n in "$@" overrides it.
exec .venv/bin/python -m pytest -n auto "$@"
