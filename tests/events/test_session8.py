"""Issue 16, eighth pass: the day a time names, "following X that killed", bodies that are organisations."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newsparse
from newsparse.annotations import Event
from newsparse_events.anchors import needs_narrative_day
from newsparse_events.model import DateRef


def events(text: str, published: str | None = "2020-05-06") -> list[Event]:
    """The events layer of ``text`` parsed by the whole pipeline."""
    layer = newsparse.parse(text, published=published).layer("events")
    assert all(isinstance(e, Event) for e in layer)
    return list(layer)  # type: ignore[arg-type]


def test_a_day_less_time_takes_the_narrative_day_without_a_publication_date() -> None:
    (event,) = events("On 4 May 2020, gunmen attacked a village. In mid-morning 5 people were killed.", None)
    assert event.date is not None and event.date.value == "2020-05-04"


@pytest.mark.parametrize(
    ("text", "written"),
    [
        (
            "In 2003, Britons spent more on games than ever. The game was blamed by the parents of "
            "Stefan Pakeerah, who was stabbed to death in Leicester in February.",
            "February",
        ),
        (
            "He entered Parliament in 1945. The death of his wife Audrey in a bombing a few days ago "
            "was a blow, he said.",
            "a few days ago",
        ),
    ],
)
def test_an_unplaced_month_or_relative_date_is_kept_as_written(text: str, written: str) -> None:
    # without a publication date an earlier year is no better a date than the one the sentence writes
    (event,) = events(text, published=None)
    assert event.date is not None and event.date.text.lower() == written.lower()


def test_a_date_before_following_a_long_noun_phrase_that_killed_times_the_main_clause() -> None:
    (event,) = events(
        "Laws on net cafe opening hours were introduced in 2002 "
        "following a fire at one cafe that killed 25 people."
    )
    assert event.count is not None and event.count.value == 25 and event.date is None


@pytest.mark.parametrize(
    "text",
    [
        "It provides the public with a right of access to information held by about 100,000 public bodies.",
        "Thousands of public bodies are ill-prepared for the Freedom of Information Act, say MPs.",
        "It provides studies and facilities needed by United Nations bodies for their meetings.",
        "Lewsey took the ball over the line under a pile of bodies for what could have been the winning try.",
    ],
)
def test_bodies_that_are_organisations_are_no_deaths(text: str) -> None:
    assert events(text) == []


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Two bodies were found in a river near the town on Monday.", 2),
        ("The body of a man was found in the village.", 1),
    ],
)
def test_dead_bodies_are_still_deaths(text: str, count: int) -> None:
    (event,) = events(text)
    assert event.role == "killed" and event.count is not None and event.count.value == count


def test_missing_with_a_figure_as_its_object_is_lacking() -> None:
    assert events("In contrast, Sale are missing 14 players due to international call-ups.") == []


@given(st.text(max_size=40), st.one_of(st.none(), st.text(max_size=20)))
@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_needs_narrative_day_takes_any_date(text: str, value: str | None) -> None:
    date = DateRef(0, len(text), text, value, None, None)
    assert isinstance(needs_narrative_day(date), bool)


@pytest.mark.parametrize(
    "text",
    [
        "The game sees the two factions competing to recover pieces of a missing Time Crystal.",
        "Bank of America said the tapes went missing in December.",
        "Joshua Rifkin has recreated the missing instrumental parts.",
    ],
)
def test_a_missing_thing_is_no_missing_person(text: str) -> None:
    assert events(text) == []


@pytest.mark.parametrize(
    "text", ["The missing soldiers were last seen near Kabul.", "Two soldiers went missing after the attack."]
)
def test_missing_people_are_still_missing(text: str) -> None:
    (event,) = events(text)
    assert event.role == "missing"


@pytest.mark.parametrize(
    ("text", "period"),
    [
        (
            "There were 70 gun crime deaths in England and Wales between June 2003 and 2004, officials said.",
            "between June 2003 and 2004",
        ),
        (
            "More than 3,000 people were killed under Gen Pinochet's regime, a report says.",
            "under Gen Pinochet's regime",
        ),
    ],
)
def test_a_toll_over_a_written_period_is_a_running_total(text: str, period: str) -> None:
    (event,) = events(text)
    assert event.scope == "cumulative" and event.date is None
    assert event.period is not None and event.period.text.startswith(period.split()[0])


def test_a_semicolon_ends_the_clause_a_period_belongs_to() -> None:
    total, incident = events(
        "Forsyth says 3000 died over 30 years of terrorism; 3000 people died in one morning in New York "
        "on September 11th 2001."
    )
    assert (total.scope, incident.scope) == ("cumulative", "incident")
    assert incident.date is not None and incident.date.value == "2001-09-11"


@pytest.mark.parametrize(
    "text",
    [
        "Actress Patsy Rowlands starred in nine films. "
        "Rowlands died in Hove on Saturday morning, her agent said.",
        "Former prime minister Lord Callaghan has died on the eve of his 93rd birthday.",
        "The blog, which she started as a way of getting over her mother's death, mixes fact and fiction.",
    ],
)
def test_a_single_death_with_no_violence_around_it_is_a_life_s_end(text: str) -> None:
    assert events(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "A soldier was shot in Kandahar on Monday. He died in hospital on Tuesday.",
        "Aaliyah's record company sued the producer who booked the ill-fated flight "
        "on which she died in 2001.",
        "A detainee died in police custody on Sunday, his family said.",
    ],
)
def test_a_single_death_told_with_violence_an_accident_or_custody_stays(text: str) -> None:
    assert [e.role for e in events(text)][-1:] == ["killed"]


@pytest.mark.parametrize(
    "text",
    [
        "Mr Mubanga is the first of the four detainees freed last month to give a media interview.",
        "The solicitor, who represents eight of the detainees, criticised the ruling.",
        "Liberty called on the government to either free or charge the detained men.",
    ],
)
def test_a_group_already_held_is_no_new_arrest(text: str) -> None:
    assert events(text) == []


def test_a_new_arrest_with_its_own_figure_stays() -> None:
    (event,) = events("Police detained 30 protesters after the clashes in the capital.")
    assert event.role == "arrested" and event.count is not None and event.count.value == 30


@pytest.mark.parametrize(
    ("text", "victims"),
    [
        ("A man, 45, was stabbed to death in the town.", "man"),
        ("John Smith, 32, was shot dead in Belfast.", "John Smith"),
    ],
)
def test_an_age_between_commas_is_no_count(text: str, victims: str) -> None:
    (event,) = events(text)
    assert event.count is not None and event.count.value == 1
    assert event.victims is not None and event.victims.text == victims


def test_ages_after_a_counted_group_are_no_further_events() -> None:
    (event,) = events("The attack killed two men, 25 and 30, in Kabul.")
    assert event.count is not None and event.count.value == 2


def test_a_figure_after_a_comma_that_is_no_age_still_counts() -> None:
    killed, wounded = events("Police said 12 were killed, 30 wounded.")
    assert (killed.count.value, wounded.count.value) == (12, 30)  # type: ignore[union-attr]


def test_counted_things_joined_to_a_toll_noun_are_no_deaths() -> None:
    (event,) = events("There were more than 10,500 firearms offences and 70 gun crime deaths in England.")
    assert event.count is not None and event.count.value == 70


def test_counted_people_joined_to_a_toll_noun_stay() -> None:
    found = events("The clash resulted in 2 rebel and 1 military fatality.")
    assert sorted(int(e.count.value or 0) for e in found if e.count is not None) == [1, 2]


def test_the_place_a_person_is_from_is_no_event_place() -> None:
    (event,) = events(
        'Writer Neil Coppendale, from West Sussex, asked: "Tens of thousands of innocent people died."'
    )
    assert event.place_text is None
    (soldier,) = events("A soldier from Ontario was killed in Kandahar.")
    assert soldier.place_text is not None and soldier.place_text.text == "Kandahar"


@pytest.mark.parametrize(
    ("text", "victims"),
    [
        ("John Smith, 32, from Leeds, was shot dead in Kabul.", "John Smith"),
        ("Ahmed Ali, who worked for the BBC, was killed in Gaza.", "Ahmed Ali"),
        ("Police said that Juan Perez, of Culiacan, was killed.", "Juan Perez"),
    ],
)
def test_a_named_victim_is_read_past_its_appositions(text: str, victims: str) -> None:
    (event,) = events(text)
    assert event.count is not None and event.count.value == 1
    assert event.victims is not None and event.victims.text == victims


def test_a_noun_carried_over_from_an_earlier_count_is_not_the_victim_group() -> None:
    """The quantities layer gives "three" the noun of "one person"; the wounded name no group here."""
    found = events(
        "A strong earthquake killed one person and injured at least three, cracked walls, officials said."
    )
    wounded = [e for e in found if e.role == "wounded"]
    assert len(wounded) == 1 and wounded[0].count is not None
    assert wounded[0].victims is None
    killed = [e for e in found if e.role == "killed"]
    assert len(killed) == 1 and killed[0].victims is not None and killed[0].victims.text == "person"
