"""Account & Billing: the subscriptions, the order history and the saved cards.

An admin adds a card (the wizard's card form, in CardDialog), replaces one
(its subscriptions move to the new card), shares it with the other admins or
stops, and removes one; each is one ledger write (ledger/cards.py) through
kit.ledger_write.attempt, and `accountChanged` then asks the shell to reload
the session and refresh every section. An ordinary user sees the same, read-only.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from wizard.core.account import PaymentMethod
from wizard.ui.kit.placeholders import fill
from wizard.ui.kit.problems import ledger_problem_text, payment_method_problem_text
from wizard.ui.kit.retranslating import Retranslating
from wizard.ui.kit.widgets import error_label, show_error
from wizard.ui.shell.billing_models import ID_ROLE, SORT_ROLE, CardsModel, OrdersModel
from wizard.ui.shell.subscriptions_box import SubscriptionsBox

if TYPE_CHECKING:  # imported when first opened: the card form and the receipt's PDF are not needed to show the section
    from wizard.ui.shell.card_dialog import CardDialog
    from wizard.ui.shell.order_details import OrderDetails

CARD_ROWS_SHOWN = 4  # the cards' table is this tall; more cards scroll
ORDERS_SHOWN = 500  # the newest orders listed; a kiosk ledger can hold 100,000 (ledger.order_history)


class ActionButton(QPushButton):
    """A push button that shows one QAction (text, tooltip, enabled, visible) and triggers it.

    The actions carry the contract's objectNames (addCardAction, ...); the
    buttons look like every other button of the program.
    """

    def __init__(self, action: QAction, object_name: str, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.action = action
        self.clicked.connect(action.trigger)
        action.changed.connect(self._sync)
        self._sync()

    def _sync(self) -> None:
        self.setText(self.action.text())
        self.setToolTip(self.action.toolTip())
        self.setEnabled(self.action.isEnabled())
        self.setVisible(self.action.isVisible())


class OrdersView(QTableView):
    """Enter or Return opens the current order (as a double click does), whatever the style says."""

    openRequested = Signal()

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.openRequested.emit()
            return
        super().keyPressEvent(event)


def _table(view: QTableView, model, object_name: str, stretch: int) -> QTableView:
    """A read-only table of whole rows; column `stretch` takes the room left over."""
    view.setObjectName(object_name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setTabKeyNavigation(False)  # Tab leaves the table, as in a form
    view.verticalHeader().hide()
    view.setWordWrap(False)
    header = view.horizontalHeader()
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    header.setStretchLastSection(False)
    return view


class BillingSection(Retranslating, QWidget):
    upgradeRequested = Signal(str, str, list)  # hub id, tier id, user ids (not sent from here)
    accountChanged = Signal()

    def __init__(self, session, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("billingSection")
        self.order_dialog: OrderDetails | None = None
        self.card_dialog: CardDialog | None = None
        self._problem = None  # the last refused change (LedgerProblem or PaymentMethodProblem)
        self._notice: tuple[str, str] | None = None  # (what was done, the card) for the sentence after a change
        self._read_problem = None  # why the order history could not be read
        self._more_orders = False  # the account has more orders than are listed
        self._selected_card: str | None = None
        self._keep_feedback = False  # the refresh that follows this section's own write keeps its sentence

        self.heading = QLabel(objectName="billingHeading")
        self.heading.setProperty("sectionHeading", True)  # as every section's heading

        # Subscriptions: a row per hub, as on Products & Add-ons.
        self.plans_box = SubscriptionsBox(session)
        self.plan_cells = self.plans_box.cells

        # Order history.
        self.orders_box = QGroupBox(objectName="ordersBox")
        self.orders = OrdersModel(session.catalog, self)
        self.orders_proxy = QSortFilterProxyModel(self)
        self.orders_proxy.setSourceModel(self.orders)
        self.orders_proxy.setSortRole(SORT_ROLE)
        self.orders_view = _table(OrdersView(), self.orders_proxy, "orderHistory", OrdersModel.PRODUCT)
        self.orders_view.setSortingEnabled(True)
        self.orders_view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the ledger's order: newest first
        self.orders_view.doubleClicked.connect(lambda _index: self.open_order())
        self.orders_view.openRequested.connect(self.open_order)
        self.orders_view.selectionModel().currentChanged.connect(lambda *_: self._update_actions())
        self.no_orders = QLabel(objectName="noOrders", wordWrap=True)
        self.no_orders.setProperty("secondary", True)
        self.open_button = QPushButton(objectName="openOrderButton")
        self.open_button.clicked.connect(self.open_order)
        self.orders_error = error_label("ordersError")
        orders_row = QHBoxLayout()
        orders_row.addWidget(self.no_orders, 1)
        orders_row.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        orders = QVBoxLayout(self.orders_box)
        orders.addWidget(self.orders_view, 1)
        orders.addLayout(orders_row)
        orders.addWidget(self.orders_error)

        # Payment methods.
        self.cards_box = QGroupBox(objectName="paymentMethodsBox")
        self.cards = CardsModel(self)
        self.cards_view = _table(QTableView(), self.cards, "paymentMethodsTable", CardsModel.HOLDER)
        self.cards_view.selectionModel().currentChanged.connect(self._on_card_chosen)
        self.add_action = self._action("addCardAction", self.add_card)
        self.replace_action = self._action("replaceCardAction", self.replace_card)
        self.share_action = self._action("shareCardAction", self.toggle_sharing)
        self.remove_action = self._action("removeCardAction", self.remove_card)
        self.card_buttons = [
            ActionButton(self.add_action, "addCardButton"), ActionButton(self.replace_action, "replaceCardButton"),
            ActionButton(self.share_action, "shareCardButton"), ActionButton(self.remove_action, "removeCardButton"),
        ]
        self.read_only_note = QLabel(objectName="cardsReadOnlyNote", wordWrap=True)
        self.read_only_note.setProperty("secondary", True)
        self.cards_notice = QLabel(objectName="cardsNotice", wordWrap=True)
        self.cards_error = error_label("cardsError")
        buttons = QHBoxLayout()
        for button in self.card_buttons:
            buttons.addWidget(button)
        buttons.addStretch(1)
        cards = QVBoxLayout(self.cards_box)
        # Room for a few cards before it scrolls (the section itself scrolls when the window is small).
        self.cards_view.setMinimumHeight(self.cards_view.verticalHeader().defaultSectionSize() * 4)
        cards.addWidget(self.cards_view)
        cards.addLayout(buttons)
        cards.addWidget(self.read_only_note)
        cards.addWidget(self.cards_notice)
        cards.addWidget(self.cards_error)

        body = QWidget(objectName="billingBody")
        column = QVBoxLayout(body)
        column.setContentsMargins(24, 20, 24, 20)  # as the other sections
        column.setSpacing(12)
        column.addWidget(self.heading)
        column.addWidget(self.plans_box)
        column.addWidget(self.orders_box, 1)
        column.addWidget(self.cards_box)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.refresh()

    def _action(self, name: str, slot) -> QAction:
        action = QAction(self)
        action.setObjectName(name)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    # -- reading -----------------------------------------------------------

    def refresh(self) -> None:
        """Re-read the subscriptions and cards from the session, and the order history from the ledger."""
        from wizard.ledger import LedgerError, order_history

        session = self.session
        if not self._keep_feedback:
            self._notice = self._problem = None  # about an earlier change: stale once anything else happened
        self._keep_feedback = False
        self.cards.set_today(session.today())
        self.cards.load(session.payment_methods, session.language)
        self._read_problem = None
        history = []
        if session.account is not None:
            try:
                history = order_history(session.db, session.account_id, limit=ORDERS_SHOWN + 1)
            except LedgerError as error:
                self._read_problem = error.problem
                session.drop_connection()
        self._more_orders = len(history) > ORDERS_SHOWN
        self.orders.load(history[:ORDERS_SHOWN], session.language)
        self.plans_box.refresh()
        self._fit_cards_view()
        row = self.cards.row_of(self._selected_card) if self._selected_card else -1
        if row < 0 and self.cards.rowCount():
            row = 0
        if row >= 0:
            self.cards_view.setCurrentIndex(self.cards.index(row, 0))
        self.retranslate()

    def _fit_cards_view(self) -> None:
        view = self.cards_view
        rows = max(1, min(self.cards.rowCount(), CARD_ROWS_SHOWN))
        row_height = view.verticalHeader().defaultSectionSize()
        view.setFixedHeight(view.horizontalHeader().sizeHint().height() + rows * row_height + 2 * view.frameWidth())

    # -- texts -------------------------------------------------------------

    def retranslate(self) -> None:
        language = self.session.language
        self.heading.setText(self.tr("Account & Billing"))
        self.orders_box.setTitle(self.tr("Order history"))
        self.cards_box.setTitle(self.tr("Payment methods"))
        self.orders.retranslate(language)
        self.cards.retranslate(language)
        self.orders_view.setAccessibleName(self.tr("Order history"))
        self.cards_view.setAccessibleName(self.tr("Payment methods"))
        self.open_button.setText(self.tr("Open"))
        self.open_button.setToolTip(self.tr("Shows the chosen order's details (or double-click it, or press Enter)"))
        if not self.orders.rowCount():
            self.no_orders.setText(self.tr("No orders yet. What is bought in the wizard is listed here."))
        else:
            self.no_orders.setText(fill(self.tr("The newest %1 orders are listed."), ORDERS_SHOWN)
                                   if self._more_orders else "")
        self.no_orders.setVisible(bool(self.no_orders.text()))
        show_error(self.orders_error, ledger_problem_text(self._read_problem) if self._read_problem else "")
        self.add_action.setText(self.tr("Add card"))
        self.add_action.setToolTip(self.tr("Adds a credit card to the account"))
        self.replace_action.setText(self.tr("Replace card…"))
        self.replace_action.setToolTip(
            self.tr("Enter a new card instead of the chosen one; its subscriptions move to the new card"))
        self.remove_action.setText(self.tr("Remove card"))
        self.remove_action.setToolTip(self.tr("Removes the chosen card from the account"))
        self.read_only_note.setText(
            self.tr("Only an admin of the account can add, replace, share or remove a card."))
        self._update_actions()
        self._show_feedback()

    # -- the saved cards ---------------------------------------------------

    def _is_admin(self) -> bool:
        user = self.session.signed_in_user
        return user is not None and user.is_admin and self.session.account is not None

    def selected_card(self) -> PaymentMethod | None:
        index = self.cards_view.currentIndex()
        return self.cards.method(index.row()) if index.isValid() else None

    def _on_card_chosen(self, current, _previous) -> None:
        if current.isValid():
            self._selected_card = current.data(ID_ROLE)
        self._update_actions()

    def _update_actions(self) -> None:
        admin = self._is_admin()
        card = self.selected_card()
        for action in (self.add_action, self.replace_action, self.share_action, self.remove_action):
            action.setVisible(admin)
        self.add_action.setEnabled(admin)
        for action in (self.replace_action, self.share_action, self.remove_action):
            action.setEnabled(admin and card is not None)
        if card is not None and card.shared_with_admins:
            self.share_action.setText(self.tr("Stop sharing"))
            self.share_action.setToolTip(self.tr("The other admins can no longer use the chosen card"))
        else:
            self.share_action.setText(self.tr("Share with other admins"))
            self.share_action.setToolTip(self.tr("The other admins of the account can use the chosen card too"))
        self.read_only_note.setVisible(not admin)
        self.open_button.setEnabled(self.orders_view.currentIndex().isValid())

    def _show_feedback(self) -> None:
        notices = {
            "added": self.tr("%1 was added."),
            "replaced": self.tr("%1 was saved; the subscriptions paid with the old card now use it."),
            "shared": self.tr("%1 is now shared with the other admins."),
            "unshared": self.tr("%1 is no longer shared with the other admins."),
            "removed": self.tr("%1 was removed."),
        }
        text = fill(notices[self._notice[0]], self._notice[1]) if self._notice else ""
        self.cards_notice.setText(text)
        self.cards_notice.setVisible(bool(text))
        show_error(self.cards_error, payment_method_problem_text(self._problem) if self._problem is not None else "")

    def _write(self, what: str, write, card_text: str):
        """One ledger write; None when it was written (the shell then reloads), else its problem."""
        from wizard.ui.kit.ledger_write import attempt

        problem = attempt(self.session, write, f"Card change ({what})", self)
        self._problem = problem
        self._notice = (what, card_text) if problem is None else None
        self._show_feedback()
        if problem is None or str(problem) == "unknown_card":  # a card gone meanwhile: show the cards as they are
            self._keep_feedback = True
            self.accountChanged.emit()
            self._keep_feedback = False
        return problem

    def add_card(self) -> CardDialog | None:
        return self._open_card_dialog(None)

    def replace_card(self) -> CardDialog | None:
        card = self.selected_card()
        return self._open_card_dialog(card) if card is not None else None

    def _open_card_dialog(self, replacing: PaymentMethod | None) -> CardDialog | None:
        from wizard import ledger
        from wizard.core.cards import mask
        from wizard.ui.shell.card_dialog import CardDialog

        if not self._is_admin():
            return None
        session = self.session
        user = session.signed_in_user

        def save(details, shared: bool):
            def write(cancelled):
                common = dict(account_id=session.account_id, card=details, shared=shared, desk=session.desk,
                              by_user_id=user.id, cancelled=cancelled)
                if replacing is None:
                    self._selected_card = ledger.add_card(session.db, **common)
                else:
                    self._selected_card = ledger.replace_card(session.db, method_id=replacing.id, **common)

            return self._write("added" if replacing is None else "replaced", write, mask(details.brand, details.last4))

        if self.card_dialog is not None:
            self.card_dialog.reject()
        dialog = CardDialog(session, save, replacing=replacing, parent=self)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.finished.connect(lambda _result, d=dialog: self._card_dialog_done(d))
        self.card_dialog = dialog
        dialog.open()
        return dialog

    def _card_dialog_done(self, dialog: CardDialog) -> None:
        if self.card_dialog is dialog:
            self.card_dialog = None
        dialog.deleteLater()

    def toggle_sharing(self) -> None:
        from wizard import ledger

        card = self.selected_card()
        if card is None or not self._is_admin():
            return
        session, share = self.session, not card.shared_with_admins
        self._write("shared" if share else "unshared", lambda cancelled: ledger.set_card_sharing(
            session.db, account_id=session.account_id, method_id=card.id, shared=share, desk=session.desk,
            by_user_id=session.signed_in_user.id, cancelled=cancelled), card.masked)

    def remove_card(self) -> None:
        from wizard import ledger

        card = self.selected_card()
        if card is None or not self._is_admin():
            return
        session = self.session
        self._write("removed", lambda cancelled: ledger.remove_card(
            session.db, account_id=session.account_id, method_id=card.id, desk=session.desk,
            today=session.today(), by_user_id=session.signed_in_user.id, cancelled=cancelled), card.masked)

    # -- the order history -------------------------------------------------

    def open_order(self) -> OrderDetails | None:
        """The details of the chosen order, in a window of their own."""
        from wizard.ui.shell.order_details import OrderDetails

        index = self.orders_view.currentIndex()
        if not index.isValid():
            return None
        order = self.orders.order(self.orders_proxy.mapToSource(index).row())
        if self.order_dialog is not None:
            self.order_dialog.close()
            self.order_dialog.deleteLater()
        self.order_dialog = OrderDetails(self.session, order, self)
        self.order_dialog.show()
        return self.order_dialog
