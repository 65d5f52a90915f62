"""Issue 16, session 16 round 2: a passive's agent count ("by four men") names the doers, not victims."""

from __future__ import annotations

import pytest

import newsparse
from newsparse.annotations import Event

EOLS = ["\n", "\r\n", "\r"]


def events(text: str, published: str | None = "2020-04-28") -> list[Event]:
    """The events layer of ``text`` parsed by the whole pipeline."""
    layer = newsparse.parse(text, published=published).layer("events")
    assert all(isinstance(e, Event) for e in layer)
    return list(layer)  # type: ignore[arg-type]


def killed(found: list[Event]) -> list[tuple[int | None, str | None]]:
    """(count, victims) of each killed event."""
    return [
        (e.count.value if e.count is not None else None, e.victims.text if e.victims is not None else None)
        for e in found
        if e.role == "killed"
    ]


@pytest.mark.parametrize("eol", EOLS)
def test_the_agent_count_of_the_first_verb_is_not_the_killing_count(eol: str) -> None:
    """ "a man was abducted by four men and stabbed to death": one man killed, not four."""
    text = (
        "Crime report.\n\nOn 28 April 2020, in Marechal Deodoro, Alagoas, a man was abducted "
        "by four men and stabbed to death near a soccer field.\n"
    ).replace("\n", eol)
    assert killed(events(text)) == [(1, "man")]


@pytest.mark.parametrize("eol", EOLS)
def test_a_counted_subject_is_shared_across_the_agent_phrase(eol: str) -> None:
    """ "Three civilians were kidnapped by five gunmen and killed": three killed."""
    text = "Attack.\n\nThree civilians were kidnapped by five gunmen and killed on Monday.\n"
    text = text.replace("\n", eol)
    assert killed(events(text)) == [(3, "civilians")]


def test_an_unnumbered_agent_keeps_the_single_victim() -> None:
    """ "A woman was abducted by unidentified gunmen and killed": one woman killed (was: no killing)."""
    assert killed(events("A woman was abducted by unidentified gunmen and killed.")) == [(1, "woman")]


def test_a_count_after_by_in_the_subject_clause_is_not_the_victims() -> None:
    """The agent's count is never the subject of a later passive trigger."""
    found = events("A farmer attacked by two men on a motorcycle was killed.")
    assert all(count != 2 for count, _ in killed(found))


def test_the_victim_count_before_the_agent_still_counts() -> None:
    """ "Two brothers were shot to death by two armed men": two brothers (the agent comes after)."""
    found = events("Two brothers were shot to death in their home by two armed men.")
    assert killed(found) == [(2, "brothers")]


def test_verbs_joined_across_a_clause_do_not_share() -> None:
    """A comma in the gap is no agent phrase: the second verb keeps its own subject."""
    found = events("A man was abducted by gunmen, and two soldiers were killed.")
    assert killed(found) == [(2, "soldiers")]


def alternatives(found: list[Event]) -> list[int]:
    """How many alternatives each event lists, in order."""
    return [len(e.alternatives) for e in found]


@pytest.mark.parametrize("eol", EOLS)
def test_a_contested_figure_of_other_victims_is_a_rival_report(eol: str) -> None:
    """ "killed 22 separatists ... The villagers contest that figure, saying 13 civilians were killed":
    two reports of one toll linked as alternatives, never summed (the toll's lowest figure is 13)."""
    text = (
        "Raid report.\n\nOn 1 May 2020, the military forces killed 22 separatists in Bafut town. The "
        "villagers contest that figure however, saying 13 civilians were killed by the military.\n"
    ).replace("\n", eol)
    found = [e for e in events(text) if e.role == "killed"]
    assert [e.count.value for e in found if e.count is not None] == [22, 13]
    assert alternatives(found) == [1, 1]


def test_other_victims_without_a_contest_stay_two_tolls() -> None:
    """ "killed 22 separatists. In a second attack, 13 civilians were killed": no rival link."""
    text = (
        "On 1 May 2020, the military forces killed 22 separatists in Bafut town. In a second attack, "
        "13 civilians were killed by the military in Bafut town.\n"
    )
    found = [e for e in events(text) if e.role == "killed"]
    assert alternatives(found) == [0, 0]
