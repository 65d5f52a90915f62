"""Rules of session 18 on role nouns as sources ("the home secretary", "the Tory leader"), read
through the entities layer's descriptions; checked on unused articles."""

from __future__ import annotations

from newsparse import Entity, Mention
from newsparse_claims.model import Claim

from .layers import document, entity, run


def _claims(text: str, entities: tuple[Entity, ...] = ()) -> list[Claim]:
    """The claims found in ``text`` given its entities."""
    layer = run(document(text, entities=entities), "claims").layer("claims")
    return [c for c in layer if isinstance(c, Claim)]


def _person(text: str, ident: str, name: str, *roles: str) -> Entity:
    """A person named once as ``name``, described (as the entities layer records a role noun standing
    for it) by the last occurrence of each of ``roles`` in the text."""
    start = text.index(name)
    described = tuple(
        Mention(text.rindex(role), text.rindex(role) + len(role), role, form="role") for role in roles
    )
    named = (Mention(start, start + len(name), name, "name"),)
    return Entity(ident, "PERSON", name, named, descriptions=described)


def test_a_role_noun_described_by_the_entities_layer_names_its_holder() -> None:
    """'Home Secretary Charles Clarke ... The home secretary says': Clarke, read from the description."""
    text = "Home Secretary Charles Clarke spoke on Monday. The home secretary says the plan will work."
    claims = _claims(text, (_person(text, "clarke", "Charles Clarke", "home secretary"),))
    assert claims[-1].source_text is not None and claims[-1].source_text.text == "The home secretary"
    assert claims[-1].source == "clarke"


def test_a_qualified_role_noun_is_its_holder_not_the_qualifier() -> None:
    """'The Tory leader countered': Howard (the description), not the party its qualifier names."""
    text = "Tory leader Michael Howard spoke on Monday. The Tory leader countered that it was wrong."
    ents = (_person(text, "howard", "Michael Howard", "Tory leader"), entity(text, "tories", "ORG", "Tory"))
    assert _claims(text, ents)[-1].source == "howard"


def test_a_description_inside_a_longer_source_is_not_its_referent() -> None:
    """'The prime minister's office said': the office, not the prime minister the words name."""
    text = "Prime Minister Ephraim Inoni spoke. The prime minister's office said the fraud was uncovered."
    claims = _claims(text, (_person(text, "inoni", "Ephraim Inoni", "prime minister"),))
    assert claims[-1].source_text is not None and claims[-1].source_text.text == "The prime minister's office"
    assert claims[-1].source != "inoni"


def test_without_descriptions_the_role_noun_stays_text() -> None:
    """No description on any entity (the entities layer found no one holder): the phrase stays text."""
    text = "Home Secretary Charles Clarke spoke on Monday. The home secretary says the plan will work."
    claim = _claims(text, (_person(text, "clarke", "Charles Clarke"),))[-1]
    assert claim.source is None
    assert claim.source_text is not None and claim.source_text.text == "The home secretary"


def _colon_claims(text: str) -> list[tuple[str | None, str]]:
    """(source text, content) of the colon claims in ``text``."""
    colons = [c for c in _claims(text) if c.cue.text == ":"]
    return [(c.source_text.text if c.source_text else None, c.content.text) for c in colons]


def test_a_headline_name_on_a_topic_before_a_quotation_is_the_source() -> None:
    """'Gillibrand on Hillary's Speeches: ‘I Think She Will.’' (PolNeAR's headline colon)."""
    text = "Gillibrand on Hillary Releasing Her Speeches: ‘I Think She Will.’\n\nShe spoke on Friday."
    assert _colon_claims(text) == [("Gillibrand", "I Think She Will")]


def test_a_headline_topic_without_a_quotation_is_no_claim() -> None:
    """'Trump on Immigration: A Timeline': no quotation after the colon, no claim."""
    assert _colon_claims("Trump on Immigration: A Timeline\n\nHe spoke on Friday.") == []


def test_a_sentence_with_its_own_cue_verb_is_no_topic_headline() -> None:
    """'But on Friday he said: "..."': the verb's claim only, no colon claim with source "But"."""
    text = 'But on Friday he said: "I have tendered my resignation."'
    assert _colon_claims(text) == []


def test_a_named_subject_after_which_calls_a_quotation() -> None:
    """'..., which Variety called "a combination of ..."': Variety's claim, the quotation its content."""
    text = 'Critics mocked her accent, which Variety called "a combination of Mata Hari and Count Dracula".'
    (claim,) = [c for c in _claims(text) if c.cue.text == "called"]
    assert claim.source_text is not None and claim.source_text.text == "Variety"
    assert claim.content.text == "a combination of Mata Hari and Count Dracula"


def test_a_sentence_opening_that_before_called_is_no_relative() -> None:
    """'That system relies on links called "trackers"': a naming, no claim."""
    text = 'That file-sharing system relies on links called "trackers" that point users to others.'
    assert [c for c in _claims(text) if c.cue.text == "called"] == []


def test_a_pronoun_after_what_called_is_left_alone() -> None:
    """'over what she called "bullying" tactics': the source is not read right, so no claim."""
    text = 'Greer quit the show earlier in the week over what she called "bullying" tactics.'
    assert [c for c in _claims(text) if c.cue.text == "called"] == []


def test_a_time_adverb_opening_the_sentence_is_not_in_the_source() -> None:
    """'Earlier this month the firm said ...', 'Later the prime minister said ...': the source after it."""
    for text, source in (
        ("Earlier this month the firm said profits would rise.", "the firm"),
        ("Later the prime minister said he was up for it.", "the prime minister"),
        ("Earlier, Foreign Secretary Jack Straw said the UK was ready.", "Foreign Secretary Jack Straw"),
    ):
        (claim,) = _claims(text)
        assert claim.source_text is not None and claim.source_text.text == source


def test_a_source_that_is_only_a_time_word_is_kept() -> None:
    """A source that would be empty without the adverb stays as found (no empty source)."""
    for claim in _claims("Later said the firm would grow."):
        assert claim.source_text is None or claim.source_text.text


def test_a_source_that_is_only_a_time_phrase_is_not_cut_to_another_time() -> None:
    """A found source "Earlier Wednesday" is not cut to "Wednesday" (left for the other rules)."""
    for claim in _claims("Earlier Wednesday defended the plan, saying it would work."):
        assert claim.source_text is None or claim.source_text.text != "Wednesday"
