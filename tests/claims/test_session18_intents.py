"""Session 18, round 2: progressive intentions and demands ("is planning to", "is seeking to", "is
demanding that") whose subject opens the sentence; read on PolNeAR train and unused news."""

from __future__ import annotations

from .layers import claim_triples as claims


def test_a_progressive_intention_before_to_is_a_claim() -> None:
    """'A group of rabbis is planning to boycott ...': the rabbis' intention."""
    assert claims("A group of rabbis is planning to boycott the speech.") == [
        ("A group of rabbis", "planning", "to boycott the speech")
    ]


def test_a_progressive_demand_before_that_is_a_claim() -> None:
    """'A major climate group is demanding that ...': the group's demand, without "that"."""
    assert claims("A major climate group is demanding that the candidates propose efforts.") == [
        ("A major climate group", "demanding", "the candidates propose efforts")
    ]


def test_seeking_to_with_an_adverb_is_a_claim() -> None:
    """'She is now seeking to be reimbursed': an adverb between the auxiliary and the participle."""
    found = claims("She is now seeking to be reimbursed for the costs.")
    assert [c[:2] for c in found] == [("She", "seeking")]


def test_a_plain_object_is_no_intention() -> None:
    """'BSkyB is planning HDTV services', 'Police were seeking a 14th officer': no statement."""
    assert claims("BSkyB is planning HDTV services in 2006.") == []
    assert claims("Police were seeking a 14th officer.") == []


def test_an_intention_inside_a_clause_is_no_claim_of_its_own() -> None:
    """'... and 25% were planning to buy ...' lies in the survey's content: no claim of the 25%."""
    text = "A survey by Mediametrie found that 70% were aware of it, and 25% were planning to buy a receiver."
    assert [c[:2] for c in claims(text)] == [("A survey by Mediametrie", "found")]
