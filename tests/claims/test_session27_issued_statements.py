"""Session 27: a statement issued with its content ("X issued a statement condemning the attack").

The noun "statement" (or "press release") as the object of "issued", "released", "put out" or "sent
out" is a cue: the issuer is the source, and the content is the participle's phrase after it (past a
time or a comma) or a quotation after a comma or colon. Counted on outside text (unused news,
TempEval-3 train, PolNeAR train's counting half): see docs/design.md, session 27.
"""

from __future__ import annotations

from .layers import claim_triples as claims


def test_any_participle_after_an_issued_statement_gives_the_claim() -> None:
    """"condemning", "confirming": not only the speech participles of the word list."""
    assert claims("The ministry issued a statement condemning the attack.") == [
        ("The ministry", "issued a statement condemning", "the attack")
    ]
    assert claims("The party released a statement confirming it will double its staff.") == [
        ("The party", "released a statement confirming", "it will double its staff")
    ]


def test_a_time_may_stand_between_the_statement_and_its_participle() -> None:
    """"released a statement Wednesday saying": the time is the cue's, the content follows."""
    assert claims("The town released a statement Wednesday saying the remarks were unfair.") == [
        ("The town", "released a statement Wednesday saying", "the remarks were unfair")
    ]


def test_plural_statements_and_a_press_release() -> None:
    """"issued statements condemning", "put out a press release urging"."""
    assert claims("All three candidates issued statements condemning the raids.") == [
        ("All three candidates", "issued statements condemning", "the raids")
    ]
    assert claims("The group put out a press release urging voters to stay home.") == [
        ("The group", "put out a press release urging", "to stay home")
    ]


def test_a_quotation_after_the_statement_is_its_content() -> None:
    """'issued a statement, "..."' and 'issued a statement Tuesday: "..."'."""
    assert claims('Mr Lee issued a statement, "We will not retreat."') == [
        ("Mr Lee", "issued a statement", "We will not retreat.")
    ]
    assert claims('She issued a statement Tuesday: "We are appalled."') == [
        ("She", "issued a statement Tuesday", "We are appalled.")
    ]


def test_a_preposition_in_ing_or_no_participle_gives_no_claim() -> None:
    """"a statement following the vote", "regarding the arrest", "the release of prisoners": no content."""
    assert claims("The firm issued a statement following the vote.") == []
    assert claims("The police issued a statement regarding the arrest.") == []
    assert claims("The release of prisoners awaiting trial was delayed.") == []


def test_the_addressee_of_an_addressing_participle_is_left_out() -> None:
    """"urging lawmakers to act" → "to act"; "reassuring voters that ..." → the clause; not "an end to"."""
    assert claims("The group issued a statement urging lawmakers to act.") == [
        ("The group", "issued a statement urging", "to act")
    ]
    assert claims("Lee sent out a statement reassuring voters that the ballots were safe.") == [
        ("Lee", "sent out a statement reassuring", "the ballots were safe")
    ]
    assert claims("The UN issued a statement urging an end to the violence.") == [
        ("The UN", "issued a statement urging", "an end to the violence")
    ]


def test_the_speech_participle_rule_keeps_its_shape() -> None:
    """"issued a statement saying" stays the participle rule's claim, with "saying" as its cue."""
    assert claims("The ministry issued a statement saying the talks had failed.") == [
        ("The ministry", "saying", "the talks had failed")
    ]
