"""The German translation keeps to i18n/GLOSSARY.md: one term per concept, and its typography.

The glossary's table gives, per concept, the German term and the variants to avoid ("avoid" column,
separated by ", "). No German translation in wizard_de.ts may contain an avoided variant at the start of
a word, once the concept's own terms are taken out ("Assistent" is wrong, "Upgrade-Assistent" right).
The check is a plain function, so a test can show it failing on a copy with a planted wrong term.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import pytest

from i18n_helpers import I18N, Message, read_ts

GLOSSARY = I18N / "GLOSSARY.md"
NBSP = "\xa0"


@dataclass(frozen=True)
class Concept:
    english: str
    terms: tuple[str, ...]  # the German term(s): "Heute belastet / Belasteter Betrag" is two
    avoid: tuple[str, ...]


def read_glossary(path: Path = GLOSSARY) -> list[Concept]:
    """The rows of the glossary's table (English | German | avoid | note)."""
    lines = [line.strip() for line in path.read_text(encoding="utf-8").splitlines()]
    table = [line for line in lines if line.startswith("|")]
    header = [cell.strip().lower() for cell in table[0].strip("|").split("|")]
    assert header[:3] == ["english", "german", "avoid"], f"unexpected glossary header {header}"
    concepts = []
    for line in table[2:]:  # after the header and its --- row
        cells = [cell.strip() for cell in line.strip("|").split("|")]
        english, german, avoid = cells[:3]
        terms = tuple(t.strip() for t in re.split(r" / |, ", german) if t.strip())
        concepts.append(Concept(english, terms, tuple(v.strip() for v in avoid.split(",") if v.strip())))
    return concepts


def _starts_a_word(variant: str) -> re.Pattern:
    return re.compile(r"(?<!\w)" + re.escape(variant), re.IGNORECASE)


def term_violations(messages: list[Message], concepts: list[Concept]) -> list[str]:
    """"[context] 'source': 'wrong' (concept: use 'term')" for every avoided variant in a translation."""
    problems = []
    for concept in concepts:
        if not concept.avoid:
            continue
        own = re.compile(
            r"(?<!\w)(" + "|".join(re.escape(t) for t in sorted(concept.terms, key=len, reverse=True)) + ")",
            re.IGNORECASE,
        )
        patterns = [(variant, _starts_a_word(variant)) for variant in concept.avoid]
        for m in messages:
            for form in m.forms:
                rest = own.sub(" ", form)
                for variant, pattern in patterns:
                    if pattern.search(rest):
                        problems.append(
                            f"{m.where()}: {variant!r} in {form!r} ({concept.english}: use {concept.terms[0]!r})"
                        )
    return problems


def typography_violations(messages: list[Message]) -> list[str]:
    """No-break spaces in "10 %" and "z. B.", and e-mail examples at example.com only."""
    problems = []
    for m in messages:
        for form in m.forms:
            if re.search(r"(\d|%\d) %(?![\dn])", form):  # "10 %", "%1 %"; not "%1 %2"
                problems.append(f"{m.where()}: a plain space before % in {form!r} (use a no-break space)")
            if re.search(r"\bz\. B\.", form):
                problems.append(f"{m.where()}: 'z. B.' with a plain space in {form!r} (use a no-break space)")
        for text in (m.source, *m.forms):
            for domain in re.findall(r"\w@([\w.-]+\w)", text):
                if domain != "example.com":
                    problems.append(f"{m.where()}: the e-mail example names {domain!r}, use example.com")
    return problems


def _listing(problems: list[str]) -> str:
    return "\n  " + "\n  ".join(problems)


@pytest.fixture(scope="module")
def german() -> list[Message]:
    return read_ts(I18N / "wizard_de.ts")


def test_glossary_names_the_concepts_the_issue_asks_for():
    concepts = {c.english.split(" (")[0].lower(): c for c in read_glossary()}
    for name in ("billing period", "billed annually", "subscription", "card details", "card brand",
                 "security code", "upgrade wizard"):
        assert name in concepts, f"GLOSSARY.md has no row for {name!r}"
        assert concepts[name].avoid, f"GLOSSARY.md lists no variant to avoid for {name!r}"


def test_german_uses_one_term_per_concept(german):
    problems = term_violations(german, read_glossary())
    assert not problems, _listing(problems)


def test_german_typography(german):
    problems = typography_violations(german)
    assert not problems, _listing(problems)


def test_the_check_finds_a_planted_inconsistent_term(tmp_path):
    """A copy of wizard_de.ts with "Abo" for "Abonnement" in one message, and "Kreditkartendaten" in another."""
    text = (I18N / "wizard_de.ts").read_text(encoding="utf-8")
    assert ">Abonnements<" in text and "Ihre Kartendaten" in text
    planted = text.replace(">Abonnements<", ">Abos<", 1).replace("Ihre Kartendaten", "Ihre Kreditkartendaten", 1)
    copy = tmp_path / "wizard_de.ts"
    copy.write_text(planted, encoding="utf-8")
    problems = term_violations(read_ts(copy), read_glossary())
    assert len(problems) == 2, _listing(problems)
    assert "'Abo' in 'Abos'" in problems[0] and "use 'Abonnement'" in problems[0]
    assert "'Kreditkartendaten'" in problems[1] and "use 'Kartendaten'" in problems[1]


def test_the_check_keeps_the_right_term_and_finds_typography(tmp_path):
    messages = [
        Message("C", "The wizard", "", False, "", ("Der Upgrade-Assistent",)),
        Message("C", "Save 10%", "", False, "", ("10 % sparen",)),
        Message("C", "e.g. 1", "", False, "", ("z. B. 1",)),
        Message("C", "name@company.com", "", False, "", ("name@firma.de",)),
    ]
    assert term_violations(messages[:1], read_glossary()) == []
    problems = typography_violations(messages)
    assert len(problems) == 4, _listing(problems)  # the e-mail one twice: source and translation
