"""Issue 16, session 36 (events2): the means' own phrase names who used it (``users.means_user``).

"A landmine planted by X exploded ..., killing", "shells fired by X struck ... injuring", "shelling by X
hit ..., killing", "Saudi-led coalition airstrikes targeted ..., killing": the means is the subject of
the clause that acted, and its participle's "by" agent (or its own "by" phrase, or the leader before
"-led") is the perpetrator. Passages written for the test: unit tests, not evidence.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsparse
from newsparse.syntax import sentence_tree
from newsparse_events.users import means_user

from .helpers import perpetrators


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "On 2 May 2020, a landmine planted by an unknown armed group exploded in the outskirts of "
            "Bara town, killing a man.",
            "armed group",
        ),
        (
            "On 29 April 2020, indiscriminate shells fired by rebel forces struck a medical clinic in "
            "Al Firnaj injuring five civilians.",
            "rebel forces",
        ),
        (
            "Reported on 29 April 2020, shelling by government security forces hit a residential area, "
            "killing 1 civilian, in Kunduz city.",
            "government security forces",
        ),
        (
            "On 9 May 2020, 8 Saudi-led coalition airstrikes reportedly targeted rebel positions in Al "
            "Husha district, killing and injuring dozens of fighters.",
            "Saudi",
        ),
    ],
)
def test_the_means_phrase_names_who_used_it(text: str, actor: str) -> None:
    """The participle's "by" agent, the means' own "by" phrase, the "-led" leader (none on base)."""
    found = perpetrators(text, published="2020-05-10")
    assert found and all(p is not None and actor in p for _, p in found)


def test_a_finder_of_the_means_is_not_its_user() -> None:
    """ "A bomb found by police exploded, killing two": who found it did not plant it."""
    found = perpetrators(
        "On 3 May 2020, a bomb found by police exploded in the market, killing two sappers.",
        published="2020-05-10",
    )
    assert found and all(p is None or "police" not in p for _, p in found)


def test_a_time_after_by_is_no_user() -> None:
    """ "Shells fired by night struck the camp, killing three": night is when, not who."""
    found = perpetrators(
        "On 3 May 2020, shells fired by night struck the camp, killing three residents.",
        published="2020-05-10",
    )
    assert found and all(p is None for _, p in found)


_WORDS = st.sampled_from(
    "a the landmine shells bomb planted fired by an unknown armed group rebels Saudi - led coalition "
    "airstrikes exploded struck killing two people , in Bara town night police found".split()
)


@settings(max_examples=40, deadline=None)
@given(st.lists(_WORDS, min_size=3, max_size=14))
def test_means_user_returns_a_span_of_the_sentence_or_none(words: list[str]) -> None:
    """Whatever words stand around a means, the user found is None or a stretch of the text itself."""
    text = " ".join(words) + "."
    doc = newsparse.parse(text, only=("syntax",))
    for sentence in doc.sentences:
        tree = sentence_tree(doc, sentence)
        if tree is None:
            continue
        for k, word in enumerate(tree.words):
            span = means_user(tree, k, newsparse.Span.of(text, word.start, word.end))
            assert span is None or text[span.start : span.end] == span.text
