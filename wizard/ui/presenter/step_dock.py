"""The presenter's step list: a dock on the account window (demo mode), hidden until F9.

It lists every section of the account window and every step of the wizard a
jump can reach (jumps.py); choosing one goes there with a sensible order filled
in. Under the list: an exercise and "Show me" (F8), which plays it in a
training window of its own. The header names the F-keys (keys.py).

`attach_presenter(shell, show_me=...)` puts dock, keys and badge on the account
window; the navigator calls `Presenter.wizard_opened(wizard)` for every wizard
the window opens, which gets the keys and the badge too. The wizard stays modal
on the window, as in the real product, so the dock behind it takes no clicks:
F9 over the wizard opens the same list as a menu on it.
"""
from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wizard.core.languages import other_language
from wizard.ui.kit.placeholders import fill
from wizard.ui.kit.retranslating import Retranslating
from wizard.ui.kit.translations import switch_session_language
from wizard.ui.kit.widgets import error_label, show_error
from wizard.ui.presenter import jumps
from wizard.ui.presenter.badge import badge_shell, badge_wizard
from wizard.ui.presenter.keys import KEYS, SHOW_ME_KEY, install_keys, key_name

log = logging.getLogger("wizard.ui")

DEFAULT_EXERCISE = "sales-pro-annual-named-users"  # preselected for Show me when it exists
TARGET_ROLE = Qt.ItemDataRole.UserRole
WIDTH = 300  # beside the account window's sections, which keep the rest


def _translated(source: str) -> str:
    return QCoreApplication.translate(jumps.CONTEXT, source)


class StepDock(Retranslating, QDockWidget):
    def __init__(self, session, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("presenterDock")
        self.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetClosable
                         | QDockWidget.DockWidgetFeature.DockWidgetMovable
                         | QDockWidget.DockWidgetFeature.DockWidgetFloatable)
        body = QWidget(objectName="presenterBody")
        self.keys_label = QLabel(body, objectName="presenterKeys", wordWrap=True)
        self.targets = QListWidget(body, objectName="presenterTargets")
        self.targets.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.headings: dict[str, QListWidgetItem] = {}
        self.items: dict[str, QListWidgetItem] = {}
        bold = QFont(self.targets.font())
        bold.setBold(True)
        for kind, targets in (("section", jumps.SECTION_TARGETS), ("step", jumps.STEP_TARGETS)):
            heading = QListWidgetItem()
            heading.setFlags(Qt.ItemFlag.ItemIsEnabled)  # a heading: not chosen, not greyed out
            heading.setFont(bold)
            self.targets.addItem(heading)
            self.headings[kind] = heading
            for target in targets:
                item = QListWidgetItem()
                item.setData(TARGET_ROLE, target)
                self.targets.addItem(item)
                self.items[f"{kind}:{target.name}"] = item
        self.error = error_label("presenterError")
        self.exercise_label = QLabel(body, objectName="presenterExerciseLabel")
        self.exercise = QComboBox(body, objectName="presenterExercise")
        self.exercise_label.setBuddy(self.exercise)
        self.show_me_button = QPushButton(body, objectName="presenterShowMe")
        self.exercises = self._load_exercises()
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.show_me_button)
        layout = QVBoxLayout(body)
        layout.addWidget(self.keys_label)
        layout.addWidget(self.targets, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.exercise_label)
        layout.addWidget(self.exercise)  # a row of its own: exercise titles are long
        layout.addLayout(row)
        self.setWidget(body)
        self.setMinimumWidth(240)
        self.retranslate()
        index = self.exercise.findData(DEFAULT_EXERCISE)
        self.exercise.setCurrentIndex(max(index, 0))

    def _load_exercises(self) -> dict:
        from wizard.core.exercises import ExerciseError, load_exercises

        try:
            exercises = load_exercises()
        except (ExerciseError, OSError) as error:
            log.warning("No exercises for Show me: %s", error)
            exercises = {}
        for exercise_id in exercises:
            self.exercise.addItem("", exercise_id)
        self.exercise.setEnabled(bool(exercises))
        self.show_me_button.setEnabled(bool(exercises))
        return exercises

    def exercise_id(self) -> str | None:
        return self.exercise.currentData()

    def item(self, name: str) -> QListWidgetItem:
        """The list's entry for `name`: "section:<section>" or "step:<page>"."""
        return self.items[name]

    def show_jump_failed(self, failed: bool) -> None:
        show_error(self.error, self.tr("This step cannot be reached with the demo order.") if failed else "")

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Presenter"))
        lines = [f"{key_name(key)}: {_translated(what)}" for key, what in KEYS]
        self.keys_label.setText("\n".join(lines))
        self.headings["section"].setText(self.tr("Account window"))
        self.headings["step"].setText(self.tr("Upgrade wizard"))
        for item in self.items.values():
            item.setText(_translated(item.data(TARGET_ROLE).label))
        self.targets.setAccessibleName(self.tr("Jump to"))
        self.exercise_label.setText(self.tr("E&xercise for Show me"))
        language = self.session.language
        for row in range(self.exercise.count()):
            exercise = self.exercises[self.exercise.itemData(row)]
            self.exercise.setItemText(row, exercise.text("title", language))
        # Wide enough for the longest title in this language: a title cut off names no exercise.
        widest = max((self.exercise.fontMetrics().horizontalAdvance(self.exercise.itemText(row))
                      for row in range(self.exercise.count())), default=0)
        self.exercise.setMinimumWidth(widest + 48)  # the arrow and the frame
        self.show_me_button.setText(fill(self.tr("Show me (%1)"), key_name(SHOW_ME_KEY)))
        self.show_me_button.setToolTip(self.tr("Plays the exercise step by step in a window of its own"))


class Presenter:
    """The presenter's controls on one account window: the dock, the keys, the badges, the jumps."""

    def __init__(self, shell, *, show_me=None) -> None:
        """`show_me(exercise_id, language)`: opens Show me of that exercise and returns its window (the app's)."""
        self.shell = shell
        self._show_me = show_me
        self.show_window = None  # the last Show me window
        self.dock = StepDock(shell.session, shell)
        shell.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        self.dock.hide()
        self.dock.targets.itemActivated.connect(self._chosen)
        self.dock.targets.itemClicked.connect(self._chosen)
        self.dock.show_me_button.clicked.connect(self.show_me)
        self.keys = install_keys(shell, self)
        self.badge = badge_shell(shell)
        self.wizard_badge = None
        self.menu = None  # the list as a menu on the wizard (F9 there)

    # -- what the keys and the dock do ----------------------------------------

    def toggle_dock(self) -> None:
        """F9: the dock on the account window; over the wizard (modal on the window, which it blocks) the same
        list as a menu on the wizard."""
        wizard = jumps.open_wizard(self.shell)
        if wizard is not None:
            self.menu = self._jump_menu(wizard)
            self.menu.popup(wizard.mapToGlobal(wizard.rect().topLeft()))
            return
        if self.dock.isVisible():
            self.dock.hide()
            return
        self.dock.show()
        if not self.dock.isFloating():
            self.shell.resizeDocks([self.dock], [WIDTH], Qt.Orientation.Horizontal)
        self.dock.raise_()

    def switch_language(self) -> None:
        """F7: the whole program, as the language button does."""
        session = self.shell.session
        switch_session_language(session, other_language(session.language))

    def show_me(self) -> None:
        """F8: the chosen exercise plays itself in a window of its own (the previous one is closed)."""
        exercise_id = self.dock.exercise_id()
        if self._show_me is None or not exercise_id:
            return
        if self.show_window is not None:
            self.show_window.close()
        self.show_window = self._show_me(exercise_id, self.shell.session.language)

    def jump_to(self, name: str):
        """Jump to `name` ("home", "step:review", ...); returns the section or page shown."""
        where = jumps.target(name)
        try:
            shown = jumps.jump(self.shell, where)
        except (jumps.JumpFailed, LookupError) as error:
            log.warning("Presenter jump to %s failed: %s", name, error)
            self.dock.show_jump_failed(True)
            return None
        self.dock.show_jump_failed(False)
        self.dock.targets.setCurrentItem(self.dock.item(f"{where.kind}:{where.name}"))
        return shown

    def _chosen(self, item: QListWidgetItem) -> None:
        where = item.data(TARGET_ROLE)
        if where is not None:
            self.jump_to(f"{where.kind}:{where.name}")

    def _jump_menu(self, wizard) -> QMenu:
        """The dock's list as a menu on `wizard`, in the language shown now."""
        menu = QMenu(wizard)
        menu.setObjectName("presenterMenu")
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        for kind, targets in (("section", jumps.SECTION_TARGETS), ("step", jumps.STEP_TARGETS)):
            menu.addSection(self.dock.headings[kind].text())
            for where in targets:
                action = menu.addAction(_translated(where.label).replace("&", "&&"))
                action.setObjectName(f"jump_{kind}_{where.name}")
                action.triggered.connect(lambda _=False, name=f"{kind}:{where.name}": self.jump_to(name))
        return menu

    # -- the wizards the window opens -----------------------------------------

    def wizard_opened(self, wizard) -> None:
        """Called by the navigator before `wizard` shows: it gets the keys and the badge."""
        install_keys(wizard, self)
        self.wizard_badge = badge_wizard(wizard)


def attach_presenter(shell, *, show_me=None) -> Presenter:
    """Dock (hidden), keys and badge on the account window `shell`; `shell.presenter` keeps them."""
    presenter = Presenter(shell, show_me=show_me)
    shell.presenter = presenter
    return presenter
