"""The account shell: where the real product's path starts.

Account name menu (top right) -> "Products & Add-ons" opens the wizard, as the
reference article's first step says.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from wizard.ui.kit.language_button import LanguageButton
from wizard.ui.kit.placeholders import fill


class AccountShell(QMainWindow):
    def __init__(self, session, open_wizard, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self._open_wizard = open_wizard
        self.setObjectName("accountShell")

        bar = QWidget(objectName="shellBar")
        self.title = QLabel(objectName="shellTitle")
        self.language_button = LanguageButton(session)
        self.account_button = QToolButton(objectName="accountMenuButton")
        self.account_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.account_menu = QMenu(self.account_button)
        self.products_action = self.account_menu.addAction("")
        self.products_action.setObjectName("productsAction")
        self.products_action.triggered.connect(self._open_wizard)
        self.account_button.setMenu(self.account_menu)
        top = QHBoxLayout(bar)
        top.addWidget(self.title)
        top.addStretch(1)
        top.addWidget(self.language_button)
        top.addWidget(self.account_button)

        self.welcome = QLabel(objectName="shellWelcome", wordWrap=True)
        self.welcome.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.hint = QLabel(objectName="shellHint", wordWrap=True)
        body = QWidget()
        column = QVBoxLayout(body)
        column.addWidget(bar)
        column.addSpacing(24)
        column.addWidget(self.welcome)
        column.addWidget(self.hint)
        column.addStretch(1)
        self.setCentralWidget(body)
        self.resize(1024, 640)
        self.retranslate()

    def refresh(self) -> None:
        """Called once the ledger has been read: shows the account's name, or that there is none."""
        # Without an account there is nothing to upgrade (standard mode on an empty ledger).
        self.products_action.setEnabled(not self._ledger_has_no_account())
        self.retranslate()

    def _ledger_has_no_account(self) -> bool:
        return self.session.account_read and self.session.account is None

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        account = self.session.account
        name = account.name if account is not None else self.tr("Your account")
        self.setWindowTitle(self.tr("Account"))
        self.title.setText(self.tr("Account overview"))
        self.account_button.setText(name)
        self.account_button.setToolTip(self.tr("Account menu"))
        self.account_button.setAccessibleName(self.tr("Account menu"))
        self.products_action.setText(self.tr("Products & Add-ons"))
        if self._ledger_has_no_account():
            self.welcome.setText(
                self.tr(
                    "This ledger file has no account yet. Setting up a new account comes with the next"
                    " version; start with --demo to try the wizard."
                )
            )
            self.hint.setText("")
        else:
            self.welcome.setText(fill(self.tr("Welcome to %1."), name))
            self.hint.setText(
                self.tr(
                    "To upgrade, click your account name at the top right and go to Products & Add-ons."
                )
            )
