"""Session 27: who a clause says is under or bound by a deal is a side of it, read from the dependency
tree like the subject of "signed" (``bound.binding_clause``)."""

from __future__ import annotations

import pytest

from newsparse import Agreement
from newsparse.syntax import SyntaxTree, Word
from newsparse_agreements.bound import binding_clause
from tests.agreements.helpers import Spec, agreements_of, parse

SPEC: Spec = {
    "nunberg": ("PERSON", "Sam Nunberg", ("Nunberg",), {}),
    "llewellyn": ("PERSON", "Gareth Llewellyn", ("Llewellyn",), {}),
    "narbonne": ("ORG", "Narbonne", ("Narbonne",), {}),
    "acme": ("ORG", "Acme", ("Acme",), {}),
}


def only(text: str) -> Agreement:
    """The one agreement of ``text``."""
    found: list[Agreement] = agreements_of(parse(text, SPEC))
    assert len(found) == 1, found
    return found[0]


@pytest.mark.usefixtures("with_tree")
@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("Nunberg was bound by a confidentiality agreement.", {"nunberg"}),
        ("Llewellyn is on a one-season deal with Narbonne.", {"llewellyn", "narbonne"}),
    ],
)
def test_who_is_bound_by_a_deal_is_a_side(text: str, sides: set[str]) -> None:
    """ "was bound by an agreement", "is on a deal with Narbonne": the subject is bound too."""
    assert set(only(text).parties) == sides


@pytest.mark.usefixtures("with_tree")
def test_a_deal_someone_is_bound_by_is_running() -> None:
    """With no other word for its state, a deal that binds someone is in force."""
    assert only("Nunberg was bound by a confidentiality agreement.").status == "in_force"


@pytest.mark.usefixtures("with_tree")
def test_who_works_on_a_deal_is_not_bound() -> None:
    """ "worked on a deal": the deal is no predicate of "be" and no oblique of "bound"."""
    assert "acme" not in only("Acme worked on a merger agreement for months.").parties


@pytest.mark.usefixtures("without_tree")
def test_without_a_tree_the_bound_side_is_not_read() -> None:
    """The token rules alone miss who is bound: the tree is what reads it."""
    assert "nunberg" not in only("Nunberg was bound by a confidentiality agreement.").parties


def _tree(words: list[tuple[str, str, int | None, str]]) -> SyntaxTree:
    """A tree of ``(text, upos, head, deprel)`` words over their text joined by spaces."""
    out, pos = [], 0
    for word, upos, head, rel in words:
        out.append(Word(pos, pos + len(word), word, upos, head, rel))
        pos += len(word) + 1
    return SyntaxTree.of(" ".join(w[0] for w in words), out)


@pytest.mark.parametrize(
    ("verb", "prep", "relation", "clause"),
    [
        ("bound", "by", "obl", 1),
        ("locked", "into", "obl", 1),
        ("bound", "to", "obl", None),  # "bound to the deal": not the preposition of "bound"
        ("worked", "on", "obl", None),  # a verb that binds no one
        ("bound", "by", "obj", None),  # the deal must be the oblique
    ],
)
def test_the_binding_verb_and_its_preposition(
    verb: str, prep: str, relation: str, clause: int | None
) -> None:
    """Only "bound by", "locked into", "tied to" (the deal their oblique) bind the subject."""
    tree = _tree(
        [
            ("Acme", "PROPN", 1, "nsubj"),
            (verb, "VERB", None, "root"),
            (prep, "ADP", 3, "case"),
            ("deal", "NOUN", 1, relation),
        ]
    )
    assert binding_clause(tree, 3) == clause


def test_the_predicate_of_be_under_a_deal() -> None:
    """ "is under contract": the deal, predicate of "be" with "under", is the clause."""
    tree = _tree(
        [
            ("Acme", "PROPN", 3, "nsubj"),
            ("is", "AUX", 3, "cop"),
            ("under", "ADP", 3, "case"),
            ("contract", "NOUN", None, "root"),
        ]
    )
    assert binding_clause(tree, 3) == 3
