"""Session 15, part 3 (issue 17): a signer whose title names a state or organisation that is itself a
party of the agreement is no party ("Croatian Foreign Minister Mate Granic" beside Croatia)."""

from __future__ import annotations

import attrs
import pytest

from newsparse import Document, Entity, Mention, Meta, Span
from tests.agreements.helpers import agreements_of, make_entities

SPEC = {
    "croatia": ("GPE", "Croatia", ("Croatia", "Croatian"), {"iso3166": "HR"}),
    "yugoslavia": ("GPE", "Yugoslavia", ("Yugoslavia", "Yugoslav"), {}),
    "russia": ("GPE", "Russia", ("Russia", "Moscow"), {"iso3166": "RU"}),
    "granic": ("PERSON", "Mate Granic", ("Mate Granic", "Granic"), {}),
    "lebed": ("PERSON", "Alexander Lebed", ("Alexander Lebed",), {}),
    "maskhadov": ("PERSON", "Aslan Maskhadov", ("Aslan Maskhadov",), {}),
}
ENDINGS = ("\n", "\r\n", "\r")
OPENING = "BELGRADE 1996-08-23"


def _titled(text: str, entity: Entity, titles: tuple[str, ...]) -> Entity:
    """The entity with each mention given the title written right before it, when one is."""
    mentions = []
    for mention in entity.mentions:
        title = next((t for t in titles if text[: mention.start].rstrip().endswith(t)), None)
        if title is not None:
            end = len(text[: mention.start].rstrip())
            mention = attrs.evolve(mention, title=Span(end - len(title), end, title))
        mentions.append(mention)
    return attrs.evolve(entity, mentions=tuple(mentions))


def parties(text: str, titles: tuple[str, ...] = ("Foreign Minister", "peacemaker")) -> list[tuple[str, ...]]:
    """The parties of each agreement of ``text`` (hand-made entities, people's titles marked)."""
    entities = tuple(_titled(text, e, titles) for e in make_entities(text, SPEC))
    doc = Document(text, meta=Meta(published="1996-08-23"), layers={"entities": entities, "dates": ()})
    assert all(isinstance(m, Mention) for e in entities for m in e.mentions)
    return [tuple(sorted(a.parties)) for a in agreements_of(doc)]


@pytest.mark.parametrize("newline", ENDINGS)
def test_a_minister_beside_his_state_is_no_party(newline: str) -> None:
    text = (
        f"{OPENING}{newline}{newline}Croatian Foreign Minister Mate Granic signed the treaty between Croatia"
        " and Yugoslavia on Friday."
    )
    assert parties(text) == [("croatia", "yugoslavia")]


@pytest.mark.parametrize("newline", ENDINGS)
def test_a_minister_in_an_apposition_beside_his_state_is_no_party(newline: str) -> None:
    text = (
        f"{OPENING}{newline}{newline}Granic, Croatia's foreign minister, signed the treaty between Croatia"
        " and Yugoslavia on Friday."
    )
    assert parties(text) == [("croatia", "yugoslavia")]


def test_a_minister_whose_state_is_not_a_party_is_kept() -> None:
    text = f"{OPENING}\n\nCroatian Foreign Minister Mate Granic and Yugoslavia signed a treaty on Friday."
    assert parties(text) == [("granic", "yugoslavia")]


def test_signers_are_kept_when_the_other_signer_stands_for_no_party() -> None:
    text = (
        f"{OPENING}\n\nMoscow peacemaker Alexander Lebed and Aslan Maskhadov signed a truce with Russia"
        " on Thursday."
    )
    assert ("lebed" in parties(text)[0]) and ("maskhadov" in parties(text)[0])
