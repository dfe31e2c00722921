"""Shared by the translation tests: reading Qt Linguist .ts files, compiling and installing them."""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "i18n"
UPDATE_SCRIPT = ROOT / "scripts" / "update-translations.sh"
# The Qt tools of the interpreter running the tests (the project's .venv).
QT_BIN = Path(sys.executable).parent


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    comment: str  # the disambiguation (tr()'s second argument), "" when none
    numerus: bool
    state: str  # the <translation type="..."> attribute: "", "unfinished", "vanished", "obsolete"
    forms: tuple[str, ...]  # the translation; one entry, or one per plural form

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.context, self.source, self.comment)

    def where(self) -> str:
        comment = f" ({self.comment})" if self.comment else ""
        return f"[{self.context}] {self.source!r}{comment}"


def read_ts(path: Path) -> list[Message]:
    root = ET.parse(path).getroot()
    messages = []
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            numerus = message.get("numerus") == "yes"
            if translation is None:
                forms: tuple[str, ...] = ()
                state = "unfinished"
            else:
                state = translation.get("type", "")
                if numerus:
                    forms = tuple(form.text or "" for form in translation.iter("numerusform"))
                else:
                    forms = (translation.text or "",)
            messages.append(
                Message(
                    context=name,
                    source=message.findtext("source", ""),
                    comment=message.findtext("comment", ""),
                    numerus=numerus,
                    state=state,
                    forms=forms,
                )
            )
    return messages


def translation_map(path: Path) -> dict[tuple[str, str, str], Message]:
    return {m.key: m for m in read_ts(path)}


def run_update_script(folder: Path) -> subprocess.CompletedProcess:
    """scripts/update-translations.sh on the .ts files in `folder` (not the committed ones)."""
    env = dict(os.environ, PYSIDE6_BIN=str(QT_BIN))
    return subprocess.run(
        ["sh", str(UPDATE_SCRIPT), str(folder)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def compile_translations(dest: Path) -> Path:
    """The committed .ts compiled into `dest` (independent of whatever .qm lies in i18n/)."""
    dest.mkdir(parents=True, exist_ok=True)
    for ts in sorted(I18N.glob("wizard_*.ts")):
        subprocess.run(
            [str(QT_BIN / "pyside6-lrelease"), "-silent", str(ts), "-qm", str(dest / f"{ts.stem}.qm")],
            check=True,
            timeout=60,
        )
    return dest


def copy_ts(dest: Path) -> list[Path]:
    dest.mkdir(parents=True, exist_ok=True)
    return [Path(shutil.copy(ts, dest)) for ts in sorted(I18N.glob("wizard_*.ts"))]


# -- what a translation must keep from its source ------------------------

_QT_ARG = re.compile(r"%L?(?:\d{1,2}|n)")
_FORMAT_FIELD = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*(?:[:!][^{}]*)?\}")
_MNEMONIC = re.compile(r"(?<!&)&(?!&)(?=\S)")


def placeholders(text: str) -> list[str]:
    """%1, %L2, %n and Python {name} fields, sorted (order may change in a translation)."""
    return sorted(_QT_ARG.findall(text) + _FORMAT_FIELD.findall(text))


def has_mnemonic(text: str) -> bool:
    """An `&` that underlines the next letter (Alt+letter), not `&&` or an HTML entity."""
    if "<" in text:  # rich text: & starts entities, not shortcuts
        return False
    return bool(_MNEMONIC.search(text))


# -- what is on screen ----------------------------------------------------


def plain(text: str) -> str:
    """The words a person sees: rich text as plain text, shortcut marks (&) removed, spaces collapsed."""
    from PySide6.QtGui import Qt as QtGui_Qt, QTextDocumentFragment  # mightBeRichText lives in QtGui

    if QtGui_Qt.mightBeRichText(text):
        text = QTextDocumentFragment.fromHtml(text).toPlainText()
    text = re.sub(r"&(&|(?=\S))", r"\1", text)  # "&&" is one "&"; "& " is no shortcut
    # Spaces collapsed within each line; line breaks kept, they separate joined messages.
    return "\n".join(" ".join(line.split()) for line in text.splitlines() if line.strip())


def _where(widget) -> str:
    """A path of object names (or class[index]) from the window down, the same across a language switch."""
    parts = []
    while widget is not None:
        name = widget.objectName()
        if not name:
            parent = widget.parentWidget()
            siblings = [w for w in (parent.children() if parent else []) if type(w) is type(widget)]
            name = f"{type(widget).__name__}[{siblings.index(widget) if widget in siblings else 0}]"
        parts.append(name)
        widget = widget.parentWidget()
    return "/".join(reversed(parts))


def screen_texts(windows=None, max_rows: int = 60) -> dict[str, str]:
    """Every text shown in the visible windows, keyed by widget path and property.

    Labels, buttons, placeholders, tooltips, accessible names and descriptions,
    group box titles, tab texts and tooltips, combo box items, item views
    (visible headers and the first `max_rows` rows) and read-only documents.
    What a person typed into an editable field is left out: it is theirs.
    """
    from PySide6.QtCore import QModelIndex, Qt
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QApplication,
        QComboBox,
        QGroupBox,
        QHeaderView,
        QLabel,
        QLineEdit,
        QPlainTextEdit,
        QTabBar,
        QTextEdit,
        QToolButton,
        QWidget,
        QWizard,
    )

    if windows is None:
        windows = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    found: dict[str, str] = {}

    def add(key: str, text) -> None:
        if isinstance(text, str):
            text = plain(text)
            if text:
                found[key] = text

    for window in windows:
        if not window.isVisible():
            continue
        add(f"{_where(window)}:windowTitle", window.windowTitle())
        if isinstance(window, QWizard) and window.currentPage() is not None:
            add(f"{_where(window)}:page.title", window.currentPage().title())
            add(f"{_where(window)}:page.subTitle", window.currentPage().subTitle())
        for widget in [window, *window.findChildren(QWidget)]:
            if not widget.isVisible():
                continue
            where = _where(widget)
            add(f"{where}:toolTip", widget.toolTip())
            add(f"{where}:accessibleName", widget.accessibleName())
            add(f"{where}:accessibleDescription", widget.accessibleDescription())
            if isinstance(widget, QLabel):
                add(f"{where}:text", widget.text())
            elif isinstance(widget, QAbstractButton):
                add(f"{where}:text", widget.text())
                if isinstance(widget, QToolButton) and widget.menu() is not None:
                    for i, action in enumerate(widget.menu().actions()):
                        add(f"{where}:menu[{i}]", action.text())
            elif isinstance(widget, QLineEdit):
                add(f"{where}:placeholderText", widget.placeholderText())
            elif isinstance(widget, QTextEdit):
                add(f"{where}:placeholderText", widget.placeholderText())
                if widget.isReadOnly():
                    add(f"{where}:document", widget.toPlainText())
            elif isinstance(widget, QPlainTextEdit):
                add(f"{where}:placeholderText", widget.placeholderText())
            elif isinstance(widget, QGroupBox):
                add(f"{where}:title", widget.title())
            elif isinstance(widget, QTabBar):
                for i in range(widget.count()):
                    add(f"{where}:tab[{i}]", widget.tabText(i))
                    add(f"{where}:tabToolTip[{i}]", widget.tabToolTip(i))
            elif isinstance(widget, QComboBox):
                for i in range(widget.count()):
                    add(f"{where}:item[{i}]", widget.itemText(i))
            elif isinstance(widget, QHeaderView):
                model = widget.model()
                if model is not None:
                    for section in range(widget.count()):
                        if not widget.isSectionHidden(section):
                            add(f"{where}:section[{section}]", model.headerData(section, widget.orientation()))
            if isinstance(widget, QAbstractItemView) and not isinstance(widget, QHeaderView):
                model = widget.model()
                if model is None:
                    continue
                # hasIndex, not columnCount(): a list model's columnCount is private in PySide6.
                columns = range(next(c for c in range(1000) if not model.hasIndex(0, c)))
                for row in range(min(model.rowCount(QModelIndex()), max_rows)):
                    for column in columns:
                        index = model.index(row, column)
                        for role, name in ((Qt.ItemDataRole.DisplayRole, "display"), (Qt.ItemDataRole.ToolTipRole, "toolTip")):
                            add(f"{where}:row[{row}][{column}].{name}", index.data(role))
    return found


# -- telling the languages apart --------------------------------------------

_PLACEHOLDER = re.compile(r"%L?(?:\d{1,2}|n)|\{[A-Za-z_][A-Za-z0-9_]*(?:[:!][^{}]*)?\}")
_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")


def _pattern(text: str) -> re.Pattern | None:
    """A full-match pattern for a message with its placeholders as wildcards; None when the
    literal part is too small to tell anything (e.g. "%1" or "{price}")."""
    literal = _PLACEHOLDER.sub(" ", plain(text))
    if not any(len(word) >= 3 for word in _WORD.findall(literal)):
        return None
    parts = _PLACEHOLDER.split(plain(text))
    return re.compile("(?:.+?)".join(re.escape(part) for part in parts), re.DOTALL)


class Vocabulary:
    """The English sources and their German translations, as patterns to recognise shown text by.

    Only messages whose German differs from the English count: "Name" or
    "Acceptable Use Policy" read the same in both languages and prove nothing.
    """

    def __init__(self, german_ts: Path = I18N / "wizard_de.ts", english_ts: Path = I18N / "wizard_en.ts") -> None:
        english_forms = {m.key: m.forms for m in read_ts(english_ts)}
        self.english: list[tuple[re.Pattern, str]] = []
        self.german: list[tuple[re.Pattern, str]] = []
        for m in read_ts(german_ts):
            english = [m.source, *english_forms.get(m.key, ())] if m.numerus else [m.source]
            german = list(m.forms)
            if {plain(t) for t in english} == {plain(t) for t in german}:
                continue
            for text in english:
                if plain(text) not in {plain(t) for t in german} and (p := _pattern(text)):
                    self.english.append((p, m.where()))
            for text in german:
                if plain(text) not in {plain(t) for t in english} and (p := _pattern(text)):
                    self.german.append((p, m.where()))

    @staticmethod
    def _pieces(text: str) -> list[str]:
        # Pages join several messages into one text: "Visa •••• 4242 · expires 08/29 · Shared".
        pieces = [text]
        for separator in ("\n", " · ", " \u2014 "):
            pieces += [p.strip() for piece in list(pieces) for p in piece.split(separator)]
        return [p for p in dict.fromkeys(pieces) if p]

    def _matches(self, patterns, texts: dict[str, str]) -> list[str]:
        found = []
        for key, text in texts.items():
            for piece in self._pieces(text):
                hit = next((where for p, where in patterns if p.fullmatch(piece)), None)
                if hit:
                    found.append(f"{key}: {piece!r} is {hit}")
                    break
        return found

    def english_in(self, texts: dict[str, str]) -> list[str]:
        return self._matches(self.english, texts)

    def german_in(self, texts: dict[str, str]) -> list[str]:
        return self._matches(self.german, texts)


def words(text: str) -> list[str]:
    return _WORD.findall(text)


def shortcut_clashes(windows) -> list[str]:
    """Visible labels and buttons of one window whose Alt+letter shortcuts share a letter."""
    from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

    problems = []
    for window in windows:
        letters: dict[str, list[str]] = {}
        for widget in [window, *window.findChildren(QWidget)]:
            if widget.isVisible() and isinstance(widget, (QAbstractButton, QLabel)):
                found = re.search(r"&([^&\s])", widget.text().replace("&&", ""))
                if found:
                    letters.setdefault(found.group(1).lower(), []).append(widget.text())
        problems += [f"Alt+{letter.upper()}: {texts}" for letter, texts in letters.items() if len(texts) > 1]
    return problems
