"""Issue 16, session 38: a claim whose cue judges, disputes or denies what its content names is no
casualty event's source ("will condemn the airstrike that killed 12", "disputes the toll of 30
dead"); a claim whose cue reports (said, confirmed, according to) still is
(``aside_source.tells_no_report``, ``lexicon.JUDGING_CUES``)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsparse
from newsparse import Claim, Span
from newsparse_events.aside_source import tells_no_report
from newsparse_events.lexicon import JUDGING_CUES

from .helpers import sources


@pytest.mark.parametrize(
    "text",
    [
        # the two shapes claimsnp's noun-phrase contents gave a source (session 37's lead's notes)
        "The government will condemn the airstrike that killed 12 civilians in Idlib on Monday.",
        "Israel disputes the toll of 30 dead given by Gaza's health ministry.",
        # the word rules' own cues of the same kinds
        "The UN condemned the bombing that killed 40 people in Kabul.",
        "The army denied that 30 civilians were killed in the raid.",
        "The minister praised the soldiers who killed 12 militants in the raid.",
    ],
)
def test_a_judging_or_disputing_cue_gives_no_source(text: str) -> None:
    """The one who condemns, disputes, denies or praises does not report the toll: no source."""
    found = sources(text)
    assert found and all(source is None for _, source in found)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Police said the bombing killed 40 people in Kabul.", "Police"),
        ("Police confirmed the deaths of 12 soldiers in the ambush.", "Police"),
        ("The bombing killed 40 people in Kabul, according to police.", "police"),
        # a saying around a judging claim is still the source
        ("Police said the UN condemned the bombing that killed 40 people in Kabul.", "Police"),
        # an accusation asserts the act (the s23 notes' "accused Emanuel of ... the murder of")
        ("Human rights groups accused the army of killing 30 civilians in the raid.", "Human rights groups"),
    ],
)
def test_a_reporting_cue_still_gives_the_source(text: str, source: str) -> None:
    """A claim that reports the toll is its source, also around a judging claim."""
    assert [s for _, s in sources(text)] == [source]


def test_rival_reports_stay_contested_beside_a_denial() -> None:
    """Two reporting sources with different figures stay a contest when a denial stands between them."""
    text = (
        "Police said 20 people were killed in the attack on the market. The rebels denied that 20 "
        "people were killed, and hospital officials said at least 45 people were killed in the attack."
    )
    contests = newsparse.parse(text, published="2020-05-08").layer("contested")
    assert len(contests) == 1
    assert [f.source_text for f in contests[0].figures] == ["Police", "hospital officials"]


def _claim(cue: str) -> Claim:
    """A claim with ``cue`` as its cue (offsets of a text that is the cue and a content)."""
    text = f"X {cue} the attack that killed 12."
    start = 2
    end = start + len(cue)
    return Claim(0, len(text), text, Span(start, end, cue), Span(end + 1, len(text) - 1, text[end + 1 : -1]))


@given(st.sampled_from(sorted(JUDGING_CUES)), st.sampled_from(["", "did not ", "would "]))
def test_every_judging_form_tells_no_report(form: str, before: str) -> None:
    """Every form of the table, alone or after an auxiliary in the cue, tells no report."""
    assert tells_no_report(_claim(before + form), None)


@pytest.mark.parametrize(
    "cue", ["said", "confirmed", "reported", "announced", "according to", "told", "accused"]
)
def test_reporting_cues_tell_a_report(cue: str) -> None:
    """A reporting cue is a report (without a tree, the adjective test is not asked)."""
    assert not tells_no_report(_claim(cue), None)
