"""Issue 16, session 13 round 2: dates told with an earlier mention of the means, how a death was
done told later, a possessive's single victim, "kicked to death"."""

from __future__ import annotations

import pytest

import newsparse
from newsparse.annotations import Event


def events(text: str, published: str | None = "2020-05-08") -> list[Event]:
    """The events layer of ``text`` parsed by the whole pipeline."""
    layer = newsparse.parse(text, published=published).layer("events")
    assert all(isinstance(e, Event) for e in layer)
    return list(layer)  # type: ignore[arg-type]


def killed(found: list[Event]) -> list[Event]:
    """The killed events."""
    return [e for e in found if e.role == "killed"]


def test_date_of_an_earlier_mention_of_the_means() -> None:
    """The earthquake dated before dates the undated deaths it caused."""
    text = (
        "Workers struck against measures imposed after a major earthquake on March 5. "
        "The government adopted the measures following an earthquake that killed up to 1,000 people."
    )
    (event,) = killed(events(text, published="1987-03-26"))
    assert event.date is not None and event.date.value == "1987-03-05"


def test_date_of_the_occasion_named_by_the_day_of() -> None:
    """ "on the day of the referendum" takes the day "Saturday's referendum" was on."""
    text = (
        "Results from Saturday's referendum were announced. "
        "The army said five soldiers were killed by a bomb blast on the day of the referendum."
    )
    (event,) = killed(events(text, published="2005-10-17"))
    assert event.date is not None and event.date.value == "2005-10-15"


def test_no_date_when_the_means_was_never_dated() -> None:
    """An earthquake named before with no date gives no date."""
    text = "A major earthquake hit the region. The earthquake killed up to 1,000 people."
    (event,) = killed(events(text, published="1987-03-26"))
    assert event.date is None


@pytest.mark.parametrize(("day", "value"), [("9 May 2020", "2020-05-09"), ("9 June 2021", None)])
def test_only_a_past_date_of_the_occasion(day: str, value: str | None) -> None:
    """A date after the story's is no date of a death it reports; one before is."""
    text = (
        f"The election on {day} was announced.\n\nOfficials met.\n\n"
        "Bombers killed 5 people on the day of the election."
    )
    (event,) = killed(events(text, published="2020-05-20"))
    assert (event.date.value if event.date is not None else None) == value


def test_manner_told_later_gives_the_actor() -> None:
    """ "The dead were all shot by riot police" names who killed the dead told before."""
    text = "At least 33 people have died in protests in Addis Ababa. The dead were all shot by riot police."
    (event,) = killed(events(text))
    assert event.perpetrator_text is not None and event.perpetrator_text.text == "riot police"


def test_manner_names_the_same_victim_with_its_place_and_date() -> None:
    """ "The designer was shot outside his Florida home in 1997 by X" completes the designer's murder."""
    text = (
        "The art of murdered fashion designer Gianni Versace will be sold. "
        "The 51-year-old designer was shot outside his Florida home in 1997 by Andrew Cunanan."
    )
    event = killed(events(text))[0]
    assert event.perpetrator_text is not None and "Andrew Cunanan" in event.perpetrator_text.text
    assert event.place_text is not None and event.place_text.text == "Florida"
    assert event.date is not None and event.date.value == "1997"


@pytest.mark.parametrize(
    "text",
    [
        # another group: the wounded man is not "the dead"
        "Two men died in Kabul. A police officer was shot by gunmen on Monday.",
        # another death told between: "the dead" may be its victims
        "Two men died in Kabul. Three women were killed in Herat. The dead were shot by gunmen.",
    ],
)
def test_no_manner_for_other_victims(text: str) -> None:
    """A later shooting of other people, or after another death, gives the first death no actor."""
    first = killed(events(text))[0]
    assert first.perpetrator_text is None


@pytest.mark.parametrize(
    ("text", "victims"),
    [
        ("Their brother was killed in Belfast.", "brother"),
        ("Gunmen killed their leader on Monday.", "leader"),
        ("Its commander died in the attack.", "commander"),
    ],
)
def test_possessive_single_victim(text: str, victims: str) -> None:
    """ "their brother", "its commander": one person, like "his brother"."""
    (event,) = killed(events(text))
    assert event.count is not None and event.count.value == 1
    assert event.victims is not None and event.victims.text == victims


def test_possessive_plural_stays_a_group() -> None:
    """ "their soldiers" is a group, not one victim."""
    (event,) = killed(events("Their soldiers were killed in Belfast."))
    assert event.count is None or event.count.value != 1


def test_kicked_to_death() -> None:
    """ "stabbed and kicked to death" is a killing."""
    (event,) = killed(events("Their brother was stabbed and kicked to death in a bar in Belfast."))
    assert event.place_text is not None and event.place_text.text == "Belfast"


def test_background_death_retold_by_the_same_noun() -> None:
    """A murder told as a campaign's occasion, retold as "Their brother was stabbed ... in Belfast": one."""
    text = (
        "The sisters campaign for justice for those responsible in the murder of their brother Robert "
        "McCartney. Their brother was stabbed and kicked to death after an altercation in a bar in Belfast."
    )
    (event,) = killed(events(text))
    assert event.victims is not None and "McCartney" in event.victims.text
    assert event.place_text is not None and event.place_text.text == "Belfast"


def test_background_death_not_retold_by_another_person() -> None:
    """ "Their father was killed" is not the brother's murder told before."""
    text = (
        "The sisters campaign for justice for those responsible in the murder of their brother Robert "
        "McCartney. Their father was killed in Belfast in 1990."
    )
    assert len(killed(events(text))) == 2
