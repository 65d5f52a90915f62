"""Session 40: a side named "the Government of X" is the state X ("an agreement between the Government
of the Republic of Sierra Leone and the RUF"), read by ``governments_of``."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsparse_agreements.context import EntityIndex
from newsparse_agreements.governments_of import governments_of
from tests.agreements.helpers import Spec, agreements_of, make_entities, parse

SPEC: Spec = {
    "sierra-leone": ("GPE", "Sierra Leone", ("Republic of Sierra Leone",), {}),
    "ruf": ("ORG", "Revolutionary United Front", ("Revolutionary United Front",), {}),
    "org:government": ("ORG", "Government", ("Government", "Governments"), {}),
    "russia": ("GPE", "Russia", ("Russian Federation",), {}),
    "india": ("GPE", "India", ("Republic of India",), {}),
    "sudan": ("GPE", "Sudan", ("Sudan",), {}),
    "uganda": ("GPE", "Uganda", ("Uganda",), {}),
    "abiy": ("PERSON", "Abiy Ahmed", ("Abiy Ahmed",), {}),
    "olf": ("ORG", "Oromo Liberation Front", ("Oromo Liberation Front",), {}),
}


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        (
            "A peace agreement between the Government of the Republic of Sierra Leone and the "
            "Revolutionary United Front was signed.",
            ("sierra-leone", "ruf"),
        ),
        (
            "An agreement between the Government of the Russian Federation and the Government of the "
            "Republic of India was signed.",
            ("russia", "india"),
        ),
        (
            "A ceasefire agreement between the Governments of Sudan and Uganda was signed.",
            ("sudan", "uganda"),
        ),
        (
            "A truce between the government of Sudan and the Revolutionary United Front held.",
            ("sudan", "ruf"),
        ),
    ],
)
def test_the_state_of_a_government_is_the_side(text: str, sides: tuple[str, ...]) -> None:
    """The state after "the Government(s) of" is the side, never a bare "Government"."""
    (found,) = agreements_of(parse(text, SPEC))
    assert found.parties == sides


def test_a_government_named_by_its_leader_is_left_to_the_other_readers() -> None:
    """Only a state after "of" counts: "the government of Abiy Ahmed" gives no chain here."""
    text = "A deal between the government of Abiy Ahmed and the Oromo Liberation Front was signed."
    index = EntityIndex.build(text, make_entities(text, SPEC))
    assert governments_of(text, index, text.index("the government"), len(text)) is None


@given(st.text(alphabet="GovernmtsfhRpulicSdaUgn ,.", max_size=80), st.integers(0, 80))
def test_the_chain_lies_inside_its_reach(text: str, pos: int) -> None:
    """On any text the sides found are entity mentions after ``pos`` and before the limit."""
    index = EntityIndex.build(text, make_entities(text, SPEC))
    found = governments_of(text, index, min(pos, len(text)), len(text))
    assert found is None or all(pos <= hit.start < hit.end <= len(text) for hit in found)
