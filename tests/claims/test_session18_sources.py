"""Rules of session 18 on role nouns as sources ("the home secretary", "the Romanian President"),
read through the entities layer's mention titles; checked on unused articles."""

from __future__ import annotations

from newsparse import Entity, Mention, Span
from newsparse_claims.model import Claim

from .layers import document, entity, run


def _claims(text: str, entities: tuple[Entity, ...] = ()) -> list[Claim]:
    """The claims found in ``text`` given its entities."""
    layer = run(document(text, entities=entities), "claims").layer("claims")
    return [c for c in layer if isinstance(c, Claim)]


def _person(text: str, ident: str, name: str, title: str | None) -> Entity:
    """A person named once as ``name``, with ``title`` (found anywhere in the text) on the mention."""
    start = text.index(name)
    written = None
    if title is not None:
        at = text.index(title)
        written = Span(at, at + len(title), title)
    return Entity(ident, "PERSON", name, (Mention(start, start + len(name), name, "name", written),))


def test_a_whole_title_as_source_names_its_holder() -> None:
    """'Home Secretary Charles Clarke ... The home secretary says': Clarke."""
    text = "Home Secretary Charles Clarke spoke on Monday. The home secretary says the plan will work."
    claims = _claims(text, (_person(text, "clarke", "Charles Clarke", "Home Secretary"),))
    assert claims[-1].source_text is not None and claims[-1].source_text.text == "The home secretary"
    assert claims[-1].source == "clarke"


def test_a_title_cut_short_by_the_entities_layer_still_links() -> None:
    """The mention's title is only "Secretary": the word before it completes "home secretary"."""
    text = "Home Secretary Charles Clarke spoke on Monday. The home secretary says the plan will work."
    claims = _claims(text, (_person(text, "clarke", "Charles Clarke", "Secretary"),))
    assert claims[-1].source == "clarke"


def test_a_shadow_holder_of_the_title_is_not_the_holder() -> None:
    """'Shadow home secretary David Davis ... The home secretary says': not Davis."""
    text = "Shadow home secretary David Davis spoke on Monday. The home secretary says the plan will work."
    claims = _claims(text, (_person(text, "davis", "David Davis", "home secretary"),))
    assert claims[-1].source != "davis"


def test_two_holders_of_the_title_leave_the_source_as_text() -> None:
    """Two persons titled "foreign secretary" in the window: the link is not clear."""
    text = ("Foreign Secretary Jack Straw met Foreign Secretary Ann Lee. "
            "The foreign secretary said the talks went well.")
    first = text.index("Foreign Secretary")
    second = text.index("Foreign Secretary", first + 1)
    ents = (
        Entity("straw", "PERSON", "Jack Straw", (Mention(first + 18, first + 28, "Jack Straw", "name",
                                                          Span(first, first + 17, "Foreign Secretary")),)),
        Entity("lee", "PERSON", "Ann Lee", (Mention(second + 18, second + 25, "Ann Lee", "name",
                                                     Span(second, second + 17, "Foreign Secretary")),)),
    )
    claims = _claims(text, ents)
    assert claims[-1].source is None
    assert claims[-1].source_text is not None and claims[-1].source_text.text == "The foreign secretary"


def test_a_nation_adjective_links_to_the_office_of_that_nation() -> None:
    """'Traian Basescu, the President of Romania ... The Romanian President told': Basescu."""
    text = ("Traian Basescu, the President of Romania, met the MEPs. "
            "The Romanian President told them that reform was under way.")
    ents = (_person(text, "basescu", "Traian Basescu", "President"),
            entity(text, "romania", "GPE", "Romania", "Romanian"))
    claims = _claims(text, ents)
    assert claims[-1].source == "basescu"


def test_an_office_of_something_is_named_before_the_of() -> None:
    """'Ken Kutaragi, Chief Operating Officer of Sony ... The Sony officer said': Kutaragi."""
    text = "Ken Kutaragi, Chief Operating Officer of Sony, spoke. The Sony officer said it ships in May."
    ents = (_person(text, "kutaragi", "Ken Kutaragi", "Chief Operating Officer of Sony"),
            entity(text, "sony", "ORG", "Sony"))
    assert _claims(text, ents)[-1].source == "kutaragi"


def test_without_titles_the_role_noun_stays_text() -> None:
    """No title on any mention (or an empty one): the role noun is kept as text, no entity."""
    text = "Charles Clarke spoke on Monday. The home secretary says the plan will work."
    for title in (None, ""):
        start = text.index("Charles Clarke")
        written = None if title is None else Span(start, start, "")
        ents = (Entity("clarke", "PERSON", "Charles Clarke",
                       (Mention(start, start + 14, "Charles Clarke", "name", written),)),)
        claim = _claims(text, ents)[-1]
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
