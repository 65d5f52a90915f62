"""The infinitive after a verb: ``xcomp`` when the verb passes its subject or object on to it
("agreed to freeze", "urged Iran to sign"), ``advcl`` when it tells what for after an object."""

from __future__ import annotations

import pytest

from tests.syntax.helpers import analysed, head_text, index_of


@pytest.mark.parametrize(
    ("text", "verb", "infinitive", "label"),
    [
        ("Police used tear gas to disperse the crowd.", "used", "disperse", "advcl"),
        ("The army sent troops to secure the border.", "sent", "secure", "advcl"),
        ("They urged Iran to sign the deal.", "urged", "sign", "xcomp"),
        ("The court ordered the firm to pay damages.", "ordered", "pay", "xcomp"),
        ("The rebels agreed to freeze their attacks.", "agreed", "freeze", "xcomp"),
        ("The G8 nations had agreed in 1970 to spend 0.7% of their incomes.", "agreed", "spend", "xcomp"),
        ("The firm decided last week to sell the unit.", "decided", "sell", "xcomp"),
        ("The war is leading the pair to trade blows.", "leading", "trade", "xcomp"),
    ],
)
def test_an_infinitive_after_an_object_is_a_purpose_unless_the_verb_controls_it(
    text: str, verb: str, infinitive: str, label: str
) -> None:
    words, _ = analysed(text)
    k = index_of(words, infinitive)
    assert words[k].deprel == label and head_text(words, k) == verb


@pytest.mark.parametrize(
    ("text", "noun", "infinitive"),
    [
        ("The government announced plans to cut 100,000 jobs.", "plans", "cut"),
        ("The court has the right to stop the sale.", "right", "stop"),
        ("France became the last big country to launch the service.", "country", "launch"),
        ("The managers have a responsibility to protect the game.", "responsibility", "protect"),
        ("The firm signed preliminary agreements to develop the field.", "agreements", "develop"),
    ],
)
def test_an_infinitive_completing_a_noun_is_its_acl(text: str, noun: str, infinitive: str) -> None:
    words, _ = analysed(text)
    k = index_of(words, infinitive)
    assert words[k].deprel == "acl" and head_text(words, k) == noun


@pytest.mark.parametrize(
    ("text", "infinitive"),
    [("I don't know what to do.", "do"), ("It took decades to happen.", "happen")],
)
def test_an_infinitive_after_a_question_word_or_take_stays_xcomp(text: str, infinitive: str) -> None:
    words, _ = analysed(text)
    assert words[index_of(words, infinitive)].deprel != "advcl"


@pytest.mark.parametrize(
    ("text", "head", "infinitive", "label"),
    [
        ("He vowed to quickly end the war.", "vowed", "end", "xcomp"),
        ("Chips could be used to secretly identify people.", "used", "identify", "xcomp"),
        ("Moya became the first man to successfully defend the title.", "man", "defend", "acl"),
        ("She asked me to not get ready.", "asked", "get", "xcomp"),
    ],
)
def test_an_infinitive_split_by_an_adverb_is_still_the_verbs_complement(
    text: str, head: str, infinitive: str, label: str
) -> None:
    words, _ = analysed(text)
    k = index_of(words, infinitive)
    assert words[k].deprel == label and head_text(words, k) == head
    to = index_of(words, "to")
    assert words[to].deprel == "mark" and words[to].head == k


@pytest.mark.parametrize(
    ("text", "infinitive"),
    [
        ("Iran agreed not to enrich uranium.", "enrich"),
        ("He urged Muslims not to vote for Labour.", "vote"),
        ("They decided never to return.", "return"),
    ],
)
def test_a_negation_before_to_negates_the_infinitive(text: str, infinitive: str) -> None:
    words, _ = analysed(text)
    k = index_of(words, infinitive)
    negation = next(i for i, w in enumerate(words) if w.text in ("not", "never"))
    assert words[negation].deprel == "advmod" and words[negation].head == k


@pytest.mark.parametrize(
    ("text", "head", "predicate"),
    [
        ("Phillips still needs to be much more consistent.", "needs", "consistent"),
        ("New figures have to be decided before the vote.", "have", "decided"),
        ("The embargo is likely to be lifted in the spring.", "likely", "lifted"),
        ("There does not appear to be a problem.", "appear", "problem"),
    ],
)
def test_an_infinitive_of_be_is_its_predicates(text: str, head: str, predicate: str) -> None:
    words, _ = analysed(text)
    k = index_of(words, predicate)
    assert words[k].deprel == "xcomp" and head_text(words, k) == head
    to = index_of(words, "to")
    assert words[to].deprel == "mark" and words[to].head == k


@pytest.mark.parametrize(
    ("text", "noun", "infinitive"),
    [
        ("There would be a political price to pay for the stance.", "price", "pay"),
        ("There is not enough opposition to guarantee their rejection.", "opposition", "guarantee"),
    ],
)
def test_an_infinitive_after_an_existential_noun_is_its_acl(text: str, noun: str, infinitive: str) -> None:
    words, _ = analysed(text)
    k = index_of(words, infinitive)
    assert words[k].deprel == "acl" and head_text(words, k) == noun


@pytest.mark.parametrize(
    ("text", "noun", "infinitive"),
    [
        ("The album was released early in an effort to combat piracy.", "effort", "combat"),
        ("Yukos lied to a US court in an attempt to stop the sale.", "attempt", "stop"),
        ("Google has had an analyst day -- a chance to present the company's story.", "chance", "present"),
        ("He told Mr Brown of his intention to stand down.", "intention", "stand"),
        ("The goal of the project was one of the first groups to make such images.", "groups", "make"),
    ],
)
def test_an_infinitive_left_alone_after_a_noun_that_takes_one_is_its_acl(
    text: str, noun: str, infinitive: str
) -> None:
    words, _ = analysed(text)
    k = index_of(words, infinitive)
    assert words[k].deprel == "acl" and head_text(words, k) == noun
    to = k - 1
    assert words[to].text == "to" and words[to].deprel == "mark" and words[to].head == k


@pytest.mark.parametrize(
    ("text", "infinitive"),
    [
        ("Fans camped on the streets for three days to ensure a ticket.", "ensure"),
        ("He beat the champion at the trials last month to lead the rankings.", "lead"),
        ("Criminal gangs plan to target the sites.", "target"),
    ],
)
def test_an_infinitive_after_a_time_a_bare_noun_or_a_mistagged_verb_is_no_acl(
    text: str, infinitive: str
) -> None:
    words, _ = analysed(text)
    assert words[index_of(words, infinitive)].deprel != "acl"
