"""Session 42: who "has" or "makes" a deal is a side of it ("Germany made a deal with France"), read by
``light_verbs`` through the structure's agreeing clause."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsparse_agreements.light_verbs import light_cue
from tests.agreements.helpers import Spec, agreements_of, parse

SPEC: Spec = {
    "germany": ("GPE", "Germany", ("Germany",), {}),
    "france": ("GPE", "France", ("France",), {}),
    "org:acme": ("ORG", "Acme", ("Acme",), {}),
    "org:zenith": ("ORG", "Zenith", ("Zenith",), {}),
}


@pytest.mark.usefixtures("with_tree")
@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("Germany made a deal with France on Monday.", "germany"),
        ("Acme has a supply contract with Zenith.", "org:acme"),
        ("Acme had an exclusive deal with Zenith until 2004.", "org:acme"),
    ],
)
def test_the_subject_of_have_or_make_is_a_side(text: str, side: str) -> None:
    """The subject of "has" / "made" whose object is the deal is read beside the "with" side."""
    (found,) = agreements_of(parse(text, SPEC))
    assert side in found.parties


@pytest.mark.usefixtures("with_tree")
@pytest.mark.parametrize(
    "text",
    [
        "The deal with France has been signed, Germany said.",
        "Germany had no part in the deal with France.",
    ],
)
def test_no_side_when_the_deal_is_not_the_object(text: str) -> None:
    """An auxiliary "has", or a deal that is not the verb's object, makes no side of the subject."""
    found = agreements_of(parse(text, SPEC))
    assert all("germany" not in record.parties for record in found)


@given(st.text(alphabet="hasdmkeiv adlt", max_size=60))
def test_the_cue_is_a_light_verb_before_a_few_words(before: str) -> None:
    """The cheap test holds only when a form of "have" / "make" stands within the last five words."""
    words = before.lower().split()
    light = {"have", "has", "had", "having", "make", "makes", "made", "making"}
    if light_cue(before):
        assert light & set(words[-5:])
