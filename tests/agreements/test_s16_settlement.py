"""Session 16 (issue 17): a "political settlement" is a peace settlement the guidelines count."""

from __future__ import annotations

import pytest

from newsparse import Agreement
from newsparse_agreements.triggers import find_triggers
from tests.agreements.helpers import agreements_of, parse

SPEC = {
    "russia": ("GPE", "Russia", ("Russia",), {"iso3166": "RU"}),
    "chechnya": ("GPE", "Chechnya", ("Chechnya",), {}),
}
ENDINGS = ("\n", "\r\n", "\r")


def deals(text: str) -> list[Agreement]:
    """The agreements of ``text`` with the hand-made entities above."""
    return agreements_of(parse(text, SPEC, published="1996-08-22"))


@pytest.mark.parametrize("newline", ENDINGS)
def test_a_political_settlement_is_a_peace_agreement(newline: str) -> None:
    text = (
        f"MOSCOW 1996-08-22{newline}{newline}Both sides should keep talking to reach a political"
        f"{newline}settlement in Chechnya."
    )
    found = deals(text)
    assert [(a.kind, " ".join(a.text.split())) for a in found] == [
        ("peace_agreement", "political settlement")
    ]


def test_other_settlements_stay_out() -> None:
    assert find_triggers("The firm paid a final settlement to the former employee.") == []
    assert find_triggers("Settlement of the trades is due on Friday.") == []
