"""Session 29: a business deal word that only modifies a later noun ("a $1.3 trillion loan burden",
"the current contract benefits") names no deal (``not_nouns.only_modifies``); a head naming the
deal itself ("loan deal", "contract talks") keeps it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

import newsparse_agreements.not_nouns as not_nouns
from tests.agreements.conftest import sentence_tree_of
from tests.agreements.helpers import Spec, agreements_of, parse

SPEC: Spec = {
    "acme": ("ORG", "Acme", ("Acme",), {}),
    "imf": ("ORG", "IMF", ("IMF",), {}),
}


@pytest.fixture
def tree(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Give the modifier rule the built-in parser."""
    monkeypatch.setattr(not_nouns, "sentence_tree", sentence_tree_of)
    yield


@pytest.mark.parametrize(
    "text",
    [
        "About 42 million borrowers bear a $1.3 trillion loan burden.",
        "Nurses complained about the current contract benefits at the hospital.",
        "Costs rose, said Mark Kantrowitz, a national student loan debt expert who writes books.",
    ],
)
def test_a_modifier_is_no_deal(tree: None, text: str) -> None:
    """ "loan burden", "contract benefits", "loan debt expert": the phrase is about the noun after."""
    assert agreements_of(parse(text, SPEC)) == []


def test_a_head_naming_the_deal_keeps_it(tree: None) -> None:
    """ "a loan deal with the IMF": the head is the deal, one record."""
    found = agreements_of(parse("Acme signed a loan deal with the IMF on Monday.", SPEC))
    assert len(found) == 1


def test_the_rule_reads_only_compounds() -> None:
    """A sentence with no tree, or a mention that is no modifier, is left to the other rules."""
    doc = parse("Acme signed a loan with the IMF.", SPEC)
    sentence = doc.sentences[0]
    start = doc.text.index("loan")
    trig = not_nouns.Trigger(start, start + 4, "loan", "loan")
    assert not not_nouns.only_modifies(doc, sentence, trig)  # no syntax producer in the test parse
