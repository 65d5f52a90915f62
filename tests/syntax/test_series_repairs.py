"""Verbs in a series that share one subject: each later verb is a ``conj`` of the first, and the
core's shared subject reaches it ("Trump met donors, criticised X and said ...")."""

from __future__ import annotations

from .helpers import analysed, head_text, index_of


def _shared(text: str, verb: str) -> tuple[str | None, str | None, str | None]:
    """The head, relation and shared subject of ``verb`` in ``text``."""
    words, tree = analysed(text)
    k = index_of(words, verb)
    subject = tree.subject(k, shared=True)
    return head_text(words, k), words[k].deprel, None if subject is None else subject.text


def test_every_later_verb_of_a_series_hangs_on_the_first() -> None:
    text = "Trump met donors, criticised the senator and said he would win."
    assert _shared(text, "criticised") == ("met", "conj", "Trump")
    assert _shared(text, "said") == ("met", "conj", "Trump")
    text = "The minister arrived on Monday, held talks and told reporters the deal was close."
    assert _shared(text, "held") == ("arrived", "conj", "The minister")
    assert _shared(text, "told") == ("arrived", "conj", "The minister")


def test_a_verb_after_and_skips_an_infinitive_to_the_finite_verb() -> None:
    text = "A spokesman refused to comment on the reports, but said the study was finished."
    assert _shared(text, "said") == ("refused", "conj", "A spokesman")
    text = "He was advised to avoid the perception of a conflict and said he had done nothing wrong."
    assert _shared(text, "said")[:2] == ("advised", "conj")


def test_a_verb_of_another_tense_or_clause_is_left_alone() -> None:
    # "fixed" is no past-tense partner of "is expected"; "hosted" is a conjunct of "held"
    words, _ = analysed("Blair is expected to announce plans to strengthen Asbos and fixed penalty notices.")
    assert head_text(words, index_of(words, "fixed")) != "expected"
    words, _ = analysed("The prize was presented at a ceremony held in London and hosted by Jonathan Ross.")
    assert head_text(words, index_of(words, "hosted")) == "held"
    words, _ = analysed("His words came as the cardinal backed the stance and distanced himself from it.")
    assert head_text(words, index_of(words, "distanced")) != "came"


def test_a_series_inside_a_relative_clause_is_not_joined_to_the_main_verb() -> None:
    words, _ = analysed("Zach Braff won the award for Garden State, which he wrote, directed and starred in.")
    assert head_text(words, index_of(words, "directed")) != "won"
    assert head_text(words, index_of(words, "starred")) != "won"
