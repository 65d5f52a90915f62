"""Session 37: a speech act whose noun-phrase object is its content ("rejects the plan", "to condemn it").

The forms the word rules never take of verbs like deny, criticize, condemn, praise, blame and reject
are cues when the syntax layer gives them one object and no clausal complement after them and a subject
before them: the subject is the source, the object's phrase the content (guidelines/claims.md: "a speech
act with a noun-phrase content is a claim"). Counted on outside text: docs/design.md, session 37.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newsparse import Claim
from newsparse_claims.lexicon import CUE_VERBS, PARTICIPLE_CUES
from newsparse_claims.object_contents import OBJECT_CONTENT_VERBS
from newsparse_syntax import syntax_of

from .layers import claim_triples, document, run


def parsed_claims(text: str) -> list[tuple[str | None, str, str]]:
    """(source, cue, content) of each claim of ``text``, with the syntax layer the rule consults."""
    doc = document(text, syntax=tuple(syntax_of(document(text))))
    out = []
    for claim in run(doc, "claims").layer("claims"):
        assert isinstance(claim, Claim)
        source = claim.source_text.text if claim.source_text is not None else None
        out.append((source, claim.cue.text, claim.content.text))
    return out


def test_a_present_tense_speech_act_with_an_object_is_a_claim() -> None:
    """"criticizes the decision": the word rules read only "criticized"."""
    expected = [("The senator", "criticizes", "the decision")]
    assert parsed_claims("The senator criticizes the decision.") == expected


def test_an_infinitive_takes_its_controller_as_source() -> None:
    """"were quick to condemn the outcome": the subject of "were" condemns."""
    expected = [("Republicans", "condemn", "the outcome")]
    assert parsed_claims("Republicans were quick to condemn the outcome.") == expected


def test_an_oblique_of_the_charge_is_kept_in_the_content() -> None:
    """"blame China for the job losses": the "for" phrase is part of what is said."""
    expected = [("Trump and Sanders", "blame", "China for the job losses")]
    assert parsed_claims("Trump and Sanders often blame China for the job losses.") == expected


def test_a_noun_is_no_cue() -> None:
    """"The blame fell on ...": after a determiner the word is a noun."""
    assert parsed_claims("The blame fell on the government.") == []


def test_a_thing_is_no_source() -> None:
    """"The prize commends an author": a lower-case singular noun that names no speaker."""
    assert parsed_claims("The prize commends an author for her body of work.") == []


def test_the_object_of_the_governing_verb_controls_the_infinitive() -> None:
    """"pushes Democrats to reject the deal": Sanders does not reject it."""
    assert parsed_claims("Sanders pushes Democrats to reject the debt deal.") == []


def test_a_cue_inside_a_quotation_is_the_speaker_s_words() -> None:
    """'"We reject the plan," she said.': one claim, the quotation's."""
    claims = parsed_claims('"We reject the plan outright," the minister said.')
    assert [cue for _, cue, _ in claims] == ["said"]


def test_without_a_tree_no_claim() -> None:
    """No syntax layer, no object: the rule gives nothing."""
    assert claim_triples("The senator criticizes the decision.") == []


def test_the_table_leaves_the_word_rules_their_forms() -> None:
    """The table holds only forms the word rules never read, and no verb of another common sense."""
    assert {"criticizes", "condemn", "rejects", "blame", "chided"} <= OBJECT_CONTENT_VERBS
    assert OBJECT_CONTENT_VERBS.isdisjoint(CUE_VERBS | PARTICIPLE_CUES)
    assert {"dismiss", "attack", "defend", "question", "welcome"}.isdisjoint(OBJECT_CONTENT_VERBS)


_WORDS = (
    "The", "senator", "criticizes", "rejects", "the", "plan", "to", "condemn", "blame", "for", "it", ",", ".",
)


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=14))
def test_every_claim_has_its_content_after_its_cue(words: list[str]) -> None:
    """Whatever the words, a claim of the rule has a table cue and a content after it."""
    text = " ".join(words)
    for _source, cue, content in parsed_claims(text):
        if str.lower(cue) in OBJECT_CONTENT_VERBS:
            assert content
            assert text.index(content, text.index(cue)) >= 0
