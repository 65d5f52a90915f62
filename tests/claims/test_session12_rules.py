"""Rules of session 12 found on real-news errors and checked on unused real articles (test passages)."""

from __future__ import annotations

from newsparse_claims.model import Claim

from .layers import document, run


def _claims(text: str) -> list[Claim]:
    """The claims found in ``text``."""
    return [c for c in run(document(text), "claims").layer("claims") if isinstance(c, Claim)]


def test_a_quotation_in_the_next_indented_paragraph_continues_the_claim() -> None:
    text = (
        'TOKYO, March 5 - "Much needs to be done," he\ntold a press conference after three days of talks.\n'
        '    "We need greater domestic-led growth."\n'
    )
    (claim,) = _claims(text)
    assert claim.cue.text == "told"
    assert claim.content_parts[-1].text == "We need greater domestic-led growth."


def test_a_quotation_after_a_trailer_ending_the_paragraph_continues_the_claim() -> None:
    text = (
        '"The authorities want an example," the group said in a statement.\n\n'
        '"Their aim is to silence the press." Later that day the police arrived.'
    )
    (claim,) = _claims(text)
    assert claim.content_parts[-1].text == "Their aim is to silence the press."


def test_a_quotation_two_paragraphs_on_does_not_continue_the_claim() -> None:
    text = (
        '"The authorities want an example," the group said in a statement.\n\n\n\n\n\n'
        '"Their aim is to silence the press." Later that day the police arrived.'
    )
    (claim,) = _claims(text)
    assert claim.content.text == "The authorities want an example"


def test_an_unquoted_paragraph_after_the_trailer_is_not_taken() -> None:
    text = (
        '"Much needs to be done," he\ntold a press conference.\n'
        "    The talks ended on Friday.\n"
    )
    (claim,) = _claims(text)
    assert claim.content.text == "Much needs to be done"
