"""Session 42 (issue 14): a firm's name holding a possessive ("Hudson's Bay Co.", "Moody 's Investors
Service" in wire spacing) is one organisation; a place or a person before the "'s" stays apart.
Passages written for the test."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from tests.entities.helpers import parse


def _names(text: str) -> list[tuple[str, str]]:
    doc = parse(text)
    return sorted((text[m.start : m.end], e.type) for e in doc.entities for m in e.mentions)


def test_a_possessive_firm_name_is_one_organisation() -> None:
    text = "Shares of Hudson's Bay Co. fell on Monday after the retailer cut its forecast."
    assert ("Hudson's Bay Co.", "ORG") in _names(text)


def test_the_wire_spacing_of_the_possessive_joins_too() -> None:
    text = "NEW YORK 1996-08-28\n\nMoody 's Investors Service said on Wednesday it upgraded the bonds ."
    assert ("Moody 's Investors Service", "ORG") in _names(text)


def test_a_country_before_the_possessive_stays_apart() -> None:
    names = _names("Britain's Foreign Office said on Monday the talks would go on.")
    assert ("Foreign Office", "ORG") in names
    assert not any("'s" in name for name, _ in names)


def test_a_person_named_in_full_before_stays_apart() -> None:
    names = _names("Rupert Murdoch owns the papers. Murdoch's News Corp said on Monday it would buy more.")
    assert not any("'s" in name for name, _ in names)


@given(st.sampled_from(["Hudson", "Moody", "Lloyd", "Newell"]), st.sampled_from(["Co.", "Group", "Bank"]))
def test_a_joined_name_spans_its_own_words(owner: str, head: str) -> None:
    text = f"Analysts said {owner}'s Bay {head} would report on Monday."
    for name, _ in _names(text):
        assert text.count(name) >= 1 and not name.endswith("'s")
