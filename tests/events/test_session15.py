"""Issue 16, session 15: a field is filled only where the sentence's structure links it to the event."""

from __future__ import annotations

import pytest

import newsparse
from newsparse.annotations import Event

ENDINGS = ("\n", "\r\n", "\r")


def events(text: str, published: str | None = "1996-08-29") -> list[Event]:
    """The events layer of ``text`` parsed by the whole pipeline."""
    layer = newsparse.parse(text, published=published).layer("events")
    assert all(isinstance(e, Event) for e in layer)
    return list(layer)  # type: ignore[arg-type]


@pytest.mark.parametrize("ending", ENDINGS)
def test_the_hunts_day_is_not_the_killings(ending: str) -> None:
    """ "police on Wednesday continued to hunt a gunman after he killed his wife": no date is said."""
    found = events(
        f"Gunman still free.{ending}{ending}Australian police on Wednesday continued to hunt a gunman in "
        "dense bushland after he killed his wife and wounded three other people."
    )
    assert [e.role for e in found] == ["killed", "wounded"]
    assert all(e.date is None for e in found)


def test_a_sentence_for_a_killing_is_not_dated_by_the_sentencing() -> None:
    """ "was sentenced last year for killing Fortuyn": last year is when he was sentenced."""
    (event,) = events(
        "Pim Fortuyn was a Dutch politician. An animal rights activist was sentenced to 18 years in "
        "prison last year for killing Fortuyn."
    )
    assert event.date is None


def test_the_date_inside_the_after_clause_still_dates_it() -> None:
    """ "After bombers killed 59 people in Israel in February, X called ...": February is the killing's."""
    (event,) = events("After suicide bombers killed 59 people in Israel in February, Weizman called for calm")
    assert event.date is not None and event.date.text == "February"


def test_a_main_clause_killing_keeps_its_date() -> None:
    """ "Rebels killed five soldiers on Sunday after ambushing a patrol": Sunday is the killing's."""
    (event,) = events("Rebels killed five soldiers on Sunday after ambushing a patrol near the border.")
    assert event.date is not None and event.date.text == "Sunday"


def test_a_killing_told_as_what_the_media_highlighted_is_not_dated_by_it() -> None:
    """ "Last week the media highlighted the killing of X": the week times the highlighting."""
    (event,) = events(
        "Only last week, the world media highlighted the killing of the Dutch film maker Theo van Gogh."
    )
    assert event.date is None


def test_a_toll_that_rose_keeps_its_date() -> None:
    """ "The death toll rose to 20 on Sunday": the toll's subject keeps the day."""
    (event,) = events("The death toll from the floods rose to 20 on Sunday.")
    assert event.date is not None and event.date.text == "Sunday"


def test_a_gerund_with_an_object_keeps_its_date() -> None:
    """ "admitted kidnapping two girls a year ago": the kidnapping's own time."""
    found = events("He also admitted kidnapping two other girls, An Marchal and Eefje Lambrecks, a year ago.")
    assert found and found[0].date is not None and found[0].date.text == "a year ago"


def test_a_destination_is_not_where_they_died() -> None:
    """ "killed on the plane, which crashed as it left for Florida": Florida is where it was going."""
    found = events("She and eight others were killed on the plane, which crashed as it left for Florida.")
    assert found and all(e.place_text is None for e in found)


def test_a_border_is_not_where_they_were_wounded() -> None:
    """ "ambushed their patrol on the Thai side of the border with Burma": not Burma."""
    found = events(
        "The two were wounded on Sunday when rebels ambushed their patrol on the Thai side of the border "
        "with Burma."
    )
    assert found and all(e.place_text is None or e.place_text.text != "Burma" for e in found)


def test_abducted_from_a_village_is_there() -> None:
    """ "abducted 5 civilians from Kipulu village": Kipulu (where they were taken)."""
    found = events("On 30 April 2020, militiamen abducted 5 civilians from Kipulu village in an incursion.")
    assert found and found[0].place_text is not None and found[0].place_text.text.startswith("Kipulu")


def test_a_place_after_in_is_still_taken() -> None:
    """ "were killed in fighting in Tunceli province": Tunceli."""
    (event,) = events("Ten rebels were killed in fighting in Tunceli province, the governor's office said.")
    assert event.place_text is not None and event.place_text.text.startswith("Tunceli")


def test_the_place_a_possessor_owns_is_where_it_happened() -> None:
    """ "shot dead in Serbia's troubled Kosovo province": Kosovo, not Serbia."""
    (event,) = events("A policeman has been shot dead in Serbia's troubled Kosovo province, police said.")
    assert event.place_text is not None and event.place_text.text == "Kosovo"


def test_a_capital_written_after_its_country_is_the_place() -> None:
    """ "killed 10 people in Romania's capital Bucharest": Bucharest."""
    (event,) = events("Viral meningitis has killed 10 people in Romania's capital Bucharest this month.")
    assert event.place_text is not None and event.place_text.text == "Bucharest"


def test_who_led_police_to_the_bodies_did_not_kill_in_that_sentence() -> None:
    """ "Dutroux led police to the bodies of two girls": the clause says where they were, not who killed."""
    found = events("Dutroux led police to the bodies of two eight-year-old girls in another of his houses.")
    assert found and all(e.perpetrator_text is None for e in found)


def test_a_means_is_no_perpetrator() -> None:
    """ "6 fighters were killed by direct fire and 3 were killed by IEDs": means, not actors."""
    found = events("Six fighters were killed by direct fire and three were killed by IEDs, officials said.")
    assert [e.role for e in found] == ["killed", "killed"]
    assert all(e.perpetrator_text is None for e in found)


def test_a_shell_that_killed_is_no_perpetrator() -> None:
    """ "an artillery shell hit a restaurant and injured three civilians": the shell is the means."""
    (event,) = events("On Monday, an artillery shell hit a restaurant and injured three civilians.")
    assert event.perpetrator_text is None


def test_an_armed_group_by_its_figure_is_still_the_perpetrator() -> None:
    """ "shot and injured by three armed men": the men (the phrase names an actor noun)."""
    (event,) = events("A man was shot and injured by three armed men in the market on Sunday.")
    assert event.perpetrator_text is not None and "three" in event.perpetrator_text.text


def test_a_bare_figure_is_no_perpetrator() -> None:
    """ "1 killed 3 injured": the figure is a victim count."""
    found = events("A mob of 14 people attacked a youth and 3 others in Jathol village. 1 killed 3 injured.")
    assert all(e.perpetrator_text is None or not e.perpetrator_text.text.isdigit() for e in found)


@pytest.mark.parametrize(
    "sentence",
    [
        "On 28 April 2020, Taliban militants attacked militia forces, causing 3 casualties, in Logar.",
        "On 29 April 2020, Houthi forces attacked the front but retreated after incurring fatalities.",
        "On 6 May 2020, clashes erupted on the Sirwah frontline, resulting in the death of a commander.",
    ],
)
def test_a_verb_that_tells_the_casualties_keeps_the_leading_date(sentence: str) -> None:
    """ "On <day>, ... causing 3 casualties": the day is the casualties' (no other act is dated)."""
    found = events(sentence, published="2020-05-10")
    assert found and found[0].date is not None and found[0].date.value is not None
    assert found[0].date.value.startswith("2020-0")


def test_an_area_after_a_comma_is_still_the_place() -> None:
    """ "on the road that leads to La Flor, Durango, a man was found dead": Durango is the area."""
    (event,) = events(
        "Around 5 May 2020 (as reported), on the road that leads to La Flor, Durango, a man was found dead.",
        published="2020-05-08",
    )
    assert event.place_text is not None


def test_a_place_of_another_facts_toll_is_not_this_ones() -> None:
    """ "five soldiers were killed by a bomb blast, bringing the death toll in Iraq to 1,971": Iraq is
    the running toll's place, not the blast's."""
    found = events(
        "The military announced that five American soldiers were killed by a bomb blast on the day of the "
        "referendum, bringing the U.S. death toll in Iraq to 1,971."
    )
    blast = [e for e in found if e.count is not None and e.count.value == 5]
    assert blast and blast[0].place_text is None


def test_who_later_killed_himself_is_not_placed_or_dated_by_the_main_clause() -> None:
    """ "shot outside his Florida home in 1997 by X, who later killed himself": neither is the suicide's."""
    found = events(
        "The collection was housed at his New York townhouse. "
        "The designer was shot outside his Florida home in 1997 by suspected serial killer Andrew "
        "Cunanan, who later killed himself. The auction will feature 45 paintings.",
        published="2005-02-01",
    )
    suicide = [e for e in found if e.trigger.text == "killed"]
    assert suicide and suicide[0].place_text is None and suicide[0].date is None
