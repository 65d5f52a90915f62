"""Rules of session 12 found on real-news errors and checked on unused real articles (test passages)."""

from __future__ import annotations

from newsparse import Entity, Mention, Span
from newsparse_claims.model import Claim

from .layers import document, run


def _claims(text: str, entities: tuple[Entity, ...] = ()) -> list[Claim]:
    """The claims found in ``text`` (given its entities)."""
    doc = run(document(text, entities=entities), "claims")
    return [c for c in doc.layer("claims") if isinstance(c, Claim)]


def _titled(text: str, ident: str, title: str, name: str, role: str | None = None) -> Entity:
    """A person named once as "<title> <name>", the title recorded on the mention, and the entities
    layer's description of it at the last "the <role>" / "The <role>" (``role``), if given."""
    at = text.index(f"{title} {name}")
    start = at + len(title) + 1
    mention = Mention(start, start + len(name), name, "name", Span(at, at + len(title), title))
    described = ()
    if role is not None:
        where = text.rindex(f"he {role}") + 3
        described = (Mention(where, where + len(role), role, form="role"),)
    return Entity(ident, "PERSON", name, (mention,), descriptions=described)


def test_a_quotation_in_the_next_indented_paragraph_continues_the_claim() -> None:
    text = (
        'TOKYO, March 5 - "Much needs to be done," he\ntold a press conference after three days of talks.\n'
        '    "We need greater domestic-led growth."\n'
    )
    (claim,) = _claims(text)
    assert claim.cue.text == "told"
    assert claim.content_parts[-1].text == "We need greater domestic-led growth."


def test_a_quotation_after_a_trailer_ending_the_paragraph_continues_the_claim() -> None:
    text = (
        '"The authorities want an example," the group said in a statement.\n\n'
        '"Their aim is to silence the press." Later that day the police arrived.'
    )
    (claim,) = _claims(text)
    assert claim.content_parts[-1].text == "Their aim is to silence the press."


def test_a_quotation_two_paragraphs_on_does_not_continue_the_claim() -> None:
    text = (
        '"The authorities want an example," the group said in a statement.\n\n\n\n\n\n'
        '"Their aim is to silence the press." Later that day the police arrived.'
    )
    (claim,) = _claims(text)
    assert claim.content.text == "The authorities want an example"


def test_an_unquoted_paragraph_after_the_trailer_is_not_taken() -> None:
    text = (
        '"Much needs to be done," he\ntold a press conference.\n'
        "    The talks ended on Friday.\n"
    )
    (claim,) = _claims(text)
    assert claim.content.text == "Much needs to be done"


def test_the_title_alone_names_the_person_titled_so_earlier() -> None:
    text = (
        "King Fahd said today Saudi Arabia wants stability. "
        'The King replied: "Saudi Arabia does not decide prices by itself."'
    )
    fahd = _titled(text, "fahd", "King", "Fahd", role="King")
    replied = next(c for c in _claims(text, (fahd,)) if c.cue.text == "replied")
    assert replied.source == "fahd"
    assert next(c for c in _claims(text) if c.cue.text == "replied").source is None  # no entity: no link
    undescribed = _titled(text, "fahd", "King", "Fahd")  # the entities layer gave no description: no link
    assert next(c for c in _claims(text, (undescribed,)) if c.cue.text == "replied").source is None


def test_a_deputy_is_not_the_office_holder() -> None:
    text = (
        "Deputy Mayor Nicky Gavron said the row had hurt the party. "
        "The mayor accused the reporter of doorstepping him."
    )
    gavron = _titled(text, "gavron", "Deputy Mayor", "Nicky Gavron")
    accused = next(c for c in _claims(text, (gavron,)) if c.cue.text == "accused")
    assert accused.source_text is not None and accused.source_text.text == "The mayor"
    assert accused.source is None


def test_two_people_with_the_title_leave_the_description_unresolved() -> None:
    text = (
        "Coach Andy Robinson said the side was ready. Coach Mike Ruddock said his side was tired. "
        "The coach said the referee was wrong."
    )
    people = (
        _titled(text, "robinson", "Coach", "Andy Robinson"),
        _titled(text, "ruddock", "Coach", "Mike Ruddock"),
    )
    last = _claims(text, people)[-1]
    assert last.source_text is not None and last.source_text.text == "The coach"
    assert last.source is None


def test_a_belief_inside_a_reported_content_is_no_claim_of_its_own() -> None:
    found = [c.cue.text for c in _claims('He wants to see a phased withdrawal of troops, he said in London.')]
    assert found == ["said"]


def test_a_belief_outside_the_other_claims_content_is_kept() -> None:
    text = "The minister said the talks would resume. The unions believe the plan will fail."
    assert [c.cue.text for c in _claims(text)] == ["said", "believe"]


def test_the_particle_of_pointed_out_is_no_part_of_the_content() -> None:
    (claim,) = _claims("Mr Kennedy pointed out that the Dutch have announced their withdrawal.")
    assert claim.content.text == "the Dutch have announced their withdrawal"


def test_pointed_out_closing_the_sentence_reports_the_clause_before_it() -> None:
    claims = _claims("The talks collapsed in the small hours, she pointed out.")
    found = [(c.cue.text, c.content.text) for c in claims]
    assert found == [("pointed", "The talks collapsed in the small hours")]


def test_a_finding_inside_a_reported_content_is_no_claim_of_its_own() -> None:
    claims = _claims("Other surveys show a rapid slowdown in house prices, she pointed out.")
    assert [c.cue.text for c in claims] == ["pointed"]
