"""Session 16 round 3 (issue 17): "he" / "she" subject of an agreeing verb in reported speech is the
person who reports it ("Lebed said on Wednesday he had clinched a truce"), read from the clause
structure: the agreeing verb heads the complement clause of the reporting verb."""

from __future__ import annotations

import pytest

from newsparse import Agreement
from tests.agreements.helpers import agreements_of, parse

SPEC = {
    "lebed": ("PERSON", "Alexander Lebed", ("Alexander Lebed", "Lebed"), {}),
    "chechnya": ("GPE", "Chechnya", ("Chechen", "Chechnya"), {}),
    "russia": ("GPE", "Russia", ("Russia",), {"iso3166": "RU"}),
}
ENDINGS = ("\n", "\r\n", "\r")


def deals(text: str) -> list[Agreement]:
    """The agreements of ``text`` with the hand-made entities above."""
    return agreements_of(parse(text, SPEC, published="1996-08-22"))


def story(newline: str, sentence: str) -> str:
    """A dated wire story: a dateline paragraph, then ``sentence``."""
    return f"MOSCOW 1996-08-22{newline}{newline}{sentence}"


@pytest.mark.usefixtures("with_tree")
@pytest.mark.parametrize("newline", ENDINGS)
def test_he_after_said_is_the_reporter(newline: str) -> None:
    text = story(newline, "Lebed said on Wednesday he had clinched a truce with Chechen separatists.")
    assert [sorted(a.parties) for a in deals(text)] == [["chechnya", "lebed"]]


@pytest.mark.usefixtures("with_tree")
@pytest.mark.parametrize("newline", ENDINGS)
def test_she_after_said_that_is_the_reporter(newline: str) -> None:
    text = story(newline, f"Alexander Lebed said that she had signed a{newline}truce with Chechnya.")
    assert [sorted(a.parties) for a in deals(text)] == [["chechnya", "lebed"]]


@pytest.mark.usefixtures("with_tree")
def test_he_after_another_verb_is_not_resolved() -> None:
    text = story("\n", "Lebed arrived on Wednesday after he had clinched a truce with Chechen separatists.")
    assert [sorted(a.parties) for a in deals(text)] == [["chechnya"]]


@pytest.mark.usefixtures("with_tree")
def test_a_country_reporter_is_no_he() -> None:
    text = story("\n", "Russia said on Wednesday he had clinched a truce with Chechen separatists.")
    assert [sorted(a.parties) for a in deals(text)] == [["chechnya"]]


FIRMS = {
    "promodes": ("ORG", "Promodes", ("Promodes",), {}),
    "aldi": ("ORG", "Aldi", ("Aldi",), {}),
    "germany": ("GPE", "Germany", ("Germany",), {"iso3166": "DE"}),
}


@pytest.mark.parametrize("newline", ENDINGS)
def test_a_country_possessive_names_the_buyer_not_itself(newline: str) -> None:
    text = (
        f"PARIS 1996-08-22{newline}{newline}In June, Promodes signed an outline agreement to sell its"
        f"{newline}Specia unit to Germany's Aldi."
    )
    found = agreements_of(parse(text, FIRMS, published="1996-08-22"))
    assert [sorted(a.parties) for a in found] == [["aldi", "promodes"]]
    assert [a.acquirer for a in found] == [("aldi",)]


def test_a_country_buyer_stays_the_buyer() -> None:
    text = "PARIS 1996-08-22\n\nPromodes signed an agreement to sell its unit to Germany last week."
    found = agreements_of(parse(text, FIRMS, published="1996-08-22"))
    assert [sorted(a.parties) for a in found] == [["germany", "promodes"]]


@pytest.mark.usefixtures("with_tree")
def test_we_after_said_is_not_resolved() -> None:
    text = story("\n", "Lebed said on Wednesday we had clinched a truce with Chechen separatists.")
    assert [sorted(a.parties) for a in deals(text)] == [["chechnya"]]
