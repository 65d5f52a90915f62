"""The word "enough" after an adjective or adverb grades it, so UD tags it ADV ("big enough", "far
enough to"); a predicate use is retagged before the parse, an attributive one after (its relations stand)."""

from __future__ import annotations

from newsparse_syntax.degree_repairs import repair_enough

from .helpers import analysed, index_of, retagged


def _repaired(text: str, tags: str, attributive: bool) -> list[str]:
    """The tags ``tags`` (one a word of ``text``) after the repair."""
    return retagged(repair_enough, text, tags, attributive)


def test_enough_after_a_predicate_adjective_or_adverb_is_an_adverb() -> None:
    assert _repaired("it goes far enough to hurt", "PRON VERB ADV ADJ PART VERB", False)[3] == "ADV"
    tags = _repaired("he identifies strongly enough as a Latino", "PRON VERB ADV ADJ ADP DET PROPN", False)
    assert tags[3] == "ADV"
    assert _repaired("Is it good enough ?", "AUX PRON ADJ ADJ PUNCT", False)[3] == "ADV"


def test_enough_between_an_adjective_and_a_noun_is_retagged_after_the_parse_only() -> None:
    text, tags = "They are big enough players", "PRON AUX ADJ ADJ NOUN"
    assert _repaired(text, tags, False) == tags.split()  # the parse sees the tagger's tags
    assert _repaired(text, tags, True)[3] == "ADV"


def test_enough_as_a_determiner_or_object_is_left_alone() -> None:
    for text, tags in (
        ("We have enough money", "PRON VERB ADJ NOUN"),
        ("That is enough", "PRON AUX ADJ"),
        ("they earn enough to live", "PRON VERB ADJ PART VERB"),
        ("the Tories will con enough people", "DET PROPN AUX ADV ADJ NOUN"),  # an adverb before a noun
    ):
        for attributive in (False, True):
            assert _repaired(text, tags, attributive) == tags.split(), text


def test_an_attributive_enough_keeps_the_object_of_the_verb() -> None:
    words, _ = analysed("All five states included large enough percentages of minority voters.")
    assert words[index_of(words, "enough")].upos == "ADV"
    assert words[index_of(words, "percentages")].deprel == "obj"
