"""Two readings the scripted draws repeat, made cheaper in session 38 and checked against the readings they
replace, on any text: the word before a full stop (read back from the stop, not searched for from the
text's start) and the ids a file names (found in the file's runs of the ids' characters)."""

from __future__ import annotations

import re

from evaluation.data.drawing import ids_in_text
from evaluation.data.select_quantities import sentences, word_before
from hypothesis import given
from hypothesis import strategies as st


def searched(text: str, stop: int) -> str | None:
    """The old reading: the last run of word characters and full stops in the text before ``stop``."""
    found = re.search(r"([\w.]+)$", text[:stop])
    return None if found is None else found.group(1)


def test_the_word_before_a_stop_is_the_old_search_s_word_at_its_edges() -> None:
    text = "Mr. Smith paid $4.5bn to U.S. firms.\nAn end.\n\nThe last line\n. a_b٣ é. ."
    for stop in range(len(text) + 1):
        assert word_before(text, stop) == searched(text, stop), stop
    assert word_before("a Mr.", 4) == "Mr"
    assert word_before("ended\n.", 6) == "ended"  # the search's "$" stands before a final line break
    assert word_before("ended\n\n.", 7) is None
    assert word_before("", 0) is None


@given(st.text(alphabet=st.sampled_from("aZ9_. \n\t,'\u00e9\u0663\u2028-"), max_size=40), st.data())
def test_the_word_before_any_stop_is_the_old_search_s_word(text: str, data: st.DataObject) -> None:
    stop = data.draw(st.integers(0, len(text)))
    assert word_before(text, stop) == searched(text, stop)


@given(st.text(max_size=60), st.data())
def test_the_word_before_a_stop_in_any_unicode_text_is_the_old_search_s_word(
    text: str, data: st.DataObject
) -> None:
    stop = data.draw(st.integers(0, len(text)))
    assert word_before(text, stop) == searched(text, stop)


def test_sentences_end_at_a_stop_after_a_word_and_not_after_an_abbreviation() -> None:
    text = "Mr. Smith left at 5 p.m. on Monday. He said 3.5 was U.S. policy. Then he went home."
    assert [text[s:e] for s, e in sentences(text)] == [
        "Mr. Smith left at 5 p.m. on Monday.",
        "He said 3.5 was U.S. policy.",
        "Then he went home.",
    ]


def named_the_old_way(ids: list[str], text: str) -> set[str]:
    """The old reading of the ids a file names: each id searched for in the whole text."""
    return {i for i in ids if i in text}


def test_the_ids_a_text_holds_are_the_ids_a_search_of_the_whole_text_finds() -> None:
    ids = ["zz-sport-087", "zz-sport-08", "sport-087", "wiki-ID48475", "a.b/c", "x", ""]
    text = 'see "zz-sport-0871" and wiki-ID4847, a.b/c; ID48475-wiki'
    assert ids_in_text(ids)(text) == named_the_old_way(ids, text) == {
        "zz-sport-087", "zz-sport-08", "sport-087", "a.b/c", "",
    }
    assert ids_in_text([])(text) == set()


@given(
    st.lists(st.text(alphabet="ab-1.", max_size=5), max_size=8),
    st.text(alphabet="ab-1. \nc", max_size=40),
)
def test_the_ids_any_text_holds_are_the_ids_a_search_of_the_whole_text_finds(
    ids: list[str], text: str
) -> None:
    assert ids_in_text(ids)(text) == named_the_old_way(ids, text)
