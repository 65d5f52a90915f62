"""A noun inside an "in ..." phrase is never the verb's subject: compass points and prepositions the
tagger misreads as adverbs ("Police in southwest China said", "the level of backing can be")."""

from __future__ import annotations

from newsparse_syntax.news_repairs import repair_compass, repair_noun_prepositions, repair_reported_that

from .helpers import analysed, head_text, index_of


def test_a_compass_point_before_a_name_is_an_adjective_and_its_preposition_an_adposition() -> None:
    forms = "Police in southwest China said".split()
    tags = ["NOUN", "ADV", "ADV", "PROPN", "VERB"]
    repair_compass(forms, tags)
    assert tags == ["NOUN", "ADP", "ADJ", "PROPN", "VERB"]


def test_two_compass_points_before_a_name() -> None:
    forms = "homes in south east England".split()
    tags = ["NOUN", "ADP", "ADV", "ADV", "PROPN"]
    repair_compass(forms, tags)
    assert tags[2:4] == ["ADJ", "ADJ"]


def test_a_compass_point_before_of_stays_an_adverb() -> None:
    forms = "80 kilometres north of the capital".split()
    tags = ["NUM", "NOUN", "ADV", "ADP", "DET", "NOUN"]
    repair_compass(forms, tags)
    assert tags[2] == "ADV"


def test_a_preposition_between_a_noun_and_a_noun_phrase_is_an_adposition() -> None:
    forms = "the level of backing can be maintained".split()
    tags = ["DET", "NOUN", "SCONJ", "NOUN", "AUX", "AUX", "VERB"]
    repair_noun_prepositions(forms, tags)
    assert tags[2] == "ADP"


def test_a_particle_after_a_verb_is_left_alone() -> None:
    forms = "they brought in a lot".split()
    tags = ["PRON", "VERB", "ADV", "DET", "NOUN"]
    repair_noun_prepositions(forms, tags)
    assert tags[2] == "ADV"


def test_over_is_left_alone() -> None:
    forms = "discontent over claims made".split()
    tags = ["NOUN", "ADV", "NOUN", "VERB"]
    repair_noun_prepositions(forms, tags)
    assert tags[1] == "ADV"


def test_the_noun_before_the_in_phrase_is_the_subject() -> None:
    words, _ = analysed("Police in southwest China said on Monday that 12 people died.")
    said = index_of(words, "said")
    assert words[index_of(words, "Police")].deprel == "nsubj"
    assert head_text(words, index_of(words, "Police")) == "said"
    assert words[index_of(words, "China")].deprel == "nmod"
    assert words[said].deprel == "root"


def test_the_noun_before_an_around_phrase_is_the_passive_subject() -> None:
    words, _ = analysed("The exclusion zone around georgewbush.com was spotted by Netcraft.")
    assert words[index_of(words, "zone")].deprel == "nsubj:pass"
    assert words[index_of(words, "georgewbush.com")].deprel == "nmod"


def test_that_after_a_verb_of_saying_and_its_hearer_opens_what_was_said() -> None:
    forms = "Sullivan told the court that he warned Ebbers".split()
    tags = ["PROPN", "VERB", "DET", "NOUN", "PRON", "PRON", "VERB", "PROPN"]
    repair_reported_that(forms, tags)
    assert tags[4] == "SCONJ"


def test_that_before_a_verb_stays_a_relative_pronoun() -> None:
    forms = "she said the people that had bought it".split()
    tags = ["PRON", "VERB", "DET", "NOUN", "PRON", "AUX", "VERB", "PRON"]
    repair_reported_that(forms, tags)
    assert tags[4] == "PRON"


def test_the_clause_after_said_on_monday_that_is_what_was_said() -> None:
    words, _ = analysed("Fujitsu announced on Monday that it is quitting the market.")
    quitting = index_of(words, "quitting")
    assert head_text(words, quitting) == "announced"
    assert words[quitting].deprel == "ccomp"
    assert head_text(words, index_of(words, "that")) == "quitting"
    assert words[index_of(words, "Monday")].deprel == "obl"


def test_the_clause_after_told_the_court_that_is_what_was_said() -> None:
    words, _ = analysed("Jack Straw told the Commons that the US had agreed to talks.")
    agreed = index_of(words, "agreed")
    assert head_text(words, agreed) == "told"
    assert words[agreed].deprel == "ccomp"


def test_a_that_clause_on_a_noun_after_another_verb_is_not_its_complement() -> None:
    words, _ = analysed("I have confidence that we can complete the task.")
    assert (
        words[index_of(words, "complete")].deprel != "ccomp"
        or head_text(words, index_of(words, "complete")) != "have"
    )
