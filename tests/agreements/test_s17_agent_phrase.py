"""Session 17, round 4: sides read from the agreement noun's own phrase -- its "by" agent ("The
agreement by the G8 group") and no state for a nationality before firms ("with Israeli networks"),
in any line-ending convention."""

from __future__ import annotations

import pytest

import newsparse
from newsparse import Agreement

ENDINGS = ("\n", "\r\n", "\r")

G8 = (
    "Chancellor Gordon Brown hopes to announce a deal later on Friday.\n\n"
    "The agreement by Russia and Ukraine would save affected countries £3bn a year, he said."
)
FIRMS = (
    "Turkcell refused to comment.\n\n"
    "Like almost all operators Turkcell has an interconnection deal with Israeli networks so that its "
    "customers can use their phones there."
)
STATE = (
    "Turkcell refused to comment.\n\n"
    "Turkcell has an interconnection deal with Israel so that customers can call."
)
VIOLATED = (
    "Monitors spoke on Monday.\n\nObservers reported violations of the ceasefire by Russia in the east."
)
PLAN = "Talks went on.\n\nA ceasefire plan by Egypt was discussed on Monday."


def deals(text: str) -> list[Agreement]:
    """The agreements of ``text`` read by the whole pipeline."""
    return list(newsparse.parse(text).agreements)


@pytest.mark.parametrize("eol", ENDINGS)
def test_the_by_agent_of_an_agreement_noun_is_a_side(eol: str) -> None:
    (deal,) = deals(G8.replace("\n", eol))
    assert set(deal.parties) == {"russia", "ukraine"}


@pytest.mark.parametrize("eol", ENDINGS)
def test_a_nationality_before_firms_is_no_side(eol: str) -> None:
    (deal,) = deals(FIRMS.replace("\n", eol))
    assert "israel" not in deal.parties


@pytest.mark.parametrize("eol", ENDINGS)
def test_a_state_named_as_a_noun_stays_a_side(eol: str) -> None:
    (deal,) = deals(STATE.replace("\n", eol))
    assert "israel" in deal.parties


@pytest.mark.parametrize("eol", ENDINGS)
def test_the_by_phrase_of_a_violation_names_no_side(eol: str) -> None:
    (truce,) = deals(VIOLATED.replace("\n", eol))
    assert "russia" not in truce.parties


@pytest.mark.parametrize("eol", ENDINGS)
def test_the_by_phrase_of_a_plan_names_no_side(eol: str) -> None:
    (plan,) = deals(PLAN.replace("\n", eol))
    assert "egypt" not in plan.parties
