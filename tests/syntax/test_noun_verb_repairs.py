"""A verb's past form the tagger read as a noun after its subject or a form of "be"/"have" is a verb
("a policeman shot and injured a driver", "was shot dead", "gunmen shot three drivers"); a noun
compound, a noun phrase a verb governs and a noun after a determiner stay nouns."""

from __future__ import annotations

from functools import partial

from newsparse_syntax.noun_verb_repairs import past_nouns, repair_noun_verbs
from newsparse_syntax.tagger import default_tagger

from .helpers import analysed, head_text, index_of, retagged


def _repair(forms: list[str], tags: list[str]) -> None:
    tagger = default_tagger()
    repair_noun_verbs(forms, tags, tagger.lexicon, tagger.word_classes, tagger.past_nouns)


_retagged = partial(retagged, _repair)


def test_a_past_form_after_its_subject_before_and_a_verb_is_a_verb() -> None:
    for text, tags, k in (
        ("a policeman shot and injured a driver", "DET NOUN NOUN CCONJ VERB DET NOUN", 2),
        ("Somali police shot , and killed him", "ADJ NOUN NOUN PUNCT CCONJ VERB PRON", 2),
        ("they shot and wounded two men", "PRON NOUN CCONJ VERB NUM NOUN", 1),
    ):
        assert _retagged(text, tags)[k] == "VERB", text


def test_a_past_form_after_be_get_or_have_is_a_verb() -> None:
    for text, tags, k in (
        ("a man was shot dead", "DET NOUN AUX NOUN ADJ", 3),
        ("two men were later shot in the head", "NUM NOUN AUX ADV NOUN ADP DET NOUN", 4),
        ("forces claimed to have shot down a drone", "NOUN VERB PART AUX NOUN ADP DET NOUN", 4),
        ("when you get shot , you lose", "ADV PRON VERB NOUN PUNCT PRON VERB", 3),
    ):
        assert _retagged(text, tags)[k] == "VERB", text


def test_a_past_form_before_an_object_after_its_subject_or_and_is_a_verb() -> None:
    for text, tags, k in (
        ("gunmen shot three drivers", "NOUN NOUN NUM NOUN", 1),
        ("a bystander shot the man", "DET NOUN NOUN DET NOUN", 2),
        ("armed men shot at a station", "ADJ NOUN NOUN ADP DET NOUN", 2),
        ("they broke into a house and shot dead a man", "PRON VERB ADP DET NOUN CCONJ NOUN ADJ DET NOUN", 6),
    ):
        assert _retagged(text, tags)[k] == "VERB", text


def test_nouns_stay_nouns() -> None:
    for text, tags in (
        ("a Roddick shot and turns", "DET PROPN NOUN CCONJ VERB"),  # "turns" is no past form
        ("the ground and signed", "DET NOUN CCONJ VERB"),  # after a determiner
        ("it is a mail shot campaign", "PRON AUX DET NOUN NOUN NOUN"),  # a compound's modifier
        ("killed with a rifle shot by police", "VERB ADP DET NOUN NOUN ADP NOUN"),  # no object after
        ("prove a battle ground at the show", "VERB DET NOUN NOUN ADP DET NOUN"),  # an object
        ("the menu is ground beef", "DET NOUN AUX NOUN NOUN"),  # a noun after it
        ("the talks and reports", "DET NOUN CCONJ NOUN"),  # no verb's past form
    ):
        assert _retagged(text, tags) == tags.split(), text


def test_the_parse_gives_the_verb_its_subject_and_the_series() -> None:
    words, tree = analysed("On 6 May 2020, a policeman shot and injured a driver in the village.")
    shot = index_of(words, "shot")
    assert words[shot].upos == "VERB"
    subject = tree.subject(shot)
    assert subject is not None and subject.text == "a policeman"
    assert head_text(words, index_of(words, "injured")) == "shot"
    shared = tree.subject(index_of(words, "injured"), shared=True)
    assert shared is not None and shared.text == "a policeman"
    words, _ = analysed("A radio reporter was shot dead by gunmen.")
    assert words[index_of(words, "shot")].upos == "VERB"
    assert head_text(words, index_of(words, "reporter")) == "shot"


def test_only_words_both_a_noun_and_a_past_form_are_retaggable() -> None:
    word_classes = default_tagger().word_classes
    words = past_nouns(word_classes)
    assert {"shot", "thought", "ground"} <= words
    assert not {"killed", "reports", "attack"} & words  # a verb's form only, or no past form
    assert not {"feed", "seed", "are", "might"} & words  # WordNet's false past forms ("fee" + "d")
    assert default_tagger().past_nouns == words  # built once, when the tagger is loaded
