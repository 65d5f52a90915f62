"""Session 25 (issue 19): which tense markers belong to a date's clause, read from the syntax layer.

Where the markers near a weekday or a month without a year disagree (a past and a future) and both
are near, or where none is near but the sentence names one further off, the dates layer asks the
syntax layer (``consults=("syntax",)``) for that sentence only: a marker counts first when it is a
verb or an auxiliary of the date's own clause, or of a governor up a chain of open complements
("may finally get to discuss ... on Tuesday"); an adjective ("a lost weekend"), a particle ("to be
of") or a participle after a noun ("a service planned for Saturday") dates nothing. Without the
syntax layer, the punctuation decides as before."""

from __future__ import annotations

import pytest

import newsparse_dates
import newsparse_syntax
from newsparse import Document
from newsparse.syntax import SyntaxTree, Word
from newsparse.testing import pipeline_for
from newsparse_dates.clauses import own_clause_markers

WITH_TREE = pipeline_for(newsparse_dates, newsparse_syntax, only=["dates"])
WITHOUT = pipeline_for(newsparse_dates)


def value(pipe: object, text: str, published: str, expression: str) -> str:
    """The value of ``expression`` in ``text`` parsed by ``pipe``."""
    doc: Document = pipe.parse(text, published=published)  # type: ignore[attr-defined]
    return next(d.value for d in doc.dates if d.text == expression)


@pytest.mark.parametrize(
    ("text", "published", "expression", "tree", "punctuation"),
    [
        (  # "a lost weekend": an adjective after the date is no past tense of its clause
            "Alexander Lebed may finally get to discuss his Chechen peace proposals with Boris Yeltsin on "
            "Tuesday after a lost weekend in the region when he was forced to abandon plans.",
            "1996-08-26",
            "Tuesday",
            "1996-08-27",
            "1996-08-20",
        ),
        (  # "to be of": a particle; "seemed" is the clause's past
            "Sanders seemed to be of two minds Tuesday night when he delivered a speech alternately "
            "defiant and conciliatory.",
            "2016-06-09",
            "Tuesday night",
            "2016-06-07TNI",
            "2016-06-14TNI",
        ),
    ],
)
def test_the_tree_settles_which_marker_dates_a_weekday(
    text: str, published: str, expression: str, tree: str, punctuation: str
) -> None:
    assert value(WITH_TREE, text, published, expression) == tree
    assert value(WITHOUT, text, published, expression) == punctuation


def test_a_verb_of_its_clause_beyond_the_words_read_near_a_month_dates_it() -> None:
    """No marker lies near "December"; the clause's own verb, further back, is past: the final of the
    African Champions Cup was the December before publication."""
    text = (
        "La Voie published an article suggesting the presence of Bedie had brought local team ASEC bad "
        "luck during their defeat by Orlando Pirates of South Africa in the final of the African "
        "Champions Cup in December."
    )
    assert value(WITH_TREE, text, "1996-08-28", "December") == "1995-12"
    assert value(WITHOUT, text, "1996-08-28", "December") == "1996-12"


def test_a_participle_after_a_noun_dates_nothing() -> None:
    """ "A memorial service planned ... for Saturday was canceled": the Saturday gone, as without the tree."""
    text = (
        "A memorial service planned at the University of Rochester for Saturday was canceled after "
        "security plans were questioned."
    )
    assert value(WITH_TREE, text, "1999-10-24", "Saturday") == "1999-10-23"


def _words(text: str, rows: list[tuple[str, str, int | None, str | None]]) -> list[Word]:
    """Words of ``text`` from (text, upos, head, deprel) rows, in order."""
    out, at = [], 0
    for word, upos, head, deprel in rows:
        start = text.index(word, at)
        out.append(Word(start, start + len(word), word, upos, head, deprel))
        at = start + len(word)
    return out


def test_a_date_parsed_as_a_subject_leaves_the_choice_to_the_punctuation() -> None:
    """ "A megamerger announced Monday would turn": a misparse makes "Monday" the subject of "would
    turn"; the tree is not trusted there."""
    text = "A megamerger announced Monday would turn Pfizer."
    words = _words(
        text,
        [
            ("A", "DET", 1, "det"),
            ("megamerger", "NOUN", 2, "nsubj"),
            ("announced", "VERB", None, "root"),
            ("Monday", "PROPN", 5, "nsubj"),
            ("would", "AUX", 5, "aux"),
            ("turn", "VERB", 2, "ccomp"),
            ("Pfizer", "PROPN", 5, "obj"),
            (".", "PUNCT", None, None),
        ],
    )
    tree = SyntaxTree.of(text, words, ())
    start = text.index("Monday")
    assert own_clause_markers(tree, start, start + 6, (text.index("announced"), text.index("would"))) is None


def test_a_chain_of_open_complements_reaches_the_modal() -> None:
    """ "may get to discuss ... on Tuesday": "may" is an auxiliary of "get", which governs "discuss"."""
    text = "Lebed may get to discuss it on Tuesday after he was forced out."
    words = _words(
        text,
        [
            ("Lebed", "PROPN", 2, "nsubj"),
            ("may", "AUX", 2, "aux"),
            ("get", "VERB", None, "root"),
            ("to", "PART", 4, "mark"),
            ("discuss", "VERB", 2, "xcomp"),
            ("it", "PRON", 4, "obj"),
            ("on", "ADP", 7, "case"),
            ("Tuesday", "PROPN", 4, "obl"),
            ("after", "SCONJ", 11, "mark"),
            ("he", "PRON", 11, "nsubj:pass"),
            ("was", "AUX", 11, "aux:pass"),
            ("forced", "VERB", 4, "advcl"),
            ("out", "ADP", 11, "compound:prt"),
            (".", "PUNCT", None, None),
        ],
    )
    tree = SyntaxTree.of(text, words, ())
    start = text.index("Tuesday")
    placed = own_clause_markers(tree, start, start + 7, (text.index("may"), text.index("was")))
    assert placed == (True, False)


def test_without_the_syntax_layer_nothing_is_consulted() -> None:
    """The layer alone (no syntax producer) reads as before: the reader is not even built."""
    doc = Document("Lebed may get to discuss it on Tuesday after a lost weekend.")
    assert not doc.can_consult("syntax")
    assert [d.value for d in newsparse_dates.extract(doc)] == ["XXXX-WXX-2"]
