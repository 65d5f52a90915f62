"""UD EWT tags "least" and "most" after "at", and "most" before "of", as adjectives, whatever follows."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsparse_syntax.degree_repairs import repair_superlatives

from .helpers import analysed, index_of, retagged

_TAGS = ("ADV", "ADJ", "NOUN", "ADP", "DET", "NUM", "PUNCT", "VERB")
_WORDS = ("at", "least", "most", "of", "all", "Most", "At", "the", "12", ",")


def test_at_least_and_most_of_are_adjectives_in_the_layer() -> None:
    for text, word in (
        ("The plan will at least partially address the problem.", "least"),
        ("The talks will, at least for now, go on.", "least"),
        ("Police said most of the passengers were foreigners.", "most"),
        ("Farmers want to make the most of the rain.", "most"),
    ):
        words, _ = analysed(text)
        assert words[index_of(words, word)].upos == "ADJ", text


def test_the_repair_retags_only_the_superlative() -> None:
    assert (
        retagged(repair_superlatives, "at least 12 people", "ADP ADV NUM NOUN") == "ADP ADJ NUM NOUN".split()
    )
    assert retagged(repair_superlatives, "At most two", "ADP ADV NUM") == "ADP ADJ NUM".split()
    assert retagged(repair_superlatives, "Most of them", "ADV ADP PRON") == "ADJ ADP PRON".split()


def test_other_uses_are_left_alone() -> None:
    for text, tags in (
        ("most of all", "ADV ADP DET"),  # UD's adverb
        ("the most popular site", "DET ADV ADJ NOUN"),  # grading an adjective
        ("least likely to", "ADV ADJ PART"),  # no "at" before it
        ("what least of", "PRON ADV ADP"),  # only "most" before "of"
    ):
        assert retagged(repair_superlatives, text, tags) == tags.split(), text


@given(st.lists(st.tuples(st.sampled_from(_WORDS), st.sampled_from(_TAGS)), max_size=12))
def test_only_superlatives_change_and_only_to_adj(pairs: list[tuple[str, str]]) -> None:
    forms = [form for form, _ in pairs]
    tags = [tag for _, tag in pairs]
    before = list(tags)
    repair_superlatives(forms, tags)
    for form, old, new in zip(forms, before, tags, strict=True):
        assert new == old or (new == "ADJ" and str.lower(form) in ("least", "most"))
