"""Session 23: where a content read after its cue ends, from clause structure.

A second predicate the syntax layer conjoins to the cue verb is the source's next act, not content
("promised a veto and attempted to ..."); a cue after a relative or subordinating word opens a clause
inside the content ("... which he said was out of control"), not a claim that ends it, while an
adverbial word after a comma opens the writer's comment (", where both candidates claim ties").
Counted on outside text (unused news, TempEval-3 train, PolNeAR train): 29 firings, 29 right; and
128 changed claims, 111 right.
"""

from __future__ import annotations

from newsparse import Claim
from newsparse_syntax import syntax_of

from .layers import claim_triples as claims
from .layers import document, run


def parsed_claims(text: str) -> list[tuple[str | None, str, str]]:
    """(source, cue, content) of each claim of ``text``, with the syntax layer the rule consults."""
    doc = document(text, syntax=tuple(syntax_of(document(text))))
    out = []
    for claim in run(doc, "claims").layer("claims"):
        assert isinstance(claim, Claim)
        source = claim.source_text.text if claim.source_text is not None else None
        out.append((source, claim.cue.text, claim.content.text))
    return out


def test_a_predicate_conjoined_to_the_cue_ends_the_content() -> None:
    """"promised a veto and attempted to ...": Clinton's next act, not what she promised."""
    text = "Clinton promised a veto and attempted to make the case that the bill is a bad idea."
    assert parsed_claims(text) == [("Clinton", "promised", "a veto")]


def test_a_predicate_joined_after_a_quotation_ends_the_content() -> None:
    """'described ... as a "terrible situation," but stopped short of ...'."""
    text = 'Christie described the incident as a "terrible situation," but stopped short of calling it so.'
    assert parsed_claims(text)[0][2] == 'the incident as a "terrible situation,"'


def test_a_verb_joined_inside_a_reported_clause_stays() -> None:
    """"said the company posted a loss and cut jobs": both verbs are what she said."""
    text = "She said the company posted a loss and cut jobs."
    assert parsed_claims(text) == [("She", "said", "the company posted a loss and cut jobs")]


def test_coordinated_complements_and_noun_phrases_stay() -> None:
    """"unsubstantiated and fabricated by ...", "mobiles and fixed phones were used": one complement."""
    text = "Trump called the charges unsubstantiated and fabricated by former employees."
    assert parsed_claims(text)[0][2] == "the charges unsubstantiated and fabricated by former employees"
    text = "The research showed mobiles and fixed phones were used for different purposes."
    assert parsed_claims(text)[0][2] == "mobiles and fixed phones were used for different purposes"


def test_a_cue_in_a_relative_clause_of_the_content_does_not_end_it() -> None:
    """"..., which he said was out of control": the content runs on over the relative clause."""
    text = "He said the UK had to take a new approach to immigration, which he said was out of control."
    assert claims(text)[0] == (
        "He", "said", "the UK had to take a new approach to immigration, which he said was out of control"
    )


def test_a_cue_after_a_subordinator_or_a_gerund_does_not_end_the_content() -> None:
    """"right when he said ...", "by saying ...": a clause of the content."""
    text = "Flynn said Trump was right when he said the generals had been reduced to rubble."
    assert claims(text)[0][2] == "Trump was right when he said the generals had been reduced to rubble"
    text = "Ahmadinejad also praised the students by saying that they have spectacular talents."
    assert claims(text)[0][2] == "the students by saying that they have spectacular talents"


def test_an_adverbial_after_a_comma_opens_the_writers_comment() -> None:
    """", where both candidates claim ties": the writer's, and the content ends before it."""
    text = "An average of polls shows Clinton leads Sanders in the state, where both candidates claim ties."
    assert claims(text)[0][2] == "Clinton leads Sanders in the state"


def test_a_parenthetical_as_clause_stays_inside() -> None:
    """"the result, as he later explained, was ...": an aside inside the content."""
    text = "He said rates were too low and that the result, as he later explained, was a bubble."
    assert claims(text)[0][2] == "rates were too low and that the result, as he later explained, was a bubble"
