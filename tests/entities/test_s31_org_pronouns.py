"""Session 31: organisation pronouns ("it", "its", "they", "their") recorded on the organisation (or
state) they stand for, form ``pronoun``, when structure makes the link clear; never a name."""

from __future__ import annotations

import functools

import pytest

import newsparse_entities
import newsparse_syntax
from newsparse import Document
from newsparse.pipeline import Pipeline
from newsparse.testing import pipeline_for
from newsparse_entities.org_pronouns import PRONOUN_FORM
from tests.entities.helpers import entity_at
from tests.entities.helpers import parse as parse_alone


@functools.lru_cache(maxsize=1)
def _pipe() -> Pipeline:
    """The entities plugin with the syntax plugin it consults for pronouns."""
    return pipeline_for(newsparse_entities, newsparse_syntax)


def parse(text: str) -> Document:
    return _pipe().parse(text, published="2018-02-06")


def _pronouns(text: str, name: str) -> list[tuple[str, int]]:
    """(text, start) of the pronoun descriptions of the entity named ``name``."""
    entity = entity_at(parse(text), name)
    return [(d.text, d.start) for d in entity.descriptions if d.form == PRONOUN_FORM]


def _all_pronouns(text: str) -> list[str]:
    return [d.text for e in parse(text).entities for d in e.descriptions if d.form == PRONOUN_FORM]


def test_it_after_the_previous_sentence_subject_and_the_it_it_says() -> None:
    text = "Acme Corp reported higher profits on Monday. It said it would hire 200 workers."
    first = text.index("It")
    assert _pronouns(text, "Acme Corp") == [("It", first), ("it", text.index("it", first + 2))]


def test_a_pronoun_is_no_mention() -> None:
    text = "Acme Corp reported higher profits on Monday. It said it would hire 200 workers."
    assert all(m.text.lower() != "it" for m in entity_at(parse(text), "Acme Corp").mentions)


def test_its_in_the_organisations_own_clause() -> None:
    text = "Acme Corp raised its prices on Monday."
    assert _pronouns(text, "Acme Corp") == [("its", text.index("its"))]


def test_a_state_saying_it_would() -> None:
    text = "France said it would sign the treaty."
    assert _pronouns(text, "France") == [("it", text.index("it "))]


@pytest.mark.parametrize(
    "text",
    [
        "Acme Corp raised prices. It is expected that sales will fall.",  # expletive
        "Acme Corp raised prices. It is likely that sales will fall.",  # expletive, adjective
        "Acme Corp hired John Smith. He said it was a good day.",  # a person's clause between
    ],
)
def test_no_link_where_structure_gives_none(text: str) -> None:
    assert _all_pronouns(text) == []


def test_without_a_syntax_producer_no_pronoun_is_linked() -> None:
    text = "Acme Corp reported higher profits on Monday. It said it would hire 200 workers."
    assert [d for e in parse_alone(text).entities for d in e.descriptions if d.form == PRONOUN_FORM] == []
