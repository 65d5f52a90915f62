"""Session 18: a town written as the modifier of talks ("the Doha talks on a ceasefire") is where they
are held, the venue, and not a side of what they negotiate."""

from __future__ import annotations

import newsparse


def test_a_town_before_talks_is_their_venue_not_a_side() -> None:
    text = "The Doha talks on a ceasefire between Israel and Hamas resumed on Monday."
    (truce,) = newsparse.parse(text).agreements
    assert truce.parties == ("israel", "hamas")
    assert truce.venue == "geonames:290030"


def test_countries_before_talks_stay_sides() -> None:
    (truce,) = newsparse.parse("Russia and Ukraine talks on a ceasefire resumed in Geneva.").agreements
    assert truce.parties == ("russia", "ukraine")
