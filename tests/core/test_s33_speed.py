"""Session 33 (speed): the core's token columns by one compiled loop give what the mapped form gave."""

from __future__ import annotations

import operator
from itertools import accumulate

from hypothesis import given, settings
from hypothesis import strategies as st

from newsparse.text import _SPACED_TOKEN, TokenColumns, token_columns, tokenize

# letters, digits, the joiners the token pattern reads, and every kind of white space that
# str.lstrip and the pattern's \s treat alike (ASCII, the separators \x1c-\x1f, no-break and ideographic)
_ALPHABET = st.sampled_from(list("aZé9_'’-.,:/$ \t\n\r\x0b\x0c\x1c\x1f\u00a0\u2003\u3000\u0391\u03a3!"))


def _mapped(text: str) -> TokenColumns:
    """The session 32 form: ``accumulate``, ``str.lstrip`` and ``operator.sub`` mapped over the pieces."""
    pieces = _SPACED_TOKEN.findall(text, 0, len(text.rstrip()))
    ends = tuple(accumulate(map(len, pieces)))
    texts = tuple(map(str.lstrip, pieces))
    return TokenColumns(tuple(map(operator.sub, ends, map(len, texts))), ends, texts)


@settings(max_examples=400, deadline=None)
@given(st.text(_ALPHABET, max_size=80))
def test_columns_equal_the_mapped_form(text: str) -> None:
    assert token_columns(text) == _mapped(text)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=60))
def test_columns_equal_the_mapped_form_any_text(text: str) -> None:
    assert token_columns(text) == _mapped(text)


def test_columns_of_a_story() -> None:
    text = "  BEIRUT (Reuters) -\u00a0U.S.-backed forces took 1,447 km\u3000in al-Assad's  area.\n\n"
    columns = token_columns(text)
    assert columns == _mapped(text)
    assert columns.texts[:4] == ("BEIRUT", "(", "Reuters", ")")
    assert all(text[s:e] == t for s, e, t in zip(*columns, strict=True))
    assert [token.text for token in tokenize(text)] == list(columns.texts)
    assert all(type(v) is int for v in columns.starts + columns.ends)
    assert token_columns("") == TokenColumns((), (), ())
    assert token_columns(" \n ") == TokenColumns((), (), ())
