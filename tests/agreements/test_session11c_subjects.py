"""Round 3 (session 11): the subject of "by signing" / "after agreeing" is the clause's subject."""

from __future__ import annotations

import newsparse


def _parties(text: str) -> list[tuple[str, ...]]:
    """The party sets of the agreements found in ``text``."""
    return [tuple(a.parties) for a in newsparse.parse(text).agreements]


def test_by_signing_takes_the_sentence_subject() -> None:
    """ "X ... wants to prevent it by signing this deal": X signs it."""
    text = "Argentina fears another crisis and wants to prevent it by signing this deal."
    assert _parties(text) == [("argentina",)]


def test_by_signing_past_a_possessor_and_title() -> None:
    """ "Germany's Chancellor Gerhard Schroeder began a visit by signing a deal": the person, not Germany."""
    text = "Germany's Chancellor Gerhard Schroeder began a visit to Beijing on Monday by signing a deal."
    assert _parties(text) == [("person:gerhard-schroeder",)]


def test_a_name_modifying_the_subject_signs_nothing() -> None:
    """ "The Tolkien books ..., said Mr Wallace after signing the deal": not Tolkien, not the reporter."""
    text = 'The Tolkien books are popular," said Mr Wallace, shortly after signing the deal in Canada.'
    assert _parties(text) == [()]


def test_shares_of_a_firm_do_not_sign() -> None:
    """ "Shares of Fiat rose after signing the deal": the sentence does not open with the name."""
    assert _parties("Shares of Fiat rose after signing the deal.") == [()]
