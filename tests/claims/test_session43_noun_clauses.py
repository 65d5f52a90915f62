"""Session 43 (clmnoun): a noun of saying or holding with a complement "that" clause and a named
holder is a cue (issue 15; the guideline's "Clarifications, session 42").

"He made the suggestion that ...", "the union's concern that ...", "the EPA demand that ...": the
holder is the source and the clause the content. A noun with no holder ("complaints that ..."), a
noun that another person's act takes ("played down the idea that"), a relative "that" and a noun
hung on a found cue ("said in a statement that") give no claim here. The passages are written for
these tests.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsparse import Claim
from newsparse_claims.noun_clauses import CLAUSE_NOUNS, _places
from newsparse_syntax import syntax_of

from .layers import document, run


def parsed(text: str) -> list[tuple[str, str | None, str]]:
    """(cue, source, content) of each claim of ``text``, with the syntax layer the rules consult."""
    doc = document(text, syntax=tuple(syntax_of(document(text))))
    out = []
    for claim in run(doc, "claims").layer("claims"):
        assert isinstance(claim, Claim)
        source = claim.source_text.text if claim.source_text is not None else None
        out.append((claim.cue.text, source, claim.content.text))
    return out


def _noun_claim(text: str, noun: str) -> tuple[str, str | None, str] | None:
    """The claim of ``text`` whose cue is ``noun``, if any."""
    return next((c for c in parsed(text) if c[0] == noun), None)


def test_a_light_verb_subject_holds_the_noun() -> None:
    """"X made the suggestion that A": X suggested A."""
    claim = _noun_claim("The senator made the suggestion that the city should raise its taxes.", "suggestion")
    assert claim == ("suggestion", "The senator", "the city should raise its taxes")


def test_left_no_doubt() -> None:
    """"X left no doubt that A": X's stated view."""
    claim = _noun_claim("The mayor left no doubt that she would run again next year.", "doubt")
    assert claim is not None and claim[1] == "The mayor"
    assert claim[2].startswith("she would run again")


def test_a_possessor_holds_the_noun() -> None:
    """"the vote eased the union's concern that A": the union fears A."""
    claim = _noun_claim("The vote eased the union's concern that wages would fall again.", "concern")
    assert claim is not None and claim[1] == "the union's"
    assert claim[2] == "wages would fall again"


def test_a_name_before_the_noun_is_its_holder() -> None:
    """"the EPA demand that A": the agency demanded A."""
    claim = _noun_claim("The firm ignored the EPA demand that the old plant be closed by June.", "demand")
    assert claim is not None and claim[1] == "EPA"


def test_no_holder_no_claim() -> None:
    """"There were complaints that A": nobody named holds it (PolNeAR marks such places unevenly)."""
    assert _noun_claim("There were complaints that the park was closed too early.", "complaints") is None


def test_a_person_acting_on_the_noun_makes_it_that_act_s_content() -> None:
    """"X played down the idea that A": the idea is what X played down, not X's claim."""
    assert _noun_claim("The mayor played down the idea that she would run again.", "idea") is None


def test_a_relative_that_is_no_clause() -> None:
    """"the claim that was rejected": a relative clause."""
    text = "His claim that was rejected by the court had been filed in May."
    assert _noun_claim(text, "claim") is None


def test_a_noun_on_a_found_cue_is_that_cue_s() -> None:
    """"X said in her statement that A": one claim, the verb's."""
    text = "The minister said in her statement that the plant would close."
    claims = parsed(text)
    assert [c[0] for c in claims] == ["said"]


_WORDS = st.sampled_from(["that", "claim", "Claim", "the", "his", "was", "he", "is", "ideas", "fear", "said"])


@given(st.lists(_WORDS, max_size=12))
def test_places_are_table_nouns_before_that(words: list[str]) -> None:
    """Every place is a lower-case table noun right before "that" and a word that is no verb."""
    low = [w.lower() for w in words]
    for k in _places(low, words):
        assert low[k] in CLAUSE_NOUNS and words[k].islower()
        assert low[k + 1] == "that" and low[k + 2] not in ("was", "is")
