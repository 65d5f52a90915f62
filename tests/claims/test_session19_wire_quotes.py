"""Session 19, round 2: the wire's ``backtick'' quotations (TimeBank and AQUAINT): two backticks open
a quotation as a straight mark does, so the claim is a direct quote and runs on over the speaker's
next quotation; read on TempEval-3 train files no set names."""

from __future__ import annotations

from newsparse_claims.quoting import claim_quotations

from .layers import document, run

WIRE = (
    "``We are doing dozens of interviews a day,'' said Paul Moskal, a spokesman for the FBI. "
    "``I know of no information that would treat these two differently.''\n\n"
    "Mr. Smith left early."
)


def test_backticks_open_a_quotation() -> None:
    """``We won,'' he said: one quotation from the first backtick to the second apostrophe."""
    quotes = claim_quotations("``We won,'' he said.")
    assert [q.text for q in quotes] == ["``We won,''"]


def test_a_backtick_quotation_is_a_direct_quote_continued_by_the_next() -> None:
    """The quote-first claim is direct, and its content runs on over the speaker's next quotation."""
    claims = run(document(WIRE), "claims").layer("claims")
    assert [c.cue.text for c in claims] == ["said"]
    claim = claims[0]
    assert claim.kind == "direct"
    assert [p.text for p in claim.content_parts] == [
        "We are doing dozens of interviews a day",  # without its marks (session 20 round 1b)
        "I know of no information that would treat these two differently.",
    ]


def test_a_cue_inside_a_backtick_quotation_is_the_speaker_s_words() -> None:
    """'``I told you ... ,'' he said': the "told" inside the quotation is no claim of its own."""
    claims = run(document("``I told you we would win,'' Clinton said."), "claims").layer("claims")
    assert [(c.cue.text, c.source_text.text if c.source_text else None) for c in claims] == [
        ("said", "Clinton")
    ]
