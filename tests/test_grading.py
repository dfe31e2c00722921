"""Grading an attempt against its exercise; a step's fields checked for Next and for "a wrong choice"."""
from __future__ import annotations

from dataclasses import replace

import pytest

from wizard.core.exercises import load_exercises
from wizard.core.grading import ErrorTally, Graded, grade, step_done, wrong_fields


@pytest.fixture(scope="module")
def exercises():
    return load_exercises()


def _step(exercise, step_id):
    return next(s for s in exercise.steps if s.id == step_id)


def test_the_exact_outcome_gets_full_marks_for_every_exercise(exercises):
    for exercise in exercises.values():
        done = {key: (list(reversed(value)) if isinstance(value, list) else value)
                for key, value in exercise.criteria.items()}
        graded, score = grade(exercise, done)
        assert score == 100, exercise.id
        assert [g.criterion for g in graded] == list(exercise.criteria)
        assert all(g.met for g in graded)


def test_a_wrong_currency_is_marked_not_met_with_expected_and_done(exercises):
    exercise = exercises["service-pro-chf"]
    done = dict(exercise.criteria, currency="EUR")
    graded, score = grade(exercise, done)
    currency = next(g for g in graded if g.criterion == "currency")
    assert currency == Graded("currency", False, "CHF", "EUR")
    assert currency.as_dict() == {"criterion": "currency", "met": False, "expected": "CHF", "done": "EUR"}
    assert [g.criterion for g in graded if not g.met] == ["currency"]
    assert len(graded) == 8 and score == 88  # 7 of 8 = 87.5, a half rounded up


def test_what_was_not_done_is_none_and_not_met(exercises):
    exercise = exercises["enterprise-contact-sales"]
    graded, score = grade(exercise, {"outcome": "lead", "hub": "marketing"})
    assert graded[-1] == Graded("tier", False, "enterprise", None)
    assert score == 67  # 2 of 3
    graded, score = grade(exercise, {})
    assert score == 0 and all(g.done is None and not g.met for g in graded)


def test_licensed_users_compare_as_sets(exercises):
    exercise = exercises["sales-pro-annual-named-users"]
    users = exercise.criteria["licensed_users"]

    def licensed(done_users):
        graded, _score = grade(exercise, dict(exercise.criteria, licensed_users=done_users))
        return next(g for g in graded if g.criterion == "licensed_users")

    assert licensed(list(reversed(users))).met
    assert licensed(tuple(users)).met
    missing_one = licensed(users[:-1])
    assert not missing_one.met and missing_one.expected == users and missing_one.done == users[:-1]
    assert not licensed(users + ["Ayşe Demir"]).met  # exactly these: one more is wrong too
    assert not licensed(None).met
    assert not licensed(", ".join(users)).met  # a text is not a list of users


def test_flags_must_be_true_or_false(exercises):
    exercise = exercises["declined-then-good-card"]
    for given, met in ((True, True), (False, False), (1, False), (None, False)):
        graded, _score = grade(exercise, dict(exercise.criteria, declined_first=given))
        assert next(g for g in graded if g.criterion == "declined_first").met is met


@pytest.mark.parametrize(("met", "of", "score"), [(1, 3, 33), (2, 3, 67), (1, 8, 13), (3, 8, 38), (0, 2, 0)])
def test_the_score_rounds_a_half_up(met, of, score):
    from wizard.core.exercises import Exercise

    criteria = dict(list({"outcome": "order", "hub": "sales", "tier": "starter", "currency": "EUR",
                          "interval": "monthly", "payment": "saved", "card_shared": True,
                          "credit": True}.items())[:of])
    exercise = Exercise(id="x", title={"en": "x", "de": "x"}, task={"en": "x", "de": "x"}, start="wizard",
                        sign_in_as=None, criteria=criteria, steps=())
    done = {key: value for n, (key, value) in enumerate(criteria.items()) if n < met}
    assert grade(exercise, done)[1] == score


def test_step_done_needs_every_expected_field(exercises):
    product = _step(exercises["sales-pro-annual-named-users"], "product")
    assert step_done(product, {"hub": "sales", "tier": "professional", "currency": "EUR"})
    assert not step_done(product, {"hub": "sales", "tier": "starter"})
    assert not step_done(product, {"hub": "sales"})
    assert not step_done(product, {})


def test_a_step_that_expects_nothing_is_done_at_once(exercises):
    manage = _step(exercises["manage-sales-pro-users"], "users_manage")
    assert manage.expect == {}
    assert step_done(manage, {}) and wrong_fields(manage, {}) == {}


def test_step_done_compares_users_as_sets_and_payment_in_words(exercises):
    exercise = exercises["manage-sales-pro-users"]
    tick = _step(exercise, "users_tick")
    names = ["Ayşe Demir", "Zofia Wójcik", "Emre Yıldız", "Lena Hoffmann"]
    assert step_done(tick, {"section": "users", "ticked_users": names})
    assert not step_done(tick, {"section": "users", "ticked_users": names[:3]})
    payment = _step(exercise, "payment")
    assert step_done(payment, {"payment_method": "saved"})
    assert not step_done(payment, {"payment_method": "new"})


def test_wrong_fields_name_what_was_chosen_instead(exercises):
    exercise = exercises["service-pro-chf"]
    currency = _step(exercise, "currency")
    assert wrong_fields(currency, {"currency": "EUR"}) == {"currency": ("CHF", "EUR")}
    assert wrong_fields(currency, {"currency": "CHF"}) == {}
    product = _step(exercise, "product")
    assert wrong_fields(product, {"hub": "service", "tier": "starter"}) == {"tier": ("professional", "starter")}
    # Not chosen yet is not a wrong choice.
    assert wrong_fields(product, {"hub": "service", "tier": ""}) == {}
    assert wrong_fields(product, {}) == {}
    licenses = _step(exercise, "licenses")
    assert wrong_fields(licenses, {"licensed_users": []}) == {}
    assert wrong_fields(licenses, {"licensed_users": ["Ayşe Demir", "Lena Hoffmann"]}) == {}
    assert wrong_fields(licenses, {"licensed_users": ["Lena Hoffmann"]}) == {
        "licensed_users": (["Lena Hoffmann", "Ayşe Demir"], ["Lena Hoffmann"])}
    payment = _step(exercise, "payment")
    assert wrong_fields(payment, {"payment_method": "saved", "share_card": False}) == {
        "payment_method": ("new", "saved")}  # the box not ticked yet is still to be done
    assert not step_done(payment, {"payment_method": "new", "share_card": False})
    unshared = replace(payment, expect={"share_card": False})
    assert wrong_fields(unshared, {"share_card": True}) == {"share_card": (False, True)}


def test_a_wrong_value_counts_when_committed_to_not_while_it_is_entered(exercises):
    """ErrorTally: a default found on the step is no error until the trainee goes on with it; a value the
    trainee changed counts when they leave it; users ticked one by one count only if left or gone on with."""
    exercise = exercises["service-pro-chf"]
    steps = exercise.steps
    currency, licenses = _step(exercise, "currency"), _step(exercise, "licenses")
    i_currency, i_licenses = steps.index(currency), steps.index(licenses)
    tally = ErrorTally(len(steps))
    tally.begin(i_currency, currency, {"currency": "EUR"})  # EUR stands when the page opens; CHF is asked
    assert tally.left(i_currency, currency, {"currency": "EUR"}) == []  # not touched: no choice of theirs
    assert tally.left(i_currency, currency, {"currency": "USD"}) == ["currency"]
    assert tally.left(i_currency, currency, {"currency": "USD"}) == []  # the same wrong value is one error
    assert tally.went_on(i_currency, currency, {"currency": "CHF"}) == []
    tally.begin(i_licenses, licenses, {"licensed_users": []})
    assert tally.per_step[i_currency] == 1 and tally.per_field == {"currency": 1}
    # Ticking one by one is entering; going on with one of the two is a wrong choice (whatever the order).
    assert tally.went_on(i_licenses, licenses, {"licensed_users": ["Ayşe Demir", "Lena Hoffmann"]}) == []
    assert tally.went_on(i_licenses, licenses, {"licensed_users": ["Lena Hoffmann"]}) == ["licensed_users"]
    assert tally.left(i_licenses, licenses, {"licensed_users": ["Lena Hoffmann"]}) == []
    assert tally.per_field == {"currency": 1, "licensed_users": 1}
    assert tally.per_step == [1 if i in (i_currency, i_licenses) else 0 for i in range(len(steps))]


def test_going_on_with_a_default_that_is_wrong_counts(exercises):
    exercise = exercises["service-pro-chf"]
    payment = _step(exercise, "payment")
    index = exercise.steps.index(payment)
    tally = ErrorTally(len(exercise.steps))
    tally.begin(index, payment, {"payment_method": "saved", "share_card": True})
    assert tally.left(index, payment, {"payment_method": "saved", "share_card": True}) == []
    assert tally.went_on(index, payment, {"payment_method": "saved", "share_card": True}) == ["payment_method"]
    assert tally.per_field == {"payment_method": 1}
    # A step left before it began (no look at it yet) counts nothing: nothing is known to be the trainee's.
    other = ErrorTally(len(exercise.steps))
    assert other.left(index, payment, {"payment_method": "saved"}) == []
