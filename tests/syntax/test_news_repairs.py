"""News tag repairs: "US" the country, a verb in -s opening a relative clause, a title noun before a name."""

from __future__ import annotations

from newsparse_syntax.news_repairs import (
    repair_article,
    repair_news,
    repair_progressive,
    repair_pronoun_verbs,
    repair_relative_verbs,
    repair_street_names,
    repair_titles,
    repair_us,
)

from .helpers import analysed, index_of

CLASSES = {"places": "NS", "ranks": "NS", "critics": "N", "farmers": "N", "files": "NS"}


def test_us_in_running_text_is_the_country() -> None:
    forms = "The guitarist with US rock band Korn".split()
    tags = ["DET", "NOUN", "ADP", "PRON", "NOUN", "NOUN", "PROPN"]
    repair_us(forms, tags)
    assert tags[3] == "PROPN"


def test_us_in_a_sentence_of_capitals_is_left_alone() -> None:
    forms = "CONTACT US NOW".split()
    tags = ["VERB", "PRON", "ADV"]
    repair_us(forms, tags)
    assert tags[1] == "PRON"


def test_a_verb_in_s_after_a_relative_pronoun_is_a_verb() -> None:
    forms = "an agency which places adverts with networks".split()
    tags = ["DET", "NOUN", "PRON", "NOUN", "NOUN", "ADP", "NOUN"]
    repair_relative_verbs(forms, tags, CLASSES)
    assert tags[3] == "VERB"


def test_a_relative_clause_subject_in_s_stays_a_noun() -> None:
    forms = "the level at which files are kept and a bill which critics claim would pass".split()
    tags = ["DET", "NOUN", "ADP", "PRON", "NOUN", "AUX", "VERB", "CCONJ", "DET", "NOUN", "PRON", "NOUN"]
    tags += ["NOUN", "AUX", "VERB"]
    repair_relative_verbs(forms, tags, CLASSES)
    assert tags[4] == "NOUN"  # a predicate follows it
    assert tags[11] == "NOUN"  # WordNet knows no verb "critics"


def test_a_noun_after_a_relative_and_before_a_noun_predicate_stays() -> None:
    forms = "a firm which files claims would".split()
    tags = ["DET", "NOUN", "PRON", "NOUN", "NOUN", "AUX"]
    repair_relative_verbs(forms, tags, CLASSES)
    assert tags[3] == "NOUN"


def test_a_title_noun_before_a_name_is_a_noun() -> None:
    forms = "media chief Alastair Campbell and the board last November".split()
    tags = ["NOUN", "ADJ", "PROPN", "PROPN", "CCONJ", "DET", "NOUN", "ADJ", "PROPN"]
    repair_titles(forms, tags)
    assert tags[1] == "NOUN"
    assert tags[7] == "ADJ"  # "last" is no title; a month follows


def test_news_repairs_run_together() -> None:
    forms = "US firm Nokia , who ranks third".split()
    tags = ["PRON", "ADJ", "PROPN", "PUNCT", "PRON", "NOUN", "ADJ"]
    repair_news(forms, tags, CLASSES)
    assert tags[0] == "PROPN" and tags[5] == "VERB"


def test_the_layer_tags_a_relative_verb_in_news() -> None:
    words, _ = analysed("Mr Allard, who heads development of game software, spoke on Monday.")
    assert words[index_of(words, "heads")].upos == "VERB"


def test_an_ing_noun_after_be_with_an_object_is_a_progressive_verb() -> None:
    forms = "Fox is broadcasting new announcements and others were planning to go".split()
    tags = ["PROPN", "AUX", "NOUN", "ADJ", "NOUN", "CCONJ", "NOUN", "AUX", "NOUN", "PART", "VERB"]
    repair_progressive(forms, tags)
    assert tags[2] == "VERB" and tags[8] == "VERB"


def test_an_ing_noun_without_an_object_or_after_a_possessive_stays() -> None:
    forms = "Delivery is lightning fast and Monday 's meeting was housing in London".split()
    tags = ["NOUN", "AUX", "NOUN", "ADJ", "CCONJ", "PROPN", "PART", "NOUN", "AUX", "NOUN", "ADP", "PROPN"]
    repair_progressive(forms, tags)
    assert tags[2] == "NOUN" and tags[7] == "NOUN" and tags[9] == "NOUN"


def test_an_opening_a_before_a_currency_sign_is_an_article() -> None:
    forms = "A £ 100,000 reward".split()
    tags = ["SYM", "SYM", "NUM", "NOUN"]
    repair_article(forms, tags)
    assert tags[0] == "DET"


def test_a_noun_after_a_subject_pronoun_is_its_verb() -> None:
    classes = {"reports": "NS", "plan": "nv", "journalists": "N"}
    forms = "He reports that the party is wavering".split()
    tags = ["PRON", "NOUN", "SCONJ", "DET", "NOUN", "AUX", "VERB"]
    repair_pronoun_verbs(forms, tags, classes)
    assert tags[1] == "VERB"
    tags = ["PRON", "ADV", "NOUN", "PART", "VERB"]
    repair_pronoun_verbs("they also plan to boost".split(), tags, classes)
    assert tags[2] == "VERB"


def test_a_noun_after_a_pronoun_that_does_not_agree_is_left_alone() -> None:
    classes = {"plan": "nv", "journalists": "N", "reports": "NS"}
    for forms, tags in (
        ("we journalists say".split(), ["PRON", "NOUN", "VERB"]),
        ("he plan".split(), ["PRON", "NOUN"]),
        ("they reports".split(), ["PRON", "NOUN"]),
        ("gave it reports".split(), ["VERB", "PRON", "NOUN"]),
    ):
        before = list(tags)
        repair_pronoun_verbs(forms, tags, classes)
        assert tags == before, forms


def test_a_capitalised_ing_word_before_street_is_a_name() -> None:
    words, _ = analysed("Downing Street said the talks had failed.")
    assert [w.upos for w in words[:2]] == ["PROPN", "PROPN"]
    assert words[1].deprel == "nsubj" and words[words[1].head or 0].text == "said"


def test_a_gerund_before_a_common_word_is_left_alone() -> None:
    forms = "Crossing Street junctions is dangerous".split()
    tags = ["VERB", "NOUN", "NOUN", "AUX", "ADJ"]
    repair_street_names([*forms[:1], "streets", *forms[2:]], tags)
    assert tags[0] == "VERB"
