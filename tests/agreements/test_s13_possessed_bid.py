"""Session 13: "its bid", "the group's acquisition proposal" is the bid of the firm "its" stands for
(the one firm earlier in the sentence, or the story's firm), a side of the deal and its acquirer."""

from __future__ import annotations

from newsparse import Agreement
from tests.agreements.helpers import agreements_of, parse

SPEC = {
    "acme": ("ORG", "Acme", ("Acme",), {}),
    "globex": ("ORG", "Globex", ("Globex",), {}),
    "initech": ("ORG", "Initech", ("Initech",), {}),
}


def deals(text: str) -> list[Agreement]:
    """The agreements of ``text`` with the hand-made entities above."""
    return agreements_of(parse(text, SPEC))


def test_its_bid_is_the_story_firms_bid() -> None:
    (rec,) = deals(
        "Acme has raised its dividend by 27%.\n\nAnalysts said the move is aimed at winning over "
        "investors opposed to its bid for Globex."
    )
    assert rec.kind == "acquisition" and rec.parties == ("acme",) and rec.acquirer == ("acme",)


def test_the_one_firm_earlier_in_the_sentence_bids() -> None:
    (rec,) = deals("Acme said regulators were still considering its bid for a stake in Globex.")
    assert rec.parties == ("acme",) and rec.acquirer == ("acme",)


def test_two_firms_before_leave_the_bidder_unnamed() -> None:
    (rec,) = deals("Acme and Initech said shareholders were still considering its bid for a stake in Globex.")
    assert rec.parties == () and rec.acquirer == ()


def test_a_bid_without_a_possessive_is_not_given_a_bidder() -> None:
    (rec,) = deals("Acme raised its dividend. Investors are opposed to a bid for Globex.")
    assert rec.parties == () and rec.acquirer == ()
