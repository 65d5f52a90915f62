"""Session 20 (issue 17): a bare "he" / "she" subject of an agreeing verb whose sentence names no one
before the verb stands for the person named last shortly before the sentence ("Mr Brown flew to
Tanzania. There he is expected to strike a debt relief pact"), read from the clause structure."""

from __future__ import annotations

import pytest

from newsparse import Agreement
from tests.agreements.helpers import agreements_of, parse

SPEC = {
    "brown": ("PERSON", "Gordon Brown", ("Gordon Brown", "Mr Brown"), {}),
    "mozambique": ("GPE", "Mozambique", ("Mozambique",), {"iso3166": "MZ"}),
    "acme": ("ORG", "Acme", ("Acme",), {}),
    "lula": ("PERSON", "Lula", ("Lula",), {}),
}


def deals(text: str) -> list[Agreement]:
    """The agreements of ``text`` with the hand-made entities above."""
    return agreements_of(parse(text, SPEC, published="2005-01-12"))


@pytest.mark.usefixtures("with_tree")
@pytest.mark.parametrize("pronoun", ["he", "she"])
def test_he_in_a_later_sentence_is_the_person_named_before(pronoun: str) -> None:
    text = (
        f"Gordon Brown flew to Africa on Tuesday. Later {pronoun} signed a debt relief pact with Mozambique."
    )
    assert [sorted(a.parties) for a in deals(text)] == [["brown", "mozambique"]]


@pytest.mark.usefixtures("with_tree")
def test_he_expected_to_strike_a_pact_is_a_proposed_party() -> None:
    text = "Mr Brown will visit Africa next week. There he is expected to strike a debt relief pact."
    found = deals(text)
    assert [sorted(a.parties) for a in found] == [["brown"]]
    assert [a.status for a in found] == ["proposed"]


@pytest.mark.usefixtures("with_tree")
def test_he_who_did_not_sign_is_no_party() -> None:
    text = "Gordon Brown flew to Africa on Tuesday. But he did not sign a debt relief pact with Mozambique."
    assert [sorted(a.parties) for a in deals(text)] == [["mozambique"]]


@pytest.mark.usefixtures("with_tree")
def test_no_person_before_gives_no_party() -> None:
    text = "Acme opened a plant on Tuesday. Later he signed a debt relief pact with Mozambique."
    assert [sorted(a.parties) for a in deals(text)] == [["mozambique"]]


@pytest.mark.usefixtures("with_tree")
def test_a_person_too_far_back_is_not_taken() -> None:
    filler = "Prices rose again in the capital. " * 20
    text = (
        f"Gordon Brown flew to Africa on Tuesday. {filler}Later he signed a debt relief pact with Mozambique."
    )
    assert [sorted(a.parties) for a in deals(text)] == [["mozambique"]]


@pytest.mark.usefixtures("with_tree")
def test_a_name_before_the_verb_in_its_own_sentence_wins() -> None:
    text = (
        "Gordon Brown flew to Africa on Tuesday. Lula said on Wednesday he had signed a pact with Mozambique."
    )
    assert [sorted(a.parties) for a in deals(text)] == [["lula", "mozambique"]]
