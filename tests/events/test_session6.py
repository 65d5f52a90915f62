"""Issue 16, sixth pass: the date of a news lead told in the next sentence."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsparse
from newsparse.annotations import Event


def events(text: str, published: str | None = "2020-05-08") -> list[Event]:
    """The events layer of ``text`` parsed by the whole pipeline."""
    layer = newsparse.parse(text, published=published).layer("events")
    assert all(isinstance(e, Event) for e in layer)
    return list(layer)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Government troops killed 38 rebels near the border, a statement said. "
            "The statement said the troops attacked a rebel column yesterday.",
            "2020-05-07",
        ),
        (
            "A Canadian soldier was killed when a roadside bomb exploded. "
            "The blast hit his vehicle on Wednesday at about 8 a.m.",
            "2020-05-06",
        ),
    ],
)
def test_an_undated_lead_takes_the_day_of_the_next_sentence(text: str, day: str) -> None:
    (event,) = events(text)
    assert event.date is not None and event.date.value == day


@pytest.mark.parametrize(
    ("text", "published"),
    [
        # a year the story looks ahead to is no day of the deaths
        (
            "The country faces a bill for rebuilding after the tsunami which killed 3,000 people. "
            "The estimate could rise in 2021.",
            "2020-05-08",
        ),
        # a day after publication is no day a death happened on
        (
            "Troops killed 12 rebels near the border. The army will report again on 12 June 2020.",
            "2020-05-08",
        ),
        # without a publication date a relative day has no value to read
        ("Troops killed 12 rebels near the border. They attacked a column yesterday.", None),
        # only the story's first sentence: a later undated event keeps no date from further on
        (
            "Talks resumed in the capital. Troops killed 12 rebels near the border. "
            "Officials met again yesterday.",
            "2020-05-08",
        ),
    ],
)
def test_no_lead_date_from_a_future_a_year_or_a_later_lead(text: str, published: str | None) -> None:
    (event,) = [e for e in events(text, published) if e.role == "killed"]
    assert event.date is None


@settings(max_examples=30, deadline=None)
@given(
    st.sampled_from(["yesterday", "on Monday", "on 2 May", "last week", "in 2019", "tomorrow", ""]),
    st.sampled_from(["2020-05-08", None]),
)
def test_a_lead_date_is_a_past_calendar_day(when: str, published: str | None) -> None:
    text = f"Gunmen killed 4 villagers in a raid. Police said the raid took place {when}."
    for event in events(text, published):
        if event.date is not None:
            value = event.date.value or ""
            assert published is not None and len(value) == 10 and value <= published


def test_an_attack_sentence_sets_the_place_of_the_next() -> None:
    (_, second) = events(
        "A military compound in Helmand came under insurgent fire, wounding seven soldiers. "
        "In response to the attack 10 militants were killed."
    )
    assert second.place_text is not None and second.place_text.text == "Helmand"


@pytest.mark.parametrize(
    "text",
    [
        "Her husband spoke to reporters. Debate on the law has intensified in the UK because of her "
        "case. She died in a stabbing two years ago.",
        "The host was a star. He began his career in Norfolk, performing magic. "
        "When he was shot dead, the president led the tributes.",
    ],
)
def test_a_place_of_a_sentence_without_an_attack_is_not_the_incident_place(text: str) -> None:
    """Only the story's first sentence, or one that tells an attack, sets the incident's place."""
    found = events(text, None)
    assert found and all(event.place_text is None for event in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "30 taxi drivers who took part in demonstrations against the parliamentary elections "
            "were arrested.",
            ("arrested", 30, "taxi drivers"),
        ),
        (
            "The party said that six of its top officials, including chairman Hailu Shawel and "
            "vice-chairman Berhanu Nega, had been detained.",
            ("arrested", 6, "officials"),
        ),
        ("20 friends of a man who died in the attack were mourning.", ("killed", 1, "man")),  # the man died
    ],
)
def test_a_clause_between_a_counted_subject_and_its_verb(text: str, expected: tuple[str, int, str]) -> None:
    (event,) = events(text)
    assert (event.role, event.count and event.count.value, event.victims and event.victims.text) == expected


_WORDS = ["who", ",", "including", "were", "had", "been", "the", "men", "said"]


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), max_size=12))
def test_clause_asides_lie_inside_their_range(words: list[str]) -> None:
    from newsparse_events.asides import clause_asides

    tokens = newsparse.parse(" ".join(["12", "men", *words, "killed"])).token_columns
    b = len(tokens.texts) - 1
    for lo, hi in clause_asides(tokens, 1, b):
        assert 1 <= lo <= hi < b


def test_the_story_first_sentence_sets_the_place_of_a_later_event() -> None:
    (event,) = events(
        "On 9 May 2020, journalists protested in Hyderabad against the arrest of an editor. "
        "Police later arrested two journalists.",
    )
    assert event.place_text is not None and event.place_text.text == "Hyderabad"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A soldier was slightly wounded.", ("wounded", 1, "soldier")),
        ("Police officers were pelted with stones and one was seriously injured.", ("wounded", 1, None)),
        ("He said he was lightly wounded at his toe.", ("wounded", 1, "he")),
    ],
)
def test_a_degree_adverb_before_the_trigger_keeps_the_single_victim(
    text: str, expected: tuple[str, int, str | None]
) -> None:
    (event,) = events(text)
    assert (event.role, event.count and event.count.value, event.victims and event.victims.text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A policeman received injuries and several police vehicles were damaged.",
            ("wounded", 1, "policeman"),
        ),
        (
            "The man suffered facial injuries after an incident involving a group of men.",
            ("wounded", 1, "man"),
        ),
        ("Two policemen sustained injuries.", ("wounded", 2, "policemen")),
    ],
)
def test_a_single_subject_that_suffered_injuries(text: str, expected: tuple[str, int, str]) -> None:
    (event,) = events(text)
    assert (event.role, event.count and event.count.value, event.victims and event.victims.text) == expected


def test_injuries_without_a_suffering_subject_name_no_single_victim() -> None:
    assert not [
        e for e in events("Reports of injuries reached the hospital.") if e.count and e.count.value == 1
    ]
