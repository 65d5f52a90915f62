"""Issue 16, session 29 (second round): a date hanging on a verb of saying (the syntax tree's) times
the saying, not a casualty: neither the event's own sentence nor a narrative fallback gives it
(``sayings``)."""

from __future__ import annotations

import newsparse
from newsparse_events.model import Event


def dates(text: str) -> list[tuple[str, str | None]]:
    """(trigger, date value) of each event of ``text`` parsed by the whole pipeline."""
    events = newsparse.parse(text, published="2020-05-08").layer("events")
    return [(e.trigger.text, e.date.value if e.date else None) for e in events if isinstance(e, Event)]


def test_a_speculating_verb_times_itself() -> None:
    """ "In a video Thursday, he speculated that the men detained ...": no claim cue needed."""
    found = dates("In a video on Thursday, the senator speculated that the men detained could be spies.")
    assert all(value != "2020-05-07" for _, value in found)


def test_the_sentence_before_gives_no_saying_day() -> None:
    """ "Also on Thursday, the mayor said he would ...": Thursday is when he spoke."""
    text = (
        "Also on Thursday, the mayor said he would no longer fight the release of the video. "
        "A teenager who was fatally shot by an officer has been buried."
    )
    assert all(value != "2020-05-07" for _, value in dates(text))


def test_the_killing_keeps_its_own_day() -> None:
    """ "killed on Tuesday, police said": Tuesday hangs on "killed", not on "said"."""
    assert dates("Two soldiers were killed on Tuesday, police said.") == [("killed", "2020-05-05")]
