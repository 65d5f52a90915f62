"""A cue verb conjoined to an earlier verb takes that verb's subject from the syntax layer (test passages)."""

from __future__ import annotations

from newsparse_claims.structure import conjoined

from .test_structure_sources import claims_of


def test_a_conjoined_speech_verb_takes_the_first_verbs_subject() -> None:
    text = "The party met the minister but has called for a higher wage by next year."
    assert ("The party", "called", "for a higher wage by next year") in claims_of(text, with_syntax=True)


def test_without_a_tree_a_conjoined_cue_gives_no_claim() -> None:
    text = "The party met the minister but has called for a higher wage by next year."
    assert all(cue != "called" for _source, cue, _content in claims_of(text, with_syntax=False))


def test_a_thing_that_adds_features_is_no_speaker() -> None:
    text = "The upgrade closed security loopholes in the system and added features that made it safer."
    assert claims_of(text, with_syntax=True) == []


def test_only_a_verb_after_and_or_but_is_conjoined() -> None:
    text = "Ann met the press and said no. Ann said no. Bob left but later said yes."
    assert conjoined(text, (text.index("said"), text.index("said") + 4))
    second = text.index("said", text.index("Ann said"))
    assert not conjoined(text, (second, second + 4))
    third = text.index("said", text.index("Bob"))
    assert conjoined(text, (third, third + 4))


def test_a_subject_that_names_no_speaker_gives_no_claim() -> None:
    text = "The union met the minister but has called for a higher wage by next year."
    assert all(cue != "called" for _source, cue, _content in claims_of(text, with_syntax=True))
