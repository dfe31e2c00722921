"""The upgrade's charges rendered to PNG in both languages: the product page saying what changes, the
licenses page, and the review page with the credit, the VAT, its notes and the order panel; nothing cut
off, and the review's last line (the agree box) inside the window. $RENDER_DIR keeps the images."""
from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint

from helpers import go_to_payment, next_button
from pages_support import click_tier
from test_render import SIZE, cut_off, settle


def charge_shots(qtbot, wizard):
    holders = [u.id for u in wizard.session.users if u.holds_seat_in("sales")]
    click_tier(qtbot, wizard, "sales", "professional")
    yield "product_upgrade", wizard
    go_to_payment(wizard, hub="sales", tier="professional", currency="EUR", users=holders)
    wizard.back()
    yield "licenses", wizard
    wizard.next()
    next_button(wizard).click()
    yield "review_upgrade", wizard
    wizard.back()
    for name, value in (("company_country", "AT"), ("company_postal_code", "1010"), ("company_city", "Wien"),
                        ("vat_id", "ATU13585627"), ("currency", "USD")):
        wizard.setField(name, value)
    next_button(wizard).click()
    yield "review_reverse_charge_refund", wizard


@pytest.mark.parametrize("size", [SIZE, (960, 680)], ids=["1024x768", "minimum"])
@pytest.mark.parametrize("language", ["en", "de"])
def test_the_charges_render_with_nothing_cut_off(qtbot, make_wizard, tmp_path, language, size):
    out = Path(os.environ.get("RENDER_DIR") or tmp_path)
    out.mkdir(parents=True, exist_ok=True)
    wizard = make_wizard(language=language)
    wizard.resize(*size)
    failures = {}
    for name, window in charge_shots(qtbot, wizard):
        settle()
        assert window.grab().save(str(out / f"{name}_{language}_{size[0]}x{size[1]}.png"))
        problems = cut_off(window)
        if problems:
            failures[name] = problems
        if name.startswith("review"):
            review = wizard.currentPage()
            assert review.objectName() == "reviewPage"
            bottom = review.agree.mapTo(wizard, QPoint(0, review.agree.height())).y()
            assert bottom < size[1], f"{name}: the agree box ends at {bottom}px"
    assert not failures, failures
