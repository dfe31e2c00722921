"""The training exercises: every shipped file loads, a broken one is refused with its place named, and every
step's control exists where the step says it is."""
from __future__ import annotations

import json
import shutil

import pytest
from PySide6.QtWidgets import QWidget

from wizard.core.exercises import (
    CRITERIA, PAGES, START_SECTIONS, WAYS, Exercise, ExerciseError, Step, load_exercise, load_exercises,
)
from wizard.core.paths import resource_path

TRAINING = resource_path("training")
# One exercise per path of issue 12.
PATHS = ("marketing-starter-monthly", "sales-pro-annual-named-users", "service-pro-chf", "enterprise-contact-sales",
         "manage-sales-pro-users", "replace-expiring-card", "ordinary-user-asks-admin", "upgrade-with-credit",
         "declined-then-good-card")
SAMPLE = "marketing-starter-monthly"


def test_the_contract_names():
    assert WAYS == ("show", "try", "test")
    assert START_SECTIONS == ("wizard", "home", "products", "users", "billing")
    assert CRITERIA == ("outcome", "hub", "tier", "currency", "interval", "licensed_users", "payment", "card_shared",
                        "declined_first", "credit")


def test_every_shipped_exercise_loads():
    exercises = load_exercises()
    assert set(PATHS) <= set(exercises)
    assert list(exercises) == sorted(exercises)
    for exercise_id, exercise in exercises.items():
        assert isinstance(exercise, Exercise)
        assert exercise.id == exercise_id
        assert exercise.steps and all(isinstance(step, Step) for step in exercise.steps)
        assert exercise.criteria["outcome"]
        assert set(exercise.criteria) <= set(CRITERIA)
        assert list(exercise.criteria) == [c for c in CRITERIA if c in exercise.criteria]  # the contract's order
        for language in ("en", "de"):
            assert exercise.text("title", language) and exercise.text("task", language)
            for step in exercise.steps:
                for name in ("title", "purpose", "where", "hint"):
                    assert step.text(name, language).strip()


def test_the_exercises_cover_every_path():
    exercises = load_exercises()
    outcomes = {exercises[i].criteria["outcome"] for i in PATHS}
    assert {"order", "lead", "access_request", "card_replaced"} <= outcomes
    assert exercises["service-pro-chf"].criteria["currency"] == "CHF"
    assert exercises["enterprise-contact-sales"].criteria["outcome"] == "lead"
    assert exercises["upgrade-with-credit"].criteria["credit"] is True
    assert exercises["declined-then-good-card"].criteria["declined_first"] is True
    assert exercises["ordinary-user-asks-admin"].sign_in_as == "ayse.demir"
    assert exercises["manage-sales-pro-users"].start == "users"
    assert exercises["replace-expiring-card"].start == "billing"
    # German texts are German, not a copy of the English.
    for exercise in exercises.values():
        assert exercise.task["de"] != exercise.task["en"]
        assert all(step.hint["de"] != step.hint["en"] for step in exercise.steps)


def test_texts_fall_back_to_english_and_refuse_unknown_names():
    exercise = load_exercises()[SAMPLE]
    assert exercise.text("title", "fr") == exercise.title["en"]
    with pytest.raises(KeyError):
        exercise.text("hint", "en")
    with pytest.raises(KeyError):
        exercise.steps[0].text("task", "en")


# -- broken files ------------------------------------------------------------------


def _planted(tmp_path, change) -> str:
    """The sample copied into tmp_path, changed by `change(data)`: its path."""
    data = json.loads((TRAINING / f"{SAMPLE}.json").read_text(encoding="utf-8"))
    change(data)
    path = tmp_path / f"{SAMPLE}.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def _set(keys, value):
    def change(data):
        target = data
        for key in keys[:-1]:
            target = target[key]
        target[keys[-1]] = value
    return change


def _drop(keys):
    def change(data):
        target = data
        for key in keys[:-1]:
            target = target[key]
        del target[keys[-1]]
    return change


BROKEN = [
    (_set(["steps", 2, "hint", "de"], ""), "steps[2].hint.de: must be a non-empty text"),
    (_set(["steps", 2, "hint", "de"], "   "), "steps[2].hint.de: must be a non-empty text"),
    (_set(["steps", 1, "purpose", "en"], 42), "steps[1].purpose.en: must be a non-empty text"),
    (_set(["steps", 1, "title", "de"], "Zwei\nZeilen"), "steps[1].title.de: must not contain a control character"),
    (_set(["colour"], "blue"), "colour: unknown field"),
    (_set(["steps", 3, "note"], "x"), "steps[3].note: unknown field"),
    (_set(["criteria", "seats"], 3), "criteria.seats: unknown field"),
    (_set(["steps", 1, "expect", "plan"], "x"), "steps[1].expect.plan: unknown field"),
    (_set(["title"], {"en": "Title", "fr": "Titre"}), "title.fr: unknown field"),
    (_set(["task"], {"en": "Only English"}), 'task: missing field "de"'),
    (_drop(["steps", 4, "where"]), 'steps[4]: missing field "where"'),
    (_drop(["criteria", "outcome"]), 'criteria: missing field "outcome"'),
    (_set(["criteria", "hub"], "finance"), 'criteria.hub: "finance" is not a hub of the catalog'),
    (_set(["criteria", "tier"], "premium"), 'criteria.tier: "premium" is not a tier of the hub marketing'),
    (_set(["criteria", "currency"], "SEK"), 'criteria.currency: "SEK" is not a currency of the catalog'),
    (_set(["criteria", "interval"], "weekly"), 'criteria.interval: "weekly" is not a billing interval'),
    (_set(["criteria", "outcome"], "purchase"), 'criteria.outcome: "purchase" is not an outcome'),
    (_set(["criteria", "payment"], "cash"), 'criteria.payment: "cash" is not a payment'),
    (_set(["criteria", "credit"], "yes"), "criteria.credit: must be true or false, not a string"),
    (_set(["criteria", "licensed_users"], ["Lena Hoffmann", "Max Mustermann"]),
     'criteria.licensed_users[1]: "Max Mustermann" is not a user of the demo account'),
    (_set(["criteria", "licensed_users"], ["Lena Hoffmann", "Lena Hoffmann"]),
     'criteria.licensed_users[1]: "Lena Hoffmann" is listed twice'),
    (_set(["criteria", "licensed_users"], []), "criteria.licensed_users: must be a non-empty list of user names"),
    (_set(["start"], "settings"), 'start: "settings" is not a place to start'),
    (_set(["sign_in_as"], "max.mustermann"), 'sign_in_as: "max.mustermann" is not a demo user'),
    (_set(["steps"], []), "steps: must be a non-empty list of steps"),
    (_set(["steps", 2, "id"], "product"), 'steps[2].id: duplicate step id "product"'),
    (_set(["steps", 2, "id"], "Product Step"), 'steps[2].id: "Product Step" is not a step id'),
    (_set(["steps", 2, "page"], "checkout"), 'steps[2].page: "checkout" is not a page'),
    (_set(["steps", 2, "target"], "currency combo"), 'steps[2].target: "currency combo" is not a control'),
    (_set(["steps", 2, "expect", "currency"], "XYZ"), 'steps[2].expect.currency: "XYZ" is not a currency'),
    (_set(["steps", 4, "expect", "payment_method"], "card-123"), "steps[4].expect.payment_method:"),
    (_set(["steps", 5, "expect", "agree_terms"], "yes"), "steps[5].expect.agree_terms: must be true or false"),
    (_set(["steps", 1, "expect"], {"hub": "marketing", "tier": "enterprise", "interval": "monthly"}),
     'steps[1].expect.interval: "monthly" is not offered for marketing enterprise'),
    (_set(["steps", 1, "expect"], {"tier": "starter"}), 'steps[1].expect.tier: needs the "hub"'),
    (_set(["steps", 0, "expect"], {"section": "settings"}), 'steps[0].expect.section: "settings" is not a section'),
]


@pytest.mark.parametrize(("change", "message"), BROKEN, ids=[m.split(":")[0] + m.split(":")[1][:12] for _c, m in BROKEN])
def test_a_broken_file_is_refused_with_its_place_named(tmp_path, change, message):
    path = _planted(tmp_path, change)
    with pytest.raises(ExerciseError) as caught:
        load_exercise(path)
    assert str(caught.value).startswith(f"{SAMPLE}.json: {message}"), str(caught.value)
    assert caught.value.file == f"{SAMPLE}.json"


def test_the_example_message_of_the_brief(tmp_path):
    path = _planted(tmp_path, _set(["steps", 2, "hint", "de"], ""))
    with pytest.raises(ExerciseError) as caught:
        load_exercise(path)
    assert str(caught.value) == f"{SAMPLE}.json: steps[2].hint.de: must be a non-empty text"
    assert (caught.value.where, caught.value.what) == ("steps[2].hint.de", "must be a non-empty text")


@pytest.mark.parametrize(("content", "message"), [
    (b"{ not json", "line 1, column 3: not valid JSON"),
    (b"\xff\xfe", "is not UTF-8 text"),
    (b"[]", "top level: must be an object, not a list"),
])
def test_an_unreadable_file_is_refused(tmp_path, content, message):
    path = tmp_path / "broken.json"
    path.write_bytes(content)
    with pytest.raises(ExerciseError, match="^broken.json: " + message):
        load_exercise(path)


def test_a_missing_file_or_folder_is_refused(tmp_path):
    with pytest.raises(ExerciseError, match="^nothing.json: no such file"):
        load_exercise(tmp_path / "nothing.json")
    with pytest.raises(ExerciseError, match="no such folder"):
        load_exercises(tmp_path / "nowhere")


def test_a_folder_with_one_broken_file_raises_for_that_file(tmp_path):
    shutil.copy(TRAINING / "service-pro-chf.json", tmp_path / "service-pro-chf.json")
    shutil.copy(TRAINING / "upgrade-with-credit.json", tmp_path / "upgrade-with-credit.json")
    data = json.loads((TRAINING / f"{SAMPLE}.json").read_text(encoding="utf-8"))
    data["criteria"]["hub"] = "finance"
    (tmp_path / "my-broken-one.json").write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ExerciseError, match='^my-broken-one.json: criteria.hub: "finance"'):
        load_exercises(tmp_path)
    (tmp_path / "my-broken-one.json").unlink()
    assert list(load_exercises(tmp_path)) == ["service-pro-chf", "upgrade-with-credit"]


def test_expect_defaults_to_nothing(tmp_path):
    path = _planted(tmp_path, _drop(["steps", 1, "expect"]))
    assert load_exercise(path).steps[1].expect == {}


# -- every target is a real control ------------------------------------------------


def _wizard_steps():
    return [(e.id, s) for e in load_exercises().values() for s in e.steps if not s.in_shell]


def _shell_steps():
    return [(e.id, s) for e in load_exercises().values() for s in e.steps if s.in_shell]


def test_every_page_is_one_the_program_has():
    from wizard.ui.upgrade.fields import PageId

    for _id, step in _wizard_steps():
        assert step.page in PAGES and PageId[step.page.upper()] is not None
    from wizard.ui.shell.window import SECTIONS

    for _id, step in _shell_steps():
        assert step.page.removeprefix("shell:") in SECTIONS


def test_every_wizard_step_targets_a_control_on_its_page(make_wizard):
    from wizard.ui.upgrade.fields import PageId

    wizard = make_wizard()
    missing = []
    for exercise_id, step in _wizard_steps():
        page = wizard.page(PageId[step.page.upper()])
        if page.findChild(QWidget, step.target) is None:
            missing.append(f"{exercise_id}/{step.id}: {step.target} on {page.objectName()}")
    assert not missing


def test_every_shell_step_targets_a_control_of_its_section(make_shell):
    shell = make_shell()
    section = shell.open_section("billing")
    dialog = section.replace_card()  # the card dialog's controls exist while it is open
    assert dialog is not None
    try:
        missing = []
        for exercise_id, step in _shell_steps():
            name = step.page.removeprefix("shell:")
            place = shell.open_section(name)
            # The navigation and the account menu belong to the window, the rest to the section.
            if place.findChild(QWidget, step.target) is None and (
                    step.target not in ("shellNavigation", "accountMenuButton")
                    or shell.findChild(QWidget, step.target) is None):
                missing.append(f"{exercise_id}/{step.id}: {step.target} in {name}")
        assert not missing
    finally:
        dialog.reject()


def test_the_fields_a_step_expects_are_the_wizards():
    """Wizard steps expect the wizard's registered fields (plus the account window's two)."""
    from wizard.core.exercises import EXPECT_FIELDS

    registered = {"hub", "tier", "currency", "interval", "licensed_users", "payment_method", "share_card",
                  "agree_terms"}
    assert set(EXPECT_FIELDS) == registered | {"section", "ticked_users"}
    for _id, step in _wizard_steps():
        assert set(step.expect) <= registered
