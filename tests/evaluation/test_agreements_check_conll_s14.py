"""The session-14 CoNLL agreements check set: registered, split 10/10 by the scripted draw, the texts
rebuilt from eng.train (never stored), the anchors resolving in them; the detokeniser's rules."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from evaluation.conll_documents import detokenise, read_documents, train_path
from evaluation.data.anchor import check_record
from evaluation.data.drawing import CHECK_SETS

DATA = Path(__file__).resolve().parents[2] / "evaluation" / "data"
OWN = DATA / "check_agreements_conll_s14.jsonl"
CORPORA = Path(
    os.environ.get("NEWSPARSE_CORPORA", Path(__file__).resolve().parents[3] / "shared" / "corpora")
)
RECORDS = [json.loads(line) for line in OWN.read_text(encoding="utf-8").splitlines() if line]
HAS_TRAIN = train_path(CORPORA).is_file()


def test_the_check_set_is_registered_and_split_in_two_halves() -> None:
    """Twenty documents in CHECK_SETS, the halves those of the committed id list (10 and 10)."""
    assert OWN.name in CHECK_SETS
    drawn = [line.split() for line in (DATA / "agreements_conll_s14_ids.txt").read_text().splitlines()]
    assert [(r["doc"], r["split"]) for r in RECORDS] == [(int(i), f"check_conll_s14_{h}") for i, h in drawn]
    halves = [h for _, h in drawn]
    assert halves.count("A") == halves.count("B") == 10


def test_the_file_holds_no_corpus_text_beyond_the_gold_spans() -> None:
    """Rows carry an index, a split, a date and the gold: no ``text`` field of the document."""
    assert all(set(r) == {"id", "doc", "split", "published", "agreements"} for r in RECORDS)


def test_detokenise_spacing_rules() -> None:
    """No space before closing punctuation and clitics, none after opening brackets, quotes paired."""
    tokens = [
        "He",
        "said",
        '"',
        "it",
        "is",
        "n't",
        "over",
        '"',
        "(",
        "$",
        "5",
        ")",
        "in",
        "Kenya",
        "'s",
        "port",
        ".",
    ]
    assert detokenise(tokens) == ("He said \"it isn't over\" ($5) in Kenya's port.", False)
    assert detokenise(['"', "We", "are", "ready", "."]) == ('"We are ready.', True)
    assert detokenise(["It", "is", ",", '"', "he", "said", "."], True) == ('It is," he said.', False)


@pytest.mark.skipif(not HAS_TRAIN, reason="CoNLL-2003 train absent")
def test_every_stored_offset_gives_its_anchor() -> None:
    """Each gold span sits at its anchor in the rebuilt document text."""
    docs = read_documents(train_path(CORPORA))
    assert [p for record in RECORDS for p in check_record(record, docs[record["doc"]].text)] == []


@pytest.mark.skipif(not HAS_TRAIN, reason="CoNLL-2003 train absent")
def test_the_draw_reproduces() -> None:
    """The selection script draws the committed documents and halves."""
    from evaluation.data.select_agreements_conll_s14 import draw

    drawn = [line.split() for line in (DATA / "agreements_conll_s14_ids.txt").read_text().splitlines()]
    assert draw(CORPORA) == [(int(i), h) for i, h in drawn]
