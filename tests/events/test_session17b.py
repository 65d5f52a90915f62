"""Issue 16, session 17 round 2: a pronoun that continues the act a report tells ("Police said gunmen
stormed the village. They killed 12") names the report's actor, never the reporter."""

from __future__ import annotations

import pytest

import newsparse
from newsparse.annotations import Event

from .helpers import perpetrators

EOLS = ["\n", "\r\n", "\r"]


@pytest.mark.parametrize("eol", EOLS)
def test_a_pronoun_after_a_report_names_the_reported_actor(eol: str) -> None:
    """The report's saying verb is the root; its one active complement clause tells who acted."""
    text = f"Village attacked{eol}{eol}Police said gunmen stormed the village on Monday. They killed 12.{eol}"
    assert perpetrators(text, published="2018-02-06") == [("killed", "gunmen")]
    text = f"Witnesses said a gunman opened fire in a market on Monday. He killed five people.{eol}"
    assert perpetrators(text, published="2018-02-06") == [("killed", "a gunman")]


@pytest.mark.parametrize("eol", EOLS)
def test_a_reported_passive_or_a_new_paragraph_names_nobody(eol: str) -> None:
    """A passive report's subject is who was hit; a pronoun of another paragraph is not linked."""
    text = f"Police said five people were killed in the village. They killed two more on Tuesday.{eol}"
    assert [actor for _, actor in perpetrators(text, published="2018-02-06")] == [None, None]
    text = f"Police said gunmen stormed the village on Monday.{eol}They killed 12 people."
    assert perpetrators(text, published="2018-02-06") == [("killed", None)]


def test_a_pronoun_that_does_not_fit_the_reported_actor_names_nobody() -> None:
    """ "He" never names a plural actor ("militants"), "they" never a single person."""
    assert perpetrators(
        "Officials said militants attacked a checkpoint. He killed three policemen.", published="2018-02-06"
    ) == [("killed", None)]
    assert perpetrators(
        "Police said a farmer attacked his neighbours. They killed three policemen.", published="2018-02-06"
    ) == [("killed", None)]


@pytest.mark.parametrize("eol", EOLS)
def test_a_pronoun_that_claimed_an_act_names_the_claimant_before(eol: str) -> None:
    """ "X claimed to have fired ... They claimed to have killed": the act's subject is the claimant's
    pronoun; an "anti-Houthi" force is not the Houthis (ACLED notes)."""
    text = (
        f"Fighting in Yemen{eol}{eol}On 5 May 2020, anti-Houthi National Resistance forces claimed to have "
        f"fired artillery shells at pro-Houthi forces. They claimed to have killed a number of fighters.{eol}"
    )
    layer = newsparse.parse(text, published="2020-05-06").layer("events")
    found = [e for e in layer if isinstance(e, Event)]
    assert [(e.perpetrator, e.perpetrator_text and e.perpetrator_text.text) for e in found] == [
        (None, "anti-Houthi National Resistance forces")
    ]
