"""The confirmation's QR code: a take-away without a printer, holding the order and nothing about the buyer."""
from __future__ import annotations

# First: its workaround for PySide6 6.12.0 dropping references to None/True/False on Python 3.11.
import pages_support  # noqa: F401, I001

import pytest
import segno
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QLabel, QWizard

from helpers import agree, click, commit_button, orders, to_review
from wizard.core.money import format_money
from wizard.ui.kit.qr import QUIET_ZONE, qr_matrix, qr_pixmap
from wizard.ui.upgrade.fields import PageId

SAMPLE = "Order D01-000012\nSales Hub Professional\nTotal: \u20ac309.40\nNov 29, 2026"


def modules_drawn(image: QImage) -> tuple[tuple[bool, ...], ...]:
    """The modules read back from the picture: the dark pixels' bounding box is the symbol; each module's
    centre pixel says dark or light. Also checks the quiet zone around it is white."""
    image = image.convertToFormat(QImage.Format.Format_Grayscale8)
    w, h = image.width(), image.height()
    dark = [(x, y) for y in range(h) for x in range(w) if image.pixelColor(x, y).lightness() < 128]
    left, right = min(x for x, _ in dark), max(x for x, _ in dark)
    top, bottom = min(y for _, y in dark), max(y for _, y in dark)
    # A symbol's three finder patterns put dark modules in its first and last rows and columns.
    side = right - left + 1
    assert side == bottom - top + 1, "not square"
    finder = 0
    while image.pixelColor(left + finder, top).lightness() < 128:
        finder += 1
    unit, rest = divmod(finder, 7)  # a finder pattern is 7 modules wide
    assert rest == 0 and unit >= 1
    count = side // unit
    assert count * unit == side
    for edge in (left, top, w - 1 - right, h - 1 - bottom):
        assert edge >= QUIET_ZONE * unit, "the quiet zone is cut"
    return tuple(
        tuple(image.pixelColor(left + c * unit + unit // 2, top + r * unit + unit // 2).lightness() < 128
              for c in range(count))
        for r in range(count)
    )


# -- the kit function -------------------------------------------------------


def test_the_pixmap_draws_segnos_symbol_with_its_quiet_zone(qtbot):
    pixmap = qr_pixmap(SAMPLE, 168)
    assert (pixmap.width(), pixmap.height()) == (168, 168) and not pixmap.isNull()
    expected = segno.make(SAMPLE, error="m", micro=False, encoding="utf-8", eci=True).matrix
    assert modules_drawn(pixmap.toImage()) == tuple(tuple(bool(m) for m in row) for row in expected)
    assert qr_matrix(SAMPLE) == modules_drawn(pixmap.toImage())


def test_at_a_device_pixel_ratio_of_two_the_modules_are_whole_device_pixels(qtbot):
    pixmap = qr_pixmap(SAMPLE, 168, 2.0)
    assert pixmap.devicePixelRatio() == 2.0
    assert (pixmap.width(), pixmap.height()) == (336, 336)  # device pixels
    assert modules_drawn(pixmap.toImage()) == qr_matrix(SAMPLE)


def test_too_small_a_square_is_refused(qtbot):
    with pytest.raises(ValueError, match="cannot show"):
        qr_pixmap(SAMPLE, 20)


def test_segno_is_not_imported_by_the_first_paint(tmp_path):
    """The kit module imports segno only when a code is drawn."""
    import subprocess
    import sys

    code = "import sys, wizard.ui.kit.qr; print('segno' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


# -- the confirmation page --------------------------------------------------


def buy_sales_professional(qtbot, wizard):
    """Sales Hub Professional for the demo account's first three users, with the saved Visa."""
    users = [u.id for u in wizard.session.users[:3]]
    review = to_review(qtbot, wizard, hub="sales", tier="professional", currency="EUR", users=users)
    agree(qtbot, review)
    click(qtbot, commit_button(wizard))  # Complete purchase
    assert wizard.currentId() == PageId.CONFIRMATION
    return wizard.currentPage()


def test_after_a_purchase_the_confirmation_shows_the_orders_code(qtbot, make_wizard, ledger_path):
    wizard = make_wizard()
    page = buy_sales_professional(qtbot, wizard)
    label = wizard.findChild(QLabel, "orderQrCode")
    assert label is page.qr and label.isVisible()
    assert label.pixmap() is not None and not label.pixmap().isNull()
    caption = wizard.findChild(QLabel, "orderQrCaption")
    assert caption.isVisible() and caption.text() == "Photograph this code to keep your order details."

    (row,) = orders(ledger_path)
    text = page.qr_text()
    assert label.property("qrText") == text
    lines = text.split("\n")
    assert lines[0] == f"Order {row['number']}"
    assert lines[1] == "Sales Hub Professional"
    total = wizard.purchased_order.charges.total_minor
    assert lines[2] == f"Total: {format_money(total, 'EUR', 'en')}"
    assert len(lines) == 4 and lines[3].endswith(row["created_at"][:4])  # the date, "Nov 29, 2026"

    # Nothing about the buyer: not the company, a user's name or e-mail, nor the card.
    session = wizard.session
    card = next(m for m in session.payment_methods if m.id == row["payment_method_id"])
    secrets = [session.account.name, wizard.field("company_name"), session.account.street, session.account.vat_id,
               card.last4, card.holder]
    for user in session.users:
        secrets += [user.name, user.email]
    for secret in filter(None, secrets):
        assert secret not in text, secret

    # What was drawn is segno's symbol for exactly that text.
    assert modules_drawn(label.pixmap().toImage()) == qr_matrix(text)


def test_the_code_follows_the_language_switch(qtbot, make_wizard):
    wizard = make_wizard()
    page = buy_sales_professional(qtbot, wizard)
    english = page.qr_text()
    before = page.qr.pixmap().toImage()
    button = wizard.button(QWizard.WizardButton.CustomButton1)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # "Deutsch"
    QApplication.processEvents()
    assert wizard.session.language == "de"
    german = page.qr_text()
    total = wizard.purchased_order.charges.total_minor
    assert format_money(total, "EUR", "de") in german  # "309,40 €"
    assert german != english and page.qr.property("qrText") == german
    assert page.qr.pixmap().toImage() != before
    assert modules_drawn(page.qr.pixmap().toImage()) == qr_matrix(german)


def test_starting_over_hides_the_code(qtbot, make_wizard):
    wizard = make_wizard()
    page = buy_sales_professional(qtbot, wizard)
    click(qtbot, page.again)
    assert page.qr_text() == "" and page.qr.property("qrText") == ""
    assert page.qr.pixmap() is None or page.qr.pixmap().isNull()


def test_a_qr_reader_reads_the_text_back(qtbot, make_wizard, tmp_path):
    """An independent decoder (zbar, where installed) reads what the page shows, "€" included."""
    import shutil
    import subprocess

    zbarimg = shutil.which("zbarimg")
    if zbarimg is None:
        pytest.skip("zbarimg (Debian's zbar-tools) is not installed")
    wizard = make_wizard()
    page = buy_sales_professional(qtbot, wizard)
    path = tmp_path / "code.png"
    assert page.qr.pixmap().save(str(path))
    out = subprocess.run([zbarimg, "-q", "--raw", str(path)], capture_output=True, check=True, timeout=30)
    assert out.stdout.decode("utf-8").rstrip("\n") == page.qr_text()
