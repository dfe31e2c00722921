#!/bin/sh
# Creates .venv with the project and its test tools the first time, and again
# only when pyproject.toml changes; compiles the translations every time
# (lrelease takes milliseconds, and a stale .qm would show old words).
set -eu
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
    "$PY" -m venv .venv
fi
stamp=.venv/.installed
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
    .venv/bin/python -m pip install --quiet --upgrade pip
    .venv/bin/python -m pip install --quiet -e '.[test]'
    touch "$stamp"
fi
for ts in i18n/*.ts; do
    [ -f "$ts" ] || continue
    .venv/bin/pyside6-lrelease -silent "$ts" -qm "${ts%.ts}.qm"
done
