"""Session 18, round 2: a generic deal takes its kind from its purpose or the noun before its head
("a deal to build a network" is a contract, "an agreement to stop dumping microchips" a trade pact)."""

from __future__ import annotations

import pytest

import newsparse
from newsparse_agreements.purpose import purpose_kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Turkcell signed a deal to build a mobile network in Iran.", "contract"),
        ("Boeing announced a deal with India's HCL Technologies to develop a platform.", "contract"),
        ("Schroeder signed a deal worth 1bn euros ($1.3bn; £690m) for Airbus to sell 23 planes.", "contract"),
        ("England struck an exclusive television deal with Sky.", "contract"),
        ("Japan failed to honour a 1986 agreement to stop dumping computer microchips.", "trade_agreement"),
        ("Officials reviewed the 1986 semiconductor pact.", "trade_agreement"),
        (
            "Hewlett-Packard acquired the shares under a 1988 stock purchase agreement with Octel.",
            "acquisition",
        ),
    ],
)
def test_purpose_or_modifier_names_the_kind(text: str, kind: str) -> None:
    """The kind comes from the clause around the generic head."""
    assert kind in {a.kind for a in newsparse.parse(text).agreements}


@pytest.mark.parametrize(
    "text",
    [
        "The two countries will continue a joint venture agreement to produce orimulsion.",
        "Russia and South Ossetia work on an agreement to install Russian military bases.",
        "The two sides reached a deal to end the strike.",
    ],
)
def test_other_purposes_leave_the_kind(text: str) -> None:
    """A joint venture, a base or a strike's end names no contract or trade pact."""
    start = text.index("agreement") if "agreement" in text else text.index("deal")
    end = start + len("agreement" if "agreement" in text else "deal")
    assert purpose_kind(text, start, end, len(text)) is None


@pytest.mark.parametrize(
    "text",
    [
        "He warned that the U.S./Japan agreement governing trade in semiconductors was in jeopardy.",
        "Nepal and India signed the South Asian Free Trade Area Agreement.",
    ],
)
def test_an_agreement_on_trade_is_a_trade_pact(text: str) -> None:
    """What the deal governs, or the trade in its name, makes it a trade pact."""
    assert [a.kind for a in newsparse.parse(text).agreements] == ["trade_agreement"]


def test_a_trade_union_deal_is_no_trade_pact() -> None:
    """A trade union's deal is a wage deal, not a pact on trade."""
    text = "the trade union agreement"
    assert purpose_kind(text, 4, len(text), len(text)) is None
