"""A demonstrative that no noun phrase follows is a pronoun (UD's PRON), not a determiner."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsparse_syntax.demonstrative_repairs import DEMONSTRATIVE_CUES, repair_demonstratives

from .helpers import analysed, head_text, index_of, retagged

_TAGS = ("DET", "PRON", "NOUN", "ADJ", "NUM", "ADP", "AUX", "VERB", "PUNCT", "CCONJ", "ADV")
_WORDS = ("this", "These", "those", "THAT", "the", "men", "armed", "of", "is", ",", '"', "-", "early")


def test_a_demonstrative_standing_alone_is_a_pronoun_in_the_layer() -> None:
    for text, word in (
        ("Those charged included a former minister.", "Those"),
        ("Critics have long complained about this, and the council agreed.", "this"),
        ("Prices will rise for those earning over £100,000 a year.", "those"),
        ("He said this made the plan unworkable.", "this"),
        ("Officials could not verify this by telephone.", "this"),
    ):
        words, _ = analysed(text)
        assert words[index_of(words, word)].upos == "PRON", text


def test_the_phrase_after_the_pronoun_hangs_on_the_verb() -> None:
    words, _ = analysed("Officials could not verify this by telephone.")
    assert head_text(words, index_of(words, "telephone")) == "verify"  # not a modifier of "this"


def test_the_repair_retags_only_the_demonstrative() -> None:
    for text, tags, repaired in (
        ("those of the author", "DET ADP DET NOUN", "PRON ADP DET NOUN"),
        ("can't beat this", "AUX VERB DET", "AUX VERB PRON"),
        ("about this , and", "ADP DET PUNCT CCONJ", "ADP PRON PUNCT CCONJ"),
        ("Those killed in", "DET VERB ADP", "PRON VERB ADP"),
        ("This is it", "DET AUX PRON", "PRON AUX PRON"),
    ):
        assert retagged(repair_demonstratives, text, tags) == repaired.split(), text


def test_a_demonstrative_before_its_noun_phrase_is_left_alone() -> None:
    for text, tags in (
        ("these armed men", "DET VERB NOUN"),  # a participle before the noun
        ("this year", "DET NOUN"),
        ('this " new " plan', "DET PUNCT ADJ PUNCT NOUN"),  # a quotation mark opens a modifier
        ("this - and other - plans", "DET PUNCT CCONJ ADJ PUNCT NOUN"),
        ("that many people", "DET ADJ NOUN"),
        ("this early", "DET ADV"),  # UD's adverb of degree: not the repair's to decide
        ("the of", "DET ADP"),  # not a demonstrative
    ):
        assert retagged(repair_demonstratives, text, tags) == tags.split(), text


@given(st.lists(st.tuples(st.sampled_from(_WORDS), st.sampled_from(_TAGS)), max_size=12))
def test_only_demonstratives_change_and_only_from_det_to_pron(pairs: list[tuple[str, str]]) -> None:
    forms = [form for form, _ in pairs]
    tags = [tag for _, tag in pairs]
    before = list(tags)
    repair_demonstratives(forms, tags)
    for form, old, new in zip(forms, before, tags, strict=True):
        assert new == old or (old == "DET" and new == "PRON" and form in DEMONSTRATIVE_CUES)
