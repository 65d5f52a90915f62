"""Session 18: a region written as an adjective before a noun ("its East European allies") names
unnamed sides, not the region: it is no party; a region named as a noun still is."""

from __future__ import annotations

import newsparse

ALLIES = (
    "He said Sudan had reached agreement with the Soviet Union and its East European allies "
    "to service half of its debts to them in commodities."
)


def test_a_region_written_as_an_adjective_is_no_party() -> None:
    (deal,) = newsparse.parse(ALLIES).agreements
    assert deal.parties == ("sudan", "soviet-union")


def test_a_region_named_as_a_noun_stays_a_party() -> None:
    (deal,) = newsparse.parse("Turkey signed a trade deal with Europe on Monday.").agreements
    assert "geonames:6255148" in deal.parties
