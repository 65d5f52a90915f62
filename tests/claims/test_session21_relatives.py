"""Session 21: a relative clause whose attitude or writing verb takes a plain object describes its
antecedent; it attributes nothing ("a fund which supports students", "Hutus who favored reconciliation")."""

from __future__ import annotations

from newsparse_claims.shapes import describes_antecedent

from .layers import claim_triples as claims


def test_an_attitude_verb_with_an_object_in_a_relative_clause_is_no_claim() -> None:
    """"the fund which supports students", "Hutus who favored reconciliation": no claim."""
    assert claims("The money goes to the Award Fund which supports students with grants.") == []
    assert claims("The rampage also killed Hutus who favored reconciliation with the minority.") == []


def test_a_writing_verb_with_an_object_before_the_real_cue() -> None:
    """"Pathway, which has maintained the site, said ...": only "said" is a claim."""
    text = "Pathway Communications, which has maintained the site, said the site was knocked off-line."
    assert claims(text) == [("Pathway Communications", "said", "the site was knocked off-line")]


def test_a_clause_or_infinitive_after_the_verb_still_attributes() -> None:
    """"who believes that ...", "who hopes to ...": the relative clause reports a belief or intention."""
    assert [c[1] for c in claims("The senator, who believes that taxes are too high, spoke on Monday.")] == [
        "believes"
    ]
    assert describes_antecedent("hutus who favored reconciliation .".split(), (1, 2), 2, 5)
    assert not describes_antecedent("lee , who believes that taxes rose .".split(), (2, 3), 3, 8)
    assert not describes_antecedent("lee , who hopes to win .".split(), (2, 3), 3, 7)
    assert not describes_antecedent("lee , who said the plan failed .".split(), (2, 3), 3, 8)
    assert not describes_antecedent("lee favored reconciliation .".split(), (0, 1), 1, 4)
