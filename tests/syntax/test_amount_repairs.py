"""Amounts: "about", "around", "over" before a number are adverbs; a preposition reaches past them."""

from __future__ import annotations

from newsparse_syntax.amount_repairs import repair_approximators

from .helpers import analysed, head_text, index_of


def test_about_before_a_count_is_an_adverb_and_the_noun_the_object() -> None:
    words, _ = analysed("Gunmen killed about 30 people in the town.")
    assert words[index_of(words, "about")].upos == "ADV"
    people = index_of(words, "people")
    assert words[people].deprel == "obj" and head_text(words, people) == "killed"


def test_about_opening_a_sentence_leaves_the_subject() -> None:
    words, _ = analysed("About 500 officials are accused of fraud.")
    officials = index_of(words, "officials")
    assert words[0].upos == "ADV"
    assert words[officials].deprel == "nsubj:pass" and head_text(words, officials) == "accused"


def test_an_adverb_before_a_currency_sign_and_a_number() -> None:
    tags = ["VERB", "ADP", "SYM", "NUM"]
    repair_approximators(["cost", "about", "$", "20,000"], tags)
    assert tags[1] == "ADV"


def test_a_year_or_a_clock_time_keeps_its_preposition() -> None:
    for forms in (["born", "around", "1990"], ["met", "around", "5:00"], ["met", "around", "5", "pm"]):
        tags = ["VERB", "ADP", "NUM"] + ["NOUN"] * (len(forms) - 3)
        repair_approximators(forms, tags)
        assert tags[1] == "ADP", forms


def test_over_a_span_of_time_after_a_noun_keeps_its_preposition() -> None:
    tags = ["NOUN", "ADP", "NUM", "NOUN"]
    repair_approximators(["project", "over", "five", "years"], tags)
    assert tags[1] == "ADP"
    tags = ["ADP", "ADP", "NUM", "NOUN"]
    repair_approximators(["for", "over", "two", "years"], tags)
    assert tags[1] == "ADV"


def test_a_preposition_before_an_approximated_number_takes_the_phrase() -> None:
    words, _ = analysed("He was jailed for about 10 years.")
    years, about, for_ = index_of(words, "years"), index_of(words, "about"), index_of(words, "for")
    assert words[for_].deprel == "case" and head_text(words, for_) == "years"
    assert words[years].deprel == "obl" and head_text(words, years) == "jailed"
    assert words[about].deprel == "advmod" and head_text(words, about) == "10"


def test_other_words_before_a_number_are_left_alone() -> None:
    tags = ["VERB", "ADP", "NUM", "NOUN"]
    repair_approximators(["died", "in", "30", "attacks"], tags)
    assert tags == ["VERB", "ADP", "NUM", "NOUN"]
