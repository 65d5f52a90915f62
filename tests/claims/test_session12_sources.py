"""Session 12 round 3: a place that only qualifies a source is not its entity; 'Bomb blasts' is no cue."""

from __future__ import annotations

from newsparse import Entity, Mention
from newsparse_claims.model import Claim

from .layers import document, run


def _place(text: str, ident: str, written: str, kind: str = "GPE") -> Entity:
    """A place (or nation adjective) named once as ``written``."""
    at = text.index(written)
    return Entity(ident, kind, written, (Mention(at, at + len(written), written, "name"),))


def _claims(text: str, *entities: Entity) -> list[Claim]:
    """The claims found in ``text`` (given its entities)."""
    doc = run(document(text, entities=entities), "claims")
    return [c for c in doc.layer("claims") if isinstance(c, Claim)]


def test_a_place_after_in_is_not_the_source_entity() -> None:
    text = "Police in southwest China said on Monday that three people were killed in the attack."
    (claim,) = _claims(text, _place(text, "china", "China"))
    assert claim.source_text is not None and claim.source_text.text == "Police in southwest China"
    assert claim.source is None


def test_a_non_nation_adjective_is_not_the_source_entity() -> None:
    text = "Two non-Iranian sources told Reuters that the talks had failed."
    (claim,) = _claims(text, _place(text, "iran", "Iranian", "NORP"))
    assert claim.source is None


def test_a_nation_adjective_before_a_collective_head_is_not_the_source_entity() -> None:
    text = "The Syrian opposition said the government had attacked the town."
    (claim,) = _claims(text, _place(text, "syria", "Syrian", "NORP"))
    assert claim.source is None


def test_a_nation_adjective_before_officials_stays_the_source_entity() -> None:
    text = "Iranian officials said the talks had failed."
    (claim,) = _claims(text, _place(text, "iran", "Iranian", "NORP"))
    assert claim.source == "iran"


def test_a_nation_as_the_whole_source_stays_its_entity() -> None:
    text = "China said the talks had failed."
    (claim,) = _claims(text, _place(text, "china", "China"))
    assert claim.source == "china"


def test_bomb_blasts_are_no_cue() -> None:
    text = "Bomb blasts in the capital killed 12 people on Sunday, officials said."
    claims = _claims(text)
    assert [c.cue.text for c in claims] == ["said"]


def test_a_person_who_blasts_another_is_still_a_cue() -> None:
    text = "Senator Ann Lee blasts the governor for raising taxes."
    claims = _claims(text)
    assert [c.cue.text for c in claims] == ["blasts"]


def _person(text: str, ident: str, written: str) -> Entity:
    """A person named once as ``written``."""
    at = text.index(written)
    return Entity(ident, "PERSON", written, (Mention(at, at + len(written), written, "name"),))


def test_a_possessive_description_takes_the_name_beside_it() -> None:
    text = "Kiir's information minister, Michael Makuei, said the talks had failed."
    kiir, makuei = _person(text, "kiir", "Kiir"), _person(text, "makuei", "Michael Makuei")
    (claim,) = _claims(text, kiir, makuei)
    assert claim.source_text is not None
    assert claim.source_text.text == "Kiir's information minister, Michael Makuei"
    assert claim.source == "makuei"


def test_a_possessive_owner_yields_to_the_person_named_in_the_source() -> None:
    text = "Barack Obama's aide, Ann Lee, said the talks had failed."
    obama, lee = _person(text, "obama", "Barack Obama"), _person(text, "lee", "Ann Lee")
    (claim,) = _claims(text, obama, lee)
    assert claim.source == "lee"


def test_a_name_before_its_description_stays_the_source() -> None:
    text = "Ann Lee, Sanders' campaign manager, said the talks had failed."
    (claim,) = _claims(text, _person(text, "lee", "Ann Lee"))
    assert claim.source_text is not None and claim.source_text.text == "Ann Lee"
    assert claim.source == "lee"
