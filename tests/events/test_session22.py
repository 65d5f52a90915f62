"""Issue 16, session 22: the report's day is no incident's day. A date whose clause hangs on a verb of
saying on its way up the tree to the event ("..., officials said as dawn broke Saturday") times the
saying; a later sentence's "the bombings occurred ... on Friday" gives the incident's day."""

from __future__ import annotations

import newsparse


def dated(text: str, published: str = "1998-08-08") -> list[tuple[str, str | None]]:
    """(trigger, date value) of each event of ``text`` parsed by the whole pipeline."""
    doc = newsparse.parse(text, published=published)
    return [(e.trigger.text, e.date.value if e.date is not None else None) for e in doc.layer("events")]


def test_a_day_told_in_the_clause_of_the_saying_is_not_the_incidents() -> None:
    """Saturday is when the officials spoke (its clause hangs on "said"), not when the blast killed."""
    text = "At least 82 were killed in the blast, officials said as dawn broke Saturday."
    assert dated(text) == [("killed", None)]


def test_a_day_of_the_killing_clause_stays() -> None:
    """The same sentence with the day in the killing's own clause keeps it, before or after the cue."""
    text = "At least 82 were killed in the blast on Friday, officials said."
    assert dated(text) == [("killed", "1998-08-07")]
    text = "Officials said at least 82 were killed in the blast on Friday."
    assert dated(text) == [("killed", "1998-08-07")]


def test_a_day_whose_clause_holds_the_killing_stays() -> None:
    """ "invaded a party on Friday, killing one girl, police said": Friday's clause holds the killing."""
    text = "A man invaded a teenage slumber party on Friday, killing one girl, police said."
    assert dated(text, "1996-08-23") == [("killing", "1996-08-23")]


def test_the_incidents_day_comes_from_a_later_sentence_after_a_saying_day() -> None:
    """The toll's own sentence gives only the saying's day; "the bombings occurred ... on Friday"."""
    text = (
        "At least 82 were killed, officials said as dawn broke Saturday. Dozens of people were still "
        "missing, they said. The suspected car bombings occurred 700 kilometers (450 miles) from each "
        "other but just minutes apart on Friday, turning busy streets into piles of concrete."
    )
    assert dated(text) == [("killed", "1998-08-07"), ("missing", "1998-08-07")]


def test_a_plural_incident_noun_gives_its_day_only_in_its_own_clause() -> None:
    """ "The attacks happened on Friday" dates the toll; a day after the clause's comma does not."""
    text = "The city was quiet. Twelve were killed in Kabul. The attacks happened on Friday, police said."
    assert dated(text) == [("killed", "1998-08-07")]
    text = (
        "The city was quiet. Twelve people were killed in Kabul. The attacks happened near the market in "
        "the old city centre, and the president spoke on Friday."
    )
    assert dated(text) == [("killed", None)]
