"""The tagger: tags of plain sentences, and the memory of word types (bounded, then started over)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsparse_syntax import tagger as tagger_module
from newsparse_syntax.features import OFFSETS, PAD
from newsparse_syntax.tagger import default_tagger, load_lexicon, tag_row_count

SENTENCES = [
    "The rebels signed the deal in Geneva on Monday .".split(),
    "Russia said it would not withdraw its troops .".split(),
]


def test_plain_sentences_are_tagged() -> None:
    tags = default_tagger().tag(SENTENCES)
    assert tags[0] == ["DET", "NOUN", "VERB", "DET", "NOUN", "ADP", "PROPN", "ADP", "PROPN", "PUNCT"]
    assert tags[1][:4] == ["PROPN", "VERB", "PRON", "AUX"] and tags[1][5] == "VERB"


def test_memory_starting_over_changes_nothing() -> None:
    fresh = default_tagger().tag(SENTENCES)
    full = default_tagger()
    tables = (full.tags, full.features, full.lexicon, full.lex_classes, full.first, full.second)
    small = tagger_module.Tagger(*tables, full.word_classes, memory_size=8)
    assert small.tag(SENTENCES) == fresh
    assert small.tag(SENTENCES[::-1]) == fresh[::-1]
    assert small.tag([]) == []


def test_the_tagger_is_frozen() -> None:
    with pytest.raises(AttributeError, match="frozen"):
        default_tagger().tags = ()


def test_a_common_word_opening_a_sentence_is_not_a_name() -> None:
    sentences = [
        ["People", "are", "using", "their", "phones", "."],
        ['"', "Wages", "are", "low", "."],
        ["Hundreds", "of", "documents", "were", "unsealed", "."],
    ]
    tags = default_tagger().tag(sentences)
    assert tags[0][0] == "NOUN" and tags[1][1] == "NOUN" and tags[2][0] in ("NOUN", "NUM")
    alone = [default_tagger().tag([sentence])[0] for sentence in sentences]
    assert alone == tags  # each sentence is judged alone


def test_word_tables_load_from_tab_lines_even_with_a_bad_line() -> None:
    assert load_lexicon("rescue\tnv\ngeese\tN\n") == {"rescue": "nv", "geese": "N"}
    assert load_lexicon("rescue\tnv\nno tab here\ngeese\tN") == {"rescue": "nv", "geese": "N"}


WORD_TYPES = st.lists(
    st.text(max_size=12)
    | st.sampled_from(["Turkey", "turkey", "US", "U.S.", "Dr.", "'s", "n't", "1,447", "İstanbul", "ǅ", PAD]),
    max_size=30,
    unique=True,
)


@given(WORD_TYPES)
def test_type_table_is_each_types_row(types: list[str]) -> None:
    """The column-wise table of new word types holds, row by row, what ``type_row`` gives each."""
    tagger = default_tagger()
    table = tagger.type_table(types)
    assert table.tolist() == [list(tagger.type_row(word)) for word in types]


@given(WORD_TYPES.filter(bool))
def test_type_scores_are_each_passs_summed_weights(types: list[str]) -> None:
    """Both passes' scores of new types, gathered together, are bit for bit each pass's own sums."""
    tagger = default_tagger()
    table = tagger.type_table(types)
    scores = tagger.type_scores(table)
    n_features, n_tags = len(tagger.features), len(tagger.tags)
    for block, (_, slots) in enumerate(OFFSETS):
        rows = table[:, list(slots)] + block * n_features
        first, second = tagger.first[rows].sum(axis=1), tagger.second[rows].sum(axis=1)
        assert scores[:, block, :n_tags].tobytes() == first.tobytes()
        assert scores[:, block, n_tags:].tobytes() == second.tobytes()


def test_every_offset_sums_its_slots_in_slot_order_from_the_word_itself() -> None:
    """``type_scores`` sums every slot in slot order (-0.0 where an offset leaves a slot out): the same
    sums, bit for bit, as each offset's own, only while each offset's slots ascend from slot 0."""
    for _, slots in OFFSETS:
        assert slots[0] == 0 and list(slots) == sorted(set(slots))


def test_shipped_weights_have_a_row_for_every_second_pass_feature() -> None:
    tagger = default_tagger()
    n_tags = len(tagger.tags) + 1  # and the pad's tag
    rows = len(OFFSETS) * len(tagger.features) + tag_row_count(n_tags, len(tagger.lex_classes))
    assert tagger.second.shape == (rows, len(tagger.tags))


@pytest.mark.parametrize(
    "sentences",
    [
        SENTENCES[:1],
        SENTENCES,  # two sentences: pads between them
        [["Hello"]],
        [SENTENCES[0] * 12],  # past the short path's limit: the long path is the only one used
    ],
)
def test_the_short_path_scores_as_the_long_one(sentences: list[list[str]]) -> None:
    """A sentence's scores from one gather and one sum a pass equal, bit for bit, those of a take
    and an add per offset and tag feature (the same additions in the same order)."""
    tagger = default_tagger()
    words = tagger_module._padded(sentences)
    rows = tagger._entries(words)
    n, n_tags = len(words) - 4, len(tagger.tags)
    short = tagger._short_scores(rows, n, n_tags) if n < tagger_module._SHORT else None
    long = tagger._long_scores(rows, n, n_tags)
    if short is not None:
        assert short.dtype == long.dtype and short.tobytes() == long.tobytes()
