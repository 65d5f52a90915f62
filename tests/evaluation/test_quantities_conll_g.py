"""Check set G of the real quantities set (session 14): CoNLL-2003 train sentences kept as (document,
sentence) indices, rebuilt by ``evaluation.conll_documents``; its rows, fields, halves and draw."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from evaluation.conll_documents import read_documents, sentence_spans, train_path
from evaluation.data.drawing import CHECK_SETS
from evaluation.data.quantities_gold import field_problems
from evaluation.data.select_quantities_g import HALVES, SIZE, qualifies, selection
from evaluation.quantities_real import conll_rows

from tests.evaluation.check_sets import assert_quantity_spans

CORPORA = Path(
    os.environ.get("NEWSPARSE_CORPORA", Path(__file__).resolve().parents[3] / "shared" / "corpora")
)
GOLD = Path(__file__).resolve().parents[2] / "evaluation" / "data" / "real_quantities_g.jsonl"
TINY = """Firm NN O O
profit NN O O
rises VBZ O O
. . O O

Peter NNP B-NP B-PER
Smith NNP I-NP I-PER

LONDON NNP B-NP B-LOC
1996-08-22 CD I-NP O

Profit NN O O
rose VBD O O
3 CD O O
% NN O O
to TO O O
$ $ O O
4 CD O O
million CD O O
( ( O O
" " O O
up RB O O
" " O O
) ) O O
. . O O

Oil NN O O
falls VBZ O O
. . O O

PARIS NNP B-NP B-LOC
1996-08-23 CD I-NP O

Ten CD O O
men NNS O O
left VBD O O
. . O O
"""


def _gold() -> list[dict[str, Any]]:
    """The committed rows of set G."""
    return [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line]


def _tiny(tmp_path: Path) -> Path:
    """A corpora folder holding a two-document CoNLL train file."""
    (tmp_path / "conll2003").mkdir()
    (tmp_path / "conll2003" / "eng.train").write_text(TINY, encoding="utf-8")
    return tmp_path


def test_sentence_spans_give_each_sentence_of_a_document_in_order(tmp_path: Path) -> None:
    """Each sentence's offsets slice it out of the rebuilt text: headline, byline, dateline, body."""
    docs = read_documents(train_path(_tiny(tmp_path)))
    assert len(docs) == 2
    lines = [docs[0].text[s:e] for s, e in sentence_spans(docs[0])]
    body = 'Profit rose 3% to $4 million ("up").'
    assert lines == ["Firm profit rises.", "Peter Smith", "LONDON 1996-08-22", body]
    assert [docs[1].text[s:e] for s, e in sentence_spans(docs[1])][-1] == "Ten men left."


def test_rows_by_document_and_sentence_become_article_rows_with_moved_offsets(tmp_path: Path) -> None:
    """A span in the sentence is moved into the rebuilt document; no corpus gives None."""
    row = {
        "doc": 1,
        "sentence": 2,
        "split": "check_g_a",
        "quantities": [{"span": {"anchor": "Ten", "start": 0, "end": 3, "text": "Ten"}}],
    }
    built = conll_rows([row], _tiny(tmp_path))
    assert built is not None
    rows, texts = built
    text = texts["conll-train-1"][0]
    span = rows[0]["quantities"][0]["span"]
    assert text[span["start"] : span["end"]] == "Ten"
    assert text[rows[0]["start"] : rows[0]["end"]] == "Ten men left."
    assert conll_rows([row], tmp_path / "nowhere") is None


def test_only_prose_sentences_with_a_number_qualify() -> None:
    """Table lines, short lines and sentences without a number are not drawn."""
    assert qualifies("About 3,500 naval shipyard workers marched in the centre of the town.")
    assert not qualifies("Quarter ended June 30 Six Months ended June 30")
    assert not qualifies("Net 1.2 2.3 4.5 6.7 vs 8.9 10.1 11.2 12.3.")
    assert not qualifies("The Commission said on Thursday it disagreed with the advice.")


def test_the_committed_set_has_valid_fields_and_alternating_halves_and_is_a_check_set() -> None:
    """SIZE rows, even rows half A and odd rows half B, valid fields, listed in CHECK_SETS."""
    rows = _gold()
    assert len(rows) == SIZE and len({r["doc"] for r in rows}) == SIZE
    assert [r["split"] for r in rows] == [HALVES[i % 2] for i in range(SIZE)]
    assert all(field_problems({**r, "id": f"conll-train-{r['doc']}", "start": 0}) == [] for r in rows)
    assert GOLD.name in CHECK_SETS


@pytest.mark.skipif(not (CORPORA / "conll2003" / "eng.train").is_file(), reason="CoNLL corpus not found")
def test_the_draw_reproduces_and_every_span_resolves() -> None:
    """The seeded draw gives the committed rows; each span's text stands at its offsets."""
    check_draw_and_spans(_gold(), selection)


def check_draw_and_spans(rows: list[dict[str, Any]], select: Callable[[Any], list[dict[str, Any]]]) -> None:
    """The seeded draw ``select`` gives the committed ``rows``; each span's text stands at its offsets
    (shared by the CoNLL quantity sets G and H)."""
    docs = read_documents(train_path(CORPORA))
    assert [{k: r[k] for k in ("doc", "sentence", "split")} for r in rows] == select(docs)
    assert_quantity_spans(conll_rows(rows, CORPORA))
