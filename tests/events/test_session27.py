"""Issue 16, session 27: a person who "was shot" is wounded (``shots.with_passive_shots``): the
passive "shot" after a form of "be" is a trigger of its own, never a killing's prior act, a
particle verb, a film's shooting or an idiom."""

from __future__ import annotations

import newsparse
from newsparse.text import token_columns
from newsparse_events.model import Event
from newsparse_events.triggers import find_triggers, openers


def events(text: str) -> list[tuple[str, str, int | float | None]]:
    """(role, event text, count value) of each event of ``text`` parsed by the whole pipeline."""
    found = newsparse.parse(text, published="2016-01-05").layer("events")
    return [(e.role, e.text, e.count.value if e.count else None) for e in found if isinstance(e, Event)]


def test_a_counted_group_that_was_shot_is_wounded() -> None:
    """ "Two men were shot in the leg": two wounded, where no trigger was read before."""
    assert events("Two men were shot in the leg on Monday.") == [("wounded", "Two men were shot", 2)]


def test_a_named_person_who_was_shot_is_one_wounded() -> None:
    """A name before the passive, past its relative clause, is the one victim."""
    text = "Jim Brady, who was press secretary, was shot in the head in 1981."
    assert events(text) == [("wounded", "Jim Brady, who was press secretary, was shot", 1)]


def test_an_adverb_between_be_and_shot() -> None:
    """ "others also were shot": the adverb does not hide the passive."""
    assert [e[0] for e in events("More than a dozen others also were shot.")] == ["wounded"]


def test_a_prior_act_of_a_killing_stays_one_death() -> None:
    """ "was shot and killed", "was shot in the head and died": one killing, no wound beside it."""
    assert [e[0] for e in events("A man was shot and killed in Leeds.")] == ["killed"]
    assert [e[0] for e in events("His brother was shot in the head and died later.")] == ["killed"]


def test_shot_dead_and_shot_down_are_not_wounds() -> None:
    """The lexicon's "shot dead" stays a killing; "shot down" is another verb."""
    assert [e[0] for e in events("Three soldiers were shot dead.")] == ["killed"]
    assert events("The plane was shot down over the sea.") == []


def test_no_person_no_event() -> None:
    """A film is shot, a mind is shot, people get shot: no victim, or no passive of "be"."""
    assert events("The film was shot in Cape Town last year.") == []
    assert events("Her mind is shot.") == []
    assert events("People get shot every day in this city.") == []


def test_a_passive_shot_opens_its_sentence_for_the_reader() -> None:
    """ "shot" is an opener, so that a sentence whose only trigger is a passive "shot" is read."""
    tokens = token_columns("Two men were shot.")
    assert 3 in openers(tuple(map(str.lower, tokens.texts)))
    assert find_triggers(tokens, 0, len(tokens.texts)) == []  # the table alone has no "shot"


def test_a_death_whose_victim_was_shot_is_no_wound() -> None:
    """ "the death of a man who was shot": the relative clause tells how the dead man died."""
    text = "Protesters marched against the death of a man who was shot during a demonstration."
    assert [e[0] for e in events(text)] == ["killed"]


def test_a_wound_beside_another_killing_stays() -> None:
    """ "Two soldiers were killed and three were shot", "a man was killed and his son was shot": two
    facts, the second a wound."""
    found = events("Two soldiers were killed and three were shot in the attack.")
    assert [(role, value) for role, _, value in found] == [("killed", 2), ("wounded", 3)]
    assert [e[0] for e in events("A man was killed and his son was shot.")] == ["killed", "wounded"]


def test_shot_after_a_killing_of_as_many_tells_how_they_died() -> None:
    """ "A policeman has been shot dead ... He was shot on Wednesday": one death, no wound."""
    text = "A policeman has been shot dead, police said. He was shot on Wednesday near his home."
    assert [e[0] for e in events(text)] == ["killed"]


def test_shot_at_and_a_claim_that_they_were_shot() -> None:
    """ "were shot at" is fired at, not hit; "claimed that ... were shot" has no relative clause."""
    assert events("Three doctors were shot at in 1994.") == []
    text = "Rescue groups claimed that ten Palestinians were shot by rubber bullets during the protest."
    assert [e[0] for e in events(text)] == ["wounded"]


def test_an_outcome_told_in_the_next_sentence_replaces_the_shot() -> None:
    """ "two men were shot ... One man was injured and the other died": the outcome's two events are
    the facts; an outcome of another date ("died in 2014") leaves the wound of 1981."""
    text = "Two men were shot in a drive-by incident. One man was injured and the other died."
    assert sorted(e[0] for e in events(text)) == ["killed", "wounded"]
    assert events("Two men were shot by an armed man. Police said the attack was gang related.") == [
        ("wounded", "Two men were shot", 2)
    ]
    found = events("Jim Brady was shot in the head in 1981. Jim Brady died in 2014.")
    assert [e[0] for e in found] == ["wounded", "killed"]


def test_the_outcome_after_a_shot_is_no_restatement_of_it() -> None:
    """ "a man and a woman were shot ... The man died and the woman was seriously injured": the woman's
    wound stays (it is not a retelling of the shot), the man's death too."""
    text = "A man and a woman were shot in the street. The man died and the woman was seriously injured."
    assert sorted(e[0] for e in events(text)) == ["killed", "wounded"]
