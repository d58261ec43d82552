#!/usr/bin/env bash
# Installs the pinned Python tools (tools/requirements.txt) into .tools/venv from PyPI.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
venv="$root/.tools/venv"
stamp="$venv/.requirements"
if [[ -x "$venv/bin/pre-commit" && -f "$stamp" ]] && cmp -s "$stamp" "$root/tools/requirements.txt"; then
  exit 0
fi
python3 -m venv "$venv"
"$venv/bin/pip" install --quiet --disable-pip-version-check -r "$root/tools/requirements.txt"
cp "$root/tools/requirements.txt" "$stamp"
