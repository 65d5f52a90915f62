"""Session 25: a deal noun whose possessor is "its", "their", "his" or "her" is owned by the subject
of its clause, a side of the deal (``owners.owner_parties``, read from the dependency tree)."""

from __future__ import annotations

import pytest

from newsparse import Agreement
from tests.agreements.helpers import agreements_of, parse

SPEC = {
    "clinton": ("PERSON", "Hillary Clinton", ("Clinton",), {}),
    "dnc": ("ORG", "DNC", ("DNC",), {}),
    "vodafone": ("ORG", "Vodafone", ("Vodafone",), {}),
    "verizon": ("ORG", "Verizon", ("Verizon",), {}),
    "pfizer": ("ORG", "Pfizer", ("Pfizer",), {}),
    "allergan": ("ORG", "Allergan", ("Allergan",), {}),
    "cairn": ("ORG", "Cairn Energy", ("Cairn Energy",), {}),
    "lebed": ("PERSON", "Alexander Lebed", ("Alexander Lebed",), {}),
    "yeltsin": ("PERSON", "Boris Yeltsin", ("Boris Yeltsin",), {}),
    "smith": ("PERSON", "John Smith", ("John Smith",), {}),
}


def parties_of(text: str) -> set[str]:
    """The parties of the one agreement of ``text``."""
    found: list[Agreement] = agreements_of(parse(text, SPEC))
    assert len(found) == 1, found
    return set(found[0].parties)


@pytest.mark.usefixtures("with_tree")
@pytest.mark.parametrize(
    ("text", "sides"),
    [
        (
            "The Clinton campaign is violating federal election law through its joint fundraising "
            "agreement with the DNC.",
            {"clinton", "dnc"},
        ),
        ("Vodafone said its deal with Verizon would close in May.", {"vodafone", "verizon"}),
        (
            "Pfizer and Allergan carefully crafted their deal to sidestep federal efforts.",
            {"pfizer", "allergan"},
        ),
        (
            "Alexander Lebed may discuss his peace proposals with Boris Yeltsin on Tuesday.",
            {"lebed", "yeltsin"},
        ),
    ],
)
def test_the_possessive_pronoun_names_the_clause_subject(text: str, sides: set[str]) -> None:
    """ "its" / "their" / "his" stand for the subject of the clause the deal sits in (or of the
    reporting verb, when the deal is its complement's subject)."""
    assert parties_of(text) == sides


@pytest.mark.usefixtures("with_tree")
def test_its_with_the_company_for_subject_is_the_firm_named_before() -> None:
    """ "the company ... its contract": the one firm the sentence named before the subject."""
    text = "Cairn Energy said the company was liable to pay taxes under its production-sharing contract."
    assert "cairn" in parties_of(text)


@pytest.mark.usefixtures("with_tree")
@pytest.mark.parametrize(
    "text",
    [
        "Analysts said its deal with Verizon would close in May.",  # a subject that names no one
        "John Smith said its deal with Verizon would close in May.",  # "its" is no person
    ],
)
def test_a_subject_the_pronoun_does_not_fit_gives_nothing(text: str) -> None:
    """No name at the subject, or one the pronoun cannot stand for: the deal keeps its own sides."""
    assert parties_of(text) == {"verizon"}


@pytest.mark.usefixtures("without_tree")
def test_without_a_tree_the_owner_is_not_read() -> None:
    """The token rules alone miss the owner: the tree is what reads it."""
    assert parties_of("Vodafone said its deal with Verizon would close in May.") == {"verizon"}
