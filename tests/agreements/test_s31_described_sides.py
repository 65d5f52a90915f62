"""Session 31: a deal verb's subject, or its "with" phrase, that is a description the entities layer
resolved ("the chancellor" -> Gerhard Schroeder, :attr:`newsparse.Entity.descriptions`) names that
entity as a side; the entities layer is built by hand, so the test holds whatever the plugin finds."""

from __future__ import annotations

import re

import attrs
import pytest

from newsparse import Agreement, Document, Entity, Mention, Meta
from tests.agreements.helpers import agreements_of, make_entities

SPEC = {
    "schroeder": ("PERSON", "Gerhard Schroeder", ("Gerhard Schroeder", "Schroeder"), {}),
    "france": ("GPE", "France", ("France",), {"iso3166": "FR"}),
    "paris": ("GPE", "Paris", ("Paris",), {}),
}
LEAD = "Chancellor Gerhard Schroeder flew to Paris on Monday. "


def _document(text: str, *, described: bool = True) -> Document:
    """``text`` with the hand-made entities; every later "the chancellor" a description of Schroeder."""
    entities = []
    for entity in make_entities(text, SPEC):
        if described and entity.id == "schroeder":
            roles = [
                Mention(m.start(1), m.end(1), m.group(1), form="role")
                for m in re.finditer(r"\b[Tt]he (chancellor)\b", text)
            ]
            entity = attrs.evolve(entity, descriptions=tuple(roles))
        entities.append(entity)
    layers: dict[str, tuple[Entity, ...]] = {"entities": tuple(entities), "dates": ()}
    return Document(text, meta=Meta(published="2003-02-06"), layers=layers)


def _parties(text: str, *, described: bool = True) -> set[str]:
    """The parties of the one agreement of ``text``."""
    found: list[Agreement] = agreements_of(_document(LEAD + text, described=described))
    assert len(found) == 1, found
    return set(found[0].parties)


@pytest.mark.usefixtures("with_tree")
def test_a_described_subject_of_signing_is_a_side() -> None:
    """ "The chancellor signed a treaty with France": the chancellor is Schroeder, a side."""
    assert _parties("The chancellor signed a treaty with France.") == {"schroeder", "france"}


@pytest.mark.usefixtures("with_tree")
def test_without_the_description_the_subject_names_no_one() -> None:
    """The same sentence with no description on the entity: no side from the subject."""
    assert "schroeder" not in _parties("The chancellor signed a treaty with France.", described=False)


@pytest.mark.usefixtures("with_tree")
def test_a_described_partner_after_with_is_a_side() -> None:
    """ "France signed a treaty with the chancellor": the "with" phrase's description is a side."""
    assert _parties("France signed a treaty with the chancellor.") == {"france", "schroeder"}


@pytest.mark.usefixtures("with_tree")
def test_a_description_that_only_modifies_the_subject_is_no_side() -> None:
    """ "The chancellor's envoy signed": the subject's head is the envoy, not the chancellor."""
    assert "schroeder" not in _parties("The chancellor's envoy signed a treaty with France.")


@pytest.mark.usefixtures("without_tree")
def test_without_a_tree_no_description_is_read() -> None:
    """The description is read from the subject the tree gives: the token rules alone do not."""
    assert "schroeder" not in _parties("The chancellor signed a treaty with France.")
