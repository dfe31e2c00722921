"""The kiosk window: the attract screen while nobody uses the desk, a new wizard for every visit.

A visit's wizard is built from scratch on a session of its own (no account read
from the ledger: each visitor is a new customer) and destroyed when the visit
ends, so nothing typed (no widget, no undo history) reaches the next visitor;
the clipboard is emptied too. A visit ends on Cancel or Finish, and when the
idle countdown runs out (then an `idle_reset` event is written). The window
cannot be closed except after the exit PIN (ui.kiosk.pin_dialog).

So that a touch shows the wizard at once, the next visit's wizard is prepared
ahead, hidden, in event-loop steps (input is handled between them): once the
desk is ready (`refresh()`), and again after each visit has ended, never while
a visit runs. A prepared wizard no visitor has seen yet records nothing (its
first page is set when it is shown).
"""
from __future__ import annotations

import importlib
import logging
import re
from dataclasses import replace

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QClipboard, QFont, QGuiApplication
from PySide6.QtWidgets import QApplication, QStackedLayout, QWidget

from wizard.core.kiosk_config import KioskConfig
from wizard.ui.kiosk.attract import AttractScreen
from wizard.ui.kiosk.idle import IdleOverlay, IdleWatcher
from wizard.ui.kiosk.pin_dialog import CornerHold, PinDialog
from wizard.ui.kiosk.touch import TouchTargets, touch_rules

log = logging.getLogger(__name__)

# Why a visit ended (visitEnded); the first three are written as the idle_reset event's reason.
IDLE, AFTER_PURCHASE, AFTER_LEAD = "idle", "after_purchase", "after_lead"
FINISHED, CANCELLED, LEFT = "finished", "cancelled", "left"

# What a visit's wizard imports (~70 ms the first time), a group per event-loop step ahead of the first touch.
VISIT_MODULES = (
    ("wizard.ui.upgrade.wizard", "wizard.ui.upgrade.pages.product", "wizard.ui.kit.step_tracker",
     "wizard.ledger.funnel"),
    ("wizard.ui.upgrade.pages.currency", "wizard.ui.upgrade.pages.billing", "wizard.ui.upgrade.pages.licenses"),
    ("wizard.ui.upgrade.pages.payment", "wizard.ui.upgrade.pages.review"),
    ("wizard.ui.upgrade.pages.confirmation", "wizard.ui.upgrade.pages.contact_sales",
     "wizard.ui.components.order_panel"),
)

_FONT_SIZE = re.compile(r"font-size\s*:\s*([0-9.]+)pt")
_RULE = re.compile(r"([^{}]+)\{([^{}]*)\}")


def touch_style_sheet(app_style_sheet: str, scale: float, base_points: float) -> str:
    """The kiosk window's own style sheet: every font size times `scale`, and touch-sized controls.

    The program's style sheet sets font sizes in pt on many widgets, and a
    widget styled by a sheet does not take its parent's font, so a larger window
    font alone reaches nothing; `base_points` (the application font's size) is
    for the widgets the sheet gives no size. A widget's own style sheet wins over
    the application's for the properties it sets, and only those.
    """
    rules = [f"QWidget {{ font-size: {round(base_points * scale, 2):g}pt; }}"]  # first: every later rule is as specific
    text = re.sub(r"/\*.*?\*/", "", app_style_sheet, flags=re.DOTALL)
    for selector, body in _RULE.findall(text):
        size = _FONT_SIZE.search(body)
        if size:
            rules.append(f"{selector.strip()} {{ font-size: {round(float(size.group(1)) * scale, 2):g}pt; }}")
    rules += touch_rules()
    return "\n".join(rules)


def desk_currency(catalog, wanted: str) -> str:
    """The desk's currency when the catalog sells it, else the catalog's first."""
    return wanted if wanted in catalog.currencies else catalog.currencies[0]


class KioskWindow(QWidget):
    """Frameless, full screen (when the program shows it); a QStackedLayout of the attract screen and a visit.

    `session`: the desk's own session (catalog, ledger, desk, language); visits get sessions of their own.
    `wizard` is the visit's UpgradeWizard, None on the attract screen.
    """

    visitStarted = Signal(object)  # the new UpgradeWizard
    visitEnded = Signal(str)  # why: IDLE, AFTER_PURCHASE, AFTER_LEAD, FINISHED, CANCELLED, LEFT
    left = Signal()  # the right exit PIN was given: the program may quit

    def __init__(self, session, *, currency: str = "EUR", idle_timeout: float = 90, countdown: float = 20,
                 confirmation_timeout: float = 30, scale: float = 1.25, exit_lock=None, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("kioskWindow")
        self.setWindowFlag(Qt.WindowType.FramelessWindowHint, True)
        self.session = session
        self.desk_language = session.language
        self.currency = desk_currency(session.catalog, currency)
        self.idle_timeout = float(idle_timeout)
        self.countdown = float(countdown)
        self.confirmation_timeout = float(confirmation_timeout)
        self.scale = float(scale)
        self._exit_lock = exit_lock
        self._may_close = False
        self._visit_session = None
        self._end_reason = IDLE  # what the idle countdown's end means on the current page
        self.wizard = None
        self.pin_dialog = None
        # The next visit's wizard, built ahead (hidden, never shown) on a session of its own; see prepare_visit().
        self.prepared = None
        self._prepare_step = None  # the next step of the preparation under way, None when none is
        self._closed = False

        # Before any child is built: they inherit the larger font and the touch sizes.
        base = QApplication.font().pointSizeF()
        font = QFont(QApplication.font())
        font.setPointSizeF(base * self.scale)
        self.setFont(font)
        self.setStyleSheet(touch_style_sheet(QApplication.instance().styleSheet(), self.scale, base))
        self.touch_targets = TouchTargets(self)  # a check box toggles on a press anywhere on its touch-high row

        self.stack = QStackedLayout(self)
        self.stack.setContentsMargins(0, 0, 0, 0)
        self.attract = AttractScreen(session.catalog, self.currency, self, language=self.desk_language)
        self.attract.started.connect(self.start_visit)
        self.stack.addWidget(self.attract)

        self.watcher = IdleWatcher(self.idle_timeout, self)
        self.overlay = IdleOverlay(self)
        self.watcher.idle.connect(lambda: self.overlay.start(self.countdown))
        self.overlay.continued.connect(self.watcher.restart)
        self.overlay.expired.connect(lambda: self.end_visit(self._end_reason))

        self.corner = CornerHold(self)
        self.corner.triggered.connect(self.ask_pin)
        # After the event loop: run() closes its window, and nobody can give a PIN any more.
        QApplication.instance().aboutToQuit.connect(self._release)

    # -- a visit ------------------------------------------------------------------

    def start_visit(self):
        """A new visit on a new wizard (built from scratch), in the desk's language; returns the wizard.

        The wizard prepared ahead is taken when there is one (and completed if its preparation is under way);
        otherwise one is built at once.
        """
        if self.wizard is not None:
            return self.wizard
        from wizard.ui.kit.translations import translations

        if translations().language != self.desk_language:
            translations().switch(self.desk_language)
        wizard = self._take_prepared()
        if wizard is None:
            wizard = self._build_wizard()
        wizard.refresh()  # its remaining pages, when the touch came before they were built
        self._set_currency(wizard)
        wizard.currentIdChanged.connect(self._page_changed)
        wizard.finished.connect(lambda result: self.end_visit(FINISHED if result else CANCELLED))
        self.wizard = wizard
        self._visit_session = wizard.session
        self.stack.addWidget(wizard)  # a child now, no longer a window of its own
        self.stack.setCurrentWidget(wizard)
        self._end_reason = IDLE
        self.watcher.restart(self.idle_timeout)
        wizard.setFocus(Qt.FocusReason.OtherFocusReason)
        self.visitStarted.emit(wizard)
        return wizard

    def _build_wizard(self, *, all_pages: bool = True):
        """A new UpgradeWizard on a new visit session in the current language, hidden, not in the stack."""
        from wizard.ui.kit.translations import translations
        from wizard.ui.session import Session
        from wizard.ui.upgrade.wizard import UpgradeWizard

        desk = self.session
        session = Session(
            ledger_path=desk.ledger_path, catalog=desk.catalog, language=translations().language,
            mode=desk.mode, desk=desk.desk,
        )
        wizard = UpgradeWizard(session, all_pages=all_pages)
        wizard.setParent(self)  # deleted with the window at the latest; a child, so styled as the visit shows it
        wizard.hide()  # explicitly: shown only by start_visit() (a QWizard sets its first page when shown)
        return wizard

    def _set_currency(self, wizard) -> None:
        if wizard.field("currency") != self.currency:
            wizard.setField("currency", self.currency)

    # -- the next visit, prepared ahead ------------------------------------------

    def prepare_visit(self) -> None:
        """Prepare the next visit's wizard in event-loop steps: import what a visit needs, build, fill.

        One at a time: nothing happens while a visit runs, a wizard is prepared or being prepared, or after
        the window closed. Each step is a zero timer, so input that arrived meanwhile is handled first.
        """
        if self._closed or self.wizard is not None or self.prepared is not None or self._prepare_step is not None:
            return
        self._next_prepare_step(self._preparation())

    def _preparation(self):
        """The preparation's steps, each short: imports, the wizard, its pages one by one, the currency, polish."""
        for group in VISIT_MODULES:
            yield lambda group=group: [importlib.import_module(name) for name in group]
        yield self._prepare_build
        wizard = self.prepared
        if wizard is None:
            return
        yield from wizard.remaining_page_steps()  # a page each (all at once: 110-200 ms without input)
        yield lambda: self._set_currency(wizard)
        yield self._prepare_polish

    def _next_prepare_step(self, steps) -> None:
        step = next(steps, None)
        if step is None:
            self._prepare_step = None
            return

        def run() -> None:
            if self._prepare_step is not run:  # taken by a touch, or cancelled
                return
            try:
                step()
            except Exception:
                self.discard_prepared()  # a touch builds the visit's wizard at once, as without preparation
                raise
            self._next_prepare_step(steps)

        self._prepare_step = run
        QTimer.singleShot(0, self, run)

    def _prepare_build(self) -> None:
        self.prepared = self._build_wizard(all_pages=False)

    def _prepare_polish(self) -> None:
        if self.prepared is not None:
            self.prepared.ensurePolished()  # itself and its pages, with the window's touch style sheet

    def _take_prepared(self):
        """The prepared wizard when it is in the language shown now (the preparation stops); else None."""
        from wizard.ui.kit.translations import translations

        self._prepare_step = None
        wizard, self.prepared = self.prepared, None
        if wizard is None:
            return None
        if wizard.session.language != translations().language:
            self._discard(wizard)  # prepared before the desk's language changed
            return None
        return wizard

    def discard_prepared(self) -> None:
        """Stop a preparation under way and delete the prepared wizard, if any."""
        self._prepare_step = None
        wizard, self.prepared = self.prepared, None
        if wizard is not None:
            self._discard(wizard)

    @staticmethod
    def _discard(wizard) -> None:
        session = wizard.session
        wizard.setParent(None)
        wizard.deleteLater()
        session.close()

    def _page_changed(self, page_id: int) -> None:
        from wizard.ui.upgrade.fields import PageId

        after = {PageId.CONFIRMATION: AFTER_PURCHASE, PageId.LEAD_SENT: AFTER_LEAD}.get(page_id)
        self._end_reason = after or IDLE
        self.watcher.restart(self.confirmation_timeout if after else self.idle_timeout)

    def end_visit(self, reason: str = IDLE) -> None:
        """Back to the attract screen; the visit's wizard is destroyed with everything typed into it."""
        wizard = self.wizard
        if wizard is None:
            return
        self.watcher.stop()
        self.overlay.stop()  # a countdown still running must not end the next visit
        if reason in (IDLE, AFTER_PURCHASE, AFTER_LEAD):
            self._record_idle_reset(reason)
        self.wizard = None
        wizard.currentIdChanged.disconnect(self._page_changed)
        self.stack.removeWidget(wizard)
        wizard.hide()
        wizard.setParent(None)
        wizard.deleteLater()  # its line edits, their undo stacks and its pages go with it
        if self._visit_session is not None:
            self._visit_session.close()
            self._visit_session = None
        self._clear_clipboard()
        from wizard.ui.kit.translations import translations

        if translations().language != self.desk_language:
            translations().switch(self.desk_language)
        self.stack.setCurrentWidget(self.attract)
        self.attract.setFocus(Qt.FocusReason.OtherFocusReason)
        self.visitEnded.emit(reason)
        if reason != LEFT:
            # In a step of its own, built after this visit's wizard is gone: never one a visitor has seen.
            QTimer.singleShot(0, self, self.prepare_visit)

    def _record_idle_reset(self, reason: str) -> None:
        from wizard.ledger import LedgerError, record_idle_reset

        try:
            record_idle_reset(self.session.db, desk=self.session.desk, reason=reason)
        except (LedgerError, OSError) as error:
            # The wipe matters more than the record of it: log, and wipe all the same.
            log.warning("The idle reset could not be recorded: %s", error)
            self.session.drop_connection()

    @staticmethod
    def _clear_clipboard() -> None:
        """Whatever the visitor copied (the program puts nothing else there) does not outlive the visit."""
        clipboard = QGuiApplication.clipboard()
        clipboard.clear(QClipboard.Mode.Clipboard)
        if clipboard.supportsSelection():
            clipboard.clear(QClipboard.Mode.Selection)

    def refresh(self) -> None:
        """Called by the start once the ledger has been read (the attract screen needs nothing from it):
        the desk is ready, the first visit's wizard is prepared from here on."""
        self.prepare_visit()

    # -- leaving ------------------------------------------------------------------

    def ask_pin(self) -> None:
        if self.pin_dialog is not None:
            return
        from wizard.core.kiosk_lock import ExitLock

        self.pin_dialog = PinDialog(self._exit_lock or ExitLock(), self)
        self.pin_dialog.accepted.connect(self.leave)
        self.pin_dialog.finished.connect(self._pin_dialog_closed)
        self.pin_dialog.open()

    def _pin_dialog_closed(self) -> None:
        dialog, self.pin_dialog = self.pin_dialog, None
        if dialog is not None:
            dialog.deleteLater()

    def leave(self) -> None:
        """The right PIN: the visit (if any) is wiped, the window closes and says `left`."""
        self.end_visit(LEFT)
        self.watcher.stop()
        self._release()
        self.close()
        self.left.emit()

    def _release(self) -> None:
        self._may_close = True

    def closeEvent(self, event) -> None:
        # The window manager, Alt+F4: nothing happens without the PIN.
        if self._may_close:
            event.accept()
            self._closed = True
            self.discard_prepared()
        else:
            event.ignore()


def build_kiosk(session, config: KioskConfig):
    """The kiosk window for the desk `session` with `config`'s timeouts, currency and scale (not shown)."""
    return KioskWindow(
        session, currency=config.currency, idle_timeout=config.idle_timeout, countdown=config.countdown,
        confirmation_timeout=config.confirmation_timeout, scale=config.scale,
    )


def desk_config(args) -> KioskConfig:
    """This desk's kiosk config with the command line's choices over it. KioskConfigError when damaged."""
    from wizard.core import kiosk_config

    config = kiosk_config.load()
    changes = {}
    if getattr(args, "idle_timeout", None) is not None:
        changes["idle_timeout"] = args.idle_timeout
    if getattr(args, "scale", None) is not None:
        changes["scale"] = args.scale
    if args.lang:
        changes["language"] = args.lang
    if args.catalog:
        changes["catalog"] = args.catalog
    if args.desk:  # given on the command line: it wins over the config's
        changes["desk"] = args.desk
    return replace(config, **changes)

