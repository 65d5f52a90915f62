"""Session 42: an agreement no cue states that is the object of a verb of wish or expectation
("expected the first deal to be in place", "hope for a truce") is not made yet: ``proposed``
(``expected``)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsparse_agreements.described as described
import newsparse_agreements.expected as expected
from newsparse import Agreement
from tests.agreements.conftest import sentence_tree_of
from tests.agreements.helpers import agreements_of, parse

SPEC = {
    "arland": ("GPE", "Arland", ("Arland",), {}),
    "borland": ("GPE", "Borland", ("Borland",), {}),
}


@pytest.fixture(autouse=True)
def built_in_tree(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Give the expected and described readers the built-in parser."""
    monkeypatch.setattr(expected, "sentence_tree", sentence_tree_of)
    monkeypatch.setattr(described, "sentence_tree", sentence_tree_of)
    yield


def statuses(text: str) -> list[str | None]:
    """The statuses of the agreements of ``text``."""
    found: list[Agreement] = agreements_of(parse(text, SPEC))
    return [a.status for a in found]


@pytest.mark.parametrize(
    "text",
    [
        "The firm said it expected the first deal to be in place next year.",
        "Analysts expect a deal by June.",
        "Both sides hope for a truce before the winter.",
    ],
)
def test_an_expected_or_wished_agreement_is_proposed(text: str) -> None:
    """The agreement is the object or "for" oblique of a wishing verb: still ahead."""
    assert statuses(text)[0] == "proposed"


@pytest.mark.parametrize(
    "text",
    [
        "Nobody expected a deal.",
        "The firm did not expect a deal.",
        "If they want a deal, they must pay.",
    ],
)
def test_a_denied_or_conditional_wish_gives_no_proposal(text: str) -> None:
    """Denied by its subject, negated or conditional, the wish reports no deal ahead."""
    assert "proposed" not in statuses(text)


def test_a_cue_state_stands() -> None:
    """A record whose state a cue gave keeps it: only unstated or presumed ones are read."""
    text = "Arland and Borland signed a deal on Monday. Analysts expected the deal to boost trade."
    assert statuses(text)[0] == "signed"


@given(
    st.sampled_from(["expect", "expects", "expected", "want", "hoped for", "plans"]),
    st.text("abc ,.", max_size=30),
)
def test_any_tail_after_a_wished_deal_is_read_safely(verb: str, tail: str) -> None:
    """Whatever follows, the wished deal is proposed or keeps a state the layer allows."""
    text = f"Arland {verb} a deal{tail}"
    assert set(statuses(text)) <= {None, "signed", "proposed", "negotiating", "rejected"}
