"""Session 19, round 2: a firm's name ending in an abbreviation ("Tony Lama Co. said", "Cineplex Odeon
Corp. directors said") is read whole as the source, so the cue is resolved by the word rules and a
cue inside its content stays nested; read on the wire check set's half A and TempEval-3 train files
no set names."""

from __future__ import annotations

from .layers import claim_triples as claims


def test_a_firm_s_abbreviation_stays_in_the_source_and_nests_the_inner_cue() -> None:
    """'Tony Lama Co. said that Equus has proposed ...': one claim of the firm, not of Equus."""
    assert claims("Tony Lama Co. said that Equus has proposed changing the offer for the company.") == [
        ("Tony Lama Co.", "said", "Equus has proposed changing the offer for the company")
    ]


def test_a_firm_s_abbreviation_before_a_noun_is_in_the_source() -> None:
    """'Cineplex Odeon Corp. directors said ...': the directors of the named firm."""
    assert claims("Cineplex Odeon Corp. directors said the offer was too low.") == [
        ("Cineplex Odeon Corp. directors", "said", "the offer was too low")
    ]


def test_a_title_after_the_firm_s_stop_opens_a_new_source() -> None:
    """'... of St. Lawrence Ltd. Mr. Raymond said ...': the stop ends a sentence, not the firm's name."""
    found = claims("He ran the unit of St. Lawrence Ltd. Mr. Raymond said the unit was sold.")
    assert [(source, cue) for source, cue, _ in found] == [("Mr. Raymond", "said")]
