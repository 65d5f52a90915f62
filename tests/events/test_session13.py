"""Issue 16, session 13: the larger places chained after an event's place, Arabic names."""

from __future__ import annotations

import pytest

import newsparse
from newsparse.annotations import Event


def events(text: str, published: str | None = "2020-05-08") -> list[Event]:
    """The events layer of ``text`` parsed by the whole pipeline."""
    layer = newsparse.parse(text, published=published).layer("events")
    assert all(isinstance(e, Event) for e in layer)
    return list(layer)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "place", "areas"),
    [
        (
            "A man was killed in Kabafukuzi village in Nabingoola subcounty (Mubende district).",
            "Kabafukuzi",
            ["Nabingoola", "Mubende"],
        ),
        (
            "Four cadres were killed near Pardhoni village under Manpur Police Station limits (Rajnandgaon).",
            "Pardhoni",
            ["Manpur Police Station", "Rajnandgaon"],
        ),
        (
            "A man was killed in Jathol village, in Amritsar (Punjab) over a property dispute.",
            "Jathol",
            ["Amritsar", "Punjab"],
        ),
        (
            "Gunmen killed a policeman in Antanimary, in the commune of Vohimanga (Bekily District, Androy).",
            "Antanimary",
            ["Vohimanga", "Bekily District", "Androy"],
        ),
        (
            "Gunmen killed a farmer in Teerage village, west of Gaalkacyo town (Mudug).",
            "Teerage",
            ["Gaalkacyo", "Mudug"],
        ),
        (
            "Gunmen killed a policeman in the village of Monge, about ten kilometers from Otomabere (Ituri).",
            "Monge",
            ["Otomabere", "Ituri"],
        ),
        (
            "Police arrested 20 protesters outside Geo office on Murree road in Rawalpindi city (Punjab).",
            "Geo",
            ["Murree", "Rawalpindi", "Punjab"],
        ),
        (
            "Soldiers killed 2 militants at Osyan village (Kurdish name) in Besta area of Sirnak.",
            "Osyan",
            ["Besta", "Sirnak"],
        ),
        (
            "Police injured 3 protesters at Karisyaka cemetery in Yenimahalle, Ankara.",
            "Karisyaka",
            ["Yenimahalle", "Ankara"],
        ),
        (
            "Police injured a woman in Sonfonia Gare 2 neighbourhood of Conakry city (Kaloum, Conakry).",
            "Sonfonia Gare",
            ["Conakry", "Kaloum"],
        ),
    ],
)
def test_the_larger_places_chained_after_a_place_are_its_areas(
    text: str, place: str, areas: list[str]
) -> None:
    (event,) = events(text)
    assert event.place_text is not None and event.place_text.text.startswith(place)
    assert [a.text for a in event.areas] == areas


def test_an_arabic_article_joined_to_a_name_stays_in_the_name() -> None:
    (event,) = events("An attack left 3 fighters dead near Umm al-Karami village, east of Al-Azim.")
    assert event.place_text is not None and event.place_text.text == "Umm al-Karami"
    assert [a.text for a in event.areas] == ["Al-Azim"]


@pytest.mark.parametrize(
    "text",
    [
        "Two soldiers were killed in Jalalabad under Taliban control, officials said.",
        "Two soldiers were killed in Jalalabad, about ten of them officers.",
        "Two soldiers were killed in Jalalabad on Monday.",
    ],
)
def test_no_area_without_a_place_name_after_the_link(text: str) -> None:
    event = events(text)[0]
    assert event.place_text is not None and event.place_text.text == "Jalalabad"
    assert [a.text for a in event.areas] == []


def test_a_sentence_placing_the_incident_its_casualty_names_is_read_further_away() -> None:
    text = (
        "The man says he was lightly wounded at his toe due to the shooting. "
        "He also claims to have been beaten up earlier. "
        "The group says an officer was at the scene and demands an investigation. "
        "Later, the authorities announced that they arrested the soldier. "
        "The shooting which took place on July 7 in Nilin, West Bank."
    )
    (wounded, _arrested) = events(text)
    assert wounded.place_text is not None and wounded.place_text.text.startswith("Nilin")


def test_a_far_incident_sentence_does_not_place_a_casualty_that_names_no_incident() -> None:
    text = (
        "The man says he was lightly wounded at his toe. "
        "He also claims to have been beaten up earlier. "
        "The group says an officer was at the scene and demands an investigation. "
        "Later, the authorities announced that they arrested the soldier. "
        "The shooting which took place on July 7 in Nilin, West Bank."
    )
    wounded = events(text)[0]
    assert wounded.place_text is None


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "A car bomb killed 12 soldiers in Kabul. The Taliban claimed responsibility for the attack.",
            "The Taliban",
        ),
        ("A car bomb killed 12 soldiers in Kabul. No group has claimed responsibility for the attack.", None),
        ("Gunmen killed 12 soldiers in Kabul. The Taliban claimed responsibility for the attack.", "Gunmen"),
        ("A bomb killed five people. It was a market day. It claimed responsibility.", None),
    ],
)
def test_the_claimant_of_an_attack_told_after_it_is_its_perpetrator(text: str, actor: str | None) -> None:
    (event,) = events(text)
    found = event.perpetrator_text.text if event.perpetrator_text is not None else None
    assert found == actor


def test_a_claim_told_before_the_casualty_or_far_after_it_names_no_perpetrator() -> None:
    text = (
        "The Taliban claimed responsibility for an attack last year. "
        "A bomb killed five people in Kabul on Monday. Officials gave no details. The city was calm. "
        "Shops reopened. Al Qaeda claimed responsibility for a raid."
    )
    (event,) = events(text)
    assert event.perpetrator_text is None


def test_a_lower_case_joiner_inside_a_name_stays_in_it() -> None:
    (event,) = events("Taliban fighters killed 3 soldiers in Kharistan area of Qala i Naw district, Badghis.")
    assert [a.text for a in event.areas] == ["Qala i Naw", "Badghis"]
