"""A predicate after an aside between commas or dashes takes the noun group before the aside as its
subject ("Sen. Ted Cruz of Texas, now a GOP contender, proposed", "Christie – a Cowboys fan – gave")."""

from __future__ import annotations

import pytest

from newsparse_syntax.news_repairs import repair_quantifiers

from .helpers import analysed, head_text, index_of


def _subject_of(text: str, verb: str) -> str | None:
    """The text of the subject of ``verb`` in ``text`` (None if it has none)."""
    words, _ = analysed(text)
    target = index_of(words, verb)
    found = [w.text for w in words if w.head == target and w.deprel in ("nsubj", "nsubj:pass")]
    return found[0] if found else None


@pytest.mark.parametrize(
    ("text", "verb", "subject"),
    [
        ("Sen. Ted Cruz of Texas, now a GOP contender, proposed an amendment.", "proposed", "Ted"),
        ("Governor Chris Christie – a Dallas Cowboys fan – gave a one word answer.", "gave", "Chris"),
        ("Rubio, particularly in the closing days of the campaign, has preached unity.", "preached", "Rubio"),
        ("Other agencies, such as the Asian Development Bank, have said it is early.", "said", "agencies"),
        (
            "The machine - which will be available from 22 January - was described by Jobs.",
            "described",
            "machine",
        ),
        ("On Thursday, Lord Bingham - a senior law lord - said the rules were unlawful.", "said", "Bingham"),
    ],
)
def test_the_group_before_the_aside_is_the_subject(text: str, verb: str, subject: str) -> None:
    assert _subject_of(text, verb) == subject


@pytest.mark.parametrize("ending", ["\n", "\r\n", "\r"])
def test_the_aside_rule_holds_with_any_line_ending(ending: str) -> None:
    text = f"The talks ended.{ending}Sen. Ted Cruz of Texas, now a GOP contender, proposed an amendment."
    assert _subject_of(text, "proposed") == "Ted"


def test_a_list_member_before_the_last_comma_is_not_the_subject() -> None:
    text = "Several carmakers, including Hyundai, Toyota, Suzuki and Ford, already have plants in India."
    assert _subject_of(text, "have") != "Toyota"


def test_an_age_is_not_the_subject() -> None:
    assert _subject_of("West, 26, began rapping as a teenager.", "began") != "26"


def test_a_clause_between_commas_is_not_an_aside() -> None:
    text = "Mr Khodorkovsky, once Russia's richest man, is in prison, having been charged with fraud."
    words, _ = analysed(text)
    assert head_text(words, index_of(words, "man")) != "charged"


def test_a_subject_after_a_quotation_is_left_to_the_inversion_rule() -> None:
    assert _subject_of('"We will win," said the minister, who spoke in Geneva.', "said") == "minister"


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("Thirty-one percent of those surveyed say they would be satisfied.", "percent"),
        ("Those polled said they would vote.", "Those"),
    ],
)
def test_a_participle_right_before_a_verb_of_saying_modifies_its_subject(text: str, subject: str) -> None:
    words, _ = analysed(text)
    verb = index_of(words, "say") if "say " in text else index_of(words, "said")
    assert _subject_of(text, words[verb].text) == subject
    participle = verb - 1
    assert words[participle].deprel == "acl"


def test_will_before_a_past_tense_verb_is_a_name() -> None:
    words, _ = analysed("Instead, Will called for Republicans to unite.")
    assert words[index_of(words, "Will")].upos == "PROPN"
    assert _subject_of("Instead, Will called for Republicans to unite.", "called") == "Will"


def test_will_before_a_bare_verb_stays_an_auxiliary() -> None:
    words, _ = analysed("Will they go? Will Smith go?")
    assert [w.upos for w in words if w.text == "Will"] == ["AUX", "AUX"]


def test_a_name_closing_the_sentence_after_says_stays_the_inverted_subject() -> None:
    text = "If technology is part of clothing, jewellery, and skin, we must think, says Susan Greenfield."
    assert _subject_of(text, "says") == "Greenfield"


def test_the_group_before_an_aside_wins_over_a_pronoun_after_said() -> None:
    text = "Rabbi Rick Jacobs, who leads the union, said he and other leaders are worried."
    assert _subject_of(text, "said") == "Rabbi"


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("Most of the vulnerable Senate Republicans have already said they oppose it.", "said"),
        ("Critics insist that much of the optimism has been misplaced.", "misplaced"),
    ],
)
def test_a_quantifier_before_of_opening_its_clause_is_the_subject(text: str, verb: str) -> None:
    words, _ = analysed(text)
    quantifier = next(k for k, w in enumerate(words) if w.text.lower() in ("most", "much"))
    assert words[quantifier].upos == "ADJ"
    assert _subject_of(text, verb) == words[quantifier].text


def test_a_quantifier_inside_a_clause_is_left_alone() -> None:
    forms = "They think much of the plan".split()
    tags = ["PRON", "VERB", "ADV", "ADP", "DET", "NOUN"]
    repair_quantifiers(forms, tags)
    assert tags[2] == "ADV"
    opening = ["ADV", "ADP", "DET", "NOUN"]
    repair_quantifiers(forms[2:], opening)  # opening its clause, it is the subject
    assert opening[0] == "ADJ"


@pytest.mark.parametrize(
    ("text", "verb", "subject"),
    [
        ('"They are different," agrees Michelle Stevens, 30, of Gainesville.', "agrees", "Michelle"),
        ("He won the vote for the first time, reported the Washington Examiner.", "reported", "Examiner"),
        ('"They are useless," concluded a 2013 article in the journal.', "concluded", "article"),
    ],
)
def test_a_reporting_verb_after_a_quotation_takes_the_next_group(text: str, verb: str, subject: str) -> None:
    assert _subject_of(text, verb) == subject


def test_a_reporting_verb_after_an_opening_quote_takes_no_subject_after_it() -> None:
    words, _ = analysed('It will reward an author for "continued creativity and contribution".')
    assert words[index_of(words, "creativity")].deprel != "nsubj"


def test_a_lone_common_noun_ending_the_sentence_is_no_inverted_subject() -> None:
    text = "Rank could sell its media business, reports claim."
    assert _subject_of(text, "reports") is None


def test_most_of_all_stays_an_adverb() -> None:
    words, _ = analysed("Most of all, my daughter loves it!")
    assert words[0].upos == "ADV"
