"""Session 12, round 3: a passive state verb said of a person ("Adrian Hilton was abandoned after
suggesting the signing of the treaty") is the person's state, not the agreement's."""

from __future__ import annotations

import newsparse


def statuses(text: str) -> list[str | None]:
    """The status of every record of ``text`` (the whole pipeline: the structure needs the syntax)."""
    return [rec.status for rec in newsparse.parse(text).agreements]


def test_a_person_abandoned_does_not_collapse_the_treaty() -> None:
    text = (
        "Adrian Hilton was abandoned after suggesting the signing of the Maastricht Treaty, under "
        "John Major's government, was an act of treason."
    )
    assert "collapsed" not in statuses(text)


def test_a_pronoun_suspended_does_not_suspend_the_deal() -> None:
    text = "He was suspended by John Major after suggesting the signing of the Maastricht Treaty was treason."
    assert "suspended" not in statuses(text)
