"""Objects the rule parser finds past a participle modifier ("see attached file") and objects that
are amounts ("took most of the city"), not predicates ("make sure").
"""

from __future__ import annotations

from tests.syntax.helpers import analysed, head_text, index_of


def test_participle_between_verb_and_noun_modifies_the_noun() -> None:
    words, _ = analysed("The company reported increased sales in March.")
    sales = index_of(words, "sales")
    assert words[sales].deprel == "obj" and head_text(words, sales) == "reported"
    increased = index_of(words, "increased")
    assert words[increased].deprel == "amod" and head_text(words, increased) == "sales"


def test_participle_before_a_determiner_is_not_a_modifier() -> None:
    words, _ = analysed("The prices fell given the low value of the dollar.")
    assert words[index_of(words, "given")].deprel != "amod"


def test_amount_is_an_object() -> None:
    words, _ = analysed("The Marines took most of Fallujah on Wednesday.")
    most = index_of(words, "most")
    assert words[most].deprel == "obj" and head_text(words, most) == "took"


def test_state_after_make_stays_a_complement() -> None:
    words, _ = analysed("They will make sure the vote happens.")
    assert words[index_of(words, "sure")].deprel == "xcomp"


def test_currency_symbol_heads_the_amount_object() -> None:
    words, _ = analysed("The firm will pay $76 for each share.")
    dollar = index_of(words, "$")
    assert words[dollar].deprel == "obj" and head_text(words, dollar) == "pay"
    assert head_text(words, index_of(words, "76")) == "$"


def test_participle_after_a_preposition_modifies_the_noun() -> None:
    words, _ = analysed("The police raided the homes of suspected thieves.")
    suspected = index_of(words, "suspected")
    assert words[suspected].deprel == "amod" and head_text(words, suspected) == "thieves"
    thieves = index_of(words, "thieves")
    assert words[thieves].deprel == "nmod" and head_text(words, thieves) == "homes"


def test_time_before_ago_is_not_an_object() -> None:
    words, _ = analysed("If you told us a year ago, we would have laughed.")
    us = index_of(words, "us")
    assert head_text(words, us) == "told" and words[us].deprel in ("obj", "iobj")
    assert words[index_of(words, "year")].deprel not in ("obj", "iobj")


def test_a_quoted_noun_phrase_after_its_article_is_the_object() -> None:
    words, _ = analysed('The plans would achieve a "substantial reduction" in immigration.')
    reduction = index_of(words, "reduction")
    assert words[reduction].deprel == "obj" and head_text(words, reduction) == "achieve"
    assert head_text(words, index_of(words, "a")) == "reduction"


def test_a_quoted_modifier_stays_inside_the_noun_phrase() -> None:
    words, _ = analysed('He made an "unreserved" apology to MPs.')
    apology = index_of(words, "apology")
    assert words[apology].deprel == "obj" and head_text(words, apology) == "made"
    assert head_text(words, index_of(words, "unreserved")) == "apology"


def test_hyphenated_participle_modifies_the_noun_after_it() -> None:
    """ "A knife-wielding neighbour invaded": the neighbour is the subject (was: "wielding" the root)."""
    words, _ = analysed("A knife-wielding neighbour invaded a party on Friday.")
    neighbour = index_of(words, "neighbour")
    assert words[neighbour].deprel == "nsubj" and head_text(words, neighbour) == "invaded"
    wielding = index_of(words, "wielding")
    assert words[wielding].deprel == "amod" and head_text(words, wielding) == "neighbour"
