#!/bin/sh
# After changing or adding strings: brings the translation sources up to date
# and compiles them.
#
#   scripts/update-translations.sh          # updates i18n/wizard_de.ts and i18n/wizard_en.ts
#   scripts/update-translations.sh DIR      # updates DIR/wizard_*.ts instead (the tests use a copy)
#
# pyside6-lupdate reads every wizard/**/*.py and main.py for self.tr(),
# QCoreApplication.translate("Context", ...) and QT_TRANSLATE_NOOP("Context", ...),
# adds new messages as unfinished and drops those no longer in the sources
# (-no-obsolete). wizard_en.ts holds only the plural messages (-pluralonly):
# English is the source language and needs its own file just for
# "%n user(s)" -> "%n user" / "%n users". Then pyside6-lrelease compiles each
# .ts to its .qm (also done by scripts/bootstrap.sh on every ./run and ./run-tests).
#
# Next: translate the new entries in i18n/wizard_de.ts (and the plural forms in
# wizard_en.ts), e.g. with .venv/bin/pyside6-linguist; tests/test_translations.py
# fails until every German entry is finished.
set -eu
cd "$(dirname "$0")/.."
out=${1:-i18n}
bin=${PYSIDE6_BIN:-.venv/bin}
sources=$(find wizard -name '*.py' -not -path '*/__pycache__/*' | LC_ALL=C sort)
# Word splitting of $sources is intended (paths have no spaces).
# shellcheck disable=SC2086
"$bin/pyside6-lupdate" -silent -no-obsolete -locations relative \
    -source-language en -target-language de $sources main.py -ts "$out/wizard_de.ts"
# shellcheck disable=SC2086
"$bin/pyside6-lupdate" -silent -no-obsolete -locations relative -pluralonly \
    -source-language en -target-language en $sources main.py -ts "$out/wizard_en.ts"
for ts in "$out/wizard_de.ts" "$out/wizard_en.ts"; do
    # Renamed into place: a running program maps its .qm.
    "$bin/pyside6-lrelease" -silent "$ts" -qm "${ts%.ts}.qm.tmp.$$"
    mv -f "${ts%.ts}.qm.tmp.$$" "${ts%.ts}.qm"
done
