"""Session 12, round 4: the agreement as the subject of a state verb, passive ("the deal was
abandoned after talks failed") or intransitive ("the truce broke down", "the truce held"), sets its
state through the syntax (subject of the verb, negation, modality), not the nearest mention."""

from __future__ import annotations

import pytest

import newsparse

AGREED = "Israel and Hamas agreed a truce in May. "


def statuses(text: str) -> list[str | None]:
    """The status of every record of ``text`` (the whole pipeline: the rule needs the syntax)."""
    return [rec.status for rec in newsparse.parse(text, published="2020-01-01").agreements]


def test_abandoned_after_talks_failed_is_collapsed() -> None:
    assert statuses("The deal was abandoned after talks failed.") == ["collapsed"]


def test_a_later_sentence_gives_the_latest_state() -> None:
    assert statuses(AGREED + "The truce was abandoned after talks failed.") == ["collapsed"]


@pytest.mark.parametrize(
    ("sentence", "state"),
    [
        ("The truce was scrapped in June.", "collapsed"),
        ("The truce was suspended in June.", "suspended"),
        ("The truce was extended in June.", "extended"),
        ("The truce was renewed in June.", "extended"),
        ("The truce was violated in June.", "violated"),
        ("The truce was broken in June.", "violated"),
    ],
)
def test_passive_state_verbs(sentence: str, state: str) -> None:
    assert statuses(AGREED + sentence) == [state]


@pytest.mark.parametrize(
    ("sentence", "state"),
    [
        ("The truce collapsed in June.", "collapsed"),
        ("The truce broke down in June.", "collapsed"),
        ("The truce expired in June.", "collapsed"),
        ("The truce fell apart in June.", "collapsed"),
        ("The truce took effect in June.", "in_force"),
        ("The truce came into force in June.", "in_force"),
        ("The truce held in June.", "in_force"),
    ],
)
def test_intransitive_state_verbs(sentence: str, state: str) -> None:
    assert statuses(AGREED + sentence) == [state]


@pytest.mark.parametrize(
    "sentence",
    ["The truce has not collapsed.", "The truce could collapse.", "The truce was not extended."],
)
def test_negated_or_modal_state_is_no_state(sentence: str) -> None:
    assert statuses(AGREED + sentence) == ["signed"]


def test_a_scheduled_expiry_is_no_collapse() -> None:
    text = "Turkey signed a loan agreement with the IMF in 2002. The loan agreement expires in February."
    assert "collapsed" not in statuses(text)

