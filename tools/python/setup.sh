#!/usr/bin/env bash
# The Python the docs/python.md tests run: python3 (Debian's installed if there is none) with a venv of the pinned networkx,
# igraph and pandas from PyPI (requirements.txt), in <repo>/.cache/python. Once; again when the pins change.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
VENV="${TALKGRAPH_PYTHON_VENV:-$HERE/../../.cache/python}"
STAMP="$VENV/.installed-$(sha1sum "$HERE/requirements.txt" | cut -c1-12)"
[[ -f "$STAMP" ]] && exit 0
if ! python3 -c 'import venv, ensurepip' 2>/dev/null; then
  echo "talkgraph-python: python3 with venv not found; installing Debian's python3-venv" >&2
  apt-get update -qq && apt-get install -y -qq --no-install-recommends python3 python3-venv >/dev/null
fi
rm -rf "$VENV"
python3 -m venv "$VENV"
"$VENV/bin/pip" install -q --disable-pip-version-check -r "$HERE/requirements.txt"
touch "$STAMP"
