"""Issue 16, session 32: a claim whose cue tells no report is no event's source: a cue that is itself an
act of violence ("X attacked and injured"), or an adjective modifying a noun ("alleged LNA forces")
(``aside_source.tells_no_report``); a claim of saying around it is still the source."""

from __future__ import annotations

import pytest

from .helpers import sources


@pytest.mark.parametrize(
    "text",
    [
        "On 3 May 2020, rebel fighters attacked and injured two farmers near the village.",
        "On 4 May 2020, unidentified gunmen attacked the market, killed 1 trader and injured another.",
        "On 6 May 2020, shells fired by alleged rebel forces killed two civilians in the old town.",
    ],
)
def test_a_cue_that_tells_no_report_gives_no_source(text: str) -> None:
    """The attackers (or the shells' description) are no source of the toll: none is told."""
    found = sources(text)
    assert found and all(source is None for _, source in found)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Rebels attacked the town and killed 12 people, police said.", "police"),
        # the "attacked" claim holds the toll too: the saying around it is the source (base: the fighters)
        ("Rebel fighters attacked and injured two farmers near the village, police said.", "police"),
        ("At least five soldiers died in the fighting, according to the army.", "the army"),
    ],
)
def test_a_saying_still_gives_the_source(text: str, source: str) -> None:
    """A claim of saying holding the event keeps its source."""
    found = sources(text)
    assert found and all(s is not None and source in s for _, s in found)
