"""Session 30: who negotiates a deal, and who made a deal a relative clause tells ("the deal that
Obama negotiated with Iran"), is a side of it, read from the dependency tree
(``making.making_verb``, ``relative_makers.relative_maker``)."""

from __future__ import annotations

import pytest

from newsparse import Agreement
from newsparse.syntax import SyntaxTree, Word
from newsparse_agreements.making import making_verb
from newsparse_agreements.relative_makers import relative_maker
from tests.agreements.helpers import agreements_of, parse

SPEC = {
    "obama": ("PERSON", "Barack Obama", ("President Obama", "Obama"), {}),
    "clinton": ("PERSON", "Bill Clinton", ("Clinton",), {}),
    "iran": ("GPE", "Iran", ("Iran",), {"country": True}),
    "israel": ("GPE", "Israel", ("Israel",), {"country": True}),
    "jordan": ("GPE", "Jordan", ("Jordan",), {"country": True}),
    "egypt": ("GPE", "Egypt", ("Egypt",), {"country": True}),
    "hamas": ("ORG", "Hamas", ("Hamas",), {}),
    "trump": ("PERSON", "Donald Trump", ("Trump",), {}),
}


def parties_of(text: str) -> set[str]:
    """The parties of the one agreement of ``text``."""
    found: list[Agreement] = agreements_of(parse(text, SPEC))
    assert len(found) == 1, found
    return set(found[0].parties)


@pytest.mark.usefixtures("with_tree")
def test_who_negotiates_a_deal_is_a_side() -> None:
    """ "Israel and Jordan negotiated a peace treaty": both negotiators are sides."""
    assert parties_of("Israel and Jordan negotiated a peace treaty in 1994.") == {"israel", "jordan"}


@pytest.mark.usefixtures("with_tree")
def test_who_negotiates_a_deal_between_others_mediates() -> None:
    """ "Egypt negotiated a truce between Israel and Hamas": Egypt is no side."""
    assert "egypt" not in parties_of("Egypt negotiated a truce between Israel and Hamas last week.")


@pytest.mark.usefixtures("with_tree")
def test_the_subject_of_a_relative_clause_that_made_the_deal_is_a_side() -> None:
    """ "the nuclear deal that President Obama negotiated with Iran": Obama and Iran, never Trump."""
    text = "Trump attacked the nuclear deal that President Obama negotiated with Iran last year."
    assert parties_of(text) == {"obama", "iran"}


@pytest.mark.usefixtures("without_tree")
def test_without_a_tree_the_negotiator_is_not_read() -> None:
    """The token rules alone miss the negotiator: the tree is what reads it."""
    assert parties_of("Israel and Jordan negotiated a peace treaty in 1994.") == set()


def _tree(words: list[tuple[str, str, int | None, str | None]]) -> SyntaxTree:
    """A tree of ``(text, upos, head, deprel)`` words over their text joined by spaces."""
    out, pos = [], 0
    for word, upos, head, rel in words:
        out.append(Word(pos, pos + len(word), word, upos, head, rel))
        pos += len(word) + 1
    return SyntaxTree.of(" ".join(w[0] for w in words), out)


def test_a_negotiating_verb_needs_the_deal_for_object() -> None:
    """ "negotiated a deal" makes one; "negotiated under a deal" does not."""
    words = [("Acme", "PROPN", 1, "nsubj"), ("negotiated", "VERB", None, "root"), ("a", "DET", 3, "det")]
    assert making_verb(_tree([*words, ("deal", "NOUN", 1, "obj")]), 1, 3)
    assert not making_verb(_tree([*words, ("deal", "NOUN", 1, "obl")]), 1, 3)


@pytest.mark.parametrize(
    ("subject", "verb", "found"),
    [
        ("Clinton", "signed", True),
        ("Clinton", "praised", False),  # no verb of making
        ("that", "signed", False),  # the relative pronoun is the subject: "the deal that won praise"
    ],
)
def test_a_relative_clause_makes_the_deal_with_a_subject_of_its_own(subject: str, verb: str, found: bool) -> None:
    """ "the deal which Clinton signed" (an ``acl:relcl`` on the deal noun) names its maker."""
    words = [
        ("the", "DET", 1, "det"),
        ("deal", "NOUN", None, "root"),
        ("which", "PRON", 4, "obj"),
        (subject, "PROPN", 4, "nsubj"),
        (verb, "VERB", 1, "acl:relcl"),
    ]
    assert (relative_maker(_tree(words), 1) == 4) is found


def test_an_unattached_verb_after_that_counts() -> None:
    """ "the deal that Clinton signed" with the verb left unattached by the parse: still the maker."""
    words = [
        ("the", "DET", 1, "det"),
        ("deal", "NOUN", None, "root"),
        ("that", "SCONJ", 4, "mark"),
        ("Clinton", "PROPN", 4, "nsubj"),
        ("signed", "VERB", None, None),
    ]
    assert relative_maker(_tree(words), 1) == 4
