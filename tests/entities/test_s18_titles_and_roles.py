"""Session 18: one-word titles before a name (abbreviations, "MP", a capitalised role) and role nouns
that stand for the one named holder of a title ("the chancellor")."""

from __future__ import annotations

import pytest

from tests.entities.helpers import entity_at, parse


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("Gen. David Petraeus spoke on Monday.", "David Petraeus", "Gen."),
        ("Pervez Musharraf spoke on Monday. Later Gen Musharraf told reporters.", "Musharraf", "Gen"),
        ("Prof Reddy also said the network was slow.", "Reddy", "Prof"),
        ("Actor Jamie Foxx won the award.", "Jamie Foxx", "Actor"),
        ("On Monday, Labour MP Diane Abbott said no.", "Diane Abbott", "MP"),
        ("On Monday, Green MEP Caroline Lucas welcomed it.", "Caroline Lucas", "Green MEP"),
        ("Voters in East Midlands MEP Robert Kilroy-Silk's region cheered.", "Robert Kilroy-Silk", "MEP"),
        ("King Fahd met the envoy in Riyadh.", "Fahd", "King"),
        ("Chancellor Gerhard Schroeder said no.", "Gerhard Schroeder", "Chancellor"),
    ],
)
def test_a_one_word_title_is_a_field_of_the_mention(text: str, name: str, title: str) -> None:
    mention = next(m for m in entity_at(parse(text), name).mentions if m.text == name)
    assert mention.title is not None and mention.title.text == title


@pytest.mark.parametrize("text", ["Mr Blair met the envoy.", "Dr Smith met the envoy."])
def test_honorifics_stay_no_titles(text: str) -> None:
    doc = parse(text)
    assert all(m.title is None for e in doc.entities for m in e.mentions)


def test_the_role_noun_of_the_one_holder_is_a_description() -> None:
    text = "Chancellor Gerhard Schroeder spoke on Tuesday. The chancellor added that talks would go on."
    person = entity_at(parse(text), "Gerhard Schroeder")
    assert [(m.text, m.form, m.start) for m in person.descriptions] == [
        ("chancellor", "role", text.rindex("chancellor"))
    ]


@pytest.mark.parametrize(
    "text",
    [
        "President Bush met President Putin. The president said talks went well.",  # two holders
        "The chancellor spoke first. Later Chancellor Gerhard Schroeder agreed.",  # before the name
        "Deputy Mayor Nicky Gavron spoke. The mayor said nothing.",  # a deputy is no mayor
        "Lord Falconer spoke. The lord chancellor said nothing.",  # "lord" is no role
        "Chancellor Gerhard Schroeder spoke. The chancellor of Austria said nothing.",
        "Tommy Haas, the third seed, won. He beat the fifth seed.",  # an apposition's role
        "Singer Will Young spoke. The Singer's Guild gave him a prize.",  # a capitalised word: a name
        "Attorney General John Ashcroft spoke. The general public was not told.",  # no role alone
        "Major John Smith spoke. The major banks said nothing.",
    ],
)
def test_no_description_where_the_holder_is_not_alone_or_the_phrase_is_another(text: str) -> None:
    doc = parse(text)
    assert all(not e.descriptions for e in doc.entities)


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Tory leader Michael Howard spoke. Labour leader Tony Blair spoke. The Tory leader said no.",
         "Michael Howard", "Tory leader"),
        ("British and Irish Lions coach Clive Woodward spoke. It was awesome, said the Lions coach.",
         "Clive Woodward", "Lions coach"),
        ("Traian Basescu, the President of Romania, met the MEPs. The Romanian President told them.",
         "Traian Basescu", "Romanian President"),
        ("Ken Kutaragi, Chief Operating Officer of Sony, spoke. The Sony officer said it ships in May.",
         "Ken Kutaragi", "Sony officer"),
        ("King Fahd said today Saudi Arabia wants stability. The King replied that it did not.",
         "Fahd", "King"),
    ],
)
def test_a_qualified_or_capitalised_role_is_a_description(text: str, name: str, role: str) -> None:
    """The claims layer's role-noun cases, answered here once: a role written with the word or place
    that qualifies it, and a one-word capitalised role with no possessive."""
    person = entity_at(parse(text), name)
    assert [m.text for m in person.descriptions] == [role]


@pytest.mark.parametrize(
    "text",
    [
        "Shadow foreign secretary Michael Ancram spoke. The Foreign Secretary told the BBC no.",
        "Former Labour leader Neil Kinnock spoke. The Labour leader said nothing.",
    ],
)
def test_a_qualifier_written_just_before_the_title_keeps_it_apart(text: str) -> None:
    """"Shadow" or "former" just before a title (outside it) makes the holder no holder of the office."""
    assert all(not e.descriptions for e in parse(text).entities)


def test_the_longer_role_wins() -> None:
    text = (
        "Prime Minister Tony Blair met Foreign Minister Igor Ivanov. The minister left. "
        "The prime minister sat."
    )
    doc = parse(text)
    blair, ivanov = entity_at(doc, "Tony Blair"), entity_at(doc, "Igor Ivanov")
    assert [m.text for m in blair.descriptions] == ["prime minister"] and not ivanov.descriptions


def test_the_venue_closing_a_fixture_line_is_a_place() -> None:
    text = (
        "BASEBALL - STANDINGS.\n\nDETROIT 80 53 .602 -\n\nCHICAGO 71 64 .526 10\n\n"
        "SATURDAY'S SCHEDULE\n\nCHICAGO AT DETROIT\n"
    )
    doc = parse(text)
    venue = text.rindex("DETROIT")
    team = next(e for e in doc.entities if any(m.start == text.index("DETROIT") for m in e.mentions))
    place = next(e for e in doc.entities if any(m.start == venue for m in e.mentions))
    assert team.type == "ORG" and place.type == "GPE"


def test_a_finalist_is_a_person() -> None:
    text = "Agassi won, but Wimbledon finalist MaliVai Washington lost. Washington said he was tired."
    person = entity_at(parse(text), "MaliVai Washington")
    assert person.type == "PERSON" and len(person.mentions) == 2


def test_a_letter_with_a_longer_lower_case_keeps_the_offsets() -> None:
    text = "In İstanbul, Chancellor Gerhard Schroeder spoke. The chancellor left İzmir. The chancellor sat."
    person = entity_at(parse(text), "Gerhard Schroeder")
    assert [text[d.start : d.end] for d in person.descriptions] == ["chancellor", "chancellor"]
    assert [d.start for d in person.descriptions] == [text.index("chancellor"), text.rindex("chancellor")]


def test_an_abbreviated_title_opening_the_sentence_is_a_title() -> None:
    """"Gen Pinochet denied ...": "Gen" is no common word opening the sentence but the title."""
    mention = entity_at(parse("Gen Pinochet denied the charges on Monday."), "Pinochet").mentions[0]
    assert mention.title is not None and mention.title.text == "Gen"
    assert entity_at(parse("Gen Pinochet denied the charges on Monday."), "Pinochet").type == "PERSON"


@pytest.mark.parametrize("day", ["Labor Day", "Memorial Day", "Anzac Day", "Remembrance Day"])
def test_a_public_day_is_no_entity(day: str) -> None:
    """The guidelines annotate no holiday: "Labor Day" was an organisation, "Anzac Day" a person."""
    doc = parse(f"Shops in the city will close on {day}, the union said.")
    assert all(day not in m.text and "Day" not in m.text for e in doc.entities for m in e.mentions)


def test_a_name_before_a_hyphened_participle_is_cut_from_it() -> None:
    """"The ETA-claimed attack", "A Basque-claimed blast": no name ends with the participle;
    "State-owned" opening a sentence is no name at all."""
    doc = parse("The ETA-claimed attack failed. A Basque-claimed blast hit Madrid. State-owned firms fell.")
    texts = [m.text for e in doc.entities for m in e.mentions]
    assert "Basque" in texts and not any("-" in t or t.startswith("State") for t in texts)
