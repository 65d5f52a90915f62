"""Session 19, round 2: "X is / has been / who is accused of ..." is a claim whose source is absent
(the claims guideline's passive cues), its content the charge up to its clause's end; with the
accuser named after it ("by the watchdog") it is left to the agent rules. Read on the A halves of
the wire and s14 check sets and on unused news."""

from __future__ import annotations

from .layers import claim_triples as claims


def test_a_perfect_passive_accusation_has_no_source() -> None:
    """'The party has been accused of anti-Semitism over a poster.': the charge, no source."""
    assert claims("The party has been accused of anti-Semitism over a poster.") == [
        (None, "has been accused", "anti-Semitism over a poster")
    ]


def test_a_relative_accusation_ends_with_its_clause() -> None:
    """'Bin Laden, who is accused of masterminding the attack, is ...': the charge ends at the comma."""
    assert claims("Bin Laden, who is accused of masterminding the attack, is on the list.") == [
        (None, "is accused", "masterminding the attack")
    ]


def test_a_named_accuser_or_an_active_accusation_is_not_this_rule_s() -> None:
    """'accused of X by the watchdog' names the accuser; 'Critics accused X of Y' is the critics'."""
    assert [c[1] for c in claims("China has been accused of blocking news by the watchdog.")] != [
        "has been accused"
    ]
    found = claims("Critics accused the minister of lying.")
    assert found == [("Critics", "accused", "the minister of lying")]


def test_a_report_closing_its_sentence_is_a_sourceless_claim() -> None:
    """'..., it has been announced.', '..., it was claimed in court.': the clause before is the content."""
    assert claims("Ian Curtis's life is to be made into a film, it has been announced.") == [
        (None, "it has been announced", "Ian Curtis's life is to be made into a film")
    ]
    assert claims("The former head overstated earnings, it was claimed in court.") == [
        (None, "it was claimed", "The former head overstated earnings")
    ]


def test_a_closing_report_with_its_reporter_or_without_it_is_not_this_rule_s() -> None:
    """'The deal was announced on Monday.' reports nothing; '..., it was reported by the Sun.' names one."""
    assert claims("The deal was announced on Monday.") == []
    assert [c[1] for c in claims("The show will end, it was reported by the Sun.")] != ["it was reported"]
