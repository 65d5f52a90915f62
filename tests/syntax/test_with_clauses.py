""" "with" opening an absolute clause after a comma is a subordinator (UD SCONJ, ``mark``): ", with the
winners being awarded prizes"; retagged after the parse, whose relations stand."""

from __future__ import annotations

from newsparse_syntax.function_repairs import repair_with_clauses

from .helpers import analysed, index_of, retagged


def test_with_before_a_subject_and_a_verb_in_ing_is_a_subordinator() -> None:
    for text, tags, k in (
        (
            "announced on May 2 , with the winners being awarded prizes",
            "VERB ADP PROPN NUM PUNCT ADP DET NOUN AUX VERB NOUN",
            5,
        ),
        ("With prices rising , they sold", "ADP NOUN VERB PUNCT PRON VERB", 0),
        ("it rose , with the Chinese economy growing", "PRON VERB PUNCT ADP DET ADJ NOUN VERB", 3),
    ):
        assert retagged(repair_with_clauses, text, tags)[k] == "SCONJ", text


def test_with_and_its_noun_phrase_is_left_alone() -> None:
    for text, tags in (
        ("he met with officials visiting Iraq", "PRON VERB ADP NOUN VERB PROPN"),  # no comma before
        ("it ended , with a bang", "PRON VERB PUNCT ADP DET NOUN"),  # no verb
        ("a man , with the dog , running", "DET NOUN PUNCT ADP DET NOUN PUNCT VERB"),  # a comma first
        ("it rose , with the economy grown", "PRON VERB PUNCT ADP DET NOUN VERB"),  # not in -ing
    ):
        assert retagged(repair_with_clauses, text, tags) == tags.split(), text


def test_the_parse_keeps_its_relations() -> None:
    words, _ = analysed("Shares rose, with the banking index rising the most.")
    assert words[index_of(words, "with")].upos == "SCONJ"
    assert words[index_of(words, "Shares")].deprel == "nsubj"
