"""Subjects the rule parser finds outside an ordinary verb phrase: an infinitive's after "for", and
an auxiliary standing for its elided verb ("but they didn't").
"""

from __future__ import annotations

from tests.syntax.helpers import analysed, head_text, index_of


def test_for_opens_an_infinitive_with_its_subject() -> None:
    words, _ = analysed("There was no way for us to get home, the witness said.")
    us = index_of(words, "us")
    assert words[us].deprel == "nsubj" and head_text(words, us) == "get"
    assert words[index_of(words, "for")].deprel == "mark"
    assert head_text(words, index_of(words, "to")) == "get"


def test_for_before_a_time_phrase_stays_a_preposition() -> None:
    words, _ = analysed("The fighting will go on for some time to come.")
    time = index_of(words, "time")
    assert words[time].deprel != "nsubj"
    assert words[index_of(words, "for")].deprel == "case"


def test_stranded_auxiliary_takes_the_subject() -> None:
    words, _ = analysed("Rebels said they would withdraw, but they didn't.")
    they = index_of(words, "they", 1)
    assert words[they].deprel == "nsubj" and head_text(words, they) == "did"


def test_auxiliary_in_a_comparison_takes_the_subject() -> None:
    words, _ = analysed("Prices rose as fast as they could.")
    they = index_of(words, "they")
    assert words[they].deprel == "nsubj" and head_text(words, they) == "could"


def test_copula_before_its_predicate_is_not_stranded() -> None:
    words, _ = analysed("The answer is that the army left.")
    answer = index_of(words, "answer")
    assert head_text(words, answer) != "is"
    words, _ = analysed("The chip is, in fact, designed for homes.")
    assert head_text(words, index_of(words, "chip")) != "is"


def test_coordination_inside_an_opening_subject_is_one_subject() -> None:
    words, _ = analysed("The fate of Iraq and Palestine is the same.")
    fate = index_of(words, "fate")
    assert words[fate].deprel == "nsubj" and head_text(words, fate) == "same"
    assert head_text(words, index_of(words, "Palestine")) == "Iraq"


def test_coordination_after_a_verb_still_opens_a_new_clause() -> None:
    words, _ = analysed("He lives in Paris and his wife works in London.")
    wife = index_of(words, "wife")
    assert words[wife].deprel == "nsubj" and head_text(words, wife) == "works"


def test_place_adverb_after_a_copula_is_the_predicate() -> None:
    words, _ = analysed("Those soldiers were there by their own choice.")
    soldiers = index_of(words, "soldiers")
    assert words[soldiers].deprel == "nsubj" and head_text(words, soldiers) == "there"
    words, _ = analysed("Are there any questions?")
    assert words[index_of(words, "there")].deprel != "root"


def test_clause_after_a_subordinating_word_keeps_its_subject() -> None:
    words, _ = analysed("Shares fell after the company announced a loss.")
    company = index_of(words, "company")
    if words[index_of(words, "after")].upos == "ADP":  # the tagger's reading decides the path
        assert words[index_of(words, "after")].deprel == "mark"
    assert words[company].deprel == "nsubj" and head_text(words, company) == "announced"


def test_participle_after_a_subordinating_word_is_not_a_clause() -> None:
    words, _ = analysed("The ceasefire held after talks held in Geneva last week.")
    talks = index_of(words, "talks")
    assert words[talks].deprel not in ("nsubj", "nsubj:pass")


def test_floating_quantifier_does_not_hide_the_subject() -> None:
    words, _ = analysed("The two channels have both seen their share fall.")
    channels = index_of(words, "channels")
    assert words[channels].deprel == "nsubj" and head_text(words, channels) == "seen"
    assert words[index_of(words, "have")].deprel == "aux"


def test_clause_after_admitted_keeps_its_subject() -> None:
    words, _ = analysed("The captain admitted his side failed to cope.")
    side = index_of(words, "side")
    assert words[side].deprel == "nsubj" and head_text(words, side) == "failed"


def test_a_name_after_for_is_the_subject_of_the_infinitive() -> None:
    words, _ = analysed("It is time for Iran to sign the deal.")
    iran, for_ = index_of(words, "Iran"), index_of(words, "for")
    assert words[iran].deprel == "nsubj" and head_text(words, iran) == "sign"
    assert words[for_].upos == "SCONJ" and words[for_].deprel == "mark"


def test_a_common_noun_or_a_time_after_for_stays_in_its_phrase() -> None:
    words, _ = analysed("They fought for the right to see the files.")
    assert words[index_of(words, "right")].deprel != "nsubj"
    words, _ = analysed("Prices will stay high for some time to come.")
    assert words[index_of(words, "for")].deprel == "case"


def test_be_to_is_the_auxiliary_of_the_verb_after_it() -> None:
    words, tree = analysed("Cable firm Telewest is to offer a new service.")
    offer = index_of(words, "offer")
    assert words[offer].deprel == "root"
    assert tree.subject(offer) is not None and tree.subject(offer).text == "Cable firm Telewest"
    assert words[index_of(words, "is")].deprel == "aux" and words[index_of(words, "to")].deprel == "mark"


def test_be_to_be_keeps_the_passive_on_be() -> None:
    words, _ = analysed("The film is to be directed by a newcomer.")
    assert words[index_of(words, "film")].deprel == "nsubj:pass"
    assert words[index_of(words, "is")].deprel == "aux" and words[index_of(words, "be")].deprel == "aux:pass"


def test_be_to_after_an_infinitive_and_its_object_is_left_alone() -> None:
    words, _ = analysed("The correct way to tackle it is to look at the other side.")
    it = index_of(words, "it")
    assert words[it].deprel == "obj" and head_text(words, it) == "tackle"
