"""The presenter's F-keys (demo mode), on the account window and on every wizard it opens.

F9 shows or hides the step list, F7 switches the language, F8 starts Show me
(the exercise chosen in the step list plays itself). Chosen because Qt and the
common desktops give them no meaning inside a window: F1 is help, F2 edits in
item views, F3 finds again, F4 opens a combo box (Windows), F5 reloads, F6
moves between panes, F10 opens the menu bar (Windows, KDE), F11 is full screen.
"""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QKeySequence, QShortcut

DOCK_KEY = Qt.Key.Key_F9
LANGUAGE_KEY = Qt.Key.Key_F7
SHOW_ME_KEY = Qt.Key.Key_F8
# What each key does, for the step list's header (translated in the context "Presenter").
KEYS = (
    (DOCK_KEY, QT_TRANSLATE_NOOP("Presenter", "show or hide this list")),
    (LANGUAGE_KEY, QT_TRANSLATE_NOOP("Presenter", "switch the language")),
    (SHOW_ME_KEY, QT_TRANSLATE_NOOP("Presenter", "Show me: the exercise plays itself")),
)


def key_name(key: Qt.Key) -> str:
    return QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)


def install_keys(window, presenter) -> list[QShortcut]:
    """F9, F7 and F8 on `window` (and its children), calling the presenter's toggle_dock, switch_language,
    show_me. The window keeps the shortcuts (their parent); the list is for tests."""
    made = []
    for key, slot in ((DOCK_KEY, presenter.toggle_dock), (LANGUAGE_KEY, presenter.switch_language),
                      (SHOW_ME_KEY, presenter.show_me)):
        shortcut = QShortcut(QKeySequence(key), window)
        shortcut.setObjectName(f"presenterKey_{key_name(key)}")
        shortcut.activated.connect(slot)
        made.append(shortcut)
    return made
