"""Session 23: a nationality's word that names a language ("recorded in English") is no mention, a
name after a capitalised "The" inside a sentence is a work's title, not a person, and "the" before a
surname and "campaign" belongs to the noun ("the Sanders campaign"), a surname keeps its full name
against "said in a statement", and a sentence-opening surname of a full name is no common word."""

from __future__ import annotations

from newsparse import Document
from tests.entities.helpers import parse


def _mentions(doc: Document) -> list[tuple[str, str]]:
    """(mention text, entity type) of every mention, in text order."""
    found = sorted((m.start, m.text, e.type) for e in doc.entities for m in e.mentions)
    return [(text, kind) for _, text, kind in found]


def test_a_language_after_in_or_a_verb_of_speaking_is_no_mention() -> None:
    doc = parse(
        "The songs were written and recorded in English. He said in French: hello. "
        "They speak English at home and learn Spanish in school. The site is in English and Spanish."
    )
    assert _mentions(doc) == []


def test_a_language_after_a_possessive_is_no_mention() -> None:
    doc = parse("My French and his English are not very good, he said.")
    assert _mentions(doc) == []


def test_a_nationality_before_a_noun_stays_the_country() -> None:
    doc = parse("Shares fell in English rugby, in French media and in English and Welsh clubs.")
    assert [t for t, _ in _mentions(doc)] == ["English", "French", "English", "Welsh"]


def test_a_name_after_a_capital_the_inside_a_sentence_is_a_work() -> None:
    doc = parse(
        "The festival has showcased successes such as Reservoir Dogs, The Blair Witch Project "
        "and The Full Monty."
    )
    assert ("Blair Witch Project", "PRODUCT") in _mentions(doc)
    assert ("Full Monty", "PRODUCT") in _mentions(doc)


def test_a_plural_or_a_quoted_sentence_after_the_is_left() -> None:
    doc = parse(
        'It was matched only by The Bee Gees and The Beatles. He said: "The Catherine Tate Show was great."'
    )
    kinds = dict(_mentions(doc))
    assert kinds["Bee Gees"] == "PERSON" and kinds["Beatles"] == "PERSON"  # a band or a show: left alone
    assert kinds["Catherine Tate Show"] == "PERSON"  # a quoted sentence's first word


def test_the_article_before_a_surname_and_campaign_belongs_to_the_noun() -> None:
    doc = parse(
        "Bernie Sanders won in Oregon. The Sanders campaign was pleased, and the Sanders camp said the "
        "Sanders campaign would fight on. Sanders spoke in Portland."
    )
    sanders = [e for e in doc.entities if any(m.text == "Sanders" for m in e.mentions)]
    assert [(e.type, e.canonical) for e in sanders] == [("PERSON", "Bernie Sanders")]


def test_the_brothers_after_a_surname_are_people() -> None:
    doc = parse("The Koch brothers gave money. Charles Koch spoke, and the Koch brothers said no.")
    assert {e.type for e in doc.entities if any(m.text == "Koch" for m in e.mentions)} == {"PERSON"}


def test_said_in_a_statement_does_not_take_a_surname_from_its_full_name() -> None:
    doc = parse(
        'Justice Ruth Bader Ginsburg apologized on Thursday. "On reflection, my recent remarks were '
        'ill-advised," Ginsburg said in a statement. Ginsburg had called Trump a faker.'
    )
    ginsburg = [e for e in doc.entities if any(m.text == "Ginsburg" for m in e.mentions)]
    assert [(e.type, e.canonical) for e in ginsburg] == [("PERSON", "Ruth Bader Ginsburg")]


def test_a_sentence_opening_surname_of_a_full_name_is_the_person() -> None:
    doc = parse(
        "The campaign manager Jeff Weaver spoke on Monday in Vermont. "
        "Weaver dismissed that suggestion as a sign of panic."
    )
    weaver = [e for e in doc.entities if any(m.text == "Weaver" for m in e.mentions)]
    assert [(e.type, e.canonical) for e in weaver] == [("PERSON", "Jeff Weaver")]


def test_a_sentence_opening_common_word_with_no_full_name_stays_out() -> None:
    doc = parse("Jeff Weaver spoke on Monday. Weaver birds nest in reeds.")  # no verb after: a noun
    assert [m.text for e in doc.entities for m in e.mentions] == ["Jeff Weaver"]
