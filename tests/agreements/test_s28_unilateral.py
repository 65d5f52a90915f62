"""Session 28: one possessor's declaration of something is its own act, no agreement (``unilateral``)."""

from __future__ import annotations

import pytest

from newsparse_agreements.triggers import find_triggers
from newsparse_agreements.unilateral import unilateral
from tests.agreements.helpers import Spec, agreements_of, parse

SPEC: Spec = {
    "stc": ("ORG", "Southern Transitional Council", ("STC",), {}),
    "kosovo": ("GPE", "Kosovo", ("Kosovo",), {}),
    "israel": ("GPE", "Israel", ("Israel",), {}),
    "plo": ("ORG", "PLO", ("PLO",), {}),
    "airbus": ("ORG", "Airbus", ("Airbus",), {}),
    "lufthansa": ("ORG", "Lufthansa", ("Lufthansa",), {}),
}


@pytest.mark.parametrize(
    "text",
    [
        "People marched in support of the STC's declaration of self-administration in the south.",
        "Kosovo's declaration of independence angered its neighbours.",
    ],
)
def test_a_possessors_declaration_of_something_is_no_agreement(text: str) -> None:
    """ "the STC's declaration of self-administration": one side's act, not an agreement."""
    assert agreements_of(parse(text, SPEC)) == []


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("Israel and the PLO signed the Declaration of Principles.", {"israel", "plo"}),
        ("Airbus and Lufthansa signed a declaration of intent.", {"airbus", "lufthansa"}),
    ],
)
def test_a_declaration_two_sides_sign_stays(text: str, sides: set[str]) -> None:
    """A declaration with no single possessor, or of a capitalised name, is still an agreement."""
    found = agreements_of(parse(text, SPEC))
    assert len(found) == 1 and set(found[0].parties) == sides


def test_only_a_bare_declaration_with_one_owner_and_an_object() -> None:
    """ "its joint declaration", "the STC's declaration." and "declarations of" are left alone."""
    for text, expected in [
        ("the STC's declaration of self-rule", True),
        ("its declaration of a state of emergency", True),
        ("the STC's declaration.", False),
        ("the declaration of self-rule", False),
        ("the STC's Declaration of Principles", False),
    ]:
        trig = next(t for t in find_triggers(text) if "eclaration" in t.text)
        assert unilateral(text, trig) is expected, text
