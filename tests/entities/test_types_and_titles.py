"""Types decided by the whole document, and titles kept apart from names (session 5 rules).

Each case is a short passage written for the test (no corpus text): companies against people, lone
names typed by the document's other names, continents' adjectives, titles before and after a name.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.entities.helpers import entity_at, parse


def test_a_continent_adjective_is_a_demonym_of_the_continent() -> None:
    doc = parse("Asian markets fell on Monday while African runners won in Paris.")
    asia = entity_at(doc, "Asian")
    assert (asia.type, asia.canonical, asia.mentions[0].form) == ("LOC", "Asia", "demonym")
    assert entity_at(doc, "African").canonical == "Africa"


def test_a_continent_adjective_stays_inside_a_name() -> None:
    doc = parse("The Asian Tsunami Appeal raised money.")
    assert not any(e.canonical == "Asia" for e in doc.entities)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Sales rose, according to a recent report from analysts Gartner.", "Gartner"),
        ("It sold its stake in Australian brewers Castlemaine Toohey, he said.", "Castlemaine Toohey"),
    ],
)
def test_a_plural_descriptor_before_a_name_makes_an_organisation(text: str, name: str) -> None:
    assert entity_at(parse(text), name).type == "ORG"


def test_the_speaker_after_an_inverted_said_is_not_the_name_before_it() -> None:
    doc = parse("Sales tripled, outstripping Microsoft's Zorbox, said market analysts Chart-Track.")
    assert entity_at(doc, "Zorbox").type != "PERSON"


@pytest.mark.parametrize("name", ["IRB Sevens", "Sony PlayStation", "Nintendo GameCube"])
def test_acronyms_and_camel_case_make_no_person(name: str) -> None:
    doc = parse(f"Fans praised the {name} on Friday.")
    assert entity_at(doc, name).type != "PERSON"


def test_a_camel_case_surname_is_still_a_person() -> None:
    doc = parse("Coach Mark McCall praised Ally DeShawn.")
    assert entity_at(doc, "Mark McCall").type == "PERSON"


def test_a_lone_unknown_first_word_links_to_the_one_person_it_opens() -> None:
    doc = parse("Hicham El Guerrouj won twice in Athens. Hicham is someone I enjoy meeting.")
    hicham = entity_at(doc, "Hicham")
    assert hicham.canonical == "Hicham El Guerrouj"
    assert hicham.mentions[-1].form == "first_name"


def test_guesses_do_not_outvote_people_in_a_team_sheet() -> None:
    doc = parse("Van Gisbergen; Lewsey, Erinle, Abbott, Voyce; King, Dawson; Dowd, Greening, Green.")
    for name in ("Erinle", "Voyce", "Lewsey"):
        assert entity_at(doc, name).type == "PERSON", name


def test_a_town_name_in_a_team_sheet_is_a_surname() -> None:
    doc = parse("Morton, Moffat, Hore, Warnock, Moore, Thomson, Ford, Douglas, Blair, Stewart, Gray.")
    assert entity_at(doc, "Douglas").type == "PERSON"


def test_a_town_in_a_team_sheet_of_places_stays_a_place() -> None:
    doc = parse("Talks were held in Paris, London, Douglas and Berlin.")
    assert entity_at(doc, "Douglas").type == "GPE"


def test_a_first_name_and_a_town_after_a_demonym_is_one_person() -> None:
    doc = parse("She left European favourite Russian Irina Shevchenko trailing in sixth.")
    irina = entity_at(doc, "Irina Shevchenko")
    assert irina.type == "PERSON"
    assert entity_at(doc, "Russian").id == "russia"


def test_a_word_opening_one_company_name_is_its_short_name() -> None:
    doc = parse(
        "Shares rose after recommendations from Shearson Lehman Brothers. "
        "Analyst Theodore Semegran of Shearson said he raised his estimates."
    )
    shearson = entity_at(doc, "Shearson")
    assert shearson.type == "ORG"
    assert shearson.canonical == "Shearson Lehman Brothers"
    assert shearson.mentions[-1].form == "alias"


def test_a_located_word_opening_a_company_name_stays_the_place() -> None:
    doc = parse("Workers of Faruj Gas Company held a protest in Faruj on Monday.")
    assert entity_at(doc, "Faruj").type == "GPE"


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        (
            "It will grow, said Ken Kutaragi, Chief Operating Officer of Sony.",
            "Ken Kutaragi",
            "Chief Operating Officer",
        ),
        (
            '"We need money," Tetsuro Tsusaka, a telecoms analyst with Deutsche, said.',
            "Tetsuro Tsusaka",
            "telecoms analyst",
        ),
        ("Profit rose, chairman Sir Adam Thomson told reporters.", "Adam Thomson", "chairman"),
        ("Last week US Treasury Secretary John Snow told an audience.", "John Snow", "Treasury Secretary"),
        ("She met Jane Doe, editor of the Daily Post, on Monday.", "Jane Doe", "editor"),
    ],
)
def test_titles_before_and_after_the_name(text: str, name: str, title: str) -> None:
    mention = entity_at(parse(text), name).mentions[0]
    assert mention.title is not None and mention.title.text == title


def test_an_honorific_is_no_title() -> None:
    doc = parse("Sir Adam Thomson spoke, and Mr John Smith agreed.")
    assert entity_at(doc, "Adam Thomson").mentions[0].title is None
    assert entity_at(doc, "John Smith").mentions[0].title is None


def test_a_portfolio_opens_the_title_and_the_country_stays_a_mention() -> None:
    doc = parse("Last week US Treasury Secretary John Snow told an audience.")
    assert entity_at(doc, "US").id == "united-states"
    assert not any("Treasury" in m.text for e in doc.entities for m in e.mentions)


def test_a_title_alone_is_no_person() -> None:
    doc = parse("The post of Chief Operating Officer was created in May.")
    assert not any(e.type == "PERSON" for e in doc.entities)


_APPOSED = st.sampled_from(
    ["a", "the", "chief", "executive", "telecoms", "analyst", "Editor", "of", "with", ","]
)


@settings(max_examples=60, deadline=None)
@given(st.lists(_APPOSED, max_size=6), st.sampled_from(["John Kerry", "Jaime Ongpin", "Tetsuro Tsusaka"]))
def test_titles_after_a_name_are_spans_of_the_text_after_their_person(words: list[str], name: str) -> None:
    text = "Yesterday " + name + ", " + " ".join(words) + " Acme, said so."
    doc = parse(text)
    for entity in doc.entities:
        for mention in entity.mentions:
            if mention.title is not None:
                assert entity.type == "PERSON"
                title = mention.title
                assert title.end <= mention.start or title.start >= mention.end
                assert doc.text[title.start : title.end] == title.text
                assert title.text.strip() == title.text and title.text


@pytest.mark.parametrize(
    "text",
    [
        '"It hurt," Simon Wheatley, from Goldman Sachs, told Reuters.',
        "Parul Jain, deputy chief economist at Nomura Securities International, said so.",
    ],
)
def test_a_person_s_affiliation_is_an_organisation(text: str) -> None:
    doc = parse(text)
    org = next(e for e in doc.entities if e.canonical in ("Goldman Sachs", "Nomura Securities International"))
    assert org.type == "ORG"


def test_a_guess_does_not_follow_a_short_name_typed_by_default() -> None:
    doc = parse("Vodafone will let you use Vodafone Live as part of the deal.")
    assert entity_at(doc, "Vodafone").canonical == "Vodafone"


def test_a_british_party_is_an_organisation_with_tory_as_an_alias() -> None:
    doc = parse(
        "Former Tory leader William Hague joined Labour's Robin Cook and Liberal Democrat Paul Tyler. "
        "The Tories said the Conservative plan would reform the House of Lords."
    )
    tory = entity_at(doc, "Tory")
    assert (tory.type, tory.canonical) == ("ORG", "Conservative Party")
    assert entity_at(doc, "Tories").id == tory.id == entity_at(doc, "Conservative").id
    assert (entity_at(doc, "Labour").type, entity_at(doc, "Labour").canonical) == ("ORG", "Labour Party")
    assert entity_at(doc, "Liberal Democrat").canonical == "Liberal Democrats"
    assert entity_at(doc, "Paul Tyler").type == "PERSON"
    assert entity_at(doc, "House of Lords").type == "ORG"


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("Zorvatek said sales would rise. Zorvatek makes chips.", "Zorvatek", "ORG"),
        ("Zorvatek said he would resign. Zorvatek is 60.", "Zorvatek", "PERSON"),
        ("Zorvatek said that she would resign.", "Zorvatek", "PERSON"),
        ("Zorvatek wrote about the flood in his blog.", "Zorvatek", "PERSON"),
    ],
)
def test_a_verb_of_saying_makes_a_lone_name_a_person_only_with_more_evidence(
    text: str, name: str, kind: str
) -> None:
    assert entity_at(parse(text), name).type == kind


def test_a_sentence_opening_common_word_stays_in_a_name_written_elsewhere_in_a_sentence() -> None:
    doc = parse("Shares in rival Virgin Blue fell. Virgin Blue said profits would fall.")
    assert [m.text for e in doc.entities for m in e.mentions].count("Virgin Blue") == 2


def test_a_sentence_opening_common_word_is_dropped_when_the_name_is_never_written_so() -> None:
    doc = parse("Operating Zorvatek Kantor was hard. Analysts praised Zorvatek Kantor.")
    assert not any(m.text.startswith("Operating") for e in doc.entities for m in e.mentions)


def test_said_it_makes_a_name_not_written_like_a_person_an_organisation() -> None:
    assert entity_at(parse("Zorvatek Gold said it regretted the decision."), "Zorvatek Gold").type == "ORG"


def test_a_role_or_descriptor_opening_the_sentence_types_the_name_after_it() -> None:
    doc = parse("Rapper Zorvatek has a new album. Zorvatek sold more records.")
    assert entity_at(doc, "Zorvatek").type == "PERSON"


def test_a_demonym_before_a_party_is_a_national_branch() -> None:
    doc = parse("He rose in the Scottish Labour Party before he moved to London.")
    assert entity_at(doc, "Scottish Labour Party").type == "ORG"


def test_a_title_before_a_common_word_the_text_writes_in_lower_case_names_no_one() -> None:
    doc = parse("The general election is near. Labour will fight the General Election on tax.")
    assert not any(e.type == "PERSON" for e in doc.entities)
