"""Session 33: a speech participle joined to its clause by "and", "after", "while", "also" ... rather
than a comma takes its source from the sentence structure: the subject the parse shares with it, or
the subject of the verb before a comma-led participle it is conjoined to."""

from __future__ import annotations

from newsparse_claims.joined_participles import joined_participle
from newsparse_claims.subjects import subject_parsed

from .layers import claims_of

AFTER = "Yet he is facing criticism after saying in a debate that the plan would fail."
CONJOINED = (
    "The senator hit the campaign trail for the first time, praising the mayor and accusing the"
    " governor of wasting money."
)


def test_after_saying_takes_the_subject_of_the_verb_before() -> None:
    found = claims_of(AFTER)
    assert [(source, cue) for source, cue, _ in found] == [("he", "saying")]
    assert found[0][2].endswith("the plan would fail")


def test_a_participle_conjoined_to_a_comma_led_one_takes_its_subject() -> None:
    found = claims_of(CONJOINED)
    assert ("The senator", "accusing") in [(source, cue) for source, cue, _ in found]


def test_without_a_tree_the_participle_gives_no_claim() -> None:
    assert claims_of(AFTER, with_syntax=False) == []


def test_a_subject_that_is_no_speaker_gives_no_claim() -> None:
    text = "The storm closed the roads, flooding the towns and warning nobody of the danger."
    assert [cue for _, cue, _ in claims_of(text)] == []


def test_the_shapes() -> None:
    cue = (AFTER.index("saying"), AFTER.index("saying") + 6)
    assert joined_participle(AFTER, cue)
    assert not joined_participle("He is saying it failed.", (6, 12))
    assert subject_parsed("he left after saying it failed".split(), 3)
    assert subject_parsed("he smiled and saying it failed".split(), 3)
    assert not subject_parsed("he was saying it failed".split(), 2)
