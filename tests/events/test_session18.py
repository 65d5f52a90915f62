"""Issue 16, session 18: a toll told in a relative clause of a claim's content is no claim's figure."""

from __future__ import annotations

import newsparse
from newsparse.annotations import Event


def sources(text: str) -> list[tuple[str, str | None]]:
    """(trigger, source as written) of each event of ``text`` parsed by the whole pipeline."""
    layer = newsparse.parse(text, published="2005-01-20").layer("events")
    found = [e for e in layer if isinstance(e, Event)]
    return [(e.trigger.text, e.source.source_text if e.source is not None else None) for e in found]


def test_a_toll_in_a_relative_clause_on_a_noun_of_the_content_has_no_source() -> None:
    """ "faces a bill ... after the flood which killed 300 people, its central bank says": the bank
    reports the bill, not the toll."""
    text = (
        "The country faces a large bill for rebuilding after the flood which killed 300 people, "
        "its central bank says."
    )
    assert sources(text) == [("killed", None)]


def test_a_toll_in_a_relative_clause_on_the_content_subject_keeps_its_source() -> None:
    """ "Police said a bomb that killed 12 people exploded in the market": the police report it."""
    assert sources("Police said a bomb that killed 12 people exploded in the market.") == [
        ("killed", "Police")
    ]


def test_a_reduced_relative_on_the_content_subject_keeps_its_source() -> None:
    """ "Officials said the 47 killed by the strike were civilians": the officials report the toll."""
    found = sources("Officials said the 47 killed by the air strike were civilians.")
    assert found == [("killed", "Officials")]


def test_a_soldier_abducted_before_the_saying_is_no_claims_figure() -> None:
    """ "Israel said after it recovered the body of a soldier abducted by Hamas that it would ...":
    the abduction is told in passing, not what Israel said."""
    text = (
        "Israel said last month after it recovered the body of a soldier abducted by Hamas seven years "
        "ago that it would consider freeing Yassin."
    )
    assert sources(text) == [("abducted", None)]


def victims(text: str) -> list[tuple[str, int | float | None, str | None]]:
    """(role, count, victims) of each event of ``text``."""
    layer = newsparse.parse(text, published="2020-05-04").layer("events")
    found = [e for e in layer if isinstance(e, Event)]
    return [
        (e.role, e.count.value if e.count else None, e.victims.text if e.victims else None) for e in found
    ]


def test_a_single_victim_with_a_participle_is_found() -> None:
    """ "a man driving a motorcycle was shot to death": one man (was: no event)."""
    found = victims("In the town, a man driving a motorcycle was shot to death by armed men.")
    assert found == [("killed", 1, "man")]


def test_the_participles_object_is_no_victim() -> None:
    """ "A woman carrying a child was wounded": the woman (was: the child)."""
    assert victims("A woman carrying a child was wounded by gunmen.") == [("wounded", 1, "woman")]


def test_a_named_victim_shot_and_killed_is_one_death() -> None:
    """ "Van Gogh was shot and stabbed to death": a prior act between the name and the trigger
    (was: no event; "the director was shot and ..." was already found)."""
    found = victims("Theo van Gogh was shot and stabbed to death in Amsterdam six weeks ago.")
    assert found == [("killed", 1, "Theo van Gogh")]
