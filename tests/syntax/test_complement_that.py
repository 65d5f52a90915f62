"""A "that" after a verb of saying, or after a copula whose subject is a noun, that opens a clause is
a subordinator (UD SCONJ, ``mark``): the verb's case is retagged before the parse, the copula's after."""

from __future__ import annotations

from newsparse_syntax.complement_repairs import repair_complement_that

from .helpers import analysed, index_of, retagged


def _repaired(text: str, tags: str, copular: bool) -> list[str]:
    """The tags ``tags`` (one a word of ``text``) after the repair."""
    return retagged(repair_complement_that, text, tags, copular)


def test_that_opening_a_clause_after_a_verb_of_saying_is_a_subordinator() -> None:
    text, tagged = "He added that around 900 cartoons were sent", "PRON VERB PRON ADV NUM NOUN AUX VERB"
    assert _repaired(text, tagged, False)[2] == "SCONJ"
    tags = _repaired("Mr Lush added that people sometimes vote", "PROPN PROPN VERB DET NOUN ADV VERB", False)
    assert tags[3] == "SCONJ"
    tags = _repaired("she says that in 2012 it paid", "PRON VERB PRON ADP NUM PRON VERB", False)
    assert tags[2] == "SCONJ"


def test_that_after_a_copula_is_retagged_after_the_parse_only() -> None:
    text, tags = "The problem is that customers are fickle", "DET NOUN AUX PRON NOUN AUX ADJ"
    assert _repaired(text, tags, False) == tags.split()  # the parse sees the tagger's tags
    assert _repaired(text, tags, True)[3] == "SCONJ"


def test_a_pronoun_or_determiner_that_is_left_alone() -> None:
    for text, tags in (
        ("I think that 's right", "PRON VERB PRON AUX ADJ"),  # the pronoun is the subject
        ("I think that means war", "PRON VERB PRON VERB NOUN"),
        # no verb before the comma
        ("I do n't know that pressure , but", "PRON AUX PART VERB DET NOUN PUNCT CCONJ"),
        ("Tell that to the doctors who work", "VERB PRON ADP DET NOUN PRON VERB"),
        ("you must find that purpose that you were given", "PRON AUX VERB DET NOUN PRON PRON AUX VERB"),
        ("the states that Republicans have won", "DET NOUN PRON PROPN AUX VERB"),  # not a verb of saying
        ("Holy cow was that a meal", "ADJ NOUN AUX PRON DET NOUN"),  # no verb after
    ):
        for copular in (False, True):
            assert _repaired(text, tags, copular) == tags.split(), text


def test_the_clause_after_that_is_the_verbs_complement_not_that() -> None:
    words, _ = analysed("He added that around 1,100 cartoons were submitted by participants.")
    that = index_of(words, "that")
    assert words[that].upos == "SCONJ"
    assert words[that].deprel != "obj"
