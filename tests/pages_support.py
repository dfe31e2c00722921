"""Helpers for the page tests (not a test module): drive the real widgets as a person would."""
from __future__ import annotations

import json
import warnings

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QStyle, QStyleOptionViewItem, QWizard

from wizard.core.catalog_loading import load_catalog
from wizard.ui.upgrade.fields import PageId




def activate(qtbot, wizard) -> None:
    """Make the wizard the active window, so focus moves and editingFinished fire as on a desktop.

    The offscreen platform sometimes stops activating windows after an earlier test ran a
    whole app.exec() (tests/test_main.py); QApplication.setActiveWindow (deprecated, still
    the widget-level switch) then does what the window system would.
    """
    wizard.activateWindow()
    wizard.windowHandle().requestActivate()
    try:
        qtbot.waitUntil(wizard.isActiveWindow, timeout=500)
    except qtbot.TimeoutError:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)
            QApplication.setActiveWindow(wizard)
        qtbot.waitUntil(wizard.isActiveWindow)


def click_tab(qtbot, wizard, hub_id: str) -> None:
    page = wizard.page(PageId.PRODUCT)
    index = [h.id for h in wizard.session.catalog.hubs].index(hub_id)
    bar = page.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    assert page.tabs.currentIndex() == index


def click_tier(qtbot, wizard, hub_id: str, tier_id: str) -> None:
    """Click the hub's tab, then the tier's card."""
    click_tab(qtbot, wizard, hub_id)
    card = wizard.page(PageId.PRODUCT).cards[(hub_id, tier_id)]
    qtbot.mouseClick(card, Qt.MouseButton.LeftButton, pos=QPoint(20, 20))


def click_next(qtbot, wizard) -> None:
    button = wizard.button(QWizard.WizardButton.NextButton)
    assert button.isVisible() and button.isEnabled(), "Next is not available"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def click_back(qtbot, wizard) -> None:
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.BackButton), Qt.MouseButton.LeftButton)


def back_to_product(qtbot, wizard) -> None:
    while wizard.currentId() != PageId.PRODUCT:
        click_back(qtbot, wizard)


def check_indicator_pos(view, proxy_row: int) -> QPoint:
    """Where the style draws the check box of a row's first cell (so the click hits it)."""
    index = view.model().index(proxy_row, 0)
    option = QStyleOptionViewItem()
    view.initViewItemOption(option)
    option.rect = view.visualRect(index)
    view.itemDelegateForIndex(index).initStyleOption(option, index)
    rect = view.style().subElementRect(QStyle.SubElement.SE_ItemViewItemCheckIndicator, option, view)
    return rect.center()


def db_rows(path, sql: str, params=()) -> list[dict]:
    """Read the ledger file as another tool would (sqlite-utils), apart from the wizard's connection.

    Not the standard library's sqlite3: two SQLite libraries in one process do not see each
    other's POSIX locks, and closing one drops the other's (sqlite-utils uses pysqlite3, as the
    ledger does).
    """
    import sqlite_utils

    db = sqlite_utils.Database(path)
    try:
        return list(db.query(sql, params))
    finally:
        db.close()


def catalog_with(tmp_path, hub_id: str, tier_id: str, **changes):
    """A copy of the shipped catalog with one tier changed (e.g. min_seats=3); returns its path."""
    shipped = load_catalog().source
    data = json.loads(shipped.read_text(encoding="utf-8"))
    for hub in data["hubs"]:
        if hub["id"] == hub_id:
            for tier in hub["tiers"]:
                if tier["id"] == tier_id:
                    tier.update(changes)
    path = tmp_path / "catalog.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path
