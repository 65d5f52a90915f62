"""A participle graded by "very", "too", "so" ... is an adjective: its copula is a ``cop``, its subject
an ``nsubj``, not a passive's."""

from __future__ import annotations

from newsparse_syntax.degree_repairs import repair_degree_participles

from .helpers import analysed, head_text, index_of, retagged


def _repaired(text: str, tags: str) -> list[str]:
    """The tags ``tags`` (one a word of ``text``) after the repair."""
    return retagged(repair_degree_participles, text, tags)


def test_a_graded_participle_after_a_copula_is_an_adjective() -> None:
    assert _repaired("The rules are too complicated .", "DET NOUN AUX ADV VERB PUNCT")[4] == "ADJ"
    assert _repaired("I am so committed to it", "PRON AUX ADV VERB ADP PRON")[3] == "ADJ"
    assert _repaired("She felt so exhausted", "PRON VERB ADV VERB")[3] == "ADJ"
    assert _repaired("They were not very , very worried", "PRON AUX PART ADV PUNCT ADV VERB")[6] == "ADJ"


def test_a_graded_participle_before_a_noun_is_an_adjective() -> None:
    tags = _repaired("a very advanced phone market", "DET ADV VERB NOUN NOUN")
    assert tags[2] == "ADJ"


def test_a_passive_a_clause_or_an_event_keeps_the_verb() -> None:
    for text, tags in (
        ("He was so encouraged by the result", "PRON AUX ADV VERB ADP DET NOUN"),  # an agent
        ("He was very worried voters would leave", "PRON AUX ADV VERB NOUN AUX VERB"),  # a clause
        ("So follow the link", "ADV VERB DET NOUN"),  # "so" opening a clause
        ("The market is becoming very crowded", "DET NOUN AUX AUX ADV VERB"),  # not after "become"
        ("They are increasingly ignored", "PRON AUX ADV VERB"),  # not a degree adverb here
        ("I highly recommended it", "PRON ADV VERB PRON"),
        ("the so called experts", "DET ADV VERB NOUN"),  # attributive "so": left alone
    ):
        assert _repaired(text, tags) == tags.split(), text


def test_the_subject_of_a_graded_participle_is_not_a_passive_subject() -> None:
    words, _ = analysed("The new procedure is too complicated for most users.")
    complicated = index_of(words, "complicated")
    assert words[complicated].upos == "ADJ"
    assert words[index_of(words, "procedure")].deprel == "nsubj"
    assert head_text(words, index_of(words, "procedure")) == "complicated"
    assert words[index_of(words, "is")].deprel == "cop"
