"""Training exercises: resources/training/*.json, checked in full at load like the catalog. Plain Python, no Qt.

An exercise is a task for a trainee (in both languages), where it starts, the
result it expects (criteria, graded by core/grading.py) and its steps: each
step names the page it happens on, the control it is about (an objectName),
its texts for the coach panel and the handouts, and the fields it must leave.
A bad file stops the program with one message naming the file, the place in it
and what is wrong, e.g. "marketing-starter-monthly.json: steps[2].hint.de: must
be a non-empty text".

Field values compare in the exercise's words, not the ledger's ids: licensed
users by name, the payment method as "saved" or "new" (see EXPECT_FIELDS).
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from wizard.core.catalog import INTERVALS
from wizard.core.catalog_checks import _kind, _shown
from wizard.core.company import has_control_character
from wizard.core.languages import LANGUAGES
from wizard.core.paths import resource_path

WAYS = ("show", "try", "test")
START_SECTIONS = ("wizard", "home", "products", "users", "billing")
CRITERIA = ("outcome", "hub", "tier", "currency", "interval", "licensed_users", "payment", "card_shared",
            "declined_first", "credit")
OUTCOMES = ("order", "lead", "access_request", "access_granted", "card_replaced", "users_changed")
PAYMENTS = ("saved", "new")
# The wizard's pages (PageId names in lower case) and the account window's sections.
WIZARD_PAGES = ("product", "currency", "billing", "licenses", "payment", "review", "contact_sales", "confirmation")
SHELL_PAGES = tuple(f"shell:{name}" for name in START_SECTIONS if name != "wizard")
PAGES = WIZARD_PAGES + SHELL_PAGES
# What a step may expect, and of what kind. The wizard's fields (ui/upgrade/fields.py, registerField) as the
# exercise words them: licensed_users as the users' names, payment_method as "saved" (any saved card) or
# "new"; and two of the account window: the open section and the users ticked on Users & Teams (names).
EXPECT_FIELDS = {
    "hub": "hub", "tier": "tier", "currency": "currency", "interval": "interval",
    "licensed_users": "names", "payment_method": "payment", "share_card": "flag", "agree_terms": "flag",
    "section": "section", "ticked_users": "names",
}
STEP_TEXTS = ("title", "purpose", "where", "hint")
EXERCISE_TEXTS = ("title", "task")

TEXT_MAX = 600  # the longest coach text; a step's caption must fit beside a control
MAX_FILE_BYTES = 256 * 2**10
MAX_STEPS = 40
_ID = re.compile(r"[a-z][a-z0-9_]{0,63}")
_OBJECT_NAME = re.compile(r"[A-Za-z][A-Za-z0-9_]{0,99}")
DEMO_ACCOUNT = resource_path("demo", "account.json")


class ExerciseError(Exception):
    """A problem in an exercise file. str(): "<file>: <where>: <what>" (file: the file's name)."""

    def __init__(self, file: str | Path, where: str, what: str):
        self.file = Path(file).name
        self.where = where
        self.what = what
        super().__init__(f"{self.file}: {where}: {what}" if where else f"{self.file}: {what}")


def _in(texts: dict[str, str], language: str) -> str:
    """The text in `language`, else the English one."""
    return texts.get(language) or texts["en"]


@dataclass(frozen=True)
class Step:
    id: str
    page: str
    target: str
    title: dict[str, str] = field(hash=False)
    purpose: dict[str, str] = field(hash=False)
    where: dict[str, str] = field(hash=False)
    hint: dict[str, str] = field(hash=False)
    expect: dict[str, object] = field(hash=False, default_factory=dict)

    def text(self, name: str, language: str) -> str:
        if name not in STEP_TEXTS:
            raise KeyError(f"a step has no text {name!r}; one of: {', '.join(STEP_TEXTS)}")
        return _in(getattr(self, name), language)

    @property
    def in_shell(self) -> bool:
        return self.page.startswith("shell:")


@dataclass(frozen=True)
class Exercise:
    id: str
    title: dict[str, str] = field(hash=False)
    task: dict[str, str] = field(hash=False)
    start: str = "wizard"
    sign_in_as: str | None = None
    criteria: dict[str, object] = field(hash=False, default_factory=dict)
    steps: tuple[Step, ...] = ()

    def text(self, name: str, language: str) -> str:
        if name not in EXERCISE_TEXTS:
            raise KeyError(f"an exercise has no text {name!r}; one of: {', '.join(EXERCISE_TEXTS)}")
        return _in(getattr(self, name), language)


# -- loading ------------------------------------------------------------------


def load_exercise(path: str | Path) -> Exercise:
    """Read and check one exercise file; its id is the file's name without .json."""
    path = Path(path)
    data = _read(path)
    return _Checker(path, _Known.shipped()).exercise(data)


def load_exercises(folder: str | Path | None = None) -> dict[str, Exercise]:
    """Every *.json in `folder` (None: resources/training/), by id in sorted order; the first bad file raises."""
    folder = Path(folder) if folder is not None else resource_path("training")
    if not folder.is_dir():
        raise ExerciseError(folder, "", "no such folder of exercises")
    return {path.stem: load_exercise(path) for path in sorted(folder.glob("*.json"), key=lambda p: p.stem)}


def _read(path: Path):
    """The file's JSON; an ExerciseError says what is wrong with the file as a whole."""

    def fail(what: str, where: str = ""):
        raise ExerciseError(path, where, what)

    try:
        if path.stat().st_size > MAX_FILE_BYTES:  # exercises are small: checked before reading
            fail(f"is larger than {MAX_FILE_BYTES // 2**10} kB, far more than an exercise needs")
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        fail("is not UTF-8 text")
    except OSError as exc:
        known = {IsADirectoryError: "is a folder, not an exercise file", FileNotFoundError: "no such file"}
        fail(known.get(type(exc), f"cannot be read ({exc.strerror or exc})"))
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        fail(f"not valid JSON ({exc.msg})", f"line {exc.lineno}, column {exc.colno}")
    except (RecursionError, ValueError) as exc:
        fail(f"cannot be read as JSON ({type(exc).__name__})")


@dataclass(frozen=True)
class _Known:
    """What values may name: the shipped catalog's hubs, tiers and currencies, the demo account's users."""

    tiers: dict[str, dict[str, tuple[str, ...]]]  # hub -> tier -> its intervals
    currencies: tuple[str, ...]
    user_names: tuple[str, ...]
    local_parts: tuple[str, ...]

    @classmethod
    def shipped(cls) -> _Known:
        global _shipped
        if _shipped is None:
            from wizard.core.catalog_loading import load_catalog

            catalog = load_catalog()
            demo = json.loads(DEMO_ACCOUNT.read_text(encoding="utf-8"))
            _shipped = cls(
                tiers={hub.id: {tier.id: tier.intervals for tier in hub.tiers} for hub in catalog.hubs},
                currencies=catalog.currencies,
                user_names=tuple(u["name"] for u in demo["users"]),
                local_parts=tuple(u["email_local_part"] for u in demo["users"]),
            )
        return _shipped


_shipped: _Known | None = None


class _Checker:
    """Walks the parsed JSON; each method gets the place it is looking at."""

    def __init__(self, path: Path, known: _Known):
        self.path = path
        self.known = known

    def fail(self, where: str, what: str):
        raise ExerciseError(self.path, where, what)

    # -- shapes ----------------------------------------------------------------

    def obj(self, value, where: str, *, required: tuple[str, ...], optional: tuple[str, ...] = ()) -> dict:
        if not isinstance(value, dict):
            self.fail(where, f"must be an object, not {_kind(value)}")
        for key in value:
            if key not in required and key not in optional:
                self.fail(_join(where, key), f"unknown field; one of: {', '.join(required + optional)}")
        for key in required:
            if key not in value:
                self.fail(where, f'missing field "{key}"')
        return value

    def text(self, value, where: str, limit: int = TEXT_MAX) -> str:
        if not isinstance(value, str) or not value.strip():
            self.fail(where, "must be a non-empty text")
        if len(value) > limit:
            self.fail(where, f"must have at most {limit} characters, not {len(value)}")
        if has_control_character(value):
            self.fail(where, "must not contain a control character or line break")
        return value

    def languages(self, value, where: str) -> dict[str, str]:
        texts = self.obj(value, where, required=LANGUAGES)
        return {lang: self.text(texts[lang], f"{where}.{lang}") for lang in LANGUAGES}

    def one_of(self, value, where: str, allowed, what: str):
        if not isinstance(value, str) or value not in allowed:
            self.fail(where, f"{_shown(value)} is not {what} (one of: {', '.join(allowed)})")
        return value

    def flag(self, value, where: str) -> bool:
        if not isinstance(value, bool):
            self.fail(where, f"must be true or false, not {_kind(value)}")
        return value

    def names(self, value, where: str) -> list[str]:
        if not isinstance(value, list) or not value:
            self.fail(where, f"must be a non-empty list of user names, not {_kind(value)}")
        for i, name in enumerate(value):
            if not isinstance(name, str) or name not in self.known.user_names:
                self.fail(f"{where}[{i}]", f"{_shown(name)} is not a user of the demo account")
            if name in value[:i]:
                self.fail(f"{where}[{i}]", f'"{name}" is listed twice')
        return list(value)

    # -- the exercise ------------------------------------------------------------

    def exercise(self, data) -> Exercise:
        top = self.obj(data, "top level", required=("title", "task", "start", "criteria", "steps"),
                       optional=("sign_in_as",))
        title = self.languages(top["title"], "title")
        task = self.languages(top["task"], "task")
        start = self.one_of(top["start"], "start", START_SECTIONS, "a place to start")
        sign_in_as = top.get("sign_in_as")
        if sign_in_as is not None:
            self.one_of(sign_in_as, "sign_in_as", self.known.local_parts, "a demo user's e-mail local part")
        criteria = self.criteria(top["criteria"], "criteria")
        raw_steps = top["steps"]
        if not isinstance(raw_steps, list) or not raw_steps:
            self.fail("steps", f"must be a non-empty list of steps, not {_kind(raw_steps)}")
        if len(raw_steps) > MAX_STEPS:
            self.fail("steps", f"must have at most {MAX_STEPS} steps, not {len(raw_steps)}")
        steps: list[Step] = []
        for i, raw in enumerate(raw_steps):
            step = self.step(raw, f"steps[{i}]")
            if step.id in {s.id for s in steps}:
                self.fail(f"steps[{i}].id", f'duplicate step id "{step.id}"')
            steps.append(step)
        return Exercise(id=self.path.stem, title=title, task=task, start=start, sign_in_as=sign_in_as,
                        criteria=criteria, steps=tuple(steps))

    def criteria(self, value, where: str) -> dict[str, object]:
        table = self.obj(value, where, required=("outcome",), optional=CRITERIA[1:])
        checked: dict[str, object] = {}
        for key in CRITERIA:  # the contract's order, whatever the file's
            if key not in table:
                continue
            raw, place = table[key], f"{where}.{key}"
            if key == "outcome":
                checked[key] = self.one_of(raw, place, OUTCOMES, "an outcome")
            elif key == "payment":
                checked[key] = self.one_of(raw, place, PAYMENTS, "a payment")
            elif key == "licensed_users":
                checked[key] = self.names(raw, place)
            elif key in ("card_shared", "declined_first", "credit"):
                checked[key] = self.flag(raw, place)
            else:
                checked[key] = self.product_value(key, raw, place, table)
        return checked

    def product_value(self, key: str, raw, place: str, beside: dict):
        """hub, tier, currency or interval; a tier and an interval are checked against the hub and tier beside."""
        known = self.known
        if key == "hub":
            return self.one_of(raw, place, tuple(known.tiers), "a hub of the catalog")
        if key == "currency":
            return self.one_of(raw, place, known.currencies, "a currency of the catalog")
        hub = beside.get("hub")
        tiers = known.tiers.get(hub) if isinstance(hub, str) else None
        if key == "tier":
            if tiers is None:
                self.fail(place, 'needs the "hub" it belongs to beside it')
            return self.one_of(raw, place, tuple(tiers), f"a tier of the hub {hub}")
        # interval
        tier = beside.get("tier")
        intervals = tiers.get(tier) if tiers is not None and isinstance(tier, str) else None
        self.one_of(raw, place, INTERVALS, "a billing interval")
        if intervals is not None and raw not in intervals:
            self.fail(place, f'"{raw}" is not offered for {hub} {tier} (one of: {", ".join(intervals)})')
        return raw

    def step(self, value, where: str) -> Step:
        raw = self.obj(value, where, required=("id", "page", "target") + STEP_TEXTS, optional=("expect",))
        step_id = raw["id"]
        if not isinstance(step_id, str) or not _ID.fullmatch(step_id):
            self.fail(f"{where}.id", f"{_shown(step_id)} is not a step id (lower case letters, digits and _)")
        page = self.one_of(raw["page"], f"{where}.page", PAGES, "a page")
        target = raw["target"]
        if not isinstance(target, str) or not _OBJECT_NAME.fullmatch(target):
            self.fail(f"{where}.target", f"{_shown(target)} is not a control's objectName")
        texts = {name: self.languages(raw[name], f"{where}.{name}") for name in STEP_TEXTS}
        expect = self.expect(raw.get("expect", {}), f"{where}.expect")
        return Step(id=step_id, page=page, target=target, expect=expect, **texts)

    def expect(self, value, where: str) -> dict[str, object]:
        table = self.obj(value, where, required=(), optional=tuple(EXPECT_FIELDS))
        checked: dict[str, object] = {}
        for key in EXPECT_FIELDS:
            if key not in table:
                continue
            raw, place, kind = table[key], f"{where}.{key}", EXPECT_FIELDS[key]
            if kind == "names":
                checked[key] = self.names(raw, place)
            elif kind == "flag":
                checked[key] = self.flag(raw, place)
            elif kind == "payment":
                checked[key] = self.one_of(raw, place, PAYMENTS, "a payment method (saved or new)")
            elif kind == "section":
                checked[key] = self.one_of(raw, place, START_SECTIONS[1:], "a section of the account window")
            else:
                checked[key] = self.product_value(key, raw, place, table)
        return checked


def _join(where: str, key: str) -> str:
    shown = key if re.fullmatch(r"[A-Za-z0-9_]{1,40}", key) else _shown(key)
    return f"{where}.{shown}" if where and where != "top level" else shown
