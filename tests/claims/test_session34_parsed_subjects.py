"""Session 34: a conjoined cue verb with no subject of its own takes the subject of the verb it is
joined to, as the parse gives it, where neither the word rules' shapes nor the long-subject reading
found a source (passages written for the tests)."""

from __future__ import annotations

from .layers import claims_of


def _with(text: str, cue: str) -> list[tuple[str | None, str, str]]:
    return [row for row in claims_of(text, with_syntax=True) if row[1] == cue]


def test_a_conjoined_verb_shares_its_first_verbs_subject() -> None:
    text = "The tribunal upheld the claim on two issues but said it found no evidence of bias."
    assert _with(text, "said") == [("The tribunal", "said", "it found no evidence of bias")]


def test_a_conjoined_attitude_verb() -> None:
    text = (
        "An anti-abortion politician addressed the convention on Tuesday, but praised the party for its"
        " tolerance."
    )
    assert [row[0] for row in _with(text, "praised")] == ["An anti-abortion politician"]


def test_without_a_tree_no_source() -> None:
    text = "The tribunal upheld the claim on two issues but said it found no evidence of bias."
    assert [row for row in claims_of(text, with_syntax=False) if row[1] == "said"] == []


def test_no_subject_for_added_with_an_object() -> None:
    text = "The upgrade closed security loopholes in XP and added features that made it easier to use."
    assert _with(text, "added") == []


def test_no_subject_for_a_cue_after_a_subordinator() -> None:
    text = 'An average of 10 percent of voters reported "no opinion" when asked whether they would vote.'
    assert _with(text, "asked") == []
