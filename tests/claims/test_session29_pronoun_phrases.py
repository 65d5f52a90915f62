"""Session 29: a "he"/"she" passes over an earlier claim whose source phrase names no person (it opens
with a lower-case word that opens no noun phrase: "soon", "presidents can't"), as over a plural."""

from __future__ import annotations

from newsparse import Entity
from newsparse_claims.model import Claim

from .layers import document, entity, run


def _claims(text: str, entities: tuple[Entity, ...] = ()) -> list[Claim]:
    """The claims found in ``text`` given its entities."""
    found = run(document(text, entities=entities), "claims").layer("claims")
    return [c for c in found if isinstance(c, Claim)]


def test_he_passes_over_a_source_that_opens_with_a_verb() -> None:
    """'Mr Howard ... set out the choices he says are facing Britain. ... Mr Blair has failed, he
    claimed': the source "set out the choices he" names no one; "he" is Mr Howard."""
    text = ("Mr Howard pledged to act and set out the choices he says are facing Britain.\n\n"
            "Mr Blair has failed to tackle these problems, he claimed.")
    ents = (entity(text, "howard", "PERSON", "Mr Howard"), entity(text, "blair", "PERSON", "Mr Blair"))
    claims = _claims(text, ents)
    assert claims[-1].source_text is not None and claims[-1].source_text.text == "he"
    assert claims[-1].source == "howard"


def test_he_passes_over_a_plural_opening_the_phrase() -> None:
    """'"...," Rubio said. "But presidents can't just say anything. ..." "...," he continued.'"""
    text = ('"Trump says the things people want to say," Rubio said. "But presidents can\'t just say '
            'anything they want.\n\n"I am just interested in being correct," he continued.')
    claims = _claims(text, (entity(text, "rubio", "PERSON", "Rubio"),))
    assert claims[-1].source_text is not None and claims[-1].source_text.text == "he"
    assert claims[-1].source == "rubio"


def test_she_keeps_an_age_naming_a_person() -> None:
    """'The 41-year-old told reporters ... she said': an age names the person; no one else is taken."""
    text = ("Ann Lee met Tom Hill in Leeds. The 41-year-old told reporters that she would stay.\n\n"
            '"I am still going to be making music," she said.')
    ents = (entity(text, "lee", "PERSON", "Ann Lee"), entity(text, "hill", "PERSON", "Tom Hill"))
    claims = _claims(text, ents)
    assert claims[-1].source != "hill"
