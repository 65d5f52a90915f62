"""Finite adverbial clauses after an object or a prepositional phrase, or opening the sentence
(``advcl``), and relative clauses with no relative pronoun or with "where"/"when" (``acl:relcl``),
with the core's ``SyntaxTree.antecedent``."""

from __future__ import annotations

import pytest

from tests.syntax.helpers import analysed, head_text, index_of


@pytest.mark.parametrize(
    ("text", "clause", "head", "mark"),
    [
        ("Police arrested him in July after they opened fire on the crowd.", "opened", "arrested", "after"),
        (
            "The army shelled the town on Monday because rebels had fired on it.",
            "fired",
            "shelled",
            "because",
        ),
        ("Prices rose on Wednesday as the storm threatened oil production.", "threatened", "rose", "as"),
        ("If you have questions, please contact Joan.", "have", "contact", "If"),
        ("When the talks collapsed, the rebels attacked the town.", "collapsed", "attacked", "When"),
    ],
)
def test_finite_adverbial_clause_hangs_on_its_verb(text: str, clause: str, head: str, mark: str) -> None:
    words, _ = analysed(text)
    q = index_of(words, clause)
    assert words[q].deprel == "advcl" and head_text(words, q) == head
    m = index_of(words, mark)
    assert words[m].deprel in ("mark", "advmod") and head_text(words, m) == clause


def test_if_after_a_verb_of_asking_is_not_made_adverbial() -> None:
    words, _ = analysed("They asked the minister if he would resign.")
    assert words[index_of(words, "resign")].deprel != "advcl"


@pytest.mark.parametrize(
    ("text", "clause", "noun"),
    [
        ("It was the best experience I have had.", "had", "experience"),
        ("They rejected the offer we made on Monday.", "made", "offer"),
        ("They fled to the town where they were born.", "born", "town"),
        ("It came at a time when troops were leaving.", "leaving", "time"),
    ],
)
def test_relative_clause_without_who_hangs_on_its_noun(text: str, clause: str, noun: str) -> None:
    words, tree = analysed(text)
    q = index_of(words, clause)
    assert words[q].deprel == "acl:relcl" and head_text(words, q) == noun
    antecedent = tree.antecedent(q)
    assert antecedent is not None and antecedent.head == index_of(words, noun)


def test_a_hearer_and_what_was_told_stay_a_report() -> None:
    words, _ = analysed("The ministry told reporters they had failed.")
    assert words[index_of(words, "failed")].deprel == "ccomp"


def test_antecedent_of_a_relative_verb_its_pronoun_and_its_conjunct() -> None:
    words, tree = analysed("The firm, which later sold it to Acme and merged it into Bolt, was closed.")
    for word in ("sold", "which", "merged"):
        found = tree.antecedent(index_of(words, word))
        assert found is not None and found.text == "The firm", word
    assert tree.antecedent(index_of(words, "closed")) is None
    assert tree.antecedent(index_of(words, "Acme")) is None


@pytest.mark.parametrize(
    ("text", "clause", "head", "report"),
    [
        ("When the talks failed, the minister said he would resign.", "failed", "said", "resign"),
        (
            "The men were arrested in July after they opened fire, the newspaper said.",
            "opened",
            "arrested",
            "arrested",
        ),
    ],
)
def test_a_clause_of_time_hangs_on_its_verb_under_a_report(
    text: str, clause: str, head: str, report: str
) -> None:
    """The clause of time is its verb's ``advcl``; the reporting verb is the root, what it reports
    its ``ccomp``."""
    words, _ = analysed(text)
    q = index_of(words, clause)
    assert words[q].deprel == "advcl" and head_text(words, q) == head
    said = index_of(words, "said")
    assert words[said].deprel == "root"
    r = index_of(words, report)
    assert words[r].deprel == "ccomp" and head_text(words, r) == "said"


@pytest.mark.parametrize(
    ("text", "clause"),
    [
        ("In a couple of years they will be back.", "back"),
        ("Blair told Labour supporters he is back.", "back"),
        ("There is a chance he could be involved.", "involved"),
        ("The other key ingredient was the fact they were organised.", "organised"),
    ],
)
def test_a_clause_after_a_fronted_phrase_a_hearer_or_a_content_noun_is_no_relative(
    text: str, clause: str
) -> None:
    words, _ = analysed(text)
    assert words[index_of(words, clause)].deprel != "acl:relcl"
