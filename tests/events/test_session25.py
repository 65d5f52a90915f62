"""Issue 16, session 25: a verb trigger whose own predicate is negated, modal, intended or
conditional tells no casualty (``irrealis.unreal_verb``, from the sentence's tree)."""

from __future__ import annotations

import newsparse
from newsparse.syntax import SyntaxTree, Word
from newsparse_events.irrealis import unreal_verb
from newsparse_events.model import Event


def triggers(text: str) -> list[str]:
    """The trigger of each event of ``text`` parsed by the whole pipeline."""
    events = newsparse.parse(text, published="1999-04-19").layer("events")
    return [event.trigger.text for event in events if isinstance(event, Event)]


def test_a_negative_subject_denies_the_killing() -> None:
    """ "None of those doctors were killed": the word window saw no negation before the verb."""
    text = "Three Canadian doctors who perform abortions were shot at. None of those doctors were killed."
    assert "killed" not in triggers(text)


def test_a_negated_auxiliary_before_the_subject_denies_the_injury() -> None:
    """ "adding that the two pilots on board were not injured": the negation hangs on the trigger."""
    text = "The spokesman said the plane blew a wheel, adding that the two pilots on board were not injured."
    assert triggers(text) == []


def test_a_modal_away_from_the_verb_tells_a_possibility() -> None:
    """ "could have killed dozens": the modal stands two words before the trigger."""
    assert triggers("The bomb could have killed dozens of people.") == []


def test_a_conditional_clause_tells_no_killing() -> None:
    """ "believed if he killed the President": the parser makes it a complement opened by "if"."""
    text = (
        "She is the daughter of a man who was shot by someone who believed if he killed the President "
        "the actress from that movie would notice him."
    )
    assert "killed" not in triggers(text)


def test_an_open_question_tells_no_killing() -> None:
    """ "to determine whether it was used to kill Slepian": a question, not a second killing."""
    text = (
        "The gun was sent to the FBI laboratory in Washington to determine whether it was used to "
        "kill Slepian."
    )
    assert triggers(text) == []


def test_a_plain_killing_stays() -> None:
    """The tree's reading leaves a told killing alone, a named victim's included."""
    assert triggers("Gunmen killed Ahmed Khan in Kabul on Monday.") == ["killed"]
    assert triggers("Two soldiers were killed in the attack.") == ["killed"]


def _tree(rows: list[tuple[str, int | None, str | None, str]]) -> SyntaxTree:
    """A tree of words joined by single spaces: (text, head, relation, part of speech) each."""
    text = " ".join(word for word, _, _, _ in rows)
    built, start = [], 0
    for word, head, deprel, upos in rows:
        built.append(Word(start, start + len(word), word, upos, head, deprel))
        start += len(word) + 1
    return SyntaxTree.of(text, built, ())


def test_a_modal_told_of_the_past_keeps_the_death() -> None:
    """ "where he would later die": a death told in the future of the past happened."""
    tree = _tree(
        [
            ("he", 3, "nsubj", "PRON"),
            ("would", 3, "aux", "AUX"),
            ("later", 3, "advmod", "ADV"),
            ("die", None, "root", "VERB"),
        ]
    )
    assert not unreal_verb(tree, tree.words[3].start)
    plain = _tree([("he", 2, "nsubj", "PRON"), ("would", 2, "aux", "AUX"), ("die", None, "root", "VERB")])
    assert unreal_verb(plain, plain.words[2].start)


def test_no_tree_decides_nothing() -> None:
    """Without a parse (or a word at the offset) the verb is taken as told."""
    assert not unreal_verb(None, 0)
    tree = _tree([("killed", None, "root", "VERB")])
    assert not unreal_verb(tree, 100)
