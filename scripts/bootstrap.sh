#!/bin/sh
# Creates .venv with the project and its test tools the first time, and again
# only when pyproject.toml changes; compiles a translation when its .ts is
# newer than its .qm.
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
    qm=${ts%.ts}.qm
    [ "$qm" -nt "$ts" ] && continue
    # A running program maps its .qm: build beside it and rename over it in one step.
    .venv/bin/pyside6-lrelease -silent "$ts" -qm "$qm.tmp.$$"
    mv -f "$qm.tmp.$$" "$qm"
done
