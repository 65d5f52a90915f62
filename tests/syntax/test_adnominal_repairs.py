"""An infinitive right after a modified noun, left without a head or hung on it as ``xcomp``, is the
noun's ``acl`` ("a good place to stay", "no time to explain"); a purpose after a verb is not."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsparse_syntax.adnominal_repairs import repair_noun_infinitives
from newsparse_syntax.parser import Parse
from tests.syntax.helpers import analysed, head_text, index_of


@pytest.mark.parametrize(
    ("text", "noun", "infinitive"),
    [
        ("A good place to stay.", "place", "stay"),  # the infinitive was the fragment's root
        ("The first time to visit the town.", "time", "visit"),
        ("The ministry set up a committee to investigate the attack.", "committee", "investigate"),  # free
        ("It is no time to explain the plan.", "time", "explain"),  # was xcomp of the noun
        ("French voters are the ones to decide.", "ones", "decide"),
    ],
)
def test_an_infinitive_after_a_noun_is_its_acl(text: str, noun: str, infinitive: str) -> None:
    words, _ = analysed(text)
    k = index_of(words, infinitive)
    assert (words[k].deprel, head_text(words, k)) == ("acl", noun)
    assert head_text(words, index_of(words, "to")) == infinitive


def test_a_fragment_headed_by_the_noun_has_the_noun_as_root() -> None:
    words, _ = analysed("A good place to stay.")
    place = words[index_of(words, "place")]
    assert (place.head, place.deprel) == (None, "root")
    assert [w.text for w in words if w.deprel == "root"] == ["place"]


@pytest.mark.parametrize(
    ("text", "verb", "infinitive", "label"),
    [
        ("Police used tear gas to disperse the crowd.", "used", "disperse", "advcl"),
        ("They urged Iran to sign the deal.", "urged", "sign", "xcomp"),
        ("The rebels agreed to freeze their attacks.", "agreed", "freeze", "xcomp"),
    ],
)
def test_a_verbs_infinitive_is_left_alone(text: str, verb: str, infinitive: str, label: str) -> None:
    words, _ = analysed(text)
    k = index_of(words, infinitive)
    assert (words[k].deprel, head_text(words, k)) == (label, verb)


def test_a_bare_noun_is_taken_for_a_mistagged_verb_and_left_alone() -> None:
    forms = "Officials say plans to attack".split()
    tags = ["NOUN", "VERB", "NOUN", "PART", "VERB"]
    parse = Parse((1, None, 1, None, None), ("nsubj", "root", "obj", None, None))
    assert repair_noun_infinitives(parse, forms, tags) is parse


@given(st.lists(st.sampled_from(["NOUN", "DET", "ADJ", "PART", "VERB", "ADV", "PRON", "PUNCT"]), max_size=12))
def test_the_repair_keeps_the_parse_a_forest(tags: list[str]) -> None:
    forms = ["to" if t == "PART" else "word" for t in tags]
    modifying = {"DET": "det", "ADJ": "amod"}
    heads: list[int | None] = [
        k + 1 if t in modifying and k + 1 < len(tags) else None for k, t in enumerate(tags)
    ]
    rels: list[str | None] = [modifying[t] if heads[k] is not None else None for k, t in enumerate(tags)]
    repaired = repair_noun_infinitives(Parse(tuple(heads), tuple(rels)), forms, tags)
    assert len(repaired.heads) == len(tags)
    for start in range(len(tags)):
        at, seen = repaired.heads[start], 0
        while at is not None:
            seen += 1
            assert seen <= len(tags)
            at = repaired.heads[at]
    assert sum(rel == "root" for rel in repaired.rels) <= 1
