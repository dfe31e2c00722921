"""Users & Teams: the account's people, the paid seats they hold, and what an admin does with them.

The path of the reference article: Users & Teams -> Actions -> "Manage Sales
Pro users" continues into the wizard for Sales Hub Professional with the ticked
users ticked on its licenses page. An admin also adds and removes users and
grants the ordinary users' access requests ("Ask an admin" on Products &
Add-ons); an ordinary user sees the list and nothing to change it with.

Every change is one ledger write (ledger/users.py, ledger/access.py) through
kit.ledger_write.attempt; the section says what happened in a sentence that
follows the language, and asks the shell to reload the account (accountChanged).
"""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMenu, QPushButton, QVBoxLayout, QWidget

from wizard.core.account import AccessRequest, User, UserProblem
from wizard.ui.components.users_table import UsersTable
from wizard.ui.kit.placeholders import fill
from wizard.ui.kit.problems import ledger_problem_text, user_problem_text
from wizard.ui.kit.retranslating import Retranslating
from wizard.ui.kit.widgets import error_label, set_texts, show_error
from wizard.ui.shell.access_requests import AccessRequestsPanel, hub_name
from wizard.ui.shell.add_user_form import AddUserForm

# "Manage Sales Pro users" continues into the wizard for this hub and tier.
SALES_PRO = ("sales", "professional")


class UsersSection(Retranslating, QWidget):
    upgradeRequested = Signal(str, str, list)  # hub id, tier id ("" = let the person choose), user ids to tick
    accountChanged = Signal()  # a user was added or removed, or a request granted

    def __init__(self, session, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("usersSection")
        # The last thing said (a function giving the sentence in the current language), and whether it is a problem.
        self._said = None
        self._said_is_problem = False
        self._said_to: str | None = None  # the signed-in user it was said to: another person does not see it
        self.heading = QLabel(self, objectName="usersHeading")
        self.heading.setProperty("sectionHeading", True)
        self.intro = QLabel(self, objectName="usersIntro", wordWrap=True)

        self.add_button = QPushButton(self, objectName="addUserButton")
        self.actions_button = QPushButton(self, objectName="usersActionsButton")
        self.actions_menu = QMenu(self.actions_button)
        self.actions_menu.setObjectName("usersActionsMenu")
        self.actions_menu.setToolTipsVisible(True)  # a greyed-out action says why
        self.manage_action = QAction(self, objectName="manageSalesProUsersAction")
        self.remove_action = QAction(self, objectName="removeUserAction")
        self.actions_menu.addAction(self.manage_action)
        self.actions_menu.addSeparator()
        self.actions_menu.addAction(self.remove_action)
        self.actions_button.setMenu(self.actions_menu)
        self.selection_note = QLabel(self, objectName="usersSelectionNote", wordWrap=True)
        self.selection_note.setProperty("secondary", True)
        tools = QHBoxLayout()
        tools.addWidget(self.add_button)
        tools.addWidget(self.actions_button)
        tools.addSpacing(12)
        tools.addWidget(self.selection_note, 1)

        self.notice = QLabel(self, objectName="usersNotice", wordWrap=True)
        self.notice.hide()
        self.problem = error_label("usersProblem", self)
        self.form = AddUserForm(session, self)
        self.form.hide()
        self.requests = AccessRequestsPanel(session, self)
        self.table = UsersTable(self, licenses=False)
        self.table.model.seat_text = self._seat_text

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(10)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addLayout(tools)
        layout.addWidget(self.notice)
        layout.addWidget(self.problem)
        layout.addWidget(self.form)
        layout.addWidget(self.requests)
        layout.addWidget(self.table, 1)
        self.setTabOrder(self.add_button, self.actions_button)
        self.setTabOrder(self.actions_button, self.table.filter)

        self.add_button.clicked.connect(self._open_form)
        self.form.submitted.connect(self.add_user)
        self.manage_action.triggered.connect(self.manage_sales_pro_users)
        self.remove_action.triggered.connect(self.remove_ticked_user)
        self.requests.grantClicked.connect(self.grant)
        self.table.model.checkedChanged.connect(self._update_actions)
        self.refresh()

    # -- who is looking, and what they see -------------------------------

    def _admin(self) -> User | None:
        """The signed-in user when they may change things here, else None."""
        user = self.session.signed_in_user
        return user if user is not None and user.is_admin and self.session.account is not None else None

    def refresh(self) -> None:
        user = self.session.signed_in_user
        if (user.id if user is not None else None) != self._said_to:
            self._say(None)
            self.form.clear()
        admin = self._admin() is not None
        present = {u.id for u in self.session.users}
        still_ticked = [i for i in self.table.model.checked_ids() if i in present] if admin else []
        self.table.model.you_id = user.id if user is not None else None
        self.table.load(self.session.users, "", still_ticked)
        self.table.set_checkable(admin)
        self.add_button.setVisible(admin)
        self.actions_button.setVisible(admin)
        self.selection_note.setVisible(admin)
        if not admin:
            self.form.hide()
        self._load_requests()
        self._update_actions()
        self.retranslate()

    def _load_requests(self) -> None:
        requests = []
        if self._admin() is not None and self.session.account_read:
            from wizard.ledger import LedgerError, open_access_requests

            try:
                requests = open_access_requests(self.session.db, self.session.account_id)
            except LedgerError as error:  # the file is gone or damaged: the shell says so; the list stays empty
                self._say(lambda p=error.problem: ledger_problem_text(p), problem=True)
        self.requests.set_requests(requests)

    def ticked_ids(self) -> list[str]:
        return self.table.model.checked_ids()

    def _ticked_users(self) -> list[User]:
        ticked = set(self.ticked_ids())
        return [u for u in self.session.users if u.id in ticked]

    # -- actions ---------------------------------------------------------

    def manage_sales_pro_users(self) -> None:
        """On to the wizard for Sales Hub Professional, with exactly the ticked users ticked there."""
        ticked = self.ticked_ids()
        if self._admin() is None or not ticked:
            return
        self.upgradeRequested.emit(*SALES_PRO, ticked)

    def _open_form(self) -> None:
        self._say(None)
        self.form.start()

    def add_user(self, name: str, email: str, role: str) -> None:
        from wizard.ledger import add_user

        admin = self._admin()
        if admin is None:
            return
        self._say(None)
        session, added = self.session, []

        def write(cancelled) -> None:
            added.append(add_user(session.db, account_id=session.account_id, name=name, email=email, role=role,
                                  desk=session.desk, by_user_id=admin.id, cancelled=cancelled))

        refused, problem = self._write(write, "Adding a user")
        if refused is not None and self.form.show_refusal(refused.reason):
            return
        if refused is not None or problem is not None:
            reason = refused.reason if refused is not None else problem
            self._say(lambda: fill(self.tr("The user was not added. %1"), user_problem_text(reason)), problem=True)
            return
        shown = self.form.values()[0].strip()
        self.form.clear()
        self.form.hide()
        self._say(lambda: fill(self.tr("%1 was added to the account."), shown))
        self.accountChanged.emit()

    def remove_ticked_user(self) -> None:
        """Remove the one ticked user, or say why not (a paid seat, yourself, the last admin)."""
        from wizard.ledger import remove_user

        admin, ticked = self._admin(), self._ticked_users()
        if admin is None or len(ticked) != 1:
            return
        user, session = ticked[0], self.session

        def write(cancelled) -> None:
            remove_user(session.db, account_id=session.account_id, user_id=user.id, desk=session.desk,
                        by_user_id=admin.id, cancelled=cancelled)

        refused, problem = self._write(write, "Removing a user")
        if refused is not None or problem is not None:
            reason = refused.reason if refused is not None else problem
            self._say(lambda: fill(self.tr("%1 was not removed. %2"), user.name, user_problem_text(reason)),
                      problem=True)
            if refused is not None and refused.reason is UserProblem.UNKNOWN_USER:
                self.accountChanged.emit()  # gone on another desk: show the list as it is now
            return
        self.table.model.set_checked_rows([r for r, u in enumerate(self.table.model.users) if u.id == user.id], False)
        self._say(lambda: fill(self.tr("%1 was removed from the account."), user.name))
        self.accountChanged.emit()

    def grant(self, request: AccessRequest) -> None:
        """Record the grant, then on to the wizard for the hub with the user ticked beside the seat holders."""
        from wizard.ledger import grant_access_request

        admin = self._admin()
        if admin is None:
            return
        session = self.session
        asker = self._user(request.user_id)
        name = asker.name if asker is not None else request.user_id

        def write(cancelled) -> None:
            grant_access_request(session.db, request_id=request.id, desk=session.desk, mode=session.mode.order_mark,
                                 by_user_id=admin.id, cancelled=cancelled)

        refused, problem = self._write(write, "Granting an access request")
        if refused is not None or problem is not None:
            reason = refused.reason if refused is not None else problem
            self._say(lambda: fill(self.tr("The request of %1 was not granted. %2"), name,
                                   user_problem_text(reason)), problem=True)
            if refused is not None:
                self._load_requests()
            return
        holders = [u.id for u in session.users if u.holds_seat_in(request.hub) or u.id == request.user_id]
        self._say(lambda: fill(self.tr("Access granted. Choose the plan for %1 and complete the purchase."), name))
        self.accountChanged.emit()
        self.upgradeRequested.emit(request.hub, "", holders)

    def _write(self, write, action: str):
        """(the ledger's refusal of the change, or None; the LedgerProblem of a failed write, or None)."""
        from wizard.ledger import UserRefused
        from wizard.ui.kit.ledger_write import attempt

        refused = []

        def refusing(cancelled) -> None:
            try:
                write(cancelled)
            except UserRefused as error:  # the change itself was refused: the file is fine, keep the connection
                refused.append(error)

        problem = attempt(self.session, refusing, action, self)
        return (refused[0] if refused else None), problem

    # -- texts -----------------------------------------------------------

    def _say(self, sentence, *, problem: bool = False) -> None:
        """Show `sentence()` (re-run on every language switch) as news or as a problem; None: say nothing."""
        self._said, self._said_is_problem = sentence, problem
        user = self.session.signed_in_user
        self._said_to = user.id if user is not None else None
        self._show_said()

    def _show_said(self) -> None:
        text = self._said() if self._said is not None else ""
        show_error(self.problem, text if self._said_is_problem else "")
        self.notice.setText("" if self._said_is_problem else text)
        self.notice.setVisible(bool(text) and not self._said_is_problem)

    def _user(self, user_id: str) -> User | None:
        return next((u for u in self.session.users if u.id == user_id), None)

    def _seat_text(self, user: User) -> str:
        """ "Sales Hub Starter": each hub the user holds a paid seat in, with the account's tier there."""
        catalog, language = self.session.catalog, self.session.language
        order = {hub.id: n for n, hub in enumerate(catalog.hubs)}  # the catalog's order; unknown hubs last
        names = []
        for hub_id in sorted(user.licensed_hubs, key=lambda h: (order.get(h, len(order)), h)):
            name = hub_name(catalog, hub_id, language)
            subscription = self.session.subscriptions.get(hub_id)
            if subscription is not None:
                try:
                    name = f"{name} {catalog.tier(hub_id, subscription.tier).name_in(language)}"
                except KeyError:  # a tier the loaded catalog does not sell (any more)
                    pass
            names.append(name)
        return ", ".join(names)

    def _update_actions(self) -> None:
        count = len(self.table.model.checked)
        admin = self._admin() is not None
        self.manage_action.setEnabled(admin and count > 0)
        self.remove_action.setEnabled(admin and count == 1)
        self._action_texts()

    def _action_texts(self) -> None:
        count = len(self.table.model.checked)
        if count:
            manage_tip = self.tr("Continue to Sales Hub Professional with the %n ticked user(s)", "", count)
        else:
            manage_tip = self.tr("Tick the users whose Sales Pro seats you want to manage first.")
        if count == 1:
            remove_tip = self.tr("Remove the ticked user from the account")
        elif count:
            remove_tip = self.tr("Tick only one user to remove.")
        else:
            remove_tip = self.tr("Tick the user you want to remove first.")
        self.manage_action.setToolTip(manage_tip)
        self.remove_action.setToolTip(remove_tip)
        if self._admin() is None:
            self.selection_note.setText("")
        elif count:
            self.selection_note.setText(self.tr("%n user(s) ticked.", "", count))
        else:
            self.selection_note.setText(self.tr("Tick users in the list, then choose what to do under Actions."))

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Users & Teams"))
        if self.session.account is None:
            self.intro.setText(self.tr("This ledger file has no account yet, so there are no users to show."))
        elif self._admin() is not None:
            self.intro.setText(self.tr("The account's users and the paid seats they hold. Add users, remove them, "
                                       "or choose who gets a Sales Pro seat."))
        else:
            self.intro.setText(self.tr("The account's users and the paid seats they hold. Only an admin of the "
                                       "account can add or remove users or change their seats."))
        set_texts(self.add_button, text=self.tr("Add user"), tip=self.tr("Add a user to the account"))
        set_texts(self.actions_button, text=self.tr("Actions"), name=self.tr("Actions"))
        self.manage_action.setText(self.tr("Manage Sales Pro users"))
        self.remove_action.setText(self.tr("Remove user"))
        self._action_texts()
        self._show_said()
