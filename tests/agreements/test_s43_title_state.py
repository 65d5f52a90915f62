"""Session 43: a title's stateless agreement takes the state of the paragraph under it when that
paragraph opens with the same document under another record ("Treaty of X", blank line,
"Agreement lays out ...") (``title_state``)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsparse_agreements.described as described
import newsparse_agreements.title_state as title_state
from newsparse import Agreement
from tests.agreements.conftest import sentence_tree_of
from tests.agreements.helpers import agreements_of, parse

SPEC = {
    "arland": ("GPE", "Arland", ("Arland",), {}),
    "borland": ("GPE", "Borland", ("Borland",), {}),
    "accra": ("GPE", "Accra", ("Accra",), {}),
}


@pytest.fixture(autouse=True)
def trees(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Give the described and title readers the built-in parser."""
    monkeypatch.setattr(described, "sentence_tree", sentence_tree_of)
    monkeypatch.setattr(title_state, "sentence_tree", sentence_tree_of)
    yield


def records(text: str) -> list[Agreement]:
    """The agreements of ``text``, in order."""
    found: list[Agreement] = agreements_of(parse(text, SPEC))
    return found


def title_status(text: str) -> str | None:
    """The status of the first record with a mention on the text's first line."""
    first_line = text.index("\n")
    return min(
        (a for a in records(text) if any(m.start < first_line for m in a.mentions)),
        key=lambda a: min(m.start for m in a.mentions),
    ).status


@pytest.mark.parametrize(
    ("text", "state"),
    [
        (
            "Water Sharing Treaty\n\nAgreement lays out the sharing of the river between Arland and Borland.",
            "signed",
        ),
        (
            "Border Peace Accord (Lake Accord)\n\nThis agreement, signed in May, sets up a joint commission.",
            "signed",
        ),
        ("Water Sharing Treaty\r\n\r\nAgreement lays out the sharing of the river.", "signed"),
        ("Water Sharing Treaty\n\nA ceasefire agreement signed in May lays out the withdrawal.", "signed"),
        (
            "Arland-Borland Treaty\n\nSix point ceasefire agreement which includes provisions on the border.",
            "signed",
        ),
    ],
)
def test_the_title_takes_the_state_of_the_paragraph_opening_with_its_document(text: str, state: str) -> None:
    """The paragraph under the title opens with the document under another record: its state is the
    title's. Each passage fails with the rule switched off (checked when the test was written)."""
    assert title_status(text) == state


def test_without_the_rule_the_title_says_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    """The same passage leaves the title's record stateless when the rule is switched off."""
    monkeypatch.setattr(title_state, "_title_states", lambda doc, records: iter(()))
    assert title_status("Water Sharing Treaty\n\nAgreement lays out the sharing of the river.") is None


@pytest.mark.parametrize(
    "text",
    [
        # another agreement, named, opens the paragraph
        "Water Sharing Treaty\n\nAccra Agreement lays out the sharing of the river.",
        # the paragraph opens with a clause, not with the document
        "Water Sharing Treaty\n\nArland said on Monday that a ceasefire agreement lays out the withdrawal.",
        "Water Sharing Treaty\n\nUnder a ceasefire agreement signed in May, Arland withdraws its troops.",
        # no blank line: the first line is no paragraph of its own
        "Water Sharing Treaty\nAgreement lays out the sharing of the river.",
        # a sentence's end on the first line: running text, not a title
        "Arland and Borland met. Water Sharing Treaty\n\nAgreement lays out the sharing of the river.",
    ],
)
def test_no_title_or_no_opening_document_gives_no_state(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """A named other agreement, a clause, a line that is no paragraph or no title: the rule changes
    nothing (the records are those with the rule switched off)."""
    found = records(text)
    monkeypatch.setattr(title_state, "_title_states", lambda doc, records: iter(()))
    assert found == records(text)


def test_a_title_state_of_its_own_stands() -> None:
    """A title record with a state keeps it."""
    text = "Water Sharing Treaty, signed by Arland\n\nAgreement lays out the sharing of the river."
    assert title_status(text) == "signed"
    assert all(a.status is not None for a in records(text))


@pytest.mark.parametrize(
    ("text", "start", "end", "line"),
    [
        ("Water Treaty\n\nAgreement lays out ...", 6, 12, (0, 14)),
        ("Intro.\n\nWater Treaty\n\nAgreement ...", 14, 20, (8, 22)),
        ("Water Treaty\r\n\r\nAgreement lays out ...", 6, 12, (0, 16)),
        ("Water Treaty\nAgreement lays out ...", 6, 12, None),
        ("Water Treaty. Then more\n\nAgreement ...", 6, 12, None),
        ("Intro\nWater Treaty\n\nAgreement ...", 12, 18, None),
        ("Water Treaty", 6, 12, None),
    ],
)
def test_title_line(text: str, start: int, end: int, line: tuple[int, int] | None) -> None:
    """A title line is a paragraph of its own with no sentence's end; the next paragraph's start."""
    assert title_state.title_line(text, start, end) == line


@given(st.text(alphabet="AaTtr .,\n", max_size=40), st.integers(0, 40), st.integers(0, 40))
def test_title_line_is_total_and_inside(text: str, start: int, size: int) -> None:
    """``title_line`` never fails; when it answers, the line holds the span and the paragraph follows it."""
    start = min(start, len(text))
    end = min(len(text), start + size)
    found = title_state.title_line(text, start, end)
    if found is not None:
        line_start, paragraph = found
        assert line_start <= start <= end < paragraph <= len(text)
        assert "\n" not in text[start:end]


@given(st.text(alphabet="abcdefgh ().,\n", max_size=60))
def test_any_paragraph_under_a_title_is_read_safely(tail: str) -> None:
    """Whatever follows a title, its record keeps no state or takes one of the layer's states."""
    text = "Water Sharing Treaty\n\nAgreement " + tail
    assert {a.status for a in records(text)} <= {None, "signed", "proposed", "negotiating", "in_force"}
