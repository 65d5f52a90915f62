"""Rules of session 14 on source entities, found on real-news errors and checked on unused articles."""

from __future__ import annotations

from newsparse import Entity, Mention, Span
from newsparse_claims.model import Claim
from newsparse_syntax import syntax_of

from .layers import document, entity, run


def _claims(text: str, entities: tuple[Entity, ...] = (), *, with_syntax: bool = False) -> list[Claim]:
    """The claims found in ``text`` (given its entities and, if asked, its syntax layer)."""
    doc = document(text, entities=entities)
    if with_syntax:
        doc = document(text, entities=entities, syntax=tuple(syntax_of(doc)))
    return [c for c in run(doc, "claims").layer("claims") if isinstance(c, Claim)]


RELATIVE = '"I knew nothing about him," said Bosworth, who came with her boyfriend Orlando Bloom.'


def _relative_people() -> tuple[Entity, ...]:
    """The two persons of ``RELATIVE``."""
    return (entity(RELATIVE, "kate-bosworth", "PERSON", "Bosworth"),
            entity(RELATIVE, "orlando-bloom", "PERSON", "Orlando Bloom"))


def test_a_person_in_a_relative_clause_of_the_source_is_not_its_entity() -> None:
    """'said Bosworth, who came with ... Orlando Bloom': the source is Bosworth (syntax layer)."""
    (claim,) = _claims(RELATIVE, _relative_people(), with_syntax=True)
    assert claim.source_text is not None and claim.source_text.text.startswith("Bosworth")
    assert claim.source == "kate-bosworth"


def test_without_the_syntax_layer_the_longest_name_is_kept() -> None:
    """With no syntax layer the rule does not apply (the longest person, as before)."""
    (claim,) = _claims(RELATIVE, _relative_people())
    assert claim.source == "orlando-bloom"


def test_a_person_of_a_prepositional_phrase_is_not_the_source() -> None:
    """'said Ann Lee of Smith Jones': Smith Jones (a firm read as a person) is no source entity."""
    text = '"Prices will rise," said Ann Lee of Smith Jones.'
    people = (entity(text, "ann-lee", "PERSON", "Ann Lee"),
              entity(text, "smith-jones", "PERSON", "Smith Jones"))
    (claim,) = _claims(text, people, with_syntax=True)
    assert claim.source == "ann-lee"


def test_a_title_before_the_name_still_gives_the_named_person() -> None:
    """'Acme Corp spokesman Brian Fallon said': the person named, not a person in the title."""
    text = "Hillary Clinton spokesman Brian Fallon said the plan was sound."
    people = (entity(text, "clinton", "PERSON", "Hillary Clinton"),
              entity(text, "fallon", "PERSON", "Brian Fallon"))
    (claim,) = _claims(text, people, with_syntax=True)
    assert claim.source == "fallon"


SPOKESMAN = (
    'A Bayern spokesman said the player was injured. "He could not train," the spokesman said.'
)


def test_the_spokesman_repeats_the_earlier_spokesman_of_a_named_body() -> None:
    """'A Bayern spokesman said ... the spokesman said': both speak for Bayern."""
    first, second = _claims(SPOKESMAN, (entity(SPOKESMAN, "bayern", "ORG", "Bayern"),))
    assert (first.source, second.source) == ("bayern", "bayern")
    assert second.antecedent is not None and second.antecedent.text == "A Bayern spokesman"


def test_the_spokesman_after_two_bodies_spokesmen_is_left_unresolved() -> None:
    """Two earlier spokesmen of different bodies: the link is not clear, no entity."""
    text = ('A Bayern spokesman said the player was injured. A Chelsea spokesman said the fee was paid. '
            '"He could not train," the spokesman said.')
    ents = (entity(text, "bayern", "ORG", "Bayern"), entity(text, "chelsea", "ORG", "Chelsea"))
    claims = _claims(text, ents)
    assert [c.source for c in claims] == ["bayern", "chelsea", None]


def test_a_person_noun_is_not_repeated_from_an_earlier_source() -> None:
    """'the lawyer' is no voice noun of a body: it is not linked to the earlier source's entity."""
    text = "A Bayern lawyer said the player was injured. The lawyer said he would appeal."
    claims = _claims(text, (entity(text, "bayern", "ORG", "Bayern"),))
    assert claims[-1].source is None


def test_its_report_speaks_for_the_body_named_before() -> None:
    """'The commission says ... says its report': the report is the commission's."""
    text = ('The Electoral Commission says a cap is not needed. '
            '"We are not opposed to a cap," says its report.')
    (ent,) = (entity(text, "commission", "ORG", "Electoral Commission"),)
    claims = _claims(text, (ent,))
    assert [c.source for c in claims] == ["commission", "commission"]


def test_his_lawyer_is_not_the_client() -> None:
    """'his lawyer said': the lawyer speaks, not the person "his" names (no entity)."""
    text = "Mr Ebbers denied the charges. His lawyer said the case was weak."
    claims = _claims(text, (entity(text, "ebbers", "PERSON", "Ebbers"),))
    assert claims[-1].source_text is not None and claims[-1].source_text.text == "His lawyer"
    assert claims[-1].source is None


APPOSED = ("The bill was rejected.\n\nHugo Lee, European director for public policy at CompTIA, an "
           "umbrella group for technology firms, said inventors would suffer. "
           "He said the debate was muddied.")


def _apposed_entities(text: str) -> tuple[Entity, ...]:
    """A person, a place and a body, as the entities layer finds them in ``APPOSED``-like texts."""
    return (entity(text, "hugo-lee", "PERSON", "Hugo Lee"), entity(text, "europe", "LOC", "European"),
            entity(text, "comptia", "ORG", "CompTIA"))


def test_a_source_read_from_the_apposition_on_takes_the_person_before_it() -> None:
    """'Hugo Lee, European director ... at CompTIA, said': the source is Hugo Lee, not Europe."""
    first, second = _claims(APPOSED, _apposed_entities(APPOSED))
    assert first.source == "hugo-lee"
    assert first.source_text is not None and first.source_text.text.startswith("Hugo Lee, European director")
    assert second.source == "hugo-lee"


def test_a_name_that_is_an_object_is_not_taken_for_the_apposed_source() -> None:
    """'sent to Ann Lee, the men's solicitor says': Ann Lee is the addressee, not the solicitor."""
    text = "A letter has been sent to Ann Lee, the men's solicitor says."
    (claim,) = _claims(text, (entity(text, "ann-lee", "PERSON", "Ann Lee"),))
    assert claim.source != "ann-lee"


def _titled(text: str, ident: str, title: str, name: str, role: str | None = None) -> Entity:
    """A person named once as "<title> <name>", the title recorded on the mention, and described by
    the last "the <role>" of the text (as the entities layer records it), if ``role`` is given."""
    at = text.index(f"{title} {name}")
    start = at + len(title) + 1
    mention = Mention(start, start + len(name), name, "name", Span(at, at + len(title), title))
    where = text.rindex(f"he {role}") + 3 if role is not None else 0
    described = (Mention(where, where + len(role), role, form="role"),) if role is not None else ()
    return Entity(ident, "PERSON", name, (mention,), descriptions=described)


def test_the_qualified_title_names_the_person_titled_so_before() -> None:
    """'Tory leader Michael Howard ... the Tory leader said': Howard, not the party."""
    text = ("Tory leader Michael Howard attacked the Budget. "
            "The Budget was a fraud, the Tory leader said.")
    howard = _titled(text, "howard", "leader", "Michael Howard", "Tory leader")
    ents = (howard, entity(text, "tories", "ORG", "Tory"))
    claims = _claims(text, ents)
    assert claims[-1].source_text is not None and claims[-1].source_text.text == "the Tory leader"
    assert claims[-1].source == "howard"


def test_a_shadow_office_in_the_window_leaves_the_qualified_title_alone() -> None:
    """'shadow foreign secretary Ann Lee ... The Foreign Secretary said': not Ann Lee (unclear)."""
    text = ("The shadow foreign secretary Ann Lee spoke first. "
            "The talks failed, the Foreign Secretary said.")
    claims = _claims(text, (_titled(text, "lee", "foreign secretary", "Ann Lee"),))
    assert claims[-1].source != "lee"


def test_a_nation_adjective_before_a_firm_noun_is_not_the_source_entity() -> None:
    """'The German company said': a firm of Germany speaks, not Germany."""
    text = "Siemens showed off a system. The German company said data could be sent faster."
    ents = (entity(text, "siemens", "ORG", "Siemens"), entity(text, "germany", "GPE", "German"))
    claims = _claims(text, ents)
    assert claims[-1].source_text is not None and claims[-1].source_text.text == "The German company"
    assert claims[-1].source != "germany"


def test_a_nation_adjective_before_officials_still_gives_the_nation() -> None:
    """'German officials said': unnamed members of a state speak for it (unchanged)."""
    text = "German officials said the talks would resume."
    (claim,) = _claims(text, (entity(text, "germany", "GPE", "German"),))
    assert claim.source == "germany"
