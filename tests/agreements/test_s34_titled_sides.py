"""Session 34: a name's title, as the entities layer reads it (``Mention.title``), or its short
description belongs to the name's noun phrase: "between Prime Minister Benjamin Netanyahu and rival
Benny Gantz" names both sides, as "between Benjamin Netanyahu and Benny Gantz" does, and "to
investment firm Baikal" names the buyer as "to Baikal" does (``context.EntityIndex.phrase_starts``)."""

from __future__ import annotations

import re

from newsparse import Document, Entity, Mention, Meta, Span
from newsparse_agreements.context import EntityIndex
from tests.agreements.helpers import Spec, agreements_of, make_entities, parse

# name -> (id, title written before it, or None)
_PEOPLE = {
    "Benjamin Netanyahu": ("person:benjamin-netanyahu", "Prime Minister"),
    "Benny Gantz": ("person:benny-gantz", "rival"),
    "Mahmoud Abbas": ("person:mahmoud-abbas", "President"),
    "Ehud Olmert": ("person:ehud-olmert", None),
}


def _people(text: str) -> tuple[Entity, ...]:
    """Person entities for the names of ``_PEOPLE`` in ``text``, each with its title span when the
    title is written right before the name."""
    out = []
    for name, (ident, title) in _PEOPLE.items():
        mentions = []
        for found in re.finditer(re.escape(name), text):
            span = None
            if title is not None and text[: found.start()].endswith(title + " "):
                lo = found.start() - len(title) - 1
                span = Span(lo, lo + len(title), title)
            mentions.append(Mention(found.start(), found.end(), name, title=span))
        if mentions:
            out.append(Entity(ident, "PERSON", name, tuple(mentions)))
    return tuple(out)


def _parties(text: str) -> list[tuple[str, ...]]:
    """The parties of each record the plugin reads from ``text`` with the people of ``_PEOPLE``."""
    doc = Document(text, meta=Meta(published="2020-04-21"), layers={"entities": _people(text), "dates": ()})
    return [tuple(record.parties) for record in agreements_of(doc)]


def test_titles_inside_between() -> None:
    """A title before each name of "between A and B" stays with its name: both are sides."""
    text = "The coalition deal between Prime Minister Benjamin Netanyahu and rival Benny Gantz was signed."
    assert _parties(text) == [("person:benjamin-netanyahu", "person:benny-gantz")]


def test_untitled_between_unchanged() -> None:
    """Without titles the list reads as before."""
    text = "The coalition deal between Benjamin Netanyahu and Ehud Olmert was signed."
    assert _parties(text) == [("person:benjamin-netanyahu", "person:ehud-olmert")]


def test_titled_subjects_before_the_verb() -> None:
    """A title before the later name of a subject list links it to the earlier name."""
    text = "Ehud Olmert and President Mahmoud Abbas signed a peace deal on Monday."
    assert _parties(text) == [("person:ehud-olmert", "person:mahmoud-abbas")]


def test_lead_only_for_a_title_right_before() -> None:
    """A phrase opens at the title only when spaces alone part the title from the name."""
    text = "Prime Minister Benjamin Netanyahu met rival Benny Gantz."
    titled = _people(text)
    index = EntityIndex.build(text, titled)
    assert index.phrase_starts == (0, text.index("rival"))
    gantz = text.index("Benny")
    far = Mention(gantz, gantz + 11, "Benny Gantz", title=Span(0, 14, "Prime Minister"))
    index = EntityIndex.build(text, (Entity("person:benny-gantz", "PERSON", "Benny Gantz", (far,)),))
    assert index.phrase_starts == (gantz,)


FIRMS: Spec = {
    "acme": ("ORG", "Acme Corp", ("Acme Corp",), {}),
    "baikal": ("ORG", "Baikal Finance Group", ("Baikal Finance Group",), {}),
    "globex": ("ORG", "Globex", ("Globex",), {}),
}


def test_a_described_buyer_after_to() -> None:
    """ "sold ... to investment firm Baikal Finance Group": the description before the buyer belongs to
    its name, so the name still follows "to" (as in "sold ... to Baikal Finance Group")."""
    for text in (
        "Acme Corp sold its oil unit to investment firm Baikal Finance Group on Monday.",
        "Acme Corp sold its oil unit to Baikal Finance Group on Monday.",
    ):
        found = agreements_of(parse(text, FIRMS))
        assert [sorted(record.parties) for record in found] == [["acme", "baikal"]]


def test_a_description_needs_its_noun() -> None:
    """Lower-case words before a name open its phrase only when the last is a noun saying what it is
    ("investment firm"), never a verb or a function word."""
    text = "Acme Corp sold its oil unit to investment firm Globex and agreed with Globex."
    index = EntityIndex.build(text, make_entities(text, FIRMS))
    assert index.phrase_starts[1] == text.index("investment")
    assert index.phrase_starts[2] == text.rindex("Globex")
