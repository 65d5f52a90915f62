"""Session 39: a hyphen inside a word ("the 27-year-old Austrian said") is read past when a source is
read back from its cue; a score ("529-8 declared") or a cue after a hyphen ("U.N.-backed") is not."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsparse.text import token_columns
from newsparse_claims.hyphens import is_joined_hyphen

from .layers import claims_of


def test_an_age_stays_in_the_source_of_a_quotation() -> None:
    text = '"We played badly," the 29-year-old striker said.'
    assert claims_of(text) == [("the 29-year-old striker", "said", "We played badly")]


def test_an_age_alone_is_the_whole_source() -> None:
    text = "The 52-year-old said the bridge would reopen in May."
    assert claims_of(text) == [("The 52-year-old", "said", "the bridge would reopen in May")]


def test_a_hyphenated_name_is_one_source() -> None:
    text = "Jean-Pierre Dumont said the factory would close."
    assert claims_of(text) == [("Jean-Pierre Dumont", "said", "the factory would close")]


def test_a_cue_after_a_hyphen_is_no_cue_of_its_own() -> None:
    content = 'Jordan "is seeking some guidance" about a provision in the U.N.-backed embargo'
    assert claims_of(f"The minister said {content}.") == [("The minister", "said", content)]


def test_the_hyphens_shapes() -> None:
    cols = token_columns("the 27-year-old, a 5-3 win, a 5 - 3 win, U.S.-based")
    texts = list(cols.texts)
    hyphens = [k for k, word in enumerate(texts) if word == "-"]
    assert [is_joined_hyphen(cols, k) for k in hyphens] == [True, False, False, True]
    assert not is_joined_hyphen(cols, 0)


@given(st.text(alphabet="ab1- .", max_size=20))
def test_a_joined_hyphen_always_touches_a_word_on_each_side(text: str) -> None:
    cols = token_columns(text)
    for k in range(len(cols.texts)):
        if is_joined_hyphen(cols, k):
            assert cols.texts[k] == "-" and cols.texts[k + 1][:1].isalpha() and 0 < k
            assert cols.starts[k] == cols.ends[k - 1] and cols.starts[k + 1] == cols.ends[k]
