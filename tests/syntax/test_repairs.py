"""Tag repairs after the tagger: "have" before a participle is an auxiliary; lone known names are
names; "both" without "and" is a determiner; a verb in -s after a count is a plural noun."""

from __future__ import annotations

from newsparse_syntax.repairs import (
    repair_both,
    repair_counted,
    repair_existential,
    repair_names,
    repair_possessive,
    repair_tags,
    repair_words,
)

LEXICON = {
    "been": "VBN",
    "signed": "VBD",
    "Turkey": "NNP",
    "turkey": "NN",
    "Tax": "NN",
    "Palestinians": "NNPS",
}


def test_have_before_been_or_a_participle_is_an_auxiliary() -> None:
    forms = "I have long been a critic and they have not signed it and have to go".split()
    tags = ["PRON", "VERB", "ADV", "AUX", "DET", "NOUN", "CCONJ", "PRON", "VERB", "PART", "VERB", "PRON"]
    tags += ["CCONJ", "VERB", "PART", "VERB"]
    repair_tags(forms, tags, LEXICON)
    assert tags[1] == "AUX" and tags[8] == "AUX"
    assert tags[13] == "VERB"  # "have to go": no participle follows


def test_a_lone_capitalised_name_is_a_proper_noun() -> None:
    forms = "Russia , Turkey , Iran and a turkey . Turkey".split()
    tags = ["PROPN", "PUNCT", "NOUN", "PUNCT", "PROPN", "CCONJ", "DET", "NOUN", "PUNCT", "NOUN"]
    repair_names(forms, tags, LEXICON)
    assert tags[2] == "PROPN"
    assert tags[7] == "NOUN" and tags[9] == "NOUN"  # lower case; after a full stop (a sentence's start)


def test_a_plural_name_the_lexicon_knows_is_a_proper_noun() -> None:
    forms = "talks with the Palestinians ended . Palestinians".split()
    tags = ["NOUN", "ADP", "DET", "NOUN", "VERB", "PUNCT", "NOUN"]
    repair_names(forms, tags, LEXICON)
    assert tags[3] == "PROPN" and tags[6] == "NOUN"  # not a sentence's first word


def test_a_capitalised_word_in_a_title_is_left_alone() -> None:
    forms = "the Turkey Tax ID".split()
    tags = ["DET", "NOUN", "NOUN", "PROPN"]
    repair_names(forms, tags, LEXICON)
    assert tags[1] == "NOUN"


def test_be_after_there_is_the_verb() -> None:
    forms = "There has been speculation and there will be talks".split()
    tags = ["PRON", "AUX", "AUX", "NOUN", "CCONJ", "PRON", "AUX", "AUX", "NOUN"]
    repair_existential(forms, tags)
    assert tags[2] == "VERB" and tags[7] == "VERB"
    assert tags[1] == "AUX" and tags[6] == "AUX"


def test_both_without_and_is_a_determiner() -> None:
    forms = "both sides agreed on the text on Monday and both Russia and Iran signed".split()
    tags = ["CCONJ", "NOUN", "VERB", "ADP", "DET", "NOUN", "ADP", "PROPN"]
    tags += ["CCONJ", "CCONJ", "PROPN", "CCONJ", "PROPN", "VERB"]
    repair_both(forms, tags)
    assert tags[0] == "DET"  # the first "and" after it is eight words on
    assert tags[9] == "CCONJ"  # "both Russia and Iran"


def test_a_verb_in_s_after_a_count_or_of_is_a_noun() -> None:
    forms = "he made two saves with plenty of tackles ; one tries ; by 2050 means ;".split()
    forms += "Section 404 obliges".split()
    tags = ["PRON", "VERB", "NUM", "VERB", "ADP", "NOUN", "ADP", "VERB", "PUNCT", "NUM", "VERB", "PUNCT"]
    tags += ["ADP", "NUM", "VERB", "PUNCT", "PROPN", "NUM", "VERB"]
    repair_counted(forms, tags)
    assert tags[3] == "NOUN" and tags[7] == "NOUN"
    assert tags[10] == tags[14] == tags[18] == "VERB"  # after "one", a year, a name's number


def test_s_before_a_noun_phrase_is_the_possessive() -> None:
    forms = "this year 's French Open ; the country 's ousted leader ; the weather 's nice".split()
    tags = ["DET", "NOUN", "AUX", "ADJ", "PROPN", "PUNCT", "DET", "NOUN", "AUX", "VERB", "NOUN", "PUNCT"]
    tags += ["DET", "NOUN", "AUX", "ADJ"]
    repair_possessive(forms, tags)
    assert tags[2] == tags[8] == "PART"
    assert tags[14] == "AUX"  # no noun after "nice"


def test_currency_signs_and_percent_are_symbols() -> None:
    forms = 'cut " £ 35bn , 5 % and $ 3'.split()
    tags = ["VERB", "PUNCT", "PROPN", "NUM", "PUNCT", "NUM", "NOUN", "CCONJ", "X", "NUM"]
    repair_words(forms, tags)
    assert tags[2] == tags[6] == tags[8] == "SYM"
    assert tags[1] == "PUNCT" and tags[3] == "NUM"
