"""Participle clauses (issue 13, round 2): a comma-set or sentence-opening participle is the
``advcl`` of its clause's verb; a participle right after a noun is the noun's ``acl``."""

from __future__ import annotations

import pytest

from tests.syntax.helpers import analysed, head_text, index_of


@pytest.mark.parametrize(
    ("text", "participle", "head"),
    [
        ("An airstrike hit the market, killing 12 people.", "killing", "hit"),
        ("The US troops fired into the hostile crowd, killing 4.", "killing", "fired"),
        ("He said the bomb exploded near a checkpoint, killing two soldiers.", "killing", "exploded"),
        ("Speaking to reporters in Kabul, the governor said the attack was planned.", "Speaking", "said"),
        ("Asked about the deal, he said it was fair.", "Asked", "said"),
        (
            "The army said 12 people were killed in the raid, adding that troops had been sent.",
            "adding",
            "said",
        ),
        ("Rebels attacked the town, saying it was held by the army.", "saying", "attacked"),
        ("Police fired on protesters demanding his resignation, wounding three.", "wounding", "fired"),
    ],
)
def test_comma_set_and_opening_participles_are_adverbial_clauses(
    text: str, participle: str, head: str
) -> None:
    words, _ = analysed(text)
    k = index_of(words, participle)
    assert words[k].deprel == "advcl" and head_text(words, k) == head


@pytest.mark.parametrize(
    ("text", "participle", "noun"),
    [
        ("Police fired on protesters demanding his resignation.", "demanding", "protesters"),
        ("The bodies of 12 people killed in the raid were buried on Monday.", "killed", "people"),
        ("The company, based in London, said profits rose.", "based", "company"),
    ],
)
def test_participles_after_nouns_modify_them(text: str, participle: str, noun: str) -> None:
    words, _ = analysed(text)
    k = index_of(words, participle)
    assert words[k].deprel == "acl" and head_text(words, k) == noun


def test_the_main_verb_keeps_its_subject_and_the_root() -> None:
    words, _ = analysed("Police fired on protesters demanding his resignation, wounding three.")
    fired = index_of(words, "fired")
    assert words[fired].deprel == "root"
    assert (
        words[index_of(words, "Police")].deprel == "nsubj"
        and head_text(words, index_of(words, "Police")) == "fired"
    )


def test_a_reported_clause_inside_the_participle_stays_its_complement() -> None:
    words, _ = analysed("Rebels attacked the town, saying it was held by the army.")
    held = index_of(words, "held")
    assert words[held].deprel == "ccomp" and head_text(words, held) == "saying"
    assert head_text(words, index_of(words, "it")) == "held"


@pytest.mark.parametrize(
    "text",
    [
        "Three people were killed, including two children.",  # a preposition, not a clause
        "Checked in late, but the staff was kind.",  # two clauses, not an opening participle
        "Demonstrators blocked roads, attacked public buildings and overturned vehicles.",  # past tenses
        "The bill could impose curfews, tagging or bans on internet use.",  # a list of nouns
        "Going to Ireland is never easy, but they play well.",  # a gerund subject
        "He promised to focus on restoring order, trying to lower taxes and giving power back.",  # a list
    ],
)
def test_prepositions_and_coordinated_clauses_are_no_participle_clauses(text: str) -> None:
    words, _ = analysed(text)  # (a gerund after its preposition may be one: "focus on restoring")
    assert all(w.deprel != "advcl" or (k > 0 and words[k - 1].deprel == "mark") for k, w in enumerate(words))


def test_a_gerund_subject_after_an_opening_phrase_stays_a_subject() -> None:
    words, _ = analysed("In this case, following the talent leads me to think.")
    following = index_of(words, "following")
    assert words[following].deprel == "csubj" and head_text(words, following) == "leads"


@pytest.mark.parametrize(
    "text",
    [
        "The team won, with Boyle setting a season's best.",  # the noun is the gerund's subject
        "They tried to stop people swapping pirated films.",  # the noun is the verb's object
        "He said file sharing is just the beginning.",  # a compound noun
    ],
)
def test_gerunds_after_nouns_that_do_not_modify_them(text: str) -> None:
    words, _ = analysed(text)
    assert all(w.deprel != "acl" for w in words)


@pytest.mark.parametrize(
    "text",
    [
        "Disaster struck on Thursday when an airliner crashed, killing all 141 people on board.",
        "Armed men opened fire on a conference being held in the town, killing one person.",
    ],
)
def test_a_participle_after_a_subordinate_or_non_finite_clause_is_left_undecided(text: str) -> None:
    """Either clause may be what the participle tells more of: the rule parser leaves it unattached."""
    words, _ = analysed(text)
    killing = index_of(words, "killing")
    assert words[killing].head is None and words[killing].deprel is None


@pytest.mark.parametrize(
    ("text", "gerund", "head", "label"),
    [
        ("He was accused of violating the agreement.", "violating", "accused", "advcl"),
        ("The party is committed to increasing taxes.", "increasing", "committed", "advcl"),
        ("The Pentagon prevented them from running the agency.", "running", "prevented", "advcl"),
        ("Jaynes was found guilty of breaking a state law.", "breaking", "guilty", "advcl"),
        ("They found a new way of doing business.", "doing", "way", "acl"),
        ("Liverpool have little chance of winning the league.", "winning", "chance", "acl"),
    ],
)
def test_a_gerund_after_a_preposition_inside_a_clause_is_its_heads_clause(
    text: str, gerund: str, head: str, label: str
) -> None:
    words, _ = analysed(text)
    k = index_of(words, gerund)
    assert words[k].deprel == label and head_text(words, k) == head
    assert words[k - 1].deprel == "mark" and words[k - 1].head == k


@pytest.mark.parametrize(
    ("text", "gerund", "verb"),
    [
        ("She kept on talking about the past.", "talking", "kept"),
        ("The government will measure its success at creating jobs.", "creating", "measure"),
    ],
)
def test_a_gerund_after_a_particle_or_a_noun_object_is_not_the_verbs_clause(
    text: str, gerund: str, verb: str
) -> None:
    words, _ = analysed(text)
    k = index_of(words, gerund)
    assert not (words[k].deprel == "advcl" and head_text(words, k) == verb and words[k - 1].deprel == "mark")
