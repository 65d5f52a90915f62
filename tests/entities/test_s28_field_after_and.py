"""An "of"/"for" head with two fields joined by "and", the second ending with a field word that is
also an organisation's head ("Research", "Service(s)"), is one name; a name after "and" stays its own
(session 28)."""

from __future__ import annotations

from tests.entities.helpers import entity_at, ids_of, parse


def test_a_center_for_two_fields_is_one_organisation() -> None:
    doc = parse("Dean Baker of the Center for Economic and Policy Research said the figures were weak.")
    assert entity_at(doc, "Center for Economic and Policy Research").type == "ORG"
    assert "Policy Research" not in ids_of(doc)


def test_an_institute_of_two_fields_is_one_organisation() -> None:
    doc = parse("He spoke at the Georgetown University Institute of Politics and Public Service on Tuesday.")
    assert entity_at(doc, "Georgetown University Institute of Politics and Public Service").type == "ORG"


def test_an_association_of_two_fields_is_one_organisation() -> None:
    doc = parse("The Association of Payment and Clearing Services said card fraud rose.")
    assert entity_at(doc, "Association of Payment and Clearing Services").type == "ORG"


def test_a_name_after_and_stays_its_own() -> None:
    doc = parse("Researchers at the University of Pennsylvania and Carnegie Mellon found the flaw.")
    assert "University of Pennsylvania" in ids_of(doc)
    assert "University of Pennsylvania and Carnegie Mellon" not in ids_of(doc)


def test_an_office_after_and_stays_its_own() -> None:
    doc = parse("Officials from the Ministry of Defence and Foreign Office met on Monday.")
    assert "Ministry of Defence" in ids_of(doc)
    assert "Ministry of Defence and Foreign Office" not in ids_of(doc)
