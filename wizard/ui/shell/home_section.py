"""Home: a short welcome with the account's name and a way into each section.

Light on purpose: it is what the account window paints first, before the
ledger is opened (no Babel, no sqlite-utils).
"""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from wizard.ui.kit.placeholders import fill
from wizard.ui.kit.retranslating import Retranslating
from wizard.ui.kit.widgets import stack
from wizard.ui.shell.mnemonics import escaped

LINKS = ("products", "users", "billing")  # the sections Home leads to, in this order


class HomeSection(Retranslating, QWidget):
    upgradeRequested = Signal(str, str, list)  # part of every section's interface; Home asks for none
    accountChanged = Signal()
    sectionRequested = Signal(str)  # "products", "users" or "billing"

    def __init__(self, session, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("homeSection")
        self.welcome = QLabel(self, objectName="shellWelcome", wordWrap=True)
        self.welcome.setProperty("sectionHeading", True)
        self.hint = QLabel(self, objectName="shellHint", wordWrap=True)
        self.signed_in = QLabel(self, objectName="homeSignedIn", wordWrap=True)
        self.signed_in.setProperty("secondary", True)
        self.links: dict[str, QPushButton] = {}
        self.descriptions: dict[str, QLabel] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(10)
        grid.setColumnStretch(1, 1)
        for row, name in enumerate(LINKS):
            button = QPushButton(self, objectName=f"homeLink_{name}")
            button.clicked.connect(lambda _=False, n=name: self.sectionRequested.emit(n))
            description = QLabel(self, objectName=f"homeLinkText_{name}", wordWrap=True)
            description.setProperty("secondary", True)
            grid.addWidget(button, row, 0)
            # The row's full height, its text centred by the label's own alignment (left, vertically centred):
            # no layout alignment, which would name PySide6.QtCore.Qt before the first paint (shell/window.py).
            grid.addWidget(description, row, 1)
            self.links[name], self.descriptions[name] = button, description
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        stack(layout, self.welcome, self.hint, self.signed_in, 12, grid).addStretch(1)
        self.retranslate()

    def refresh(self) -> None:
        has_account = self.session.account is not None
        for button in self.links.values():
            button.setEnabled(has_account or not self.session.account_read)
        self.retranslate()

    def retranslate(self) -> None:
        account, user = self.session.account, self.session.signed_in_user
        self.welcome.setText(fill(self.tr("Welcome to %1."), account.name if account else self.tr("your account")))
        self.hint.setText(
            self.tr("To upgrade, click your account name at the top right and go to Products & Add-ons.")
        )
        shows_user = self.session.mode.switches_user and user is not None
        self.signed_in.setVisible(shows_user)
        if shows_user:
            role = self.tr("admin") if user.is_admin else self.tr("user")
            self.signed_in.setText(
                fill(self.tr("You are signed in as %1 (%2). Switch in the account menu."), user.name, role)
            )
        texts = {
            "products": (self.tr("Products & Add-ons"), self.tr("Your plans, their prices, and upgrades.")),
            "users": (
                self.tr("Users & Teams"),
                self.tr("Who uses the account and who holds a paid seat; Actions: Manage Sales Pro users."),
            ),
            "billing": (
                self.tr("Account & Billing"),
                self.tr("Subscriptions, order history and payment methods."),
            ),
        }
        for name, (title, description) in texts.items():
            self.links[name].setText(escaped(title))
            self.links[name].setAccessibleName(title)
            self.descriptions[name].setText(description)
