"""Issue 16, session 23: a place or a date belongs to the incident only if it hangs from the killing's
own clause (its predicate, a conjunct or participle clause sharing it, or the noun a relative clause
on it describes); a fronted adjunct scopes over the whole sentence."""

from __future__ import annotations

import newsparse
from newsparse.syntax import SyntaxTree, Word
from newsparse_events.clauses import foreign_spans, incident_heads


def fields(text: str, published: str = "2016-08-10") -> list[tuple[str, str | None, str | None]]:
    """(trigger, place text, date value) of each event of ``text`` parsed by the whole pipeline."""
    doc = newsparse.parse(text, published=published)
    return [
        (e.trigger.text, e.place_text.text if e.place_text else None, e.date.value if e.date else None)
        for e in doc.layer("events")
    ]


def test_the_main_clauses_place_and_date_are_not_the_relative_clauses() -> None:
    """Cleveland and "last month" are where and when Smith spoke; Benghazi is where the four died."""
    text = (
        "Smith spoke at last month's Republican National Convention in Cleveland and delivered a "
        "critique of Hillary Clinton's handling of Benghazi, where four Americans lost their lives."
    )
    assert fields(text) == [("lost their lives", "Benghazi", None)]


def test_an_incident_named_in_another_clause_gives_no_place() -> None:
    """ "the Orlando massacre" is the French president's condolence, not the Paris-suburb killing."""
    text = (
        "The French president expressed his condolences over the Orlando massacre, while Obama offered "
        "his own condolences for the lone-wolf attack in which a knife-wielding French Islamist killed "
        "a police officer."
    )
    assert [place for _, place, _ in fields(text, "2016-06-17")] == [None]


def test_a_fronted_date_dates_the_whole_sentence() -> None:
    """ "On 28 April 2020, ..." holds whatever verb the parser hangs it on."""
    text = "On 28 April 2020, presumed ISGS militants reportedly killed a youth in the village of Bouloye."
    assert fields(text, "2020-04-28") == [("killed", "Bouloye", "2020-04-28")]


def test_the_clause_of_a_relative_clauses_subject_tells_the_incident() -> None:
    """ "The bomb, which killed 12, exploded in Kabul on Friday": the bomb's clause is the killing's."""
    text = "The bomb, which killed 12 people, exploded in Kabul on Friday."
    assert fields(text, "1998-08-08") == [("killed", "Kabul", "1998-08-07")]


def test_a_fact_told_in_a_while_clause_keeps_the_encounters_place() -> None:
    """ "..., while two were injured in the encounter": the same incident as the main clause's."""
    text = (
        "Police in an encounter with militants at Zainapora town killed a commander, while two "
        "soldiers were injured in the encounter."
    )
    assert [(trigger, place) for trigger, place, _ in fields(text)] == [
        ("killed", "Zainapora"),
        ("injured", "Zainapora"),
    ]


def _tree(words: list[tuple[str, str, int | None, str | None]]) -> SyntaxTree:
    """A tree of ``words`` (text, UPOS, head, relation) joined by spaces."""
    text = " ".join(w for w, _, _, _ in words)
    built, start = [], 0
    for word, upos, head, deprel in words:
        built.append(Word(start, start + len(word), word, upos, head, deprel))
        start += len(word) + 1
    return SyntaxTree.of(text, built, ())


def test_the_incidents_heads_go_up_a_relative_clause_only_through_a_subject() -> None:
    """ "handling of Benghazi, where ... died": the noun, not the verb the noun's phrase hangs on."""
    tree = _tree(
        [
            ("Smith", "PROPN", 1, "nsubj"),
            ("criticised", "VERB", None, "root"),
            ("Benghazi", "PROPN", 1, "obj"),
            ("where", "ADV", 4, "advmod"),
            ("died", "VERB", 2, "acl:relcl"),
            ("in", "ADP", 6, "case"),
            ("Ohio", "PROPN", 1, "obl"),
        ]
    )
    assert incident_heads(tree, 4) == (frozenset({2, 4}), True)
    ohio = (tree.words[6].start, tree.words[6].end)
    assert foreign_spans(tree, tree.words[4].start, [ohio]) == [ohio]
    subject = _tree(
        [
            ("bomb", "NOUN", 2, "nsubj"),
            ("killing", "VERB", 0, "acl:relcl"),
            ("exploded", "VERB", None, "root"),
        ]
    )
    assert incident_heads(subject, 1) == (frozenset({0, 1, 2}), False)


def test_an_unattached_trigger_decides_nothing() -> None:
    """A trigger the parser leaves without a head and no relative word before it: no span is foreign."""
    tree = _tree(
        [("Troops", "NOUN", 1, "nsubj"), ("fought", "VERB", None, "root"), ("killing", "VERB", None, None)]
    )
    assert incident_heads(tree, 2) is None
    assert foreign_spans(tree, tree.words[2].start, [(0, 6)]) == []
