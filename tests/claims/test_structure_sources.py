"""Sources from sentence structure, and the fallback without it (passages written for the tests)."""

from __future__ import annotations

from newsparse_claims.structure import worth_analysing

from .layers import claims_of

INVERTED = "The stations closed in 2005, said Jeffrey N. Trimble, a senior official with the board."


def test_inverted_speaker_from_the_sentence_structure() -> None:
    assert claims_of(INVERTED, with_syntax=True) == [
        ("Jeffrey N. Trimble", "said", "The stations closed in 2005")
    ]


TRIMBLE = ("Jeffrey N. Trimble", "said", "The stations closed in 2005")
LONG_TAIL = (
    "The stations closed in 2005, said Jeffrey N. Trimble, a senior official with the board of the"
    " broadcasting agency in Washington."
)


def test_without_a_tree_a_sourceless_cue_gives_no_claim() -> None:
    assert claims_of(LONG_TAIL, with_syntax=False) == []
    assert claims_of(LONG_TAIL, with_syntax=True) == [TRIMBLE]


def test_a_short_apposition_after_an_inverted_speaker_needs_no_tree() -> None:
    assert claims_of(INVERTED, with_syntax=False) == [TRIMBLE]


def test_the_object_of_told_is_never_taken_for_the_source() -> None:
    text = "Many viewers, including some in the film, told The Huffington Post."
    assert [source for source, _cue, _content in claims_of(text, with_syntax=True)] in ([], [None])


def test_only_inverted_speech_cues_are_analysed() -> None:
    text = 'It closed, said Ann Lee. Ann Lee said it closed. "It closed," said Ann. Ann, a lawyer, said it.'
    said = [i for i in range(len(text)) if text.startswith("said", i)]
    assert [worth_analysing(text, (i, i + 4)) for i in said] == [True, False, True, False]
