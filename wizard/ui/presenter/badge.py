"""The demo badge "Demo - no real payment": small, in a corner, on every window a demo shows.

The account window shows nothing else of the kind, so it gets the badge at the
right of its status bar (a corner nothing else uses). The wizard's review page
has its own sentence about the demo among the order's notes; the badge there is
the small tag beside the language button, in the button row's empty middle,
so it is on every page without covering a page's content.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QLabel

from wizard.ui.kit.retranslating import Retranslating

STYLE = ("QLabel#demoBadge { color: #8a4b08; background: #fff4e6; border: 1px solid #f0b27a;"
         " border-radius: 8px; padding: 1px 8px; font-size: 11px; }")
GAP = 12  # between the wizard's language button and the badge


class DemoBadge(Retranslating, QLabel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("demoBadge")
        self.setStyleSheet(STYLE)
        self.retranslate()

    def retranslate(self) -> None:
        self.setText(self.tr("Demo - no real payment"))
        self.setToolTip(self.tr("This is a demo: orders go to the demo ledger and no card is charged."))
        self.setAccessibleName(self.text())
        self.adjustSize()


def badge_shell(shell) -> DemoBadge:
    """The badge at the bottom right of the account window (its status bar's permanent corner)."""
    bar = shell.statusBar()
    bar.setObjectName("shellStatusBar")
    bar.setSizeGripEnabled(False)
    badge = DemoBadge(bar)
    bar.addPermanentWidget(badge)
    return badge


class _Beside(QObject):
    """Keeps the badge beside the wizard's language button, however the button row is laid out."""

    def __init__(self, badge: DemoBadge, anchor) -> None:
        super().__init__(badge)
        self.badge, self.anchor = badge, anchor

    def place(self) -> None:
        anchor, badge = self.anchor, self.badge  # siblings: one parent, one coordinate system
        badge.adjustSize()
        badge.move(anchor.x() + anchor.width() + GAP, anchor.y() + (anchor.height() - badge.height()) // 2)
        badge.raise_()

    def eventFilter(self, watched, event) -> bool:
        if event.type() in (QEvent.Type.Move, QEvent.Type.Resize, QEvent.Type.Show):
            self.place()
        return False


def badge_wizard(wizard) -> DemoBadge:
    """The badge in the wizard's button row, right of the language button (CustomButton1)."""
    from PySide6.QtWidgets import QWizard

    anchor = wizard.button(QWizard.WizardButton.CustomButton1)
    badge = DemoBadge(anchor.parentWidget())
    keeper = _Beside(badge, anchor)
    anchor.installEventFilter(keeper)
    badge.installEventFilter(keeper)
    keeper.place()
    badge.show()
    return badge
