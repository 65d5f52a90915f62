"""Session 42: a verb outside the cue lists whose finite "that" clause is its content ("ruled that").

The syntax layer decides, with no list of verbs: a past or third-person form right before "that" that
heads a ``ccomp`` clause marked by it, with a subject naming a speaker before it. Counted on the claims
check sets' A halves (even places): docs/design.md, session 42.
"""

from __future__ import annotations

from newsparse import Claim
from newsparse_syntax import syntax_of

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


def test_a_ruling_with_a_that_clause_is_a_claim() -> None:
    """"the jury ruled that ...": the verb is in no cue list; its clause is what the jury held."""
    expected = [("the jury", "ruled", "such sites constitute threats to doctors")]
    text = "In the civil suit, the jury ruled that such sites constitute threats to doctors."
    assert parsed_claims(text) == expected


def test_a_listed_cue_keeps_its_own_claim() -> None:
    """"noted that": the word rules' claim stands, none is added beside it."""
    expected = [("The senator", "noted", "the bill would cost $5 billion")]
    assert parsed_claims("The senator noted that the bill would cost $5 billion.") == expected


def test_no_speaker_subject_gives_no_claim() -> None:
    """"It seems that ...": "it" names no speaker."""
    assert parsed_claims("It seems that the plan failed.") == []


def test_a_degree_that_is_no_complement() -> None:
    """"so hard that": "that" opens a clause of result, not a verb's complement."""
    assert parsed_claims("He worked so hard that he fell ill.") == []


def test_a_that_clause_inside_a_quotation_is_the_quoted_speakers() -> None:
    """A verb inside quotation marks is the quoted speaker's words: no claim of its own."""
    found = parsed_claims('"The panel decided that the rules apply," Ann Lee said.')
    assert [cue for _, cue, _ in found] == ["said"]
