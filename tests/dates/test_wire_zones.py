"""Wire clock times with a named zone ("1000 EDT (1400 GMT)") are one UTC instant; rates are sets."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsparse_dates
from newsparse.testing import pipeline_for

PIPE = pipeline_for(newsparse_dates)


def test_two_zones_give_one_instant() -> None:
    """The local and the GMT clock of one event have the same value."""
    doc = PIPE.parse("Volcker testifies at 1000 EDT (1400 GMT) this morning.", published="1987-04-07")
    assert [(d.text, d.value) for d in doc.dates][:2] == [
        ("1000 EDT", "1987-04-07T14:00Z"),
        ("1400 GMT", "1987-04-07T14:00Z"),
    ]


def test_without_a_publication_date_the_hour_is_still_utc() -> None:
    """The day is unknown, the UTC hour is not."""
    (d,) = PIPE.parse("The convoy left at 0230 EDT.").dates
    assert (d.text, d.value) == ("0230 EDT", "XXXX-XX-XXT06:30Z")


@given(st.integers(0, 23), st.integers(0, 59), st.sampled_from(["EDT", "EST", "CDT", "PST", "GMT", "BST"]))
def test_any_wire_clock(hour: int, minute: int, zone: str) -> None:
    """Every "HHMM ZONE" is one TIME ending in Z on the publication day or the one after or before."""
    (d,) = PIPE.parse(f"It began at {hour:02d}{minute:02d} {zone}.", published="1987-04-07").dates
    assert d.type == "TIME"
    assert d.value[:10] in ("1987-04-06", "1987-04-07", "1987-04-08")
    assert d.value.endswith(f"{minute:02d}Z")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Output is 200,000 barrels a day.", [("a day", "SET", "P1D")]),
        ("Output is 200,000 barrels per day.", [("per day", "SET", "P1D")]),
        ("Adults must be paid at least 5.05 dlrs an hour.", [("an hour", "SET", "PT1H")]),
        ("GDP will grow 6 pct per year.", [("per year", "SET", "P1Y")]),
        ("Output returns to 4,000 tonnes within a week.", [("a week", "DURATION", "P1W")]),
        ("It costs 4.50 dlrs for an hour's session.", [("an hour", "DURATION", "PT1H")]),
        ("The per day rate is high.", []),
        ("It pumps a million barrels of oil a day.", [("a day", "SET", "P1D")]),
        ("Workers were underpaid by 75p an hour.", [("an hour", "SET", "PT1H")]),
    ],
)
def test_the_unit_of_a_rate_is_a_set(sentence: str, expected: list[tuple[str, str, str]]) -> None:
    """ "barrels per day", "dlrs an hour": the rate's time unit is a SET, as the guidelines write it."""
    assert [(d.text, d.type, d.value) for d in PIPE.parse(sentence, published="1987-03-12").dates] == expected


@given(
    st.integers(1, 99999), st.sampled_from(["a", "per"]), st.sampled_from(["day", "week", "month", "year"])
)
def test_any_rate(amount: int, word: str, unit: str) -> None:
    """Every "N barrels a/per UNIT" gives one SET of one unit."""
    found = PIPE.parse(f"Output was {amount} barrels {word} {unit}.", published="1987-03-12").dates
    assert [(d.type, d.value) for d in found] == [("SET", f"P1{unit[0].upper()}")]
