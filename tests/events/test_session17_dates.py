"""Issue 16, session 17 round 2: the date and scope fields of casualty events.

A wire lead after its headline and dateline takes the next sentence's day; an undated incident
told as more of the story before it ("also", "the blast") takes that story's day; a later day (a
plan) links no past death; an incident dated by the end of a span of years is a running total.
"""

from __future__ import annotations

import pytest

import newsparse
from newsparse.annotations import Event

EOLS = ["\n", "\r\n", "\r"]


def fields(text: str, role: str, published: str | None = "1996-08-24") -> list[tuple[str | None, str]]:
    """The (date value, scope) of each ``role`` event of ``text`` parsed by the whole pipeline."""
    layer = newsparse.parse(text, published=published).layer("events")
    found = [e for e in layer if isinstance(e, Event) and e.role == role]
    return [(e.date.value if e.date is not None else None, e.scope) for e in found]


@pytest.mark.parametrize("eol", EOLS)
def test_a_wire_lead_after_headline_and_dateline_takes_the_next_sentences_day(eol: str) -> None:
    """ "Rebels killed one man ..., police said on Wednesday. For three hours on Tuesday, ..."."""
    text = (
        "Rebels kill one in jungle.\n\nLIMA, Peru 1996-08-21\n\n"
        "Peruvian guerrillas killed one man after taking over a village, police said on Wednesday.\n\n"
        "For three hours on Tuesday, around 100 rebels took control of the village, the sources said.\n"
    ).replace("\n", eol)
    assert fields(text, "killed", "1996-08-21") == [("1996-08-20", "incident")]


@pytest.mark.parametrize("eol", EOLS)
def test_a_confession_day_does_not_date_the_lead(eol: str) -> None:
    """ "the farmer confessed on Friday that he had killed": Friday is the confession's day."""
    text = (
        "Farmer confesses.\n\nVERONA, Italy 1996-08-24\n\n"
        "A farmer has confessed to killing four women, a news agency reported.\n\n"
        "The lawyer said the farmer confessed on Friday to a magistrate.\n"
    ).replace("\n", eol)
    assert fields(text, "killed") == [(None, "incident")]


@pytest.mark.parametrize("eol", EOLS)
def test_also_ties_an_undated_toll_to_the_story_before(eol: str) -> None:
    """ "Several people were also wounded": the blast's day, two sentences after it."""
    text = (
        "Bomb in market.\n\nALGIERS 1996-08-24\n\n"
        "Three women were killed when a bomb exploded at a market on Friday, security forces said.\n\n"
        "The bomb was hidden in a basket of vegetables.\n\n"
        "Several people were also wounded, a newspaper said.\n"
    ).replace("\n", eol)
    assert fields(text, "wounded") == [("1996-08-23", "incident")]


@pytest.mark.parametrize("eol", EOLS)
def test_another_date_between_breaks_the_tie(eol: str) -> None:
    """A day of another story told between the two keeps the later event undated."""
    text = (
        "Bomb in market.\n\nALGIERS 1996-08-24\n\n"
        "Three women were killed when a bomb exploded at a market on Friday, security forces said.\n\n"
        "A similar bomb went off in Blida in 1994.\n\n"
        "Several people were also wounded, a newspaper said.\n"
    ).replace("\n", eol)
    assert fields(text, "wounded") == [(None, "incident")]


@pytest.mark.parametrize("eol", EOLS)
def test_no_tie_word_keeps_the_event_undated(eol: str) -> None:
    """Without "also" or the incident named again, no day passes from the story before."""
    text = (
        "Bomb in market.\n\nALGIERS 1996-08-24\n\n"
        "Three women were killed when a bomb exploded at a market on Friday, security forces said.\n\n"
        "The bomb was hidden in a basket of vegetables.\n\n"
        "In the south, several people were wounded, a newspaper said.\n"
    ).replace("\n", eol)
    assert fields(text, "wounded") == [(None, "incident")]


@pytest.mark.parametrize("eol", EOLS)
def test_a_later_day_links_no_past_death(eol: str) -> None:
    """ "He is due back in Berlin on September 5. Three dissidents were killed in the attack"."""
    text = (
        "Testimony.\n\nBONN 1996-08-28\n\n"
        "He is due back in Berlin on September 5 to continue his testimony about the attack.\n\n"
        "Three dissidents and their translator were killed in the attack.\n"
    ).replace("\n", eol)
    assert set(fields(text, "killed", "1996-08-28")) == {(None, "incident")}


@pytest.mark.parametrize("eol", EOLS)
def test_an_incident_dated_by_a_span_of_years_is_a_running_total(eol: str) -> None:
    """ "carried out from 1915 to 1923, ..., of whom 1,500,000 ... were killed": cumulative."""
    text = (
        'The resolution states that "the genocide was conceived and carried out by the Empire from 1915 '
        "to 1923, resulting in the deportation of nearly 2,000,000 Armenians, of whom 1,500,000 men, "
        'women, and children were killed".\n'
    ).replace("\n", eol)
    layer = newsparse.parse(text, published="2007-10-12").layer("events")
    found = [e for e in layer if isinstance(e, Event) and e.role == "killed"]
    assert [(e.date, e.scope, e.period.text if e.period else None) for e in found] == [
        (None, "cumulative", "from 1915 to 1923")
    ]


def test_a_single_year_stays_an_incident_date() -> None:
    """ "killed in a car crash in 1982": one year, no span, an incident."""
    text = "Grace Kelly was killed in a car crash in 1982.\n"
    assert fields(text, "killed", "1996-08-28") == [("1982", "incident")]
