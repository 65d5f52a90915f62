"""Cue words are found by their raw spelling: any letter case for "according" and the participles only."""

from __future__ import annotations

import sys

from hypothesis import given, settings
from hypothesis import strategies as st

from newsparse.text import tokenize
from newsparse_claims.lexicon import CUE_VERBS, PARTICIPLE_CUES
from newsparse_claims.recognise import _SPELLINGS, find_claims

ANY_CASE = sorted({*PARTICIPLE_CUES, "according"})


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(ANY_CASE), st.lists(st.booleans(), min_size=12, max_size=12))
def test_every_letter_case_of_according_and_participles_is_a_cue_spelling(
    word: str, upper: list[bool]
) -> None:
    """Whatever letters are capitalised, the token is tried, as lower-casing it would decide."""
    spelling = "".join(c.upper() if up else c for c, up in zip(word, upper, strict=False))
    assert spelling in _SPELLINGS


def test_cue_verbs_count_in_lower_case_only() -> None:
    """ "Said" or "SAID" is no cue verb (a capitalised verb starts a title or a name)."""
    assert all(verb in _SPELLINGS for verb in CUE_VERBS)
    assert not {"Said", "SAID", "Reported", "Claims"} & _SPELLINGS


def test_capitalised_according_to_gives_a_claim() -> None:
    """ "ACCORDING TO the ministry, ..." reads like "According to the ministry, ..."."""
    for opening in ("According to", "ACCORDING TO", "aCCORDING tO"):
        text = f"{opening} the ministry, 20 people died in the attack."
        tokens = tokenize(text)
        found = find_claims(tokens, [(0, len(text))])
        assert [(text[slice(*f.source)], text[slice(*f.content)]) for f in found if f.source] == [
            ("the ministry", "20 people died in the attack")
        ]


def test_only_the_kelvin_sign_lowers_to_an_ascii_letter() -> None:
    """The fact the spellings rest on: no non-ASCII character but the Kelvin sign lowers to ASCII."""
    odd = [chr(c) for c in range(0x80, sys.maxunicode + 1) if chr(c).lower().isascii()]
    assert odd == ["\u212a"]
