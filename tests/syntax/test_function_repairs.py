"""Function-word repairs: "because of", degree "more/less", "both ... and", a clause's marker."""

from __future__ import annotations

from newsparse_syntax.function_repairs import (
    has_apostrophe_name,
    repair_apostrophe_names,
    repair_degree,
    repair_function_words,
    repair_marks,
)

from .helpers import analysed, index_of


def test_a_preposition_marking_a_clause_is_a_subordinator() -> None:
    words, _ = analysed("The ministers resigned after the company announced the losses.")
    after = words[index_of(words, "after")]
    assert after.upos == "SCONJ" and after.deprel == "mark"


def test_a_preposition_before_a_noun_phrase_stays_an_adposition() -> None:
    words, _ = analysed("The ministers resigned after the announcement of the losses.")
    assert words[index_of(words, "after")].upos == "ADP"


def test_only_an_adposition_marked_by_the_parse_is_retagged() -> None:
    tags = ["DET", "ADP", "PRON", "VERB", "ADP"]
    rels = [None, "mark", "nsubj", "root", "case"]
    repair_marks(tags, rels, 0)
    assert tags == ["DET", "SCONJ", "PRON", "VERB", "ADP"]


def test_the_marks_of_a_sentence_after_a_dateline_are_offset() -> None:
    tags = ["PROPN", "ADP", "PRON", "VERB"]
    repair_marks(tags, ["mark", "nsubj", "root"], 1)
    assert tags == ["PROPN", "SCONJ", "PRON", "VERB"]


def test_because_of_is_an_adposition() -> None:
    tags = ["PRON", "VERB", "SCONJ", "ADP", "DET", "NOUN"]
    repair_function_words("They left because of the war".split(), tags)
    assert tags[2] == "ADP"


def test_because_before_a_clause_stays_a_subordinator() -> None:
    tags = ["PRON", "VERB", "SCONJ", "PRON", "VERB"]
    repair_function_words("They left because they lost".split(), tags)
    assert tags[2] == "SCONJ"


def test_both_opening_a_coordination_is_a_conjunction() -> None:
    forms = "it is easy to insert both fake files and fake ratings".split()
    tags = ["PRON", "AUX", "ADJ", "PART", "VERB", "DET", "ADJ", "NOUN", "CCONJ", "ADJ", "NOUN"]
    repair_function_words(forms, tags)
    assert tags[5] == "CCONJ"


def test_both_before_a_plural_noun_or_of_stays_a_determiner() -> None:
    for forms, tags in (
        ("both sides agreed and left".split(), ["DET", "NOUN", "VERB", "CCONJ", "VERB"]),
        ("both of them agreed and left".split(), ["DET", "ADP", "PRON", "VERB", "CCONJ", "VERB"]),
    ):
        repair_function_words(forms, tags)
        assert tags[0] == "DET"


def test_more_before_a_predicate_adjective_is_a_degree_adverb() -> None:
    tags = ["NOUN", "AUX", "ADJ", "ADJ", "ADP", "ADV"]
    repair_degree("housing is more scarce than ever".split(), tags)
    assert tags[2] == "ADV"


def test_more_before_an_adjective_and_its_noun_is_left_alone() -> None:
    tags = ["PRON", "VERB", "ADJ", "ADJ", "NOUN"]
    repair_degree("they want more powerful weapons".split(), tags)
    assert tags[2] == "ADJ"


def test_a_name_with_an_apostrophe_is_one_proper_noun() -> None:
    words, _ = analysed("Ireland captain O'Driscoll promptly created a try, D'Arcy said.")
    texts = [w.text for w in words]
    assert "O'Driscoll" in texts and "D'Arcy" in texts
    assert words[index_of(words, "O'Driscoll")].upos == "PROPN"
    assert words[index_of(words, "D'Arcy")].upos == "PROPN"


def test_only_a_letter_apostrophe_capital_shape_is_retagged() -> None:
    forms = ["O'Neill", "'s", "rock'n'roll", "I"]
    tags = ["NOUN", "PART", "NOUN", "PRON"]
    repair_apostrophe_names(forms, tags)
    assert tags == ["PROPN", "PART", "NOUN", "PRON"]


def test_long_between_an_auxiliary_and_a_verb_is_an_adverb() -> None:
    tags = ["PRON", "AUX", "ADJ", "AUX", "DET", "NOUN"]
    repair_degree("He has long been a critic".split(), tags)
    assert tags[2] == "ADV"


def test_long_as_a_predicate_or_before_a_noun_stays_an_adjective() -> None:
    for forms, tags in (
        ("the list is long .".split(), ["DET", "NOUN", "AUX", "ADJ", "PUNCT"]),
        ("a long war".split(), ["DET", "ADJ", "NOUN"]),
    ):
        before = list(tags)
        repair_degree(forms, tags)
        assert tags == before


def test_earlier_not_before_a_nominal_is_an_adverb() -> None:
    tags = ["PRON", "VERB", "ADJ", "DET", "NOUN"]
    repair_degree("he said earlier this week".split(), tags)
    assert tags[2] == "ADV"
    tags = ["DET", "ADJ", "NOUN"]
    repair_degree("an earlier version".split(), tags)
    assert tags[1] == "ADJ"


def test_a_sentence_is_scanned_for_an_apostrophe_name_between_its_offsets() -> None:
    text = "O'Neill scored. It's Dan's goal."
    assert has_apostrophe_name(text, 0, 15)
    assert not has_apostrophe_name(text, 16, len(text))
