"""Session 26: a verb of knowing, seeing or adding with only a plain noun-phrase object is no claim.

"knows nothing", "see the irony", "considered the matter": the syntax layer gives the cue verb an
object and no clausal complement, and no verb stands in the content. Speech acts whose object is their
content ("criticized the decision", "promised a veto") keep their claims. Counted on outside text
(unused news, TempEval-3 train, PolNeAR train's counting half): see docs/design.md, session 26.
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


def test_a_knowing_verb_with_a_plain_object_is_no_claim() -> None:
    """"The senator knows nothing": no proposition is attributed."""
    assert parsed_claims("The senator knows nothing, but the mouth never stops.") == []


def test_a_seeing_verb_with_a_plain_object_is_no_claim() -> None:
    """"Voters see the irony": the object is a thing seen, not a content."""
    assert parsed_claims("Voters in the state see the irony.") == []


def test_a_considering_verb_with_a_plain_object_is_no_claim() -> None:
    """"The court considered the matter": a deliberation, not a belief."""
    assert parsed_claims("The appeals court considered the matter.") == []


def test_an_apostrophe_is_no_quotation() -> None:
    """"considered Anil's resignation": the possessive's apostrophe does not make the object a quote."""
    assert parsed_claims("The board considered Anil's resignation.") == []


def test_the_same_verbs_with_a_clause_keep_their_claims() -> None:
    """"knows the plan will fail", "said the plant would close": a clause after the verb is a content."""
    assert parsed_claims("Ann Lee knows the plan will fail.") == [("Ann Lee", "knows", "the plan will fail")]
    text = "The minister said the plant would close."
    assert parsed_claims(text) == [("The minister", "said", "the plant would close")]


def test_a_speech_act_with_a_plain_object_keeps_its_claim() -> None:
    """"criticized the decision", "promised a veto": the object is what the speech act is about."""
    assert parsed_claims("Ann Lee criticized the decision.") == [("Ann Lee", "criticized", "the decision")]
    assert parsed_claims("Clinton promised a veto.") == [("Clinton", "promised", "a veto")]


def test_a_small_clause_after_the_object_keeps_its_claim() -> None:
    """"considers Mrs. Clinton untrustworthy", "see black votes as key": a belief about the object."""
    text = "He considers Mrs. Clinton untrustworthy."
    assert parsed_claims(text) == [("He", "considers", "Mrs. Clinton untrustworthy")]
    text = "Sanders and Clinton see black votes as key in South Carolina."
    assert parsed_claims(text)[0][1:] == ("see", "black votes as key in South Carolina")


def test_without_the_syntax_layer_the_claim_stays() -> None:
    """No tree, no decision: the word rules' claim is kept as before."""
    assert claims("The appeals court considered the matter.") == [
        ("The appeals court", "considered", "the matter")
    ]
