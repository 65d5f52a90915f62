"""Session 30: the other side of a purchase or sale noun named after its object ("the acquisition of
a stake in X from Y": Y sells; "the sale of its unit to Y": Y buys) is a party
(``noun_sides.read_noun_sides``), read only through the tree's ``nmod`` chain from the noun."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

import newsparse_agreements.noun_sides as noun_sides
from tests.agreements.conftest import sentence_tree_of
from tests.agreements.helpers import Spec, agreements_of, parse

SPEC: Spec = {
    "acme": ("ORG", "Acme", ("Acme",), {}),
    "bolt": ("ORG", "Bolt Industries", ("Bolt Industries",), {}),
    "cord": ("ORG", "Cord Holdings", ("Cord Holdings",), {}),
    "dale": ("PERSON", "Dan Dale", ("Dan Dale",), {}),
}


@pytest.fixture
def tree(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Give the rule the built-in parser."""
    monkeypatch.setattr(noun_sides, "sentence_tree", sentence_tree_of)
    yield


def _only(text: str) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """The one record's parties, sellers and acquirers."""
    (found,) = agreements_of(parse(text, SPEC))
    return tuple(found.parties), tuple(found.seller), tuple(found.acquirer)


def test_the_seller_after_the_object(tree: None) -> None:
    """ "Acme's acquisition of a stake in Bolt Industries from Cord Holdings": Cord sells."""
    parties, sellers, _ = _only(
        "Acme's acquisition of a stake in Bolt Industries from Cord Holdings was approved."
    )
    assert "cord" in parties and sellers == ("cord",)
    assert "bolt" not in parties


def test_a_described_seller(tree: None) -> None:
    """ "from film magnate Dan Dale": the name after a short description."""
    parties, sellers, _ = _only(
        "Acme agreed the purchase of 40 percent of Bolt Industries from film magnate Dan Dale."
    )
    assert "dale" in parties and sellers == ("dale",)


def test_no_tree_no_change() -> None:
    """Without a syntax producer the phrase is left to the other rules."""
    parties, sellers, _ = _only(
        "Acme's acquisition of a stake in Bolt Industries from Cord Holdings was approved."
    )
    assert "cord" not in parties and sellers == ()
