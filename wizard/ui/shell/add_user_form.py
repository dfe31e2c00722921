"""Users & Teams' form for a new user: name, email and role, each problem said under its field.

The checks are core.account.check_new_user's; the ledger checks again inside
its write lock (another desk may have added the address a moment ago), and the
section shows that refusal here too, with `show_refusal`.
"""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout

from wizard.core.account import USER_FIELDS, Role, UserProblem, check_new_user
from wizard.ui.kit.form_rows import FormRows
from wizard.ui.kit.problems import user_problem_text
from wizard.ui.kit.retranslating import Retranslating
from wizard.ui.kit.widgets import ValueComboBox


_FIELD_OF = {
    UserProblem.NAME_EMPTY: "user_name", UserProblem.NAME_TOO_LONG: "user_name",
    UserProblem.NAME_CONTROL_CHARACTER: "user_name",
    UserProblem.EMAIL_INVALID: "user_email", UserProblem.EMAIL_TAKEN: "user_email",
}


class AddUserForm(Retranslating, QFrame):
    """`submitted(name, email, role)` once every field is fine; the section writes it to the ledger."""

    submitted = Signal(str, str, str)
    cancelled = Signal()

    def __init__(self, session, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("addUserForm")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = QLabel(self, objectName="addUserTitle")
        self.title.setProperty("emphasis", True)
        fields = QFrame(self)
        self.rows = FormRows(fields)
        self.name = self.rows.add("user_name", QLineEdit())
        self.email = self.rows.add("user_email", QLineEdit())
        self.role = self.rows.add("user_role", ValueComboBox())
        self.role.addItem("", str(Role.USER))
        self.role.addItem("", str(Role.ADMIN))
        self.name.setMaxLength(200)
        self.email.setMaxLength(300)
        self.inputs, self.errors = self.rows.inputs, self.rows.errors
        self.add = QPushButton(self, objectName="addUserConfirm")
        self.add.setDefault(True)
        self.cancel = QPushButton(self, objectName="addUserCancel")
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel)
        buttons.addWidget(self.add)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.addWidget(self.title)
        layout.addWidget(fields)
        layout.addLayout(buttons)
        self._refused: dict[str, UserProblem] = {}  # what the ledger refused, until that field is edited
        self.add.clicked.connect(self._submit)
        self.name.returnPressed.connect(self._submit)
        self.email.returnPressed.connect(self._submit)
        self.cancel.clicked.connect(self._cancel)
        self.rows.fieldLeft.connect(lambda _name: self._show_problems())
        self.name.textEdited.connect(lambda _t: self._edited("user_name"))
        self.email.textEdited.connect(lambda _t: self._edited("user_email"))
        self.retranslate()

    # -- the entries -----------------------------------------------------

    def values(self) -> tuple[str, str, str]:
        return self.name.text(), self.email.text(), self.role.value

    def problems(self) -> dict[str, UserProblem]:
        taken = [u.email for u in self.session.users]
        return {**check_new_user(self.name.text(), self.email.text(), taken), **self._refused}

    def clear(self) -> None:
        self.name.clear()
        self.email.clear()
        self.role.value = str(Role.USER)
        self._refused = {}
        self.rows.forget_touched()
        self._show_problems()

    def start(self) -> None:
        """Shown empty, the name field ready for typing."""
        self.clear()
        self.show()
        self.name.setFocus()

    def show_refusal(self, problem: UserProblem) -> bool:
        """A refusal of the ledger's that belongs to a field: shown under it (True), else False."""
        field = _FIELD_OF.get(problem)
        if field is None:
            return False
        self._refused[field] = problem
        self.rows.touched.add(field)
        self._show_problems()
        self.inputs[field].setFocus()
        return True

    # -- reactions -------------------------------------------------------

    def _edited(self, field: str) -> None:
        self._refused.pop(field, None)
        if field in self.rows.touched:
            self._show_problems()

    def _submit(self) -> None:
        self.rows.touched.update(USER_FIELDS)
        problems = self.problems()
        self._show_problems()
        if problems:
            self.inputs[next(name for name in USER_FIELDS if name in problems)].setFocus()
            return
        self.submitted.emit(*self.values())

    def _cancel(self) -> None:
        self.clear()
        self.hide()
        self.cancelled.emit()

    def _show_problems(self) -> None:
        self.rows.show_problems({name: user_problem_text(p) for name, p in self.problems().items()})

    # -- texts -----------------------------------------------------------

    def retranslate(self) -> None:
        self.title.setText(self.tr("Add a user"))
        self.rows.set_label_texts({"user_name": self.tr("Name"), "user_email": self.tr("Email"),
                                   "user_role": self.tr("Role")})
        self.name.setPlaceholderText(self.tr("First and last name"))
        self.email.setPlaceholderText(self.tr("name@example.com"))
        self.role.setItemText(0, self.tr("User"))
        self.role.setItemText(1, self.tr("Admin"))
        self.add.setText(self.tr("Add user"))
        self.cancel.setText(self.tr("Cancel"))
        self._show_problems()
