"""A title word after an organisation's "of" opens the rest of its name; a cut before a title leaves no
"of" at a name's end (session 26, issue 14)."""

from __future__ import annotations

from tests.entities.helpers import entity_at, parse


def _texts(text: str) -> list[str]:
    """Every mention's text of the parsed ``text``."""
    return [m.text for e in parse(text).entities for m in e.mentions]


def test_a_ministry_of_foreign_affairs_is_one_name() -> None:
    doc = parse("Women will work in the Ministry of Foreign Affairs for the first time.")
    assert entity_at(doc, "Ministry of Foreign Affairs").type == "ORG"


def test_a_title_word_with_common_words_after_of_is_part_of_the_name() -> None:
    doc = parse("The Association of Chief Police Officers has issued guidance to forces.")
    assert entity_at(doc, "Association of Chief Police Officers").type == "ORG"


def test_a_title_before_a_person_still_cuts_and_the_of_is_dropped() -> None:
    texts = _texts("The ruling National Democratic Party of President Hosni Mubarak took 75 pct.")
    assert "National Democratic Party" in texts
    assert "Hosni Mubarak" in texts
    assert not [t for t in texts if t.endswith(" of")]


def test_a_title_with_a_name_after_the_common_words_cuts_there() -> None:
    texts = _texts("He said the Ministry of Foreign Affairs spokesman Zhu Bangzao spoke.")
    assert "Ministry of Foreign Affairs" in texts
    assert "Zhu Bangzao" in texts
