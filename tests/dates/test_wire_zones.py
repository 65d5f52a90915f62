"""Four-digit wire clock times with a named zone ("1000 EDT (1400 GMT)") are one UTC instant."""

from __future__ import annotations

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
