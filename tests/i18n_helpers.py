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
