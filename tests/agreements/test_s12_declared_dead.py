"""Session 12, round 5: an agreement declared dead ("no longer exists", "is dead", "ceased to
exist") is ``collapsed``; an agreement still to be signed in an infinitive of purpose ("time to
sign a deal") is ``proposed``; one awaiting ratification stays ``signed`` (the guidelines rank
ratified with signed)."""

from __future__ import annotations

import pytest

import newsparse


def statuses(text: str) -> list[str | None]:
    """The status of every record of ``text`` (the whole pipeline: the rules need the syntax)."""
    return [rec.status for rec in newsparse.parse(text, published="2020-01-01").agreements]


@pytest.mark.parametrize(
    "sentence",
    [
        "Moscow said on Tuesday that the Minsk agreements no longer existed.",
        "The accord no longer exists, Kyiv said.",
        "The nuclear deal is dead, the minister said.",
        "The ceasefire ceased to exist in March.",
    ],
)
def test_an_agreement_declared_dead_is_collapsed(sentence: str) -> None:
    assert statuses(sentence) == ["collapsed"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The deal is not dead yet, Kyiv said.",
        "The nuclear deal would be dead without Iran, the minister said.",
    ],
)
def test_a_negated_or_modal_death_states_nothing(sentence: str) -> None:
    assert "collapsed" not in statuses(sentence)


def test_time_to_sign_is_proposed() -> None:
    assert statuses("The delay gave Kyiv time to sign a deal.") == ["proposed"]


def test_a_chance_to_sign_is_proposed() -> None:
    assert statuses("The delay gave Kyiv a chance to sign a deal.") == ["proposed"]


def test_signed_to_end_a_war_stays_signed() -> None:
    assert statuses("Kyiv and Moscow signed a truce to end the war.") == ["signed"]


def test_time_to_ratify_stays_signed() -> None:
    text = "Leaders said the extension gave London time to ratify the withdrawal agreement."
    assert statuses(text) == ["signed"]
