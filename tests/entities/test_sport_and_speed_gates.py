"""Clubs named by a town or written with a plural verb, and the gates that skip evidence no word can give."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import newsparse_entities.chunk_build as chunk_module
from newsparse import Document
from newsparse_entities.chunk_context import PLACE_EVIDENCE_AFTER, PLACE_EVIDENCE_BEFORE, place_evidence
from newsparse_entities.words import words_of
from tests.entities.helpers import entity_at, parse


def test_a_town_opening_its_clause_with_a_plural_verb_is_the_club() -> None:
    doc = parse("Birmingham have confirmed the bid. The striker joined Birmingham in 2002.")
    assert entity_at(doc, "Birmingham").type == "ORG"
    assert entity_at(doc, "Birmingham", 1).type == "ORG"


def test_a_town_after_a_preposition_with_a_plural_verb_stays_the_town() -> None:
    doc = parse("Three councillors in Birmingham were caught operating a vote-rigging factory.")
    assert entity_at(doc, "Birmingham").type == "GPE"


def test_a_town_before_boss_is_the_club() -> None:
    doc = parse("Newcastle boss Graeme Souness has reopened his dispute with the striker.")
    assert entity_at(doc, "Newcastle").type == "ORG"
    assert entity_at(doc, "Graeme Souness").type == "PERSON"


def test_a_band_written_with_a_plural_verb_is_no_person() -> None:
    doc = parse('The album sold well. "Duran Duran are currently promoting the second single," she said.')
    assert entity_at(doc, "Duran Duran").type == "ORG"


def test_a_common_plural_opening_a_quotation_names_no_club() -> None:
    doc = parse('He said: "People are already turned off by the campaign."')
    assert not any(m.text == "People" for e in doc.entities for m in e.mentions)


_PIECES = ["Sharqiyah", "province", "of", "north", "to", "coded", "shelled", "Kansafra", "the", "album",
           "Stakonia", "magazine", "Vogue", "(", ")", "56", "v", "lbw", "b", "&", "Poor", "39th", "minute",
           "console", "a", "\n", "."]  # fmt: skip


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=14).map(" ".join))
def test_the_evidence_gates_skip_only_chunks_that_would_get_none(text: str) -> None:
    """Where no word a gate reads stands around a span, place and layout evidence give nothing."""
    words = words_of(Document(text))
    n = len(words)
    for i in range(n):
        for j in range(i + 1, min(n, i + 3) + 1):
            nxt = words.text[j] if j < n and words.sent[j] == words.sent[i] else None
            prev = i - 1 if i > 0 and words.sent[i - 1] == words.sent[i] else None
            if not (
                (prev is not None and words.text[prev] in PLACE_EVIDENCE_BEFORE)
                or (nxt is not None and words.lower[j] in PLACE_EVIDENCE_AFTER)
            ):
                assert place_evidence(words, j, prev, nxt) is None
            layout = chunk_module._layout_evidence(words, i, j, prev, nxt, [])
            if layout:
                gate = (
                    (nxt is not None and (words.lower[j] in chunk_module._LAYOUT_AFTER or nxt[0].isdigit()))
                    or (prev is not None and (words.text[prev] in chunk_module._LAYOUT_BEFORE
                                              or words.lower[prev] in chunk_module._PRODUCT_BEFORE))
                    or (j - i > 1 and "&" in words.text[i:j])
                )  # fmt: skip
                assert gate, (text, i, j, layout)


def test_laws_and_plans_are_no_entities() -> None:
    doc = parse(
        "The Data Protection Act and the Kyoto Protocol were debated. The Act comes into force in May."
    )
    names = {m.text for e in doc.entities for m in e.mentions}
    assert not names & {"Data Protection Act", "Kyoto Protocol", "Act"}, names


def test_a_first_name_bill_stays_a_person() -> None:
    doc = parse("Bill Clinton visited the factory. Bill said it was fine.")
    assert entity_at(doc, "Bill Clinton").type == "PERSON"


def test_stock_tickers_in_angle_brackets_are_no_mentions() -> None:
    doc = parse("LONDON, March 3 - Lloyds Bank PLC <LLOY.L> and Dow Jones and Co <DJ> signed with <Suralco>.")
    names = {m.text for e in doc.entities for m in e.mentions}
    assert "LLOY" not in names and "DJ" not in names, names
    assert "Suralco" in names and "Lloyds Bank PLC" in names, names


def test_a_country_that_plays_is_its_national_team() -> None:
    doc = parse("England coach Andy Robinson said his side beat Australia. Robinson lives in England.")
    team = entity_at(doc, "England")
    assert (team.type, team.identifiers.get("place")) == ("ORG", "england")
    assert entity_at(doc, "Australia").type == "ORG"
    assert entity_at(doc, "England", 1).type == "GPE"  # "lives in England": the country


def test_a_country_before_a_player_s_name_stays_the_country() -> None:
    doc = parse("Andy Roddick rallied to beat Sweden's Thomas Enqvist in the final.")
    assert entity_at(doc, "Sweden").type == "GPE"


def test_conll_scoring_tags_a_national_team_as_its_country_and_a_club_as_org() -> None:
    from evaluation.entities import our_spans

    text = "England coach Andy Robinson watched. Birmingham have confirmed the bid."
    spans = {text[s:e]: t for s, e, t in our_spans(parse(text).entities)}
    assert spans["England"] == "LOC"
    assert spans["Birmingham"] == "ORG"


def test_a_role_word_before_an_organisation_s_name_is_an_adjective() -> None:
    doc = parse("It copied the official Disasters Emergency Committee webpage, and Coral Consortium said so.")
    assert entity_at(doc, "Disasters Emergency Committee").type == "ORG"
    assert entity_at(doc, "Coral Consortium").type == "ORG"


def test_a_role_before_a_person_named_like_an_organisation_stays_a_role() -> None:
    doc = parse("The favourite is Sideways star Thomas Hayden Church, the bookmakers said.")
    assert entity_at(doc, "Thomas Hayden Church").type == "PERSON"


def test_a_list_after_a_plural_noun_of_companies_is_companies() -> None:
    doc = parse(
        "Technology firms Sony, Philips, Matsushita and Samsung agreed. It rivals firms such as Microsoft "
        "and Apple. Apple said so."
    )
    for name in ("Philips", "Matsushita", "Apple"):
        assert entity_at(doc, name).type == "ORG", name
    assert entity_at(doc, "Apple", 1).type == "ORG"


def test_a_list_after_analysts_is_not_made_companies() -> None:
    doc = parse("Analysts such as John Smith and Mary Jones disagreed with the bank.")
    assert entity_at(doc, "John Smith").type == "PERSON"


def test_the_employer_of_a_spokesman_or_chief_executive_is_an_organisation() -> None:
    doc = parse('"It is new," said Tony Macklin, spokesman for Ask Jeeves. Ask Jeeves has added a tool.')
    assert entity_at(doc, "Ask Jeeves").type == "ORG"
    assert entity_at(doc, "Ask Jeeves", 1).type == "ORG"


def test_an_award_for_a_film_names_no_employer() -> None:
    doc = parse("Clint Eastwood won best director for Million Dollar Baby on Sunday.")
    assert all(e.type != "ORG" for e in doc.entities if e.canonical == "Million Dollar Baby")


def test_the_employer_of_an_officer_is_an_organisation_in_every_mention() -> None:
    doc = parse("An ex-chief financial officer at Boeing was jailed. Boeing sacked him in 2003.")
    assert entity_at(doc, "Boeing").type == "ORG"
    assert entity_at(doc, "Boeing", 1).type == "ORG"


def test_a_person_s_boss_makes_no_club() -> None:
    doc = parse("Lt. Col. Oliver North was fired. Poindexter, who was North's boss, resigned.")
    assert entity_at(doc, "North").type == "PERSON"
