"""The account window: where the real product's path starts.

A top bar with the account's name as a menu at the top right (Products & Add-ons,
Account & Billing, the language and, in demo and training, "Signed in as"), a
left navigation (Home, Products & Add-ons, Users & Teams, Account & Billing) and
the sections beside it. On an empty ledger in standard mode it shows the
first-run set-up instead.

The window never imports the wizard: the navigator (wizard/app/navigator.py)
hands it `open_upgrade(shell, hub=, tier=, users=)`, which opens the wizard
modal on it and calls `reload_account()` once something was bought.

Only Home is built before the first paint. Once the account has been read,
`refresh()` fills what is built (Home, or the section shown) and leaves the
other sections to one event-loop step each, input handled in between; whatever
asks for a section before its step (the navigation, the menu, Home's links, a
test) gets it built at once, filled from the session as it is then.
"""
from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from wizard.core.languages import other_language
from wizard.core.modes import LedgerKind
from wizard.ui.kit.language_button import LanguageButton, language_button_text
from wizard.ui.kit.placeholders import fill
from wizard.ui.kit.translations import switch_session_language
from wizard.ui.shell.home_section import HomeSection
from wizard.ui.shell.mnemonics import escaped

log = logging.getLogger("wizard.ui")

SECTIONS = ("home", "products", "users", "billing")  # the navigation's order
SIGN_IN_LIST_MAX = 20  # "Signed in as" lists this many users at most ("you" and the admins first)
# Qt.ItemDataRole.UserRole, the role of a navigation item's section name. The first paint names nothing
# of PySide6.QtCore.Qt: the first use of that namespace makes all its ~94 Python enums (~17 ms), which the
# window's sections, built after the paint, pay for instead (tests/test_shell.py checks it). A getter that
# returns a Qt enum loads the namespace itself; QObject.property() of such a property raises until then.
SECTION_ROLE = 0x0100


def _section_class(name: str):
    """The class of a section after Home: imported when first built (prices need Babel, the ledger sqlite-utils)."""
    if name == "products":
        from wizard.ui.shell.products_section import ProductsSection

        return ProductsSection
    if name == "users":
        from wizard.ui.shell.users_section import UsersSection

        return UsersSection
    from wizard.ui.shell.billing_section import BillingSection

    return BillingSection


class AccountShell(QMainWindow):
    # A section wrote to the account, which has been read again and shown (sections built later too).
    accountChanged = Signal()

    def __init__(self, session, open_upgrade, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self._rest_due = False  # a step building the next section is queued
        self._closed = False  # closed: no more steps (a section asked for is still built)
        self._open_upgrade = open_upgrade
        self.upgrade_wizard = None  # the wizard opened last
        self.first_run = None  # the set-up page, made when an empty ledger needs it
        self.setObjectName("accountShell")

        # -- the top bar ---------------------------------------------------
        bar = QWidget(objectName="shellBar")
        self.title = QLabel(bar, objectName="shellTitle")
        self.language_button = LanguageButton(session)
        self.account_button = QToolButton(bar, objectName="accountMenuButton")
        self.account_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.account_button.setProperty("toolButtonStyle", "ToolButtonTextOnly")  # by name: see SECTION_ROLE
        self.account_menu = QMenu(self.account_button, objectName="accountMenu")
        self.products_action = self._menu_action("productsAction", lambda: self.open_section("products"))
        self.billing_action = self._menu_action("billingAction", lambda: self.open_section("billing"))
        self.account_menu.addSeparator()
        self.language_action = self._menu_action("languageAction", self._switch_language)
        self.signed_in_menu = QMenu(self.account_menu, objectName="signedInMenu")
        self.signed_in_action = self.account_menu.addMenu(self.signed_in_menu)
        self.signed_in_action.setObjectName("signedInAction")
        self.signed_in_action.setVisible(session.mode.switches_user)
        # Demo mode (its own ledger, which may be replaced): the prospect's company, or the template again.
        self.prospects = ()  # --prospects FILE: the navigator hands them to "Prepare demo"
        demo_separator = self.account_menu.addSeparator()
        self.prepare_demo_action = self._menu_action("prepareDemoAction", self.prepare_demo)
        self.reset_demo_action = self._menu_action("resetDemoAction", self.reset_demo)
        for action in (demo_separator, self.prepare_demo_action, self.reset_demo_action):
            action.setVisible(session.mode.ledger is LedgerKind.DEMO)
        self.sign_in_group = QActionGroup(self.signed_in_menu)
        self.sign_in_group.setExclusive(True)
        self.account_button.setMenu(self.account_menu)
        top = QHBoxLayout(bar)
        top.setContentsMargins(16, 8, 16, 8)
        top.addWidget(self.title)
        top.addStretch(1)
        top.addWidget(self.language_button)
        top.addWidget(self.account_button)

        # -- navigation and sections --------------------------------------
        self.navigation = QListWidget(objectName="shellNavigation")  # focus by Tab and click: a list's default
        for name in SECTIONS:
            item = QListWidgetItem()
            item.setData(SECTION_ROLE, name)
            self.navigation.addItem(item)
        self.section_stack = QStackedWidget(objectName="shellSections")
        self.sections: dict[str, QWidget] = {}  # the sections built so far, by name; section() builds one
        self.home = HomeSection(session)
        self.home.sectionRequested.connect(self.open_section)
        self._add_section("home", self.home)
        self.navigation.currentRowChanged.connect(self._show_row)
        workspace = QWidget(objectName="shellWorkspace")
        row = QHBoxLayout(workspace)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.navigation)
        row.addWidget(self.section_stack, 1)
        self.workspace = workspace

        # The set-up page and the workspace take turns below the bar.
        self.pages = QStackedWidget(objectName="shellPages")
        self.pages.addWidget(workspace)
        body = QWidget(objectName="shellBody")
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(bar)
        column.addWidget(self.pages, 1)
        self.setCentralWidget(body)
        self.navigation.setCurrentRow(0)
        self.resize(1024, 700)
        self.retranslate()

    # -- for tests and older callers: Home's texts --------------------------

    @property
    def welcome(self) -> QLabel:
        return self.home.welcome

    @property
    def hint(self) -> QLabel:
        return self.home.hint

    # -- sections -----------------------------------------------------------

    def _menu_action(self, name: str, slot) -> QAction:
        action = self.account_menu.addAction("")
        action.setObjectName(name)
        action.triggered.connect(slot)
        return action

    def _add_section(self, name: str, section: QWidget) -> None:
        self.sections[name] = section
        self.section_stack.addWidget(section)
        section.upgradeRequested.connect(self._upgrade_requested)
        section.accountChanged.connect(self._section_changed_account)

    def _section_changed_account(self) -> None:
        self.reload_account()
        self.accountChanged.emit()

    def section(self, name: str) -> QWidget:
        """The section `name`, built now if it was not yet: a new one shows the session as it is now."""
        if name not in SECTIONS:
            raise ValueError(f"unknown section {name!r}; one of: {', '.join(SECTIONS)}")
        section = self.sections.get(name)
        if section is None:
            # In the current language, and filled from the session (account, signed-in user, language) by
            # its own __init__, which ends with its refresh(): filling it again here would read the ledger twice.
            section = _section_class(name)(self.session)
            self._add_section(name, section)
        return section

    def _build_rest_soon(self) -> None:
        """The sections not built yet, one per event-loop step (clicks and keys are handled in between)."""
        if not self._rest_due and not self._closed and len(self.sections) < len(SECTIONS):
            self._rest_due = True
            QTimer.singleShot(0, self, self._build_next)  # with `self` as context: dropped once it is gone

    def _build_next(self) -> None:
        self._rest_due = False
        if self._closed or self._needs_set_up():
            return
        missing = [name for name in SECTIONS if name not in self.sections]
        if missing:
            self.section(missing[0])
            self._build_rest_soon()

    def closeEvent(self, event) -> None:
        self._closed = True
        super().closeEvent(event)

    def showEvent(self, event) -> None:
        self._closed = False
        super().showEvent(event)
        if self.session.account_read and not self._needs_set_up():
            self._build_rest_soon()

    def open_section(self, name: str) -> QWidget:
        """Show the section `name` ("home", "products", "users", "billing") and return it."""
        section = self.section(name)
        self.navigation.setCurrentRow(SECTIONS.index(name))
        self.section_stack.setCurrentWidget(section)
        return section

    def current_section(self) -> str:
        return SECTIONS[self.navigation.currentRow()]

    def _show_row(self, row: int) -> None:
        if 0 <= row < len(SECTIONS):
            self.open_section(SECTIONS[row])

    # -- the wizard -----------------------------------------------------------

    def _upgrade_requested(self, hub: str, tier: str, users: list) -> None:
        self.open_upgrade(hub=hub or None, users=list(users) or None, tier=tier or None)

    def open_upgrade(self, hub: str | None = None, users=None, tier: str | None = None):
        """The wizard, modal on this window: on `hub`'s tab, with `tier` chosen and exactly `users`
        ticked on the licenses page (each when given). Returns the wizard."""
        previous, self.upgrade_wizard = self.upgrade_wizard, None
        if previous is not None and not previous.isVisible():
            previous.setParent(None)  # deleted now, not by a deferred delete
        self.upgrade_wizard = self._open_upgrade(self, hub=hub, tier=tier, users=users)
        return self.upgrade_wizard

    # -- the account ----------------------------------------------------------

    def reload_account(self) -> None:
        """After a write (a purchase, a section's change): read the account again and show it everywhere."""
        from wizard.ledger import LedgerError

        if self.session.account is not None:
            try:
                self.session.reload()
            except LedgerError as error:
                # What was shown stays; the next write says what is wrong with the file.
                log.warning("The account could not be read again: %s", error)
                self.session.drop_connection()
        self.refresh()

    def _needs_set_up(self) -> bool:
        session = self.session
        return session.account_read and session.account is None and session.mode.sets_up_account

    def refresh(self) -> None:
        """Called once the ledger has been read, and after every change: every section shows the session.

        Only the sections built so far are refreshed (the one shown always is: open_section builds it); the
        others are built in the steps that follow (`_build_rest_soon`), each filled from the session then.
        """
        if self._needs_set_up():
            if self.first_run is None:
                from wizard.ui.shell.first_run import FirstRunPage

                self.first_run = FirstRunPage(self.session)
                self.first_run.accountCreated.connect(lambda _id: self.account_created())
                self.pages.addWidget(self.first_run)
            self.pages.setCurrentWidget(self.first_run)
        else:
            self.pages.setCurrentWidget(self.workspace)
            if self.session.account_read:
                self._build_rest_soon()
        for section in self.sections.values():
            section.refresh()
        self._fill_sign_in_menu()
        self.retranslate()

    def account_created(self) -> None:
        """The first-run set-up made the account: on to the account window, at Home."""
        from PySide6.QtCore import Qt  # not at the top: see SECTION_ROLE

        self.refresh()
        self.open_section("home")
        self.navigation.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- "Signed in as" -------------------------------------------------------

    def sign_in_as(self, user_id: str) -> bool:
        """Act as the account's user `user_id` (demo and training); every section follows.

        False (nothing changes) in a mode without "Signed in as": there the
        signed-in user is always the "you" user.
        """
        if not self.session.mode.switches_user:
            return False
        self.session.sign_in(user_id)
        self.refresh()
        return True

    def _sign_in_choices(self) -> list:
        users = self.session.users
        first = [u for u in users if u.is_you or u.is_admin]
        chosen = first + [u for u in users if u not in first][: max(0, SIGN_IN_LIST_MAX - len(first))]
        signed_in = self.session.signed_in_user
        if signed_in is not None and signed_in not in chosen:
            chosen.append(signed_in)
        return chosen

    def _fill_sign_in_menu(self) -> None:
        signed_in = self.session.signed_in_user
        choices = self._sign_in_choices() if self.session.mode.switches_user else []
        if [a.data() for a in self.sign_in_group.actions()] != [u.id for u in choices]:
            for action in self.sign_in_group.actions():
                self.sign_in_group.removeAction(action)
                self.signed_in_menu.removeAction(action)
                action.deleteLater()  # not now: it may be the action whose click got us here
            for user in choices:
                action = QAction(self.signed_in_menu)
                action.setObjectName(f"signInAs_{user.id}")
                action.setData(user.id)
                action.setCheckable(True)
                action.triggered.connect(lambda _=False, uid=user.id: self.sign_in_as(uid))
                self.sign_in_group.addAction(action)
                self.signed_in_menu.addAction(action)
        for action in self.sign_in_group.actions():
            action.setChecked(signed_in is not None and action.data() == signed_in.id)

    # -- the demo ---------------------------------------------------------------

    def prepare_demo(self):
        """ "Prepare demo...": the dialog (returned, not blocking); accepted, the demo is the prospect's."""
        from wizard.ui.shell.prepare_demo_dialog import open_prepare_dialog

        return open_prepare_dialog(self)

    def reset_demo(self) -> bool:
        """ "Reset demo...": after a confirmation, the template account again; True when it was reset."""
        from wizard.ui.shell.prepare_demo_dialog import reset_with_confirmation

        return reset_with_confirmation(self)

    # -- language -------------------------------------------------------------

    def _switch_language(self) -> None:
        switch_session_language(self.session, other_language(self.session.language))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        session = self.session
        account, user = session.account, session.signed_in_user
        name = account.name if account is not None else self.tr("Your account")
        setting_up = self._needs_set_up()
        self.setWindowTitle(self.tr("Set up your account") if setting_up else self.tr("Account"))
        self.title.setText(self.tr("Upgrade Wizard"))
        self.account_button.setText(escaped(name))
        self.account_button.setVisible(not setting_up)
        self.account_button.setToolTip(self.tr("Account menu"))
        self.account_button.setAccessibleName(self.tr("Account menu"))
        titles = {
            "home": self.tr("Home"),
            "products": self.tr("Products & Add-ons"),
            "users": self.tr("Users & Teams"),
            "billing": self.tr("Account & Billing"),
        }
        for row, section in enumerate(SECTIONS):
            self.navigation.item(row).setText(titles[section])
        self.navigation.setAccessibleName(self.tr("Sections"))
        self.products_action.setText(escaped(titles["products"]))
        self.billing_action.setText(escaped(titles["billing"]))
        has_account = account is not None or not session.account_read
        self.products_action.setEnabled(has_account)
        self.billing_action.setEnabled(has_account)
        self.language_action.setText(escaped(language_button_text(session.language)))
        self.prepare_demo_action.setText(self.tr("Prepare demo…"))
        self.reset_demo_action.setText(self.tr("Reset demo…"))
        self.language_action.setToolTip(self.tr("Switch the language"))
        if user is not None:
            self.signed_in_menu.setTitle(escaped(fill(self.tr("Signed in as %1"), user.name)))
        else:
            self.signed_in_menu.setTitle(self.tr("Signed in as"))
        for action in self.sign_in_group.actions():
            shown = next((u for u in session.users if u.id == action.data()), None)
            if shown is not None:
                text = fill(self.tr("%1 (admin)"), shown.name) if shown.is_admin else shown.name
                action.setText(escaped(text))
        self.navigation.setFixedWidth(self._navigation_width())

    def _navigation_width(self) -> int:
        """As wide as its longest entry in the current language, no wider."""
        metrics = self.navigation.fontMetrics()
        widest = max(metrics.horizontalAdvance(self.navigation.item(r).text()) for r in range(len(SECTIONS)))
        return widest + 56  # the item's padding and the selection's border (style.qss)
