"""Unit tests: counted nouns and changes read from the ``syntax`` layer (session 13, issue 18).

The quantities plugin consults the syntax layer for the sentences holding a bare count with no
noun found next to it, or an amount after a "by" the words around it did not tie to a verb.
Passages written for the tests, not evidence: accuracy lives in ``make eval``.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

import newsparse_quantities
import newsparse_syntax
from newsparse import Quantity
from newsparse.pipeline import Pipeline
from newsparse.syntax import SyntaxTree, Word
from newsparse.testing import pipeline_for
from newsparse_quantities.structure import counted_from_tree

Q = Callable[[str], list[Quantity]]


@pytest.fixture(scope="module")
def with_syntax() -> Pipeline:
    """A pipeline of the quantities plugin and the syntax layer it consults."""
    return pipeline_for(newsparse_quantities, newsparse_syntax, only=["quantities"], strict=True)


@pytest.fixture(scope="module")
def structured(with_syntax: Pipeline) -> Q:
    """Parse a text with the syntax layer installed and return its quantities."""

    def run(text: str) -> list[Quantity]:
        doc = with_syntax.parse(text, published="2018-02-06")
        assert not doc.problems, doc.problems
        return [q for q in doc.layer("quantities") if isinstance(q, Quantity)]

    return run


def counted(quantities: Q, text: str) -> list[tuple[str, str | None]]:
    """(text, counted noun) of every quantity of ``text``."""
    return [(q.text, q.counted.text if q.counted else None) for q in quantities(text)]


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        (
            "The firm added two SCSI-technology portable Winchester disk drives for security.",
            "Winchester disk drives",
        ),
        ("The band spawned three top 20 singles last year.", "singles"),
        (
            "Wang is adding two SCSI-technology\n    portable Winchester disk drives.",
            "Winchester disk drives",
        ),
        ("Heineken and Carlsberg, two of the world's largest brewers, reported falling profits.", "brewers"),
        ("He pointed out that all three of the accused lived in North Carolina.", "accused"),
        ("Fourth-quarter vehicle unit sales totalled 1,751,000, a decline.", "vehicle unit sales"),
    ],
)
def test_the_tree_gives_the_counted_noun_the_words_miss(structured: Q, text: str, noun: str) -> None:
    """A noun several words after its number, after "of", or the subject of "totalled"."""
    q = structured(text)[0]
    assert q.counted is not None and q.counted.text == noun


@pytest.mark.parametrize(
    "text",
    [
        "He is charged with the disappearance of nine others.",
        "He told the 300-strong audience that musicians should listen.",
        "Four times more mobiles with cameras will be sold.",
        "He had a part in 12 Angry Men, the film.",
        "The count of known viruses broke the 100,000 barrier last year.",
        "The libraries of five of the world's most important academic institutions are digitised.",
        "The All Blacks featured only two of the side which started last week.",
    ],
)
def test_no_counted_noun_where_the_number_counts_none(structured: Q, text: str) -> None:
    """ "others", a "-strong" group, a multiple, a title, a singular noun, a possessor, a team."""
    assert all(noun is None for _, noun in counted(structured, text))


def test_without_a_syntax_layer_the_words_alone_decide(quantities: Q) -> None:
    """With no syntax producer installed the count keeps no noun (the plugin does without)."""
    assert counted(quantities, "The band spawned three top 20 singles last year.")[0] == ("three", None)


def test_a_far_by_phrase_of_a_rise_is_up(structured: Q) -> None:
    """ "increased ... its prices for ingot and billet by two cents": the size of a rise."""
    text = "It increased yesterday its prices for unalloyed ingot and extrusion billet by two cents a lb."
    (q,) = structured(text)
    assert q.change == "up"


@pytest.mark.parametrize(
    ("text", "direction"),
    [
        ("Shares in EMI have sunk by more than 16% after the warning.", "down"),
        ("Current account balances will deteriorate by over 2%.", "down"),
    ],
)
def test_sunk_and_deteriorate_say_a_fall(quantities: Q, text: str, direction: str) -> None:
    """ "have sunk by", "deteriorate by": a fall, read from the words."""
    (q,) = quantities(text)
    assert q.change == direction


def tree_counted(text: str, number: str) -> str | None:
    """The counted noun the tree alone gives the first ``number`` of ``text`` (no prefilter)."""
    doc = pipeline_for(newsparse_syntax, only=["syntax"]).parse(text)
    tree = SyntaxTree.of(doc.text, [w for w in doc.layer("syntax") if isinstance(w, Word)])
    start = text.index(number)
    found = counted_from_tree(tree, start, start + len(number))
    return text[found[0] : found[1]] if found is not None else None


@pytest.mark.parametrize(
    ("text", "number", "noun"),
    [
        ("He is charged with the disappearance of nine others.", "nine", None),
        ("The count of known viruses broke the 100,000 barrier.", "100,000", None),
        ("He had a part in 12 Angry Men, the film.", "12", None),
        ("The dead numbered 40, police said.", "40", "dead"),
        ("Dozens were killed and 300 of the workers fled.", "300", "workers"),
        ("Nine of them were killed.", "Nine", None),
    ],
)
def test_the_tree_reading_alone(text: str, number: str, noun: str | None) -> None:
    """The guards of the tree reading itself: "others", a singular noun, a title; a pronoun."""
    assert tree_counted(text, number) == noun
