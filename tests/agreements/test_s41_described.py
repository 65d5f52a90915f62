"""Session 41: an agreement no cue word gives a state, said to do something ("The agreement provides
for ...", "an accord that establishes ..."), is a text that exists: ``signed`` (``described``)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsparse_agreements.described as described
from newsparse import Agreement
from tests.agreements.conftest import sentence_tree_of
from tests.agreements.helpers import agreements_of, parse

SPEC = {
    "arland": ("GPE", "Arland", ("Arland",), {}),
    "borland": ("GPE", "Borland", ("Borland",), {}),
}


@pytest.fixture(autouse=True)
def described_tree(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Give the described reader the built-in parser."""
    monkeypatch.setattr(described, "sentence_tree", sentence_tree_of)
    yield


def statuses(text: str) -> list[str | None]:
    """The statuses of the agreements of ``text``."""
    found: list[Agreement] = agreements_of(parse(text, SPEC))
    return [a.status for a in found]


@pytest.mark.parametrize(
    "text",
    [
        "Border Accord\n\nAn accord that establishes a joint commission on the border.",
        "Arland-Borland Memorandum\n\nA short memorandum which calls for an exchange of prisoners.",
        "Water Sharing Treaty\n\nA short treaty reaffirms earlier commitments on the river.",
        "Water Sharing Treaty\n\nAn interim treaty outlined the sharing of the river.",
    ],
)
def test_an_agreement_said_to_do_something_is_signed(text: str) -> None:
    """The agreement is the subject of a finite verb, or of its own relative clause: it exists."""
    assert statuses(text)[0] == "signed"


@pytest.mark.parametrize(
    "text",
    [
        "Border Accord\n\nAn accord that would establish a joint commission on the border.",
        "Border Accord\n\nA peace plan that calls for a joint commission on the border.",
        "Water Sharing Talks\n\nA treaty remains elusive after a year.",
    ],
)
def test_a_modal_a_plan_or_a_linking_verb_gives_no_state(text: str) -> None:
    """Under a modal, of a plan, or with a linking verb, nothing says the agreement was made."""
    assert "signed" not in statuses(text)


def test_a_cue_state_stands() -> None:
    """A record with a state of its own keeps it: the described reader reads only stateless ones."""
    text = "Border Accord\n\nThe accord, which sets up a commission, was violated by Arland in May."
    assert statuses(text)[0] == "violated"


@given(st.text(alphabet="abcdefgh ().,\n", max_size=60))
def test_any_text_after_an_agreement_is_read_safely(tail: str) -> None:
    """Whatever follows a stateless agreement, the reader gives ``signed`` or leaves the state None."""
    text = "Border Accord\n\nAn accord " + tail
    assert set(statuses(text)) <= {None, "signed", "proposed", "negotiating"}
