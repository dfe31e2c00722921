"""The checks of the first-run set-up (company, country, currency, first admin): plain Python, no Qt.

The company's name and country follow the company form's rules (core/company.py),
the first admin those of a new user (core/account.py check_new_user), so the UI
says the same sentences as there. The ledger refuses the same inputs.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from enum import StrEnum

from wizard.core.account import check_new_user, clean_text
from wizard.core.company import COUNTRIES, CompanyProblem, company_text_problem


class CurrencyProblem(StrEnum):
    REQUIRED = "required"
    UNKNOWN = "currency_unknown"  # not a currency the catalog sells in


# The set-up form's field names, as the problems name them (the company and user forms' names).
SETUP_FIELDS = ("company_name", "company_country", "currency", "user_name", "user_email")


def check_account_setup(
    company_name: str,
    country: str,
    currency: str,
    admin_name: str,
    admin_email: str,
    currencies: Iterable[str] | None = None,
) -> dict[str, StrEnum]:
    """{field: problem} for SETUP_FIELDS; empty when the account can be created.

    Problems: company_name and company_country a CompanyProblem, currency a
    CurrencyProblem, user_name and user_email a UserProblem. `currencies`: those
    the catalog sells in; None accepts any three-letter code (the ledger does not
    know the catalog).
    """
    problems: dict[str, StrEnum] = {}
    name = company_text_problem(company_name)
    if name is not None:
        problems["company_name"] = name
    code = clean_text(country).upper()
    if not code:
        problems["company_country"] = CompanyProblem.REQUIRED
    elif code not in COUNTRIES:
        problems["company_country"] = CompanyProblem.COUNTRY_UNKNOWN
    money = clean_text(currency).upper()
    if not money:
        problems["currency"] = CurrencyProblem.REQUIRED
    elif not re.fullmatch(r"[A-Z]{3}", money) or (currencies is not None and money not in set(currencies)):
        problems["currency"] = CurrencyProblem.UNKNOWN
    problems.update(check_new_user(admin_name, admin_email))
    return problems
