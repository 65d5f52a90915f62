"""Issue 16, session 11 round 2: a named single victim of an active trigger; a shared subject."""

from __future__ import annotations

import newsparse
from newsparse.annotations import Event


def events(text: str, published: str = "2020-05-08") -> list[Event]:
    """The events layer of ``text`` parsed by the whole pipeline."""
    layer = newsparse.parse(text, published=published).layer("events")
    assert all(isinstance(e, Event) for e in layer)
    return list(layer)  # type: ignore[arg-type]


def test_a_person_named_after_an_active_trigger_is_one_victim() -> None:
    """ "Gunmen killed John Smith": one death, John Smith's, by the gunmen."""
    (event,) = events("Gunmen killed John Smith in Lagos on Monday.")
    assert event.count is not None and event.count.value == 1
    assert event.victims is not None and event.victims.text == "John Smith"
    assert event.perpetrator_text is not None and event.perpetrator_text.text == "Gunmen"


def test_a_possessor_name_is_not_the_victim() -> None:
    """ "killed John Smith's brother": the victim is not John Smith."""
    for event in events("Gunmen killed John Smith's brother on Monday."):
        assert event.victims is None or event.victims.text != "John Smith"


def test_an_adjectival_participle_is_no_event_on_the_name() -> None:
    """ "replacing the injured Phil Vickery" tells no injury done to him here."""
    found = events(
        "Matt Stevens comes in for the injured Phil Vickery, and Williams replaces injured Colin Charvis."
    )
    assert not any(
        e.victims is not None and e.victims.text in {"Phil Vickery", "Colin Charvis"} for e in found
    )


def test_a_kin_noun_before_the_name_belongs_to_the_victim() -> None:
    """ "the murder of their brother Robert McCartney": one; a later "murder of Robert McCartney" too."""
    found = events(
        "The sisters want justice for the murder of their brother Robert McCartney. "
        "The IRA has been linked to the murder of Robert McCartney."
    )
    killed = [e for e in found if e.role == "killed"]
    assert len(killed) == 1
    assert killed[0].victims is not None and killed[0].victims.text == "their brother Robert McCartney"


def test_a_name_in_the_next_sentence_names_the_told_victim() -> None:
    """ "A Canadian soldier was killed ... The blast killed Matthew McCully": one death, McCully's."""
    found = events(
        "The 55th Canadian soldier was killed in Afghanistan. The blast killed Matthew McCully on Friday."
    )
    killed = [e for e in found if e.role == "killed"]
    assert len(killed) == 1
    assert killed[0].count is not None and killed[0].count.value == 1
    assert killed[0].victims is not None and killed[0].victims.text == "Matthew McCully"


def test_a_conjoined_verb_shares_its_first_verbs_subject() -> None:
    """ "FARDC soldiers killed 4 militiamen and detained 2 others": the soldiers detained them."""
    found = events(
        "On 1 May 2020, FARDC soldiers killed 4 ADF militiamen and detained 2 others near the Semliki river."
    )
    (held,) = [e for e in found if e.role == "arrested"]
    assert held.perpetrator_text is not None and "FARDC" in held.perpetrator_text.text
