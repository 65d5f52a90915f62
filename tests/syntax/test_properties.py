"""Properties of the layer on arbitrary text: one word each, heads inside the sentence, no cycles, linear."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newsparse import Document
from newsparse.syntax import UPOS_TAGS, Word
from newsparse_syntax.layer import analyse, analyse_text
from newsparse_syntax.parser import _break_cycles
from newsparse_syntax.sentence_state import REACH as _REACH
from newsparse_syntax.tagger import default_tagger
from newsparse_syntax.words import split_words

NEWSY = st.lists(
    st.sampled_from(
        'the a rebels Russia said agreed to sign deal in of and , . " ( ) - MOSCOW : was not would '
        "who killed 62 people 's n't Monday on by talks were difficult that it he".split()
    ),
    max_size=60,
).map(" ".join)


def _check(text: str, words: list[Word]) -> None:
    doc = Document(text)
    expected = [span for s in doc.sentences for span in split_words(text, s.start, s.end)]
    assert [(w.start, w.end) for w in words] == expected  # every word exactly once, in text order
    for k, word in enumerate(words):
        assert word.text == text[word.start : word.end]
        assert word.upos in UPOS_TAGS
        if word.head is not None:
            assert word.head != k
            assert doc.sentence_of(words[word.head].start) == doc.sentence_of(word.start)
    for k in range(len(words)):  # following heads ends: no cycle
        seen = set()
        at: int | None = k
        while at is not None:
            assert at not in seen
            seen.add(at)
            at = words[at].head


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=400))
def test_arbitrary_text(text: str) -> None:
    _check(text, analyse(Document(text)))


@settings(max_examples=60, deadline=None)
@given(NEWSY)
def test_newsy_text(text: str) -> None:
    _check(text, analyse(Document(text)))


def test_cycles_are_broken() -> None:
    heads: list[int | None] = [1, 0, None, 2, 3]
    rels: list[str | None] = ["nmod", "nmod", "root", "obj", "det"]
    _break_cycles(heads, rels)
    assert heads == [1, None, None, 2, 3] and rels == ["nmod", None, "root", "obj", "det"]


def test_a_50000_word_sentence_is_parsed_with_bounded_reach() -> None:
    """Linear time, checked structurally: no rule looks further than _REACH words from a word."""
    text = " ".join(["the rebels said that Russia and Turkey agreed to sign the deal in Sochi"] * 3500)
    words = analyse_text(text, [(0, len(text))], default_tagger())
    assert len(words) == 3500 * 14
    assert all(w.head is None or abs(w.head - k) <= _REACH for k, w in enumerate(words))
    assert sum(w.deprel == "nsubj" for w in words) >= 3500


PARTICIPIAL = st.lists(
    st.sampled_from(
        "the a rebels troops market people said hit fired killing wounding adding saying based killed "
        "speaking asked including in on by , . and that it 12 Monday reporters while after".split()
    ),
    max_size=50,
).map(" ".join)


@settings(max_examples=60, deadline=None)
@given(PARTICIPIAL)
def test_participle_clauses_stay_well_formed(text: str) -> None:
    """Participle-rich text: the usual checks, the same words twice, and every ``advcl``/``acl``
    hangs on a word of its own sentence that is not a punctuation mark."""
    words = analyse(Document(text))
    _check(text, words)
    assert words == analyse(Document(text))
    for word in words:
        if word.deprel in ("advcl", "acl"):
            assert word.head is not None and words[word.head].upos != "PUNCT"


CLAUSAL = st.lists(
    st.sampled_from(
        "police arrested him in July after they opened fire if you have questions , please contact "
        "the experience I had town where lived time when troops were leaving because as asked he "
        "firm which sold it to Acme and merged . that would be".split()
    ),
    max_size=50,
).map(" ".join)


@settings(max_examples=60, deadline=None)
@given(CLAUSAL)
def test_free_clauses_stay_well_formed(text: str) -> None:
    """Subordinator- and relative-rich text: the usual checks, the same words twice, and every
    ``advcl``/``acl:relcl`` hangs on a word of its own sentence that is not a punctuation mark."""
    words = analyse(Document(text))
    _check(text, words)
    assert words == analyse(Document(text))
    for word in words:
        if word.deprel in ("advcl", "acl:relcl"):
            assert word.head is not None and words[word.head].upos != "PUNCT"


SPLIT_INFINITIVES = st.lists(
    st.sampled_from(
        "the rebels agreed vowed urged decided to not never quickly fully really end sign return "
        "the war deal people , . and they were used able first way".split()
    ),
    max_size=40,
).map(" ".join)


@settings(max_examples=60, deadline=None)
@given(SPLIT_INFINITIVES)
def test_split_infinitives_and_negated_infinitives(text: str) -> None:
    """Infinitives split by adverbs or negated before "to": the usual properties, and a "to" that is
    a ``mark`` always marks a word after it, in the same analysis on a second run (idempotent)."""
    words = analyse(Document(text))
    _check(text, words)
    for k, word in enumerate(words):
        if str.lower(word.text) == "to" and word.deprel == "mark" and word.head is not None:
            assert word.head > k
    assert analyse(Document(text)) == words


NOUN_INFINITIVES = st.lists(
    st.sampled_from(
        "the an his first best attempt plans chance effort gangs plan days month in for to not stop "
        "win sign be lifted , . and they made released it".split()
    ),
    max_size=40,
).map(" ".join)


@settings(max_examples=60, deadline=None)
@given(NOUN_INFINITIVES)
def test_infinitives_after_nouns_stay_well_formed(text: str) -> None:
    """Infinitives after nouns (``acl`` of a noun that takes one): the usual properties, an ``acl``
    never heads backwards onto a later word's "to", and the same analysis on a second run."""
    words = analyse(Document(text))
    _check(text, words)
    for k, word in enumerate(words):
        if word.deprel == "acl" and word.head is not None and k > 0 and str.lower(words[k - 1].text) == "to":
            assert word.head < k
    assert analyse(Document(text)) == words


GERUNDS_AFTER_PREPOSITIONS = st.lists(
    st.sampled_from(
        "he they was accused prevented them from of by for to on kept way chance guilty committed "
        "violating winning running doing the deal , . and that up".split()
    ),
    max_size=40,
).map(" ".join)


@settings(max_examples=60, deadline=None)
@given(GERUNDS_AFTER_PREPOSITIONS)
def test_gerunds_after_prepositions_stay_well_formed(text: str) -> None:
    """Gerunds after a preposition inside a clause: the usual properties, a ``mark`` before a gerund
    marks the word right after it, and the same analysis on a second run."""
    words = analyse(Document(text))
    _check(text, words)
    for k, word in enumerate(words):
        if (
            word.deprel == "mark"
            and word.head is not None
            and str.lower(words[word.head].text).endswith("ing")
        ):
            assert word.head > k
    assert analyse(Document(text)) == words
