"""Session 13, round 2: a stock code between a possessor and the deal's head ("(Guinness Plc's)
<GUIN.L> takeover") is neither the deal's name nor a break between the owner and its deal."""

from __future__ import annotations

from tests.agreements.helpers import agreements_of, parse

SPEC = {
    "guinness": ("ORG", "Guinness Plc", ("Guinness Plc",), {}),
    "distillers": ("ORG", "Distillers Co Plc", ("Distillers Co Plc",), {}),
}


def test_the_possessor_before_a_ticker_owns_the_takeover() -> None:
    text = "Sources said the inquiry into (Guinness Plc's) <GUIN.L> takeover of <Distillers Co Plc> began."
    (rec,) = agreements_of(parse(text, SPEC))
    assert (rec.kind, rec.text, rec.parties) == ("acquisition", "takeover", ("guinness",))
    assert rec.acquirer == ("guinness",)


def test_a_ticker_alone_names_no_deal() -> None:
    (rec,) = agreements_of(parse("Shares of <GUIN.L> takeover target rose after the takeover of Acme.", SPEC))
    assert "<" not in rec.text and ">" not in rec.text
