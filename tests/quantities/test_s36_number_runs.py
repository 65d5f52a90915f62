"""Session 36: the number words of a text found by one search of their trie over its ASCII letter runs
give the positions the plain reading of every letter run gives (``windows._positions``)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newsparse_quantities.windows import _anchors, _positions, _sign_positions, _word_pattern

# number words, words that hold one ("often", "someone", "tenths"), and what may be glued to them
_PIECES = st.sampled_from(
    "one ten two tenths twenty thousand dozens half few several zero often someone money stone "
    "Tens TWELVE Million 元 元年".split()
)
_GLUE = st.sampled_from([" ", "", "-", "é", "1", "_", "’", "½", "²", ".", "\n", "İ", "ſ", "K", "x"])
_GLUED = st.lists(st.tuples(_PIECES, _GLUE), max_size=25).map(lambda parts: "".join(p + g for p, g in parts))


def _reference(text: str) -> list[int]:
    """Every substring of the lower-cased text that is a number word with no letter beside it, kept
    for a word that is a whole letter run somewhere (the layer's rule before session 36)."""
    words = _anchors()[1]
    lower = text.lower()
    found = _sign_positions(text)
    if len(lower) != len(text):
        letters = bytes(c if 97 <= c <= 122 else 32 for c in range(256))
        runs = set(lower.encode("ascii", "replace").translate(letters).split())
        present = {w for w in words if (w.encode() in runs if w.isascii() else w in lower)}
        if present:
            found.extend(m.start() for m in _word_pattern(frozenset(present)).finditer(text))
        return sorted(found)
    size = len(lower)
    for word in words:
        n = len(word)
        hits = [
            i
            for i in range(size)
            if lower.startswith(word, i)
            and (i == 0 or not lower[i - 1].isalpha())
            and (i + n >= size or not lower[i + n].isalpha())
        ]
        runs = [i for i in hits if _whole_run(lower, i, i + n)]
        if runs:
            found.extend(hits)
    return sorted(found)


def _whole_run(lower: str, start: int, end: int) -> bool:
    before = lower[start - 1] if start else " "
    after = lower[end] if end < len(lower) else " "
    return all(c == "_" or c.isdecimal() or not c.isalnum() for c in (before, after))


@settings(max_examples=400, deadline=None)
@given(_GLUED)
def test_number_words_glued_to_anything_are_found_as_before(text: str) -> None:
    assert _positions(text) == _reference(text)


def test_a_number_word_inside_a_word_or_beside_an_accent_is_no_number() -> None:
    text = "someone often said éone and one2 but ten_ and two"
    # "one" before a digit is a run ("one2": the digit is a number of its own); "éone" is not
    assert [text[i : i + 3] for i in _positions(text)] == ["one", "2 b", "ten", "two"]
    assert _positions(text) == _reference(text)
