"""Issue 16, fifth pass: coders' single victims, background killings, areas, linked dates, contests."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsparse
from newsparse.annotations import DateRef, Event
from newsparse_events.anchors import past_weekday
from newsparse_events.asides import asides, death_splits


def events(text: str, published: str = "2020-05-06") -> list[Event]:
    """The events layer of ``text`` parsed by the whole pipeline."""
    layer = newsparse.parse(text, published=published).layer("events")
    assert all(isinstance(e, Event) for e in layer)
    return list(layer)  # type: ignore[arg-type]


def killed(text: str) -> list[tuple[int | float | None, str | None]]:
    """(count value, victims) of the killed events of ``text``."""
    return [
        (e.count.value if e.count else None, e.victims.text if e.victims else None)
        for e in events(text)
        if e.role == "killed"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In Mejicanos, a man was shot and killed in a drive-by shooting.", [(1, "man")]),
        ("A shoot-out broke out and a suspect was shot and died.", [(1, "suspect")]),
        ("An officer was shot in the forehead and died.", [(1, "officer")]),
        ("Three suspects managed to flee and one was killed.", [(1, None)]),
        ("One man was injured and the other died.", [(1, None)]),
        ("A cadre of Communist Party of India-Maoist (CPI-Maoist) was killed.", [(1, "cadre")]),
        ("A man from Ankhel died under torture in a regime prison.", [(1, "man")]),
        (
            "A former bodyguard who reportedly worked for a mayor was shot dead by gunmen.",
            [(1, "former bodyguard")],
        ),
        (
            "5 civilians (2 men, 2 women, and 1 child) were killed when their car hit a bomb.",
            [(5, "civilians")],
        ),
        ("The police forces beat a young man to death in Abidjan.", [(1, "young man")]),
        ("Gunmen fatally shot the leader of the movement near his house.", [(1, "leader")]),
        ("Police killed one of the suicide bombers.", [(1, "suicide bombers")]),
        ("Five corpses of suspected militants were discovered.", [(5, None)]),
        ("The corpses of thirty militants were discovered in the forest.", [(30, "militants")]),
        ("Gunmen attacked the village and killed residents.", [(None, "residents")]),
    ],
)
def test_single_victims_and_counts_of_coders_notes(
    text: str, expected: list[tuple[int | float | None, str | None]]
) -> None:
    assert killed(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "No one was killed in the attack.",
        "Militants burned 20 huts and killed 15 livestock.",
        "A man who abused a minor was held and nearly lynched by residents.",
    ],
)
def test_no_death(text: str) -> None:
    assert killed(text) == []


def test_coordinated_triggers_share_their_counted_subject() -> None:
    found = [
        (e.role, e.count.value if e.count else None)
        for e in events(
            "3 civilians including a commander were kidnapped and killed by militants in Maymana city."
        )
    ]
    assert found == [("abducted", 3), ("killed", 3)]


def test_a_who_clause_names_the_victim_not_the_counted_mourners() -> None:
    assert killed("About 20 friends of a man who died in a road accident rallied outside the court.") == [
        (1, "man")
    ]


@pytest.mark.parametrize(
    ("text", "background"),
    [
        ("Residents demonstrated in Beni over the killing of a street trader by armed men.", True),
        ("Traders staged a protest after police killed a shopkeeper.", True),
        ("Relatives of a police constable who was shot dead held a protest outside the hospital.", True),
        ("The raid came in retaliation for the killing of 3 separatist members.", True),
        ("Gunmen killed a street trader in Beni.", False),
        ("During a protest, police opened fire, killing a protester.", False),
    ],
)
def test_a_killing_told_as_the_occasion_of_a_protest_is_background(text: str, background: bool) -> None:
    (event,) = [e for e in events(text) if e.role == "killed"]
    assert event.background is background


def test_areas_are_the_larger_places_written_with_the_place() -> None:
    (event,) = events(
        "On 2 May 2020, forces repelled an attack, killing at least 6 militants, "
        "in Pir Laka area of Jani Khel district, Paktika."
    )
    assert event.place_text is not None and event.place_text.text == "Pir Laka"
    assert [a.text for a in event.areas] == ["Jani Khel", "Paktika"]
    (found,) = events(
        "On 1 May 2020, in Tijuana, Baja California, a woman was found dead in Colonia Jardines."
    )
    assert found.place_text is not None and found.place_text.text == "Colonia Jardines"
    assert [a.text for a in found.areas] == ["Tijuana", "Baja California"]


def test_the_most_specific_place_of_the_clause() -> None:
    (event, *_) = events(
        "Chadian troops killed 384 Libyans in fighting near the key air base of Ouadi Doum in northern Chad."
    )
    assert event.place_text is not None and event.place_text.text == "Ouadi Doum"
    assert "Chad" in [a.text for a in event.areas]


def test_an_undated_event_takes_the_date_of_the_sentence_before() -> None:
    text = "Iran launched an assault on Tuesday. It said 2,000 Iraqi troops had been killed."
    (event,) = events(text, published="1987-03-05")
    assert event.date is not None and event.date.value == "1987-03-03"


def test_a_dateline_date_is_not_the_event_date() -> None:
    (event,) = events(
        "BAHRAIN, March 5 - Fighting went on.\nIt said 2,000 troops had been killed.", "1987-03-05"
    )
    assert event.date is None


def test_a_bare_weekday_is_the_last_one_before_publication() -> None:
    date = DateRef(0, 6, "Sunday", "XXXX-WXX-7", None, None)
    assert past_weekday(date, dt.date(2008, 7, 11)).value == "2008-07-06"
    assert past_weekday(date, dt.date(2008, 7, 13)).value == "2008-07-06"  # a Sunday: the one before
    assert past_weekday(date, None) is date


def test_contested_reads_the_rival_tolls_linked_as_alternatives() -> None:
    doc = newsparse.parse(
        "UN officials say hundreds of thousands of people have been killed. "
        "Syrian regime officials say the death toll is closer to 10,000.",
        published="2018-02-06",
    )
    (first, second) = doc.layer("events")
    assert [a.text for a in first.alternatives] == [second.text]
    (contest,) = doc.layer("contested")
    assert [f.text for f in contest.figures] == ["hundreds of thousands", "closer to 10,000"]


def test_no_contest_without_linked_rivals() -> None:
    doc = newsparse.parse(
        "Police said 3 people were killed in Kabul. Officials said 40 people were killed in Herat.",
        published="2018-02-06",
    )
    assert all(not e.alternatives for e in doc.layer("events")) and doc.layer("contested") == ()


WORDS = st.sampled_from(
    "a an the man suspect ( ) , . and was were shot killed died to death beat in of area district "
    "Kabul Paktika Jani Khel protest over killing 3 one other who".split()
)


@settings(max_examples=150, deadline=None)
@given(st.lists(WORDS, min_size=1, max_size=16))
def test_events_stay_inside_the_text_on_varied_words(words: list[str]) -> None:
    text = " ".join(words)
    doc = newsparse.parse(text)
    assert not doc.problems
    for event in doc.layer("events"):
        assert isinstance(event, Event)
        for span in (event.place_text, *event.areas, event.trigger):
            if span is not None:
                assert text[span.start : span.end] == span.text
    tokens = doc.token_columns
    n = len(tokens.texts)
    for a, b in asides(tokens, 0, n):
        assert tokens.texts[a] == "(" and tokens.texts[b] == ")"
    for k in death_splits(tokens, 0, n, []):
        assert 0 <= k < n


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The fighting claimed 19 Iraqi Army troops.", [(19, "troops")]),
        ("Political unrest has claimed some 2,400 lives.", [(2400, None)]),  # "lives" names no group
        ("Rebels claimed 12 soldiers were killed.", [(12, "soldiers")]),
        ("The army claimed 30 militants killed in the raid.", [(30, "militants")]),
        ("The group claimed responsibility for the attack.", []),
        (
            "A blast killed five soldiers, bringing the U.S. death toll in Iraq to 1,971.",
            [(5, "soldiers"), (1971, None)],
        ),
    ],
)
def test_claimed_lives_and_a_toll_with_a_phrase(
    text: str, expected: list[tuple[int | None, str | None]]
) -> None:
    assert killed(text) == expected


@pytest.mark.parametrize(
    ("text", "dated"),
    [
        ("Yesterday five soldiers were killed in three separate bombing incidents.", True),
        ("A blast killed 5 soldiers, bringing the death toll in Iraq to 1,971.", False),
        (
            "Police were a target in three years of political unrest which has claimed some 2,400 lives.",
            False,
        ),
    ],
)
def test_totals_over_several_incidents_or_a_war_are_cumulative(text: str, dated: bool) -> None:
    total = [e for e in events(text) if e.role == "killed"][-1]
    assert total.scope == "cumulative" and (total.date is not None) is dated
