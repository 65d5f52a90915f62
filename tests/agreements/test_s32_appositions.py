"""Session 32: a side named in a comma-set apposition to the agreeing verb's subject ("The Prime
Minister, Tony Blair, signed the treaty"): the tree attaches the name there, so it is no name before
the verb outside the subject (``appositions``); a person named only as the possessor of the title
("Truman's secretary") is no side, a state or firm named in the subject keeps it."""

from __future__ import annotations

from tests.agreements.helpers import Spec, agreements_of, parse

SPEC: Spec = {
    "person:tony-blair": ("PERSON", "Tony Blair", ("Tony Blair",), {}),
    "person:truman": ("PERSON", "Truman", ("Truman",), {}),
    "person:dean-acheson": ("PERSON", "Dean Acheson", ("Dean Acheson",), {}),
    "person:gerhard-schroeder": ("PERSON", "Gerhard Schroeder", ("Gerhard Schroeder",), {}),
    "org:pfizer": ("ORG", "Pfizer", ("Pfizer",), {}),
    "org:merck": ("ORG", "Merck", ("Merck",), {}),
    "germany": ("GPE", "Germany", ("Germany",), {"iso3166": "DE"}),
    "france": ("GPE", "France", ("France",), {"iso3166": "FR"}),
}


def _parties(text: str) -> list[tuple[str, ...]]:
    return [tuple(a.parties) for a in agreements_of(parse(text, SPEC))]


def test_a_title_subject_takes_its_apposition(with_tree: None) -> None:
    """The subject "The Prime Minister" names no one: its apposition Tony Blair signed."""
    assert _parties("The Prime Minister, Tony Blair, signed the treaty.") == [("person:tony-blair",)]


def test_an_apposition_of_the_titles_of_noun(with_tree: None) -> None:
    """ "Truman's secretary of state, Dean Acheson": Acheson signed; Truman only owns the title."""
    assert _parties("Truman's secretary of state, Dean Acheson, signed the treaty.") == [
        ("person:dean-acheson",)
    ]


def test_a_firm_in_apposition_beside_a_partner(with_tree: None) -> None:
    """ "The world's biggest drugmaker, Pfizer, agreed a deal with Merck": both firms are sides."""
    assert sorted(_parties("The world's biggest drugmaker, Pfizer, agreed a deal with Merck.")[0]) == [
        "org:merck",
        "org:pfizer",
    ]


def test_a_state_in_the_subject_keeps_the_side(with_tree: None) -> None:
    """ "Germany's chancellor, Gerhard Schroeder": Germany stays the side, its official is not added."""
    found = _parties("Germany's chancellor, Gerhard Schroeder, signed a treaty with France.")
    assert found and "person:gerhard-schroeder" not in found[0] and "germany" in found[0]


def test_the_tree_keeps_what_the_token_rules_read(without_tree: None) -> None:
    """Without a syntax producer the token rules take the name before the verb; the tree, which read
    it outside the subject and dropped it, now keeps it (the first test)."""
    assert _parties("The Prime Minister, Tony Blair, signed the treaty.") == [("person:tony-blair",)]
