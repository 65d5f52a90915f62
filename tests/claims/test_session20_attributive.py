"""Round 1b of session 20: a cue word that is an adjective or a passive participle gives no claim."""

from __future__ import annotations

from newsparse_claims.senses import adverbs_only

from .layers import claim_triples as claims


def test_a_participle_after_a_possessive_and_an_adverb_is_an_adjective() -> None:
    """"a charge associated with Hughes's previously announced plan": no claim of the charge."""
    text = "Profit fell because of a charge associated with Hughes's previously announced plan to cut jobs."
    assert claims(text) == []


def test_a_possessive_before_an_auxiliary_is_a_contraction() -> None:
    """"Lee's already said he would win": Lee has said; a noun must follow an adjective cue."""
    assert [c[:2] for c in claims("Lee's already said he would win.")] == [("Lee's", "said")]
    low = "hughes 's previously announced plan".split()
    assert adverbs_only(low, 2, 3)
    assert not adverbs_only("lee 's already said he".split(), 2, 3)
    assert not adverbs_only("lee 's has said the plan".split(), 2, 3)


def test_found_to_be_without_an_auxiliary_is_a_passive() -> None:
    """"a Web site found to be a threat ... says": the reduced passive is no finding; "says" is the cue."""
    text = "The creator of a Web site found to be a threat to doctors says the ruling is a setback."
    assert [c[1] for c in claims(text)] == ["says"]


def test_declined_to_comment_has_no_content() -> None:
    """ "officials declined to comment Saturday": a cue with no content (guideline), no claim; it still
    lends its subject to a conjoined cue, and "refused to back the bill" is still a stance."""
    assert claims("Amherst police officials declined to comment Saturday.") == []
    assert claims("The minister refused to elaborate on the report.") == []
    text = "A spokesman for the firm refused to comment on the reports, but said results were due on Friday."
    assert claims(text) == [("A spokesman for the firm", "said", "results were due on Friday")]
    assert [c[1] for c in claims("Lee refused to back the bill.")] == ["refused"]
