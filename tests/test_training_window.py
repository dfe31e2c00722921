"""The training window (issue 12): Show me, Let me try, Test me on real widgets and a real training ledger."""
from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QWidget, QWizard

from helpers import click, click_next, ledger_rows, next_button, orders

SHELL_EXERCISES = ("manage-sales-pro-users", "replace-expiring-card", "ordinary-user-asks-admin")
WIZARD_EXERCISES = ("marketing-starter-monthly", "sales-pro-annual-named-users", "service-pro-chf",
                    "enterprise-contact-sales", "upgrade-with-credit", "declined-then-good-card")


@pytest.fixture
def make_training(qtbot, ledger_path):
    from wizard.app import create_training

    made = []

    def make(exercise, **kwargs):
        kwargs.setdefault("pace", 0.02)
        window = create_training(kwargs.pop("ledger_path", ledger_path), exercise=exercise, **kwargs)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        made.append(window)
        return window

    yield make
    for window in made:
        window.show_timer.stop()
        window.session.close()
    from wizard.ui.kit.translations import translations

    translations().switch("en")


def walk(qtbot, window, **wrong):
    """The exercise's steps done on the live window, as the trainee would: `wrong` overrides expected fields."""
    from wizard.ui.training import driver

    for step in window.exercise.steps:
        if step.page.startswith("shell:"):
            if window.wizard is None:
                shell_step(qtbot, window, step, **wrong)
            continue
        if window.wizard is None:  # the account window's Upgrade: the wizard takes its place
            users = [s.expect["licensed_users"] for s in window.exercise.steps if "licensed_users" in s.expect]
            ids = driver.user_ids(window.session, users[0]) if users and window.exercise.start == "users" else None
            window.shell.open_upgrade(hub=step.expect.get("hub"), users=ids)
            assert window.wizard is not None
        assert driver.go_to_page(window.wizard, window.page_names, step.page), (step.id, window.page())
        expect = {name: wrong.get(name, value) for name, value in step.expect.items()}
        card = driver.DECLINED_CARD if step.id.endswith("_declined") else None
        driver.apply_fields(window.wizard, expect, card=card)
        window._follow()
        if step.page == "review":
            click(qtbot, window.wizard.button(QWizard.WizardButton.CommitButton))
        elif step.page == "contact_sales" and step is window.exercise.steps[-1]:
            driver.apply_fields(window.wizard, {"lead_name": "Lena Hoffmann", "lead_email": "lena@example.com"})
            click_next(qtbot, window.wizard)
    qtbot.waitUntil(lambda: window.result() is not None, timeout=3000)


def shell_step(qtbot, window, step, **wrong):
    """An account-window step as the trainee does it, the writing press included (`wrong` changes what is done)."""
    from wizard.ui.training import driver

    if "ticked_users" in wrong and "ticked_users" in step.expect:
        step = type(step)(**{**step.__dict__, "expect": {**step.expect, "ticked_users": wrong["ticked_users"]}})
    dialog = driver.apply_shell(window.shell, step)
    if step.target == "saveCardButton":
        dialog.share.setChecked(wrong.get("card_shared", True))
        click(qtbot, dialog.save_button)
    elif step.target.startswith("hubCard_"):
        hub = wrong.get("hub", step.target.split("_", 1)[1])
        card = window.shell.findChild(QWidget, f"hubCard_{hub}")
        click(qtbot, card.findChild(QWidget, "askAdminAction"))


@pytest.mark.parametrize("exercise", WIZARD_EXERCISES)
def test_the_right_path_gets_full_marks(qtbot, make_training, ledger_path, exercise):
    window = make_training(exercise, way="test", trainee="Alex Trainee")
    walk(qtbot, window)
    result = window.result()
    assert result["score"] == 100, [c for c in result["criteria"] if not c["met"]]
    assert window.findChild(object, "trainingResult") is not None
    assert window.findChild(object, "coachPanel") is None  # Test me: no coach
    if window.exercise.criteria["outcome"] == "order":
        assert [o["mode"] for o in orders(ledger_path)][-1] == "training"


@pytest.mark.parametrize("exercise", [e for e in WIZARD_EXERCISES if e != "enterprise-contact-sales"])
def test_a_wrong_currency_is_not_met_with_expected_and_done(qtbot, make_training, exercise):
    window = make_training(exercise, way="test", trainee="Alex Trainee")
    walk(qtbot, window, currency="USD")
    criteria = {c["criterion"]: c for c in window.result()["criteria"]}
    assert criteria["currency"] == {"criterion": "currency", "met": False, "expected": "EUR" if exercise !=
                                    "service-pro-chf" else "CHF", "done": "USD"}
    assert window.result()["score"] < 100


def test_a_request_about_the_wrong_hub_is_not_met_with_expected_and_done(qtbot, make_training):
    window = make_training("enterprise-contact-sales", way="test", trainee="Alex Trainee")
    walk(qtbot, window, hub="sales")  # Sales Hub Enterprise asked about instead of Marketing Hub Enterprise
    criteria = {c["criterion"]: c for c in window.result()["criteria"]}
    assert criteria["hub"] == {"criterion": "hub", "met": False, "expected": "marketing", "done": "sales"}
    assert criteria["outcome"]["met"] and window.result()["score"] < 100


def test_test_me_stores_the_attempt_with_per_step_times(qtbot, make_training, ledger_path):
    window = make_training("sales-pro-annual-named-users", way="test", trainee="Alex Trainee")
    walk(qtbot, window)
    rows = ledger_rows(ledger_path, "SELECT * FROM training_attempts")
    assert len(rows) == 1
    row = rows[0]
    assert (row["trainee"], row["exercise"], row["way"], row["score"]) == ("Alex Trainee",
                                                                          "sales-pro-annual-named-users", "test", 100)
    steps = json.loads(row["steps"])
    assert [s["step"] for s in steps] == [s.id for s in window.exercise.steps]
    assert all(isinstance(s["ms"], int) and s["ms"] >= 0 for s in steps)
    assert sum(s["ms"] for s in steps) > 0


def test_let_me_try_holds_next_until_the_step_is_right_and_counts_hints(qtbot, make_training, ledger_path):
    from wizard.ui.training import driver

    window = make_training("service-pro-chf", way="try", trainee="Sam")
    with qtbot.waitActive(window):  # the focus moves as a trainee moves it (a wrong choice left counts)
        window.activateWindow()
    coach = window.findChild(object, "coachPanel")
    assert coach.isVisible() and "Step 1 of 6" in coach.counter.text()
    wizard = window.wizard
    wizard.setField("hub", "marketing")
    click(qtbot, wizard.currentPage().findChild(QWidget, "tierCard_marketing_professional"))
    qtbot.waitUntil(lambda: coach.feedback.isVisible())
    assert "this exercise asks for" in coach.feedback.text()
    assert not next_button(wizard).isEnabled() and window.field_errors == {}  # chosen, not left yet
    click(qtbot, coach.hint_button)  # the trainee leaves the wrong hub for the hint: one error
    assert coach.hint.isVisible() and coach.hint.text()
    assert window.field_errors == {"hub": 1}
    driver.apply_fields(wizard, {"hub": "service", "tier": "professional"})
    qtbot.waitUntil(lambda: next_button(wizard).isEnabled())
    click(qtbot, next_button(wizard))
    qtbot.waitUntil(lambda: "Step 2 of 6" in coach.counter.text())
    wizard.setField("currency", "EUR")  # the exercise asks for CHF
    qtbot.waitUntil(lambda: not next_button(wizard).isEnabled())
    assert "You chose EUR; this exercise asks for CHF." in coach.feedback.text()
    window.finish()  # the end with EUR standing: the second error
    row = ledger_rows(ledger_path, "SELECT * FROM training_attempts")[0]
    assert row["way"] == "try" and row["hints"] == 1 and row["errors"] == 2
    assert json.loads(row["steps"])[0]["hints"] == 1


@pytest.mark.parametrize("exercise", ["sales-pro-annual-named-users", "upgrade-with-credit", "enterprise-contact-sales",
                                      "declined-then-good-card"])
def test_show_me_runs_to_the_end_by_itself_and_buys_nothing(qtbot, make_training, ledger_path, exercise):
    window = make_training(exercise, way="show")
    qtbot.waitUntil(lambda: window.show_done, timeout=5000)
    assert window.caption.isVisible()
    last = window.exercise.steps[-1]
    if last.page == "review":
        assert "In a real purchase you would now click Complete purchase." in window.caption.text()
        assert window.outline.isVisible()
    assert orders(ledger_path) == []
    assert ledger_rows(ledger_path, "SELECT * FROM training_attempts") == []
    assert ledger_rows(ledger_path, "SELECT * FROM events WHERE kind IN ('lead_sent', 'payment_declined')") == []
    assert window.result() is None



# -- errors per field: counted when the trainee commits to a wrong value, never while it is being entered ---------

def _active_test_me(qtbot, make_training, exercise="service-pro-chf"):
    window = make_training(exercise, way="test", trainee="Alex Trainee")
    with qtbot.waitActive(window):  # focus moves as it does for a trainee (leaving a control is committing)
        window.activateWindow()
    return window


def _tick_users_one_by_one(qtbot, licenses, names):
    from pages_support import check_indicator_pos

    for name in names:
        row = next(r for r, u in enumerate(licenses.model.users) if u.name == name)
        proxy_row = licenses.proxy.mapFromSource(licenses.model.index(row, 0)).row()
        qtbot.mouseClick(licenses.view.viewport(), Qt.MouseButton.LeftButton,
                         pos=check_indicator_pos(licenses.view, proxy_row))


def _errors(window) -> dict[str, int]:
    return {s["step"]: s["errors"] for s in window.step_stats}


def test_entries_made_key_by_key_and_tick_by_tick_are_no_errors(qtbot, make_training):
    """A default found on the page, a card number typed one key at a time, users ticked one by one: each is
    "wrong" for a moment, none is a wrong value the trainee committed to."""
    from helpers import agree, choose_method, commit_button, type_into
    from wizard.ui.training import driver

    window = _active_test_me(qtbot, make_training)
    wizard = window.wizard
    for step in window.exercise.steps[:3]:  # product, currency (EUR stands at first: CHF asked), billing
        assert driver.go_to_page(wizard, window.page_names, step.page)
        driver.apply_fields(wizard, step.expect)
        click(qtbot, next_button(wizard))
    licenses = wizard.currentPage()
    assert window.page() == "licenses"
    _tick_users_one_by_one(qtbot, licenses, ["Lena Hoffmann", "Ayşe Demir"])
    click(qtbot, next_button(wizard))
    payment = wizard.currentPage()
    assert window.page() == "payment" and payment.field("payment_method") != "new"  # a saved card at first
    choose_method(qtbot, payment, "new")
    type_into(qtbot, payment.inputs["card_holder"], "Lena Hoffmann")
    type_into(qtbot, payment.inputs["card_number"], "4242424242424242")  # QTest.keyClicks: key by key
    type_into(qtbot, payment.inputs["card_expiry"], "08/29")
    type_into(qtbot, payment.inputs["card_cvc"], "123")
    qtbot.mouseClick(payment.share, Qt.MouseButton.LeftButton, pos=QPoint(8, payment.share.height() // 2))
    click(qtbot, next_button(wizard))
    assert window.page() == "review"
    agree(qtbot, wizard.currentPage())
    click(qtbot, commit_button(wizard))
    qtbot.waitUntil(lambda: window.result() is not None)
    assert window.result()["score"] == 100
    assert window.field_errors == {} and set(_errors(window).values()) == {0}
    view = window.findChild(QWidget, "trainingResult")
    assert [view.step_table.item(r, 3).text() for r in range(view.step_table.rowCount())] == ["0"] * 6
    assert view.errors.text() == "No wrong choices."


def test_a_wrong_value_counts_once_left_or_gone_on_with(qtbot, make_training, ledger_path):
    from helpers import agree, commit_button, leave_field
    from wizard.ui.training import driver

    window = _active_test_me(qtbot, make_training)
    wizard = window.wizard
    driver.apply_fields(wizard, {"hub": "service", "tier": "professional"})
    click(qtbot, next_button(wizard))
    combo = wizard.currentPage().findChild(QWidget, "currencyCombo")
    combo.setFocus(Qt.FocusReason.TabFocusReason)  # the trainee tabs to the list and picks with the keyboard
    combo.setCurrentIndex(combo.findData("USD"))  # the exercise asks for CHF
    assert _errors(window)["currency"] == 0  # still in the control: the choice is not made yet
    leave_field(combo)
    assert _errors(window)["currency"] == 1 and window.field_errors == {"currency": 1}
    combo.setFocus(Qt.FocusReason.TabFocusReason)
    leave_field(combo)  # leaving the same wrong value again is the same error
    combo.setCurrentIndex(combo.findData("CHF"))
    click(qtbot, next_button(wizard))
    driver.apply_fields(wizard, {"interval": "monthly"})
    click(qtbot, next_button(wizard))
    driver.apply_fields(wizard, {"licensed_users": ["Lena Hoffmann", "Ayşe Demir"]})
    click(qtbot, next_button(wizard))
    assert window.page() == "payment" and _errors(window)["payment"] == 0
    click(qtbot, next_button(wizard))  # on with the saved card: the exercise asks for a new one
    assert window.page() == "review"
    assert _errors(window) == {"product": 0, "currency": 1, "billing": 0, "licenses": 0, "payment": 1, "review": 0}
    agree(qtbot, wizard.currentPage())
    click(qtbot, commit_button(wizard))
    qtbot.waitUntil(lambda: window.result() is not None)
    assert window.field_errors == {"currency": 1, "payment_method": 1}
    view = window.findChild(QWidget, "trainingResult")
    assert [view.step_table.item(r, 3).text() for r in range(view.step_table.rowCount())] == [
        "0", "1", "0", "0", "1", "0"]
    assert view.errors.text() == "Errors per field: Currency: 1, Payment: 1"
    assert ledger_rows(ledger_path, "SELECT errors FROM training_attempts") == [{"errors": 2}]


# -- the account window's exercises (issue 12: every path) ------------------------------------------------------

@pytest.mark.parametrize("exercise", SHELL_EXERCISES)
def test_the_account_window_exercises_get_full_marks_on_the_right_path(qtbot, make_training, ledger_path, exercise):
    window = make_training(exercise, way="test", trainee="Alex Trainee")
    walk(qtbot, window)
    result = window.result()
    assert result["score"] == 100, [c for c in result["criteria"] if not c["met"]]
    assert ledger_rows(ledger_path, "SELECT score FROM training_attempts") == [{"score": 100}]


@pytest.mark.parametrize(("exercise", "wrong", "criterion", "expected", "done"), [
    ("manage-sales-pro-users", {"ticked_users": ["Lena Hoffmann", "Emre Yıldız", "Zofia Wójcik"],
                                "licensed_users": ["Lena Hoffmann", "Emre Yıldız", "Zofia Wójcik"]},
     "licensed_users", ["Lena Hoffmann", "Emre Yıldız", "Zofia Wójcik", "Ayşe Demir"],
     ["Lena Hoffmann", "Emre Yıldız", "Zofia Wójcik"]),
    ("replace-expiring-card", {"card_shared": False}, "card_shared", True, False),
    ("ordinary-user-asks-admin", {"hub": "marketing"}, "hub", "sales", "marketing"),
])
def test_a_wrong_path_in_the_account_window_is_not_met(qtbot, make_training, exercise, wrong, criterion, expected,
                                                       done):
    window = make_training(exercise, way="test", trainee="Alex Trainee")
    walk(qtbot, window, **wrong)
    criteria = {c["criterion"]: c for c in window.result()["criteria"]}
    assert criteria[criterion] == {"criterion": criterion, "met": False, "expected": expected, "done": done}
    assert window.result()["score"] < 100


@pytest.mark.parametrize("exercise", SHELL_EXERCISES)
def test_show_me_in_the_account_window_writes_nothing(qtbot, make_training, ledger_path, exercise):
    written = ("SELECT kind FROM events WHERE kind IN ('card_added', 'card_replaced', 'card_removed', 'card_shared',"
               " 'card_unshared', 'access_request', 'access_granted', 'user_added', 'user_removed')")
    window = make_training(exercise, way="show")
    qtbot.waitUntil(lambda: window.show_done, timeout=5000)
    assert window.caption.isVisible() and window.outline.isVisible()
    assert "you would now click" in window.caption.text()
    assert orders(ledger_path) == []
    assert ledger_rows(ledger_path, written) == []
    assert window.result() is None


# -- words, not ids ------------------------------------------------------------------------------------------------

def test_the_result_names_criteria_values_and_steps_in_words_and_follows_the_language(qtbot, make_training):
    from wizard.ui.kit.translations import switch_session_language

    window = make_training("service-pro-chf", way="test", trainee="Alex Trainee")
    walk(qtbot, window, currency="USD", interval="annual")
    view = window.findChild(QWidget, "trainingResult")
    table = view.criteria
    rows = {table.item(r, 0).text(): [table.item(r, c).text() for c in range(1, 4)] for r in range(table.rowCount())}
    assert rows["Hub"][1:] == ["Service Hub", "Service Hub"]
    assert rows["Edition"][1:] == ["Professional", "Professional"]
    assert rows["Billing interval"][1:] == ["Monthly billing", "Annual invoice"]
    assert rows["Currency"][1:] == ["CHF", "USD"]
    assert rows["Payment"][1:] == ["new card", "new card"]
    assert rows["Outcome"][1:] == ["an order", "an order"]
    assert rows["Currency"][0] == "✗ not met" and rows["Hub"][0] == "✓ met"
    steps = [view.step_table.item(r, 0).text() for r in range(view.step_table.rowCount())]
    assert steps == [s.text("title", "en") for s in window.exercise.steps]
    assert "Currency: " in view.errors.text() and "currency:" not in view.errors.text()
    switch_session_language(window.session, "de")
    qtbot.waitUntil(lambda: view.step_table.item(0, 0).text() == window.exercise.steps[0].text("title", "de"))
    hub_row = next(r for r in range(table.rowCount()) if "Service" in table.item(r, 2).text())
    assert table.item(hub_row, 2).text() == window.session.catalog.hub("service").name_in("de")


def test_the_coach_names_a_wrong_hub_by_its_name(qtbot, make_training):
    window = make_training("service-pro-chf", way="try", trainee="Sam")
    window.wizard.setField("hub", "marketing")
    window.wizard.setField("tier", "professional")
    qtbot.waitUntil(lambda: window.coach.feedback.isVisible())
    assert "You chose Marketing Hub; this exercise asks for Service Hub." in window.coach.feedback.text()


# -- Let me try: Next is never enabled on a page whose step is not done ---------------------------------------------

def test_the_coach_follows_a_live_language_switch(qtbot, make_training):
    window = make_training("service-pro-chf", way="try", trainee="Sam")
    coach = window.findChild(object, "coachPanel")
    window.wizard.setField("hub", "marketing")
    window.wizard.setField("tier", "professional")
    qtbot.waitUntil(lambda: coach.feedback.isVisible())
    click(qtbot, coach.hint_button)
    window.wizard.switch_language("de")
    exercise = window.exercise
    assert coach.task.text() == exercise.text("task", "de")
    assert coach.title.text() == exercise.steps[0].text("title", "de")
    assert coach.hint.text() == exercise.steps[0].text("hint", "de")
    assert "Schritt 1 von 6" in coach.counter.text()
    assert coach.feedback.text() == "Sie haben Marketing Hub gewählt; diese Übung verlangt Service Hub."
    window.wizard.switch_language("en")
    assert coach.title.text() == exercise.steps[0].text("title", "en") and "Step 1 of 6" in coach.counter.text()


def test_next_is_never_enabled_for_a_moment_on_a_new_page(qtbot, make_training):
    """QWizard sets Next (asking the new page's isComplete, so the gate) before it says the page changed:
    the gate must judge the new page's step then, not the step the coach showed last."""
    from wizard.ui.training import driver

    window = make_training("service-pro-chf", way="try", trainee="Sam")
    wizard = window.wizard
    driver.apply_fields(wizard, {"hub": "service", "tier": "professional"})
    qtbot.waitUntil(lambda: next_button(wizard).isEnabled())
    wizard.blockSignals(True)  # the moment before currentIdChanged: the window has not heard of the new page
    try:
        wizard.next()  # to the currency page: EUR stands, the exercise asks for CHF
        assert window.page() == "currency" and window.index == 0
        assert not next_button(wizard).isEnabled()
    finally:
        wizard.blockSignals(False)
    # No polling: signals bring the changes (the funnel's one write after the next paint is no polling).
    writes = wizard.step_tracker.findChildren(QTimer)
    assert not [t for t in window.findChildren(QTimer) if t.isActive() and t not in writes]


# -- the start: --training opens the start dialog; --exercise/--way/--trainee skip it ------------------------------

def test_the_start_dialog_offers_the_exercises_by_title_and_the_three_ways(qtbot):
    from wizard.core.exercises import load_exercises
    from wizard.ui.training.start_dialog import StartDialog

    exercises = load_exercises()
    language = {"now": "en"}
    dialog = StartDialog(exercises, lambda: language["now"])
    qtbot.addWidget(dialog)
    combo = dialog.findChild(QWidget, "exerciseChoice")
    assert [combo.itemText(i) for i in range(combo.count())] == [e.text("title", "en") for e in exercises.values()]
    assert [b.text().replace("&", "") for b in dialog.way_buttons.values()] == ["Show me", "Let me try", "Test me"]
    assert not dialog.start_button.isEnabled()  # Let me try stores an attempt: a name first
    dialog.findChild(QWidget, "traineeName").setText("Alex Trainee")
    assert dialog.start_button.isEnabled()
    combo.setCurrentIndex(list(exercises).index("service-pro-chf"))
    dialog.way_buttons["test"].setChecked(True)
    assert dialog.choice() == ("service-pro-chf", "test", "Alex Trainee")
    language["now"] = "de"
    dialog.retranslate()
    assert combo.currentText() == exercises["service-pro-chf"].text("title", "de")


def test_an_unknown_exercise_stops_the_start_with_one_sentence(capsys):
    from wizard.app.cli import main

    assert main(["--training", "--exercise", "no-such-thing"]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("There is no exercise 'no-such-thing'") and err.count("\n") == 0


def test_training_options_skip_the_start_dialog(qtbot, tmp_path, make_quit):
    from wizard.app.cli import main

    seen = make_quit()
    assert main(["--training", "--exercise", "service-pro-chf", "--way", "test", "--trainee", "Alex", "--lang", "en",
                 "--ledger", str(tmp_path / "t.sqlite")]) == 0
    assert seen["names"] == ["trainingWindow"]
    assert (seen["exercise"], seen["way"], seen["trainee"]) == ("service-pro-chf", "test", "Alex")


def test_training_alone_asks_in_the_start_dialog(qtbot, tmp_path, make_quit):
    from PySide6.QtWidgets import QApplication

    from wizard.app.cli import main

    def fill():
        dialog = QApplication.activeModalWidget() or next(
            w for w in QApplication.topLevelWidgets() if w.objectName() == "trainingStartDialog")
        dialog.findChild(QWidget, "traineeName").setText("Kim")
        combo = dialog.findChild(QWidget, "exerciseChoice")
        combo.setCurrentIndex(combo.findData("replace-expiring-card"))
        dialog.way_buttons["show"].setChecked(True)
        dialog.start_button.click()

    QTimer.singleShot(200, fill)
    seen = make_quit(delay=600)
    assert main(["--training", "--lang", "en", "--ledger", str(tmp_path / "t.sqlite")]) == 0
    assert seen["names"] == ["trainingWindow"]
    assert (seen["exercise"], seen["way"], seen["trainee"]) == ("replace-expiring-card", "show", "Kim")


@pytest.fixture
def make_quit():
    from PySide6.QtWidgets import QApplication

    def make(delay=300):
        seen = {}

        def look_and_quit():
            windows = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
            seen["names"] = [w.objectName() for w in windows]
            window = next((w for w in windows if w.objectName() == "trainingWindow"), None)
            if window is not None:
                seen.update(exercise=window.exercise.id, way=window.way, trainee=window.trainee)
                window.show_timer.stop()
            QApplication.instance().exit(0)

        QTimer.singleShot(delay, look_and_quit)
        return seen

    yield make
    from wizard.ui.kit.translations import translations

    translations().switch("en")


# -- Show me's caption: off its control, and off every other control where there is room ------------------------

CONTROLS = ("QAbstractButton", "QAbstractItemView", "QAbstractSlider", "QAbstractSpinBox", "QComboBox", "QLineEdit",
            "QPlainTextEdit", "QTabBar", "QTextEdit")


def _rect_in(host, widget):
    from PySide6.QtCore import QPoint, QRect

    return QRect(widget.mapTo(host, QPoint(0, 0)), widget.size())


def _other_controls(host, target, window):
    """Every visible, enabled control in the caption's window except the outlined one (and what holds or makes it)."""
    found = []
    for widget in host.findChildren(QWidget):
        if not any(widget.inherits(name) for name in CONTROLS) or not widget.isVisible() or not widget.isEnabled():
            continue
        if widget in (window.caption, window.outline) or widget is target:
            continue
        if target.isAncestorOf(widget) or widget.isAncestorOf(target):
            continue
        found.append((widget.objectName() or type(widget).__name__, _rect_in(host, widget)))
    return found


def _free_place_exists(size, area, box, controls) -> bool:
    """Any place in `area` (searched on a 16 px grid) where a caption of `size` covers neither `box` nor a control."""
    from PySide6.QtCore import QRect

    blocked = [box] + [rect for _name, rect in controls]
    for y in range(area.top(), area.bottom() - size.height() + 2, 16):
        for x in range(area.left(), area.right() - size.width() + 2, 16):
            spot = QRect(x, y, size.width(), size.height())
            if not any(spot.intersects(rect) for rect in blocked):
                return True
    return False


@pytest.mark.parametrize("exercise", WIZARD_EXERCISES + SHELL_EXERCISES)
def test_show_mes_caption_never_covers_its_control_nor_another_where_there_is_room(qtbot, make_training, exercise):
    window = make_training(exercise, way="show")
    window.show_timer.stop()
    checked, in_dialogs = 0, []
    while not window.show_done:
        step = window.exercise.steps[window.show_index]
        window.show_step()
        target = window._show_target(step.target)
        if target is None or not window.outline.isVisible():
            continue
        if target.window() is not window:  # a dialog's control (Replace card…): a small dialog with no room
            _caption_beside_the_dialog(window, target, step)
            in_dialogs.append(step.id)
            checked += 1
            continue
        host = window.caption.parentWidget()
        shown = window.caption.geometry()
        assert window.caption.isVisible()
        # the outline follows its control when that grows after the step (a field change, a late layout)
        assert window.outline.geometry() == _rect_in(host, target).adjusted(-5, -5, 5, 5), step.id
        assert not shown.intersects(_rect_in(host, target)), (step.id, shown)
        assert not shown.intersects(window.outline.geometry()), (step.id, shown)
        area = window.stack.geometry() if host is window else host.rect()
        assert area.contains(shown), (step.id, shown, area)  # inside the trainee's window: never over the coach
        controls = _other_controls(host, target, window)
        if _free_place_exists(shown.size(), area, window.outline.geometry(), controls):
            covered = [name for name, rect in controls if shown.intersects(rect)]
            assert not covered, (step.id, covered)
        checked += 1
    assert checked >= 2
    if exercise == "replace-expiring-card":
        assert in_dialogs == ["card_details", "card_save"]


def _on_screen(widget):
    from PySide6.QtCore import QPoint, QRect

    return QRect(widget.mapToGlobal(QPoint(0, 0)), widget.size())


def _caption_beside_the_dialog(window, target, step):
    """The caption stands beside the dialog, in the training window left of the coach: it hides none of the
    dialog's labels (its intro) or controls; the outline is on the control in the dialog."""
    from PySide6.QtWidgets import QApplication, QLabel

    dialog = target.window()
    assert window.outline.parentWidget() is dialog and window.outline.isVisible()
    assert window.outline.geometry() == _rect_in(dialog, target).adjusted(-5, -5, 5, 5), step.id
    assert window.caption.isVisible()
    shown = _on_screen(window.caption)
    assert not shown.intersects(dialog.frameGeometry()), (step.id, shown, dialog.frameGeometry())
    parts = [w for w in dialog.findChildren(QWidget) if w.isVisible() and (
        isinstance(w, QLabel) and w.text() or any(w.inherits(name) for name in CONTROLS))]
    assert any(isinstance(w, QLabel) and w.objectName() == "cardDialogIntro" for w in parts)
    covered = [w.objectName() or type(w).__name__ for w in parts if shown.intersects(_on_screen(w))]
    assert not covered, (step.id, covered)
    assert _on_screen(window.stack).contains(shown), step.id  # never over the coach
    assert step.text("title", window.session.language) in window.caption.text()
    dialog.move(dialog.pos() + QPoint(-60, 90))  # the trainee moves the dialog: the caption goes along
    QApplication.processEvents()
    moved = _on_screen(window.caption)
    assert moved != shown and not moved.intersects(dialog.frameGeometry()), (step.id, moved)



# -- several steps on one account-window section (Replace card: four steps on Account & Billing) ----------------

def _type_as_trainee(qtbot, edit, text):
    """Tab to the field, type key by key, Tab on: the entry is committed when the field is left."""
    from helpers import leave_field

    edit.setFocus(Qt.FocusReason.TabFocusReason)
    edit.selectAll()
    qtbot.keyClicks(edit, text)
    leave_field(edit)


def _replace_card_by_hand(qtbot, window, *, wrong_number_first=False):
    """Replace card as a trainee does it, each step taking a moment (20 ms waits, no time asserted): the Visa
    row clicked, Replace card…, the details typed, Save card."""
    billing = window.shell.sections["billing"]
    qtbot.wait(20)
    row = next(r for r, m in enumerate(billing.cards.rows) if m.last4 == "4242")
    view = billing.cards_view
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                     pos=view.visualRect(billing.cards.index(row, 1)).center())
    qtbot.wait(20)
    click(qtbot, window.shell.findChild(QWidget, "replaceCardButton"))
    qtbot.waitUntil(lambda: billing.card_dialog is not None and billing.card_dialog.isVisible())
    dialog = billing.card_dialog
    qtbot.wait(20)
    _type_as_trainee(qtbot, dialog.inputs["card_holder"], "Lena Hoffmann")
    if wrong_number_first:
        _type_as_trainee(qtbot, dialog.inputs["card_number"], "5555555555554443")  # a digit wrong: refused
        qtbot.wait(10)
    _type_as_trainee(qtbot, dialog.inputs["card_number"], "5555555555554444")
    _type_as_trainee(qtbot, dialog.inputs["card_expiry"], "08/29")
    _type_as_trainee(qtbot, dialog.inputs["card_cvc"], "123")
    qtbot.wait(20)
    if not dialog.share.isChecked():
        click(qtbot, dialog.share)
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: window.result() is not None, timeout=3000)


def test_test_me_gives_each_step_on_one_section_its_own_time_and_errors(qtbot, make_training, ledger_path):
    window = _active_test_me(qtbot, make_training, "replace-expiring-card")
    assert window.index == 0  # the Visa not chosen yet: the card stays preselected, no step is done by itself
    _replace_card_by_hand(qtbot, window, wrong_number_first=True)
    assert window.result()["score"] == 100
    stored = json.loads(ledger_rows(ledger_path, "SELECT steps FROM training_attempts")[0]["steps"])
    assert [s["step"] for s in stored] == ["card_choose", "card_replace", "card_details", "card_save"]
    assert all(s["ms"] > 0 for s in stored), stored  # each step's time on that step, not all on the first
    assert [s["errors"] for s in stored] == [0, 0, 1, 0]  # the wrong number counted on the details step
    assert window.field_errors == {"card_details": 1}
    view = window.findChild(QWidget, "trainingResult")
    assert [view.step_table.item(r, 3).text() for r in range(view.step_table.rowCount())] == ["0", "0", "1", "0"]
    assert view.errors.text() == "Errors per field: Card details: 1"


def test_let_me_try_follows_the_steps_on_one_section(qtbot, make_training):
    window = make_training("replace-expiring-card", way="try", trainee="Sam")
    with qtbot.waitActive(window):
        window.activateWindow()
    coach = window.findChild(QWidget, "coachPanel")
    seen = []
    window.coach.show_step = lambda index, step, show=window.coach.show_step: (seen.append(step.id),
                                                                                show(index, step))
    assert "Step 1 of 4" in coach.counter.text()
    click(qtbot, coach.hint_button)
    _replace_card_by_hand(qtbot, window)
    assert [s for i, s in enumerate(seen) if i == 0 or seen[i - 1] != s] == [
        "card_choose", "card_replace", "card_details", "card_save"]
    assert [s["hints"] for s in window.step_stats] == [1, 0, 0, 0]
    assert window.result()["score"] == 100
