"""Session 18: the firm right after "bid / offer for" is the target of a takeover offer (not a side);
a takeover bid is never a player's transfer; a club before a player's position is not bought."""

from __future__ import annotations

import newsparse
from newsparse import Agreement


def deals(text: str) -> list[Agreement]:
    """The agreements of ``text`` read by the whole pipeline."""
    return list(newsparse.parse(text).agreements)


def test_the_firm_a_takeover_bid_is_for_is_its_target() -> None:
    (bid,) = deals("Reckitt Benckiser was at the centre of a takeover bid for SSL International last year.")
    assert bid.kind == "acquisition"
    assert bid.target == ("org:ssl-international",)
    assert "org:ssl-international" not in bid.parties


def test_a_possessed_bid_for_a_firm_has_acquirer_and_target() -> None:
    (bid,) = deals("Investors opposed Deutsche Boerse's bid for the London Stock Exchange.")
    assert bid.acquirer == ("org:deutsche-boerse",)
    assert bid.target == ("org:london-stock-exchange",)


def test_a_takeover_bid_is_no_transfer() -> None:
    (bid,) = deals("Vodafone launched a takeover bid for Mannesmann AG on Monday.")
    assert bid.kind == "acquisition"
    assert bid.target == ("org:mannesmann-ag",)


def test_a_club_before_a_players_position_is_not_the_target() -> None:
    (bid,) = deals("Liverpool made a bid for Inter Milan striker Adriano.")
    assert bid.target == ()


def test_a_takeover_bid_for_a_name_read_as_a_person_is_still_an_acquisition() -> None:
    (bid,) = deals("Vodafone launched a takeover bid for Mannesmann on Monday.")
    assert bid.kind == "acquisition"
    assert bid.player == ()
