"""A nationality before a full name, and "Commissioner" as a title (session 22, issue 14)."""

from __future__ import annotations

from tests.entities.helpers import entity_at, parse


def _surfaces(text: str) -> set[str]:
    """The text of every mention found in ``text``."""
    return {m.text for e in parse(text).entities for m in e.mentions}


def test_a_demonym_that_is_also_a_first_name_before_a_full_name_is_the_nationality() -> None:
    doc = parse("She faces German Marlene Weingartner in the first round.")
    assert entity_at(doc, "German").id == "germany"
    assert entity_at(doc, "Marlene Weingartner").type == "PERSON"


def test_a_demonym_first_name_before_a_surname_alone_stays_the_person() -> None:
    doc = parse("German Efromovich said the airline would bid.")
    assert entity_at(doc, "German Efromovich").type == "PERSON"


def test_commissioner_is_a_title_kept_out_of_the_name() -> None:
    surfaces = _surfaces("It was a warning from new European Commissioner Peter Mandelson.")
    assert "Peter Mandelson" in surfaces
    assert not any("Commissioner" in s for s in surfaces)


def test_competition_is_a_portfolio_of_the_title() -> None:
    surfaces = _surfaces("EU Competition Commissioner Neelie Kroes met the Competition Commission.")
    assert {"EU", "Neelie Kroes", "Competition Commission"} <= surfaces
    assert "EU Competition" not in surfaces


def test_a_first_name_won_as_a_prize_is_the_award() -> None:
    doc = parse("Conti received an Oscar in 1983 for the score.")
    assert entity_at(doc, "Oscar").type == "EVENT"


def test_a_name_after_a_before_a_noun_is_no_prize() -> None:
    doc = parse("Nadal chases down a Roddick shot and wins a Jackson lawyer's praise.")
    assert all(e.type != "EVENT" for e in doc.entities)


def test_a_particle_after_an_honorific_opens_the_surname() -> None:
    doc = parse("Renaud Donnedieu de Vabres spoke. Mr de Vabres said so, and Mr van Gogh agreed.")
    assert entity_at(doc, "de Vabres").id == entity_at(doc, "Renaud Donnedieu de Vabres").id
    assert entity_at(doc, "Renaud Donnedieu de Vabres").type == "PERSON"
    assert entity_at(doc, "van Gogh").type == "PERSON"


def test_of_after_an_honorific_still_drops_from_the_name() -> None:
    surfaces = _surfaces("He was Professor of Ballet at the University of Cincinnati.")
    assert "of Ballet" not in surfaces


def test_a_state_or_city_demonym_before_a_full_name_is_the_place() -> None:
    doc = parse("Californian Thomas Slattery and Texan Michael Chicoine met New Yorker Rebecca Weinstein.")
    assert entity_at(parse("New Yorker Dick Morris spoke."), "New Yorker").canonical == "New York"
    assert entity_at(parse("His wife, Susan Roosevelt Weld, came."), "Susan Roosevelt Weld").type == "PERSON"
    assert entity_at(doc, "Californian").canonical == "California"
    assert entity_at(doc, "Texan").canonical == "Texas"
    assert entity_at(doc, "New Yorker").type == "GPE"
    for name in ("Thomas Slattery", "Michael Chicoine", "Rebecca Weinstein"):
        assert entity_at(doc, name).type == "PERSON"


def test_the_plural_of_an_award_the_document_names_is_the_award() -> None:
    doc = parse("Scorsese has never won an Oscar. The Oscars will take place on Sunday.")
    assert entity_at(doc, "Oscars").type == "EVENT"
