"""Session 26: whoever secures, cuts, lands, hammers out or works out a deal is a side of it, read
from the dependency tree like the subject of "signed" (``making.making_verb``)."""

from __future__ import annotations

import pytest

from newsparse import Agreement
from newsparse.syntax import SyntaxTree, Word
from newsparse_agreements.making import making_verb
from tests.agreements.helpers import agreements_of, parse

SPEC = {
    "obama": ("PERSON", "Barack Obama", ("Mr. Obama", "Obama"), {}),
    "iran": ("GPE", "Iran", ("Iran",), {"country": True}),
    "sanders": ("PERSON", "Bernie Sanders", ("Mr. Sanders",), {}),
    "mccain": ("PERSON", "John McCain", ("John McCain",), {}),
    "zenith": ("ORG", "Zenith", ("Zenith",), {}),
    "acme": ("ORG", "Acme", ("Acme",), {}),
}


def parties_of(text: str) -> set[str]:
    """The parties of the one agreement of ``text``."""
    found: list[Agreement] = agreements_of(parse(text, SPEC))
    assert len(found) == 1, found
    return set(found[0].parties)


@pytest.mark.usefixtures("with_tree")
@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("Obama secured a nuclear deal with Iran.", {"obama", "iran"}),
        ("Acme hammered out a deal with Zenith on Monday.", {"acme", "zenith"}),
        ("Mr. Sanders worked out an accord with John McCain on veterans' care.", {"sanders", "mccain"}),
    ],
)
def test_the_subject_of_a_deal_making_verb_is_a_side(text: str, sides: set[str]) -> None:
    """ "secured a deal with Iran", "worked out an accord with McCain": the subject agrees too."""
    assert parties_of(text) == sides


@pytest.mark.usefixtures("without_tree")
def test_without_a_tree_the_maker_is_not_read() -> None:
    """The token rules alone miss the maker: the tree is what reads it."""
    assert parties_of("Obama secured a nuclear deal with Iran.") == {"iran"}


def _tree(words: list[tuple[str, str, int | None, str]]) -> SyntaxTree:
    """A tree of ``(text, upos, head, deprel)`` words over their text joined by spaces."""
    out, pos = [], 0
    for word, upos, head, rel in words:
        out.append(Word(pos, pos + len(word), word, upos, head, rel))
        pos += len(word) + 1
    return SyntaxTree.of(" ".join(w[0] for w in words), out)


@pytest.mark.parametrize(
    ("verb", "particle", "relation", "makes"),
    [
        ("secured", None, "obj", True),
        ("cut", None, "obj", True),
        ("landed", None, "obj", True),
        ("worked", "out", "obj", True),
        ("worked", None, "obj", False),  # "worked a deal": no particle
        ("hammered", "up", "obj", False),
        ("cut", "off", "obj", False),  # "cut off talks": the opposite of making
        ("secured", None, "obl", False),  # "secured under the deal": the deal is no object
        ("signed", None, "obj", False),  # the agreeing verbs are read apart
        ("securing", None, "obj", False),  # a gerund's maker is too rarely named
    ],
)
def test_a_making_verb_needs_the_deal_for_object(
    verb: str, particle: str | None, relation: str, makes: bool
) -> None:
    """Only "secured / cut / landed a deal" and "hammered / worked out a deal" make one."""
    words = [("Acme", "PROPN", 1, "nsubj"), (verb, "VERB", None, "root")]
    if particle is not None:
        words.append((particle, "ADP", 1, "compound:prt"))
    words += [("a", "DET", len(words) + 1, "det"), ("deal", "NOUN", 1, relation)]
    tree = _tree(words)
    assert making_verb(tree, 1, len(words) - 1) is makes


def test_who_helps_secure_a_deal_makes_none() -> None:
    """ "Mbeki helped secure a deal": the helper mediates, no side of it."""
    words = [
        ("Mbeki", "PROPN", 1, "nsubj"),
        ("helped", "VERB", None, "root"),
        ("secure", "VERB", 1, "xcomp"),
        ("a", "DET", 4, "det"),
        ("deal", "NOUN", 2, "obj"),
    ]
    assert not making_verb(_tree(words), 2, 4)


def test_a_bare_deal_noun_right_after_the_verb_is_a_compound() -> None:
    """ "their output cut pact": "cut" read as a verb with the deal right after it makes nothing."""
    words = [
        ("output", "NOUN", 1, "nsubj"),
        ("cut", "VERB", None, "root"),
        ("pact", "NOUN", 1, "obj"),
    ]
    assert not making_verb(_tree(words), 1, 2)
    words[2] = ("pacts", "NOUN", 1, "obj")  # "cut pacts with": a plural object needs no determiner
    assert making_verb(_tree(words), 1, 2)


@pytest.mark.usefixtures("with_tree")
def test_the_owners_of_a_cut_pact_stay_its_sides() -> None:
    """ "OPEC and Russia are considering extending their oil output cut pact": the owners stay."""
    spec = {
        "opec": ("ORG", "OPEC", ("OPEC",), {}),
        "russia": ("GPE", "Russia", ("Russia",), {"country": True}),
    }
    text = "OPEC and Russia are considering extending their oil output cut pact beyond March, sources said."
    found: list[Agreement] = agreements_of(parse(text, spec))
    assert len(found) == 1 and set(found[0].parties) == {"opec", "russia"}
