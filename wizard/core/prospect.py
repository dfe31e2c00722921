"""The prospect a demo is prepared for: their company, its users and current plan (plain Python, no Qt).

A sales rep makes the demo account the prospect's company (`python main.py demo prepare`,
"Prepare demo..." in the account window). The users come from a CSV of name,email,role
or are generated, deterministically from the company's name, with names from several
languages like the template's (resources/demo/account.json). The first admin is "you".
Problems are enums and CSV errors name their line; the UI and the CLI say them.
"""
from __future__ import annotations

import csv
import io
import random
import re
import unicodedata
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from wizard.core.account import Role, check_new_user, clean_text
from wizard.core.account_setup import check_account_setup
from wizard.core.languages import LANGUAGES

USERS_MAX = 500  # a demo account, not a directory
CSV_COLUMNS = ("name", "email", "role")
PROSPECT_COLUMNS = ("company", "country", "currency", "language", "users", "plan")

# (shown name, its ASCII spelling for the e-mail address), per language, as in the template.
_FIRST = {
    "de": (("Lena", "lena"), ("Markus", "markus"), ("Jonas", "jonas"), ("Katrin", "katrin"), ("Felix", "felix"),
           ("Sabine", "sabine")),
    "tr": (("Emre", "emre"), ("Ayşe", "ayse"), ("Mehmet", "mehmet"), ("Zeynep", "zeynep"), ("Can", "can")),
    "pl": (("Zofia", "zofia"), ("Paweł", "pawel"), ("Agnieszka", "agnieszka"), ("Tomasz", "tomasz")),
    "el": (("Ελένη", "eleni"), ("Νίκος", "nikos"), ("Μαρία", "maria"), ("Γιώργος", "giorgos")),
    "es": (("José", "jose"), ("Lucía", "lucia"), ("Carmen", "carmen"), ("Javier", "javier")),
    "ja": (("陽子", "yoko"), ("健", "ken"), ("美咲", "misaki"), ("翔太", "shota")),
}
_LAST = {
    "de": (("Hoffmann", "hoffmann"), ("Weber", "weber"), ("Schäfer", "schaefer"), ("Krüger", "krueger"),
           ("Becker", "becker"), ("Wagner", "wagner")),
    "tr": (("Yıldız", "yildiz"), ("Demir", "demir"), ("Şahin", "sahin"), ("Öztürk", "ozturk")),
    "pl": (("Wójcik", "wojcik"), ("Nowak", "nowak"), ("Kowalska", "kowalska"), ("Lewandowski", "lewandowski")),
    "el": (("Παπαδοπούλου", "papadopoulou"), ("Αντωνίου", "antoniou"), ("Γεωργίου", "georgiou")),
    "es": (("Martínez Ruiz", "martinez"), ("Fernández", "fernandez"), ("García", "garcia"), ("López", "lopez")),
    "ja": (("佐藤", "sato"), ("田中", "tanaka"), ("鈴木", "suzuki"), ("高橋", "takahashi")),
}
# Every few users another language, German most often (the template's mix).
_LANGUAGE_CYCLE = ("de", "tr", "de", "pl", "el", "de", "es", "ja")
_NAME_TRIES = 20
_LEGAL_FORMS = {"ag", "gmbh", "kg", "se", "sa", "sl", "ltd", "limited", "inc", "llc", "plc", "bv", "nv", "sarl",
                "spa", "srl", "oy", "ab", "as", "co", "kk", "sp", "z", "o.o."}


# An invented street in each offered country's capital (or business city), so the payment page is
# complete from the start, as with the template: (street, postal code, city).
DEMO_ADDRESSES = {
    "AT": ("Kärntner Ring 5", "1010", "Wien"), "AU": ("200 George Street", "2000", "Sydney"),
    "BE": ("Rue de la Loi 42", "1040", "Bruxelles"), "CA": ("100 King Street West", "M5X 1A9", "Toronto"),
    "CH": ("Bahnhofstrasse 21", "8001", "Zürich"), "CZ": ("Václavské náměstí 19", "110 00", "Praha"),
    "DE": ("Friedrichstraße 68", "10117", "Berlin"), "DK": ("Amagertorv 9", "1160", "København"),
    "ES": ("Calle de Alcalá 48", "28014", "Madrid"), "FI": ("Mannerheimintie 12", "00100", "Helsinki"),
    "FR": ("Rue de Rivoli 75", "75001", "Paris"), "GB": ("10 Finsbury Square", "EC2A 1AF", "London"),
    "GR": ("Ermou 25", "105 63", "Athina"), "IE": ("1 Grand Canal Square", "D02 P820", "Dublin"),
    "IT": ("Via Dante 7", "20123", "Milano"), "JP": ("1-1 Marunouchi", "100-0005", "Tokyo"),
    "LU": ("Boulevard Royal 26", "L-2449", "Luxembourg"), "NL": ("Herengracht 182", "1016 BR", "Amsterdam"),
    "NO": ("Karl Johans gate 16", "0154", "Oslo"), "PL": ("ul. Marszałkowska 104", "00-017", "Warszawa"),
    "PT": ("Avenida da Liberdade 110", "1250-146", "Lisboa"), "SE": ("Drottninggatan 33", "111 51", "Stockholm"),
    "US": ("350 Fifth Avenue", "10118", "New York"),
    "BG": ("bul. Vitosha 15", "1000", "Sofia"), "CY": ("Makariou III Avenue 2", "1065", "Lefkosia"),
    "EE": ("Viru väljak 4", "10111", "Tallinn"), "HR": ("Ilica 1", "10000", "Zagreb"),
    "HU": ("Andrássy út 22", "1061", "Budapest"), "LT": ("Gedimino pr. 9", "LT-01103", "Vilnius"),
    "LV": ("Brīvības iela 33", "LV-1010", "Rīga"), "MT": ("Republic Street 10", "VLT 1117", "Valletta"),
    "RO": ("Calea Victoriei 25", "010063", "București"), "SI": ("Slovenska cesta 50", "1000", "Ljubljana"),
    "SK": ("Hlavné námestie 1", "811 01", "Bratislava"),
}


class ProspectProblem(StrEnum):
    USERS_COUNT = "users_count"  # the number of users is not 1 to USERS_MAX
    PLAN_FORMAT = "plan_format"  # not HUB:TIER
    PLAN_UNKNOWN = "plan_unknown"  # no such hub or tier in the catalog
    PLAN_NOT_SOLD = "plan_not_sold"  # the tier has no price in the currency
    LANGUAGE_UNKNOWN = "language_unknown"
    NO_ADMIN = "no_admin"  # the users have no admin to be "you"


class ProspectError(ValueError):
    """A prospect or users file that cannot be used; `line` is the CSV line (1 = the header), or None."""

    def __init__(self, message: str, line: int | None = None) -> None:
        super().__init__(f"line {line}: {message}" if line is not None else message)
        self.line = line


@dataclass(frozen=True)
class ProspectUser:
    name: str
    email: str
    role: Role = Role.USER


@dataclass(frozen=True)
class Prospect:
    company: str
    country: str  # ISO 3166 alpha-2
    currency: str
    language: str  # the demo's language: "de" or "en"
    users: tuple[ProspectUser, ...]  # "you" first: the first admin
    hub: str
    tier: str


def parse_plan(text: str) -> tuple[str, str] | None:
    """("sales", "starter") from "sales:starter"; None when it is not HUB:TIER."""
    hub, sep, tier = clean_text(text).lower().partition(":")
    return (hub, tier) if sep and hub and tier and ":" not in tier else None


def check_prospect(prospect: Prospect, catalog=None) -> dict[str, StrEnum]:
    """{field: problem}: the set-up form's fields (company_name, company_country, currency, user_name,
    user_email: of the first user) and language, users, plan. Empty when the demo can be prepared.
    `catalog`: the plan and currency must be sold in it (None: not checked)."""
    first = prospect.users[0] if prospect.users else ProspectUser("", "")
    currencies = catalog.currencies if catalog is not None else None
    problems = check_account_setup(prospect.company, prospect.country, prospect.currency, first.name, first.email,
                                   currencies)
    if prospect.language not in LANGUAGES:
        problems["language"] = ProspectProblem.LANGUAGE_UNKNOWN
    if not 1 <= len(prospect.users) <= USERS_MAX:
        problems["users"] = ProspectProblem.USERS_COUNT
    elif prospect.users[0].role is not Role.ADMIN:
        problems["users"] = ProspectProblem.NO_ADMIN
    if catalog is not None:
        plan = plan_problem(prospect.hub, prospect.tier, prospect.currency, catalog)
        if plan is not None:
            problems["plan"] = plan
    return problems


def plan_problem(hub: str, tier: str, currency: str, catalog) -> ProspectProblem | None:
    try:
        found = catalog.tier(hub, tier)
    except (KeyError, ValueError):
        return ProspectProblem.PLAN_UNKNOWN
    return None if currency in found.prices else ProspectProblem.PLAN_NOT_SOLD


def email_domain(company: str, country: str) -> str:
    """An invented address for the company: "alpenblick-treuhand.ch" for "Alpenblick Treuhand AG", CH."""
    ascii_name = unicodedata.normalize("NFKD", company).encode("ascii", "ignore").decode().lower()
    words = [w for w in re.findall(r"[a-z0-9]+", ascii_name) if w not in _LEGAL_FORMS]
    tld = "co.uk" if country.upper() == "GB" else (country.lower() or "example")
    return f"{'-'.join(words[:3]) or 'prospect'}.{tld}"


def generate_users(count: int, *, seed: str, domain: str) -> tuple[ProspectUser, ...]:
    """`count` users with names in several languages, the same for the same `seed`; the first two admins."""
    rng = random.Random(seed)
    users: list[ProspectUser] = []
    taken: set[str] = set()
    for index in range(count):
        language = _LANGUAGE_CYCLE[index % len(_LANGUAGE_CYCLE)]
        for _try in range(_NAME_TRIES):  # a name nobody has yet, while the pools allow
            (first, first_ascii), (last, last_ascii) = rng.choice(_FIRST[language]), rng.choice(_LAST[language])
            if f"{first_ascii}.{last_ascii}" not in taken:
                break
        name = f"{last} {first}" if language == "ja" else f"{first} {last}"
        local = f"{first_ascii}.{last_ascii}"
        number = 1
        while local in taken:
            number += 1
            local = f"{first_ascii}.{last_ascii}{number}"
        taken.add(local)
        users.append(ProspectUser(name, f"{local}@{domain}", Role.ADMIN if index < 2 else Role.USER))
    return tuple(users)


def read_users_csv(text: str) -> tuple[ProspectUser, ...]:
    """Users from CSV text with the header name,email,role (role admin or user, empty: user).

    The first admin becomes "you" and comes first. ProspectError names the line of the first bad row.
    """
    rows = csv.reader(io.StringIO(text.lstrip("\ufeff")))
    header = [clean_text(cell).lower() for cell in next(rows, [])]
    if header[: len(CSV_COLUMNS)] != list(CSV_COLUMNS):
        raise ProspectError(f"the header must be {','.join(CSV_COLUMNS)}", 1)
    users: list[ProspectUser] = []
    taken: list[str] = []
    for line, row in enumerate(rows, start=2):
        if not any(clean_text(cell) for cell in row):
            continue
        if len(row) < 2:
            raise ProspectError("a row needs a name and an e-mail address", line)
        name, email = clean_text(row[0]), clean_text(row[1])
        role_text = clean_text(row[2]).lower() if len(row) > 2 else ""
        if role_text not in ("", *Role):
            raise ProspectError(f"the role {role_text!r} is neither admin nor user", line)
        problems = check_new_user(name, email, taken)
        if problems:
            raise ProspectError(problem_text(problems), line)
        taken.append(email)
        users.append(ProspectUser(name, email, Role(role_text or Role.USER)))
    if not users:
        raise ProspectError("the file has no users")
    if len(users) > USERS_MAX:
        raise ProspectError(f"at most {USERS_MAX} users")
    you = next((u for u in users if u.role is Role.ADMIN), None)
    if you is None:
        raise ProspectError("no row has the role admin (the first admin is \"you\")")
    return (you, *(u for u in users if u is not you))


def read_users_file(path: str | Path) -> tuple[ProspectUser, ...]:
    return read_users_csv(_read_text(path))


def make_prospect(company: str, country: str, currency: str, language: str, plan: str, *, users: int | None = None,
                  user_list: tuple[ProspectUser, ...] | None = None) -> Prospect:
    """A Prospect from what a rep types; generated users when no `user_list` is given. ProspectError for a
    plan that is not HUB:TIER or a number of users out of range (check_prospect does the rest)."""
    company, country, currency = clean_text(company), clean_text(country).upper(), clean_text(currency).upper()
    parsed = parse_plan(plan)
    if parsed is None:
        raise ProspectError(f"the plan {plan!r} must be HUB:TIER, e.g. sales:starter")
    if user_list is None:
        if users is None or not 1 <= users <= USERS_MAX:
            raise ProspectError(f"the number of users must be 1 to {USERS_MAX}")
        user_list = generate_users(users, seed=company, domain=email_domain(company, country))
    return Prospect(company, country, currency, clean_text(language).lower(), tuple(user_list), *parsed)


def read_prospects_csv(text: str, catalog=None) -> tuple[Prospect, ...]:
    """One prospect a row: company,country,currency,language,users,plan (users: how many to generate).

    Each row is checked (with `catalog` when given); ProspectError names the first bad row's line.
    """
    reader = csv.reader(io.StringIO(text.lstrip("\ufeff")))
    header = [clean_text(cell).lower() for cell in next(reader, [])]
    if header[: len(PROSPECT_COLUMNS)] != list(PROSPECT_COLUMNS):
        raise ProspectError(f"the header must be {','.join(PROSPECT_COLUMNS)}", 1)
    prospects = []
    for line, row in enumerate(reader, start=2):
        if not any(clean_text(cell) for cell in row):
            continue
        if len(row) < len(PROSPECT_COLUMNS):
            raise ProspectError(f"a row needs {len(PROSPECT_COLUMNS)} columns", line)
        company, country, currency, language, users, plan = row[: len(PROSPECT_COLUMNS)]
        if not clean_text(users).isdigit():
            raise ProspectError(f"the number of users {users!r} is not a number", line)
        try:
            prospect = make_prospect(company, country, currency, language, plan, users=int(users))
        except ProspectError as error:
            raise ProspectError(str(error), line) from None
        problems = check_prospect(prospect, catalog)
        if problems:
            raise ProspectError(problem_text(problems), line)
        prospects.append(prospect)
    if not prospects:
        raise ProspectError("the file has no prospects")
    return tuple(prospects)


def read_prospects_file(path: str | Path, catalog=None) -> tuple[Prospect, ...]:
    return read_prospects_csv(_read_text(path), catalog)


def _read_text(path: str | Path) -> str:
    try:
        return Path(path).read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise ProspectError(f"{path} is not UTF-8 text") from None
    except OSError as error:
        raise ProspectError(f"{path} cannot be read ({error.strerror})") from None


# English sentences for the command line (the UI says its own, translated).
_FIELD_NAMES = {"company_name": "company name", "company_country": "country", "currency": "currency",
                "user_name": "name", "user_email": "e-mail address", "language": "language", "users": "users",
                "plan": "plan"}


def problem_text(problems: dict[str, StrEnum]) -> str:
    """One English line: "currency: currency_unknown; plan: plan_unknown"."""
    return "; ".join(f"{_FIELD_NAMES.get(field, field)}: {problem.value.replace('_', ' ')}"
                     for field, problem in problems.items())


