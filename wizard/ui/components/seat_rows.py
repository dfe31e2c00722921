"""A kiosk visitor's seats: a touch stepper for how many, and a name and an e-mail per seat.

The first row is the visitor, the new account's admin: name and e-mail required.
The other rows are optional: a seat left empty is bought without a holder; a
row with anything typed needs both, checked as a new user is (core/account.py,
no address twice). Rows follow the stepper; a row taken away is destroyed, so
nothing typed in it stays behind.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractSpinBox, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QScrollArea, QSpinBox, QWidget,
)

from wizard.core.account import check_new_user, clean_text
from wizard.ui.kit.placeholders import fill
from wizard.ui.kit.problems import user_problem_text
from wizard.ui.kit.widgets import error_label, mark_invalid, show_error

TOUCH = 48  # px: the kiosk's smallest control (ui/kiosk/touch.py says the same for the kiosk's own layers)
MAX_SEATS = 100  # more than a desk sells at once: beyond it, sales


class SeatStepper(QWidget):
    """[−] [ n ] [+]: a QSpinBox ("seatsStepper") between two touch-sized buttons."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.spin = QSpinBox(self)
        self.spin.setObjectName("seatsStepper")
        self.spin.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.NoButtons)  # its arrows are too small to touch
        self.spin.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.spin.setMinimumSize(3 * TOUCH // 2 + 24, TOUCH)
        self.minus = QPushButton("\u2212", self, objectName="seatsMinus")
        self.plus = QPushButton("+", self, objectName="seatsPlus")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.minus, self.spin, self.plus):
            layout.addWidget(widget, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addStretch(1)
        for button in (self.minus, self.plus):
            button.setMinimumSize(TOUCH + 8, TOUCH)
            font = button.font()
            font.setBold(True)
            button.setFont(font)
            button.setAutoRepeat(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the spin box keeps the keyboard
        self.minus.clicked.connect(self.spin.stepDown)
        self.plus.clicked.connect(self.spin.stepUp)
        self.spin.valueChanged.connect(self._enable)
        self._enable()

    def set_range(self, low: int, high: int) -> None:
        self.spin.setRange(low, high)
        self._enable()

    def _enable(self) -> None:
        self.minus.setEnabled(self.spin.value() > self.spin.minimum())
        self.plus.setEnabled(self.spin.value() < self.spin.maximum())

    def retranslate(self) -> None:
        self.minus.setAccessibleName(QCoreApplication.translate("SeatRows", "One seat less"))
        self.plus.setAccessibleName(QCoreApplication.translate("SeatRows", "One seat more"))
        self.spin.setAccessibleName(QCoreApplication.translate("SeatRows", "Seats"))


class _Row:
    def __init__(self, parent: QWidget, number: int) -> None:
        self.label = QLabel(parent)
        self.name = QLineEdit(parent, objectName=f"seatName{number}")
        self.email = QLineEdit(parent, objectName=f"seatEmail{number}")
        self.name.setMaxLength(200)
        self.email.setMaxLength(300)
        self.email.setInputMethodHints(Qt.InputMethodHint.ImhEmailCharactersOnly)
        self.error = error_label(f"seatError{number}", parent)

    def widgets(self) -> tuple[QWidget, ...]:
        return self.label, self.name, self.email, self.error

    def destroy(self) -> None:
        for widget in self.widgets():
            widget.hide()
            widget.setParent(None)
            widget.deleteLater()


class SeatRows(QScrollArea):
    """One row per seat (name, e-mail); `set_count()` follows the stepper."""

    edited = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("seatRows")
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        inner = QWidget(self)
        self.grid = QGridLayout(inner)
        self.grid.setColumnStretch(1, 1)
        self.grid.setColumnStretch(2, 1)
        self.grid.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.name_header = QLabel(inner, objectName="seatNameHeader")
        self.email_header = QLabel(inner, objectName="seatEmailHeader")
        self.grid.addWidget(self.name_header, 0, 1)
        self.grid.addWidget(self.email_header, 0, 2)
        self.setWidget(inner)
        # The page's background through the rows, not a grey box behind them.
        self.viewport().setAutoFillBackground(False)
        inner.setAutoFillBackground(False)
        self.rows: list[_Row] = []
        self._checked = False  # problems show once a check asked for them, then follow each edit
        self.set_count(1)

    def set_count(self, count: int) -> None:
        count = max(1, count)
        while len(self.rows) > count:
            self.rows.pop().destroy()
        while len(self.rows) < count:
            number = len(self.rows) + 1
            row = _Row(self.widget(), number)
            line = 2 * number - 1  # under the headers' line
            self.grid.addWidget(row.label, line, 0)
            self.grid.addWidget(row.name, line, 1)
            self.grid.addWidget(row.email, line, 2)
            self.grid.addWidget(row.error, line + 1, 1, 1, 2)
            for edit in (row.name, row.email):
                edit.textChanged.connect(self._on_edited)
            if self.rows:
                QWidget.setTabOrder(self.rows[-1].email, row.name)
            QWidget.setTabOrder(row.name, row.email)
            self.rows.append(row)
            self._retranslate_row(number - 1)
        if self._checked:
            self.show_problems()

    def people(self) -> list[list[str]]:
        """[name, e-mail] of the visitor and of every other row with anything typed, as typed (cleaned)."""
        found = []
        for i, row in enumerate(self.rows):
            name, email = clean_text(row.name.text()), clean_text(row.email.text())
            if i == 0 or name or email:
                found.append([name, email])
        return found

    def set_people(self, people) -> None:
        """Fill the rows from [name, e-mail] pairs (the visitor first); rows beyond them are emptied."""
        people = [list(p) for p in people or []]
        self.set_count(max(len(self.rows), len(people)))
        for i, row in enumerate(self.rows):
            name, email = people[i] if i < len(people) else ("", "")
            row.name.setText(name)
            row.email.setText(email)

    def problems(self) -> dict[int, tuple[str, str]]:
        """{row: (field, sentence)} for each row that cannot become a user; field is "name" or "email".

        The visitor's row is required; another row only when anything is typed in it.
        """
        found: dict[int, tuple[str, str]] = {}
        taken: list[str] = []
        for i, row in enumerate(self.rows):
            name, email = row.name.text(), row.email.text()
            if i > 0 and not clean_text(name) and not clean_text(email):
                continue  # a seat bought without a holder
            problems = check_new_user(name, email, taken)
            if "user_name" in problems:
                found[i] = ("name", user_problem_text(problems["user_name"]))
            elif "user_email" in problems:
                found[i] = ("email", user_problem_text(problems["user_email"]))
            taken.append(clean_text(email))
        return found

    def check(self) -> bool:
        """Show every row's problem in place (and from now on after each edit); True when there is none."""
        self._checked = True
        return not self.show_problems()

    def show_problems(self) -> dict[int, tuple[str, str]]:
        found = self.problems()
        for i, row in enumerate(self.rows):
            field, sentence = found.get(i, ("", ""))
            show_error(row.error, sentence)
            mark_invalid(row.name, sentence if field == "name" else "")
            mark_invalid(row.email, sentence if field == "email" else "")
        return found

    def forget(self) -> None:
        """Every row but the visitor's destroyed, the visitor's emptied; problems quiet again."""
        self._checked = False
        self.set_count(1)
        self.rows[0].name.setText("")  # setText, not clear(): no undo history keeps it
        self.rows[0].email.setText("")
        show_error(self.rows[0].error, "")
        mark_invalid(self.rows[0].name, "")
        mark_invalid(self.rows[0].email, "")

    def _on_edited(self) -> None:
        if self._checked:
            self.show_problems()
        self.edited.emit()

    def retranslate(self) -> None:
        self.name_header.setText(QCoreApplication.translate("SeatRows", "Name"))
        self.email_header.setText(QCoreApplication.translate("SeatRows", "Email address"))
        for i in range(len(self.rows)):
            self._retranslate_row(i)
        if self._checked:
            self.show_problems()

    def _retranslate_row(self, i: int) -> None:
        row = self.rows[i]
        if i == 0:
            row.label.setText(QCoreApplication.translate("SeatRows", "You (admin)"))
            row.name.setPlaceholderText(QCoreApplication.translate("SeatRows", "Your name"))
            row.email.setPlaceholderText(QCoreApplication.translate("SeatRows", "Your email address"))
        else:
            row.label.setText(fill(QCoreApplication.translate("SeatRows", "Seat %1"), str(i + 1)))
            row.name.setPlaceholderText(QCoreApplication.translate("SeatRows", "Name (optional)"))
            row.email.setPlaceholderText(QCoreApplication.translate("SeatRows", "Email (optional)"))
        row.name.setAccessibleName(f"{row.label.text()}: {row.name.placeholderText()}")
        row.email.setAccessibleName(f"{row.label.text()}: {row.email.placeholderText()}")
