"""The translation sources are complete and current.

- every message in wizard_de.ts is translated (no unfinished, empty or vanished entry,
  every plural form filled) and keeps its placeholders and its keyboard shortcut;
- running scripts/update-translations.sh would add no message to either .ts:
  whoever adds a tr() string also updates and translates the .ts;
- wizard_en.ts gives every plural message its English singular and plural;
- the compiled .qm really answers with those translations.

When one of these fails: run `scripts/update-translations.sh`, then translate
the new entries in i18n/wizard_de.ts (and the plural forms in wizard_en.ts).
"""
from __future__ import annotations

import pytest
from PySide6.QtCore import QTranslator

from i18n_helpers import (
    I18N,
    compile_translations,
    copy_ts,
    has_mnemonic,
    placeholders,
    read_ts,
    run_update_script,
    translation_map,
)

HOW_TO_FIX = "run scripts/update-translations.sh and translate the new entries in i18n/wizard_de.ts"


def _listing(problems: list[str]) -> str:
    return "\n  " + "\n  ".join(problems)


@pytest.fixture(scope="module")
def german():
    path = I18N / "wizard_de.ts"
    assert path.is_file(), f"{path} is missing: {HOW_TO_FIX}"
    return read_ts(path)


@pytest.fixture(scope="module")
def english():
    path = I18N / "wizard_en.ts"
    assert path.is_file(), f"{path} is missing: run scripts/update-translations.sh"
    return read_ts(path)


def test_every_german_message_is_translated(german):
    problems = []
    for m in german:
        if m.state in ("vanished", "obsolete"):
            problems.append(f"{m.where()}: {m.state} (no longer in the sources)")
        elif m.state == "unfinished":
            problems.append(f"{m.where()}: unfinished")
        elif m.numerus and len(m.forms) != 2:
            problems.append(f"{m.where()}: German has 2 plural forms, found {len(m.forms)}")
        elif not m.forms or not all(form.strip() for form in m.forms):
            problems.append(f"{m.where()}: empty translation")
    assert german, "wizard_de.ts holds no message"
    assert not problems, f"{len(problems)} German message(s) not translated:{_listing(problems)}"


def test_german_keeps_placeholders_and_shortcuts(german):
    problems = []
    for m in german:
        for form in m.forms:
            if not form.strip():
                continue  # reported by the test above
            wanted = placeholders(m.source)
            got = placeholders(form)
            if m.numerus and "%n" in wanted and "%n" not in got:
                # A singular form may spell the number out ("ein Benutzer").
                wanted = [p for p in wanted if p != "%n"]
            if wanted != got:
                problems.append(f"{m.where()}: placeholders {wanted} became {got} in {form!r}")
            if has_mnemonic(m.source) and not has_mnemonic(form):
                problems.append(f"{m.where()}: the keyboard shortcut (&) is lost in {form!r}")
    assert not problems, _listing(problems)


def test_the_translations_are_current(tmp_path):
    """lupdate over the sources would add nothing: every tr() string is in both .ts files."""
    committed = {ts.name: set(translation_map(ts)) for ts in sorted(I18N.glob("wizard_*.ts"))}
    assert set(committed) == {"wizard_de.ts", "wizard_en.ts"}, f"i18n/ holds {sorted(committed)}"
    copies = copy_ts(tmp_path)
    result = run_update_script(tmp_path)
    assert result.returncode == 0, f"update-translations.sh failed:\n{result.stdout}\n{result.stderr}"
    problems = []
    for copy in copies:
        # Messages only the committed file has are harmless: the next update drops them.
        for context, source, comment in sorted(set(translation_map(copy)) - committed[copy.name]):
            note = f" ({comment})" if comment else ""
            problems.append(f"{copy.name}: [{context}] {source!r}{note} is not in the committed file")
    assert not problems, f"the .ts files are out of date, {HOW_TO_FIX}:{_listing(problems)}"


def test_english_plural_forms_are_filled(german, english):
    by_key = {m.key: m for m in english}
    problems = []
    for m in german:
        if not m.numerus:
            continue
        en = by_key.get(m.key)
        if en is None:
            problems.append(f"{m.where()}: missing from wizard_en.ts")
        elif en.state or len(en.forms) != 2 or not all(form.strip() for form in en.forms):
            problems.append(f"{m.where()}: needs its singular and plural, e.g. '%n user' / '%n users'")
        elif any("(s)" in form for form in en.forms):
            problems.append(f"{m.where()}: '(s)' left in {en.forms}")
    for m in english:
        if not m.numerus:
            problems.append(f"{m.where()}: wizard_en.ts holds only plural messages")
    assert not problems, _listing(problems)


def test_compiled_translations_answer(tmp_path, german, english):
    """lrelease keeps every entry (it drops unfinished ones silently)."""
    compiled = compile_translations(tmp_path)
    for name, messages in (("wizard_de.qm", german), ("wizard_en.qm", english)):
        translator = QTranslator()
        assert translator.load(str(compiled / name)), name
        for m in messages:
            if m.numerus:
                singular = translator.translate(m.context, m.source, m.comment or None, 1)
                plural = translator.translate(m.context, m.source, m.comment or None, 5)
                assert (singular, plural) == m.forms, m.where()
            else:
                assert translator.translate(m.context, m.source, m.comment or None) == m.forms[0], m.where()
