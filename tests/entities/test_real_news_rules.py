"""Rules for the misses seen on real wire stories: datelines, titles, companies, places in notes."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsparse import Document, Span
from newsparse_entities.resolve import GUESS_CONFIDENCE
from newsparse_entities.words import words_of
from tests.entities.helpers import entity_at, parse


def test_dateline_in_capitals_is_not_glued_to_the_next_name() -> None:
    doc = parse("BEIRUT Bomb blasts killed 20 people near the port on Monday.")
    beirut = entity_at(doc, "BEIRUT")
    assert beirut.type == "GPE"
    assert beirut.mentions[0].form == "dateline"
    assert not any("Bomb" in m.text for e in doc.entities for m in e.mentions)


def test_a_two_word_dateline_is_cut_from_the_next_name_too() -> None:
    doc = parse("NEW YORK Stocks rose on Monday after Apple Inc reported results.")
    assert entity_at(doc, "NEW YORK").type == "GPE"
    assert not any("Stocks" in m.text for e in doc.entities for m in e.mentions)


def test_a_capitalised_name_opening_a_wrapped_line_is_no_dateline() -> None:
    doc = parse("It was the first win of the season for the\nUS Open champion Svetlana Kuznetsova on Monday.")
    assert entity_at(doc, "US Open").type == "EVENT"


_DATELINE_PIECES = ["BEIRUT", "NEW", "YORK", "Bomb", "Stocks", "John", "Kerry", "said", "\n", ".", "-", ":"]


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(_DATELINE_PIECES), max_size=16).map(" ".join))
def test_no_mention_runs_across_a_dateline(text: str) -> None:
    words = words_of(Document(text))
    assert all(0 < k <= len(words) for k in words.after_dateline)
    doc = parse(text)
    cuts = {words.start[k] for k in words.after_dateline if k < len(words)}
    for entity in doc.entities:
        for m in entity.mentions:
            assert not any(m.start < cut < m.end for cut in cuts), (text, m)


def test_title_with_of_is_kept_apart_and_the_country_linked() -> None:
    doc = parse("U.S. Secretary of State John Kerry met officials on Monday.")
    kerry = entity_at(doc, "John Kerry")
    assert kerry.type == "PERSON"
    title = kerry.mentions[0].title
    assert isinstance(title, Span)
    assert title.text == "Secretary of State"
    assert doc.text[title.start : title.end] == title.text
    assert entity_at(doc, "U.S.").id == "united-states"


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("Israeli Foreign Minister Shimon Peres arrived.", "Shimon Peres", "Foreign Minister"),
        ("Philippines finance minister Jaime Ongpin said so.", "Jaime Ongpin", "finance minister"),
        ("He met Minister of Foreign Affairs Sergei Lavrov.", "Sergei Lavrov", "Minister of Foreign Affairs"),
        ("Leicester coach John Wells saluted his side.", "John Wells", "coach"),
    ],
)
def test_titles_and_roles_before_a_name(text: str, name: str, title: str) -> None:
    mention = entity_at(parse(text), name).mentions[0]
    assert mention.title is not None and mention.title.text == title


def test_a_name_with_no_title_has_none() -> None:
    doc = parse("Angela Merkel spoke in Berlin.")
    assert entity_at(doc, "Angela Merkel").mentions[0].title is None


def test_company_canonical_name_leaves_out_the_legal_suffix() -> None:
    doc = parse("Shares of Du Pont Co rose today. Du Pont said profits would grow.")
    du_pont = entity_at(doc, "Du Pont Co")
    assert du_pont.type == "ORG"
    assert du_pont.canonical == "Du Pont"


def test_an_acronym_that_says_is_an_organisation() -> None:
    doc = parse("Sony, IBM and Toshiba built the chip. IBM said it was pleased.")
    assert entity_at(doc, "IBM").type == "ORG"


def test_possessed_corporate_nouns_make_an_organisation() -> None:
    doc = parse("Zorvex's chief executive resigned on Monday.")
    assert entity_at(doc, "Zorvex").type == "ORG"


def test_a_lone_first_name_links_to_the_one_person_who_has_it() -> None:
    doc = parse("Kelly Holmes won two golds in Athens. Later Kelly said it was a dream.")
    kelly = entity_at(doc, "Kelly")
    assert kelly.canonical == "Kelly Holmes"
    assert kelly.mentions[-1].form == "first_name"


def test_names_listed_with_people_are_people() -> None:
    doc = parse("Replacements: Gotting, McKenzie, Biljon, Johnson, Smith, Brown.")
    assert entity_at(doc, "Biljon").type == "PERSON"
    assert entity_at(doc, "Gotting").type == "PERSON"


def test_places_in_locating_brackets() -> None:
    doc = parse("Clashes erupted at Bab Ghaliq (Qaatabah, Ad Dali) on Monday.")
    for name in ("Bab Ghaliq", "Qaatabah", "Ad Dali"):
        assert entity_at(doc, name).type == "GPE", name


def test_a_region_after_a_known_place_is_a_place() -> None:
    doc = parse("On 9 May, in Zamora, Michoacan, a man was found dead.")
    assert entity_at(doc, "Michoacan").type == "GPE"


def test_an_organisation_after_an_opening_clause_stays_one() -> None:
    doc = parse("With 15 million customers in Japan, Zorvex has found it hard. Zorvex said so.")
    assert entity_at(doc, "Zorvex").type != "GPE"


def test_a_name_with_no_evidence_is_marked_as_a_guess() -> None:
    doc = parse("The deal was struck with Zorvex on Monday.")
    assert entity_at(doc, "Zorvex").confidence == GUESS_CONFIDENCE
    doc = parse("Angela Merkel spoke in Berlin.")
    assert entity_at(doc, "Angela Merkel").confidence is None


_TITLE_WORDS = st.sampled_from(
    ["President", "Prime", "Minister", "Secretary", "of", "State", "finance", "minister", "coach", "the", ","]
)


@settings(max_examples=60, deadline=None)
@given(st.lists(_TITLE_WORDS, max_size=6), st.sampled_from(["John Kerry", "Jaime Ongpin", "Kerry"]))
def test_titles_are_spans_of_the_text_before_their_person(words: list[str], name: str) -> None:
    text = "Yesterday " + " ".join(words) + " " + name + " said so."
    doc = parse(text)
    for entity in doc.entities:
        for mention in entity.mentions:
            if mention.title is not None:
                assert entity.type == "PERSON"
                between = doc.text[mention.end : mention.title.start].strip(" ,").lower()
                apposition = mention.title.start >= mention.end and between in ("", "a", "an", "the")
                assert mention.title.end <= mention.start or apposition  # before the name or after ", "
                assert doc.text[mention.title.start : mention.title.end] == mention.title.text
                assert mention.title.text.strip() == mention.title.text


@pytest.mark.parametrize(
    ("text", "capital", "state"),
    [
        ("Troops gained what Baghdad described as footholds.", "Baghdad", "iraq"),
        ("Manila, seeking to reschedule its debt, said no.", "Manila", "philippines"),
    ],
)
def test_a_capital_reporting_or_seeking_is_its_state(text: str, capital: str, state: str) -> None:
    assert entity_at(parse(text), capital).id == state


def test_a_planet_in_a_space_story_is_no_town() -> None:
    space = parse("The probe reached Jupiter after five years in orbit.")
    assert entity_at(space, "Jupiter").id == "loc:jupiter"
    assert entity_at(parse("Police in Jupiter arrested a man."), "Jupiter").id.startswith("geonames:")


def test_a_shared_place_name_is_the_one_in_the_article_s_country() -> None:
    lebanon = parse("Clashes in Tripoli killed five. Lebanon mourned.")
    libya = parse("Clashes in Tripoli killed five. Libya mourned.")
    assert entity_at(lebanon, "Tripoli").identifiers["country"] == "LB"
    assert entity_at(libya, "Tripoli").identifiers["country"] == "LY"


@pytest.mark.parametrize(
    ("text", "name", "etype"),
    [
        ("Sales rose after the launch of its Zorbix console in May.", "Zorbix", "PRODUCT"),
        ("Their album Stakonia sold well.", "Stakonia", "PRODUCT"),
        ("Reggae star Kwelimo, whose tour was cancelled, spoke on Monday.", "Kwelimo", "PERSON"),
        ("Chelsea: Cech, Terry, Jarosik (Tarvio 56), Lampard.", "Tarvio", "PERSON"),
    ],
)
def test_a_lone_name_is_typed_by_the_noun_or_line_up_around_it(text: str, name: str, etype: str) -> None:
    found = entity_at(parse(text), name)
    assert found.type == etype
    assert found.confidence is None  # typed by evidence, not guessed


def test_the_plural_of_an_abbreviation_is_no_name() -> None:
    doc = parse("Sales of PCs and TVs rose while ISPs cut prices.")
    assert not any(m.text in ("PCs", "TVs", "ISPs") for e in doc.entities for m in e.mentions)


def test_an_honorific_outweighs_an_article_before_a_qualified_name() -> None:
    doc = parse("Tony Blair spoke. Mr Blair said the Blair government would go on.")
    blair = entity_at(doc, "Tony Blair")
    assert blair.type == "PERSON"
    assert {m.text for m in blair.mentions} == {"Tony Blair", "Blair"}
    assert len(blair.mentions) == 3


def test_a_two_word_name_typed_by_default_is_marked_as_a_guess() -> None:
    doc = parse("Zorvath Quellin won the race on Sunday.")
    found = entity_at(doc, "Zorvath Quellin")
    assert (found.type, found.confidence) == ("PERSON", GUESS_CONFIDENCE)
    boss = entity_at(parse("Arsenal boss Zorvath Quellin was fined."), "Zorvath Quellin")
    assert (boss.type, boss.confidence) == ("PERSON", None)
