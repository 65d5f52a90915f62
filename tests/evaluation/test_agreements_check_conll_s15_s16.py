"""The CoNLL agreements check sets of sessions 15 and 16: registered, split 12/12 by the scripted draw,
no corpus text stored, every stored offset at its anchor in the rebuilt document, the draw reproducing."""

from __future__ import annotations

import importlib
import json
import os
from pathlib import Path
from typing import Any

import pytest
from evaluation.conll_documents import read_documents, train_path
from evaluation.data.anchor import check_record
from evaluation.data.drawing import CHECK_SETS

DATA = Path(__file__).resolve().parents[2] / "evaluation" / "data"
CORPORA = Path(
    os.environ.get("NEWSPARSE_CORPORA", Path(__file__).resolve().parents[3] / "shared" / "corpora")
)
HAS_TRAIN = train_path(CORPORA).is_file()
SESSIONS = ("s15", "s16")


def _records(session: str) -> list[dict[str, Any]]:
    """The rows of one session's check-set file."""
    own = DATA / f"check_agreements_conll_{session}.jsonl"
    return [json.loads(line) for line in own.read_text(encoding="utf-8").splitlines() if line]


def _drawn(session: str) -> list[list[str]]:
    """The committed ``index half`` lines of one session's draw."""
    return [line.split() for line in (DATA / f"agreements_conll_{session}_ids.txt").read_text().splitlines()]


@pytest.mark.parametrize("session", SESSIONS)
def test_the_check_set_is_registered_and_split_in_two_halves(session: str) -> None:
    """In CHECK_SETS, the rows those of the committed id list, 12 documents a half."""
    assert f"check_agreements_conll_{session}.jsonl" in CHECK_SETS
    drawn = _drawn(session)
    expected = [(int(i), f"check_conll_{session}_{h}") for i, h in drawn]
    assert [(r["doc"], r["split"]) for r in _records(session)] == expected
    halves = [h for _, h in drawn]
    assert halves.count("A") == halves.count("B") == 12


@pytest.mark.parametrize("session", SESSIONS)
def test_the_file_holds_no_corpus_text_beyond_the_gold_spans(session: str) -> None:
    """Rows carry an index, a split, a date and the gold: no ``text`` field of the document."""
    assert all(set(r) == {"id", "doc", "split", "published", "agreements"} for r in _records(session))


def test_the_s16_documents_are_new() -> None:
    """No session-16 document is named by an earlier CoNLL agreements check set."""
    earlier = {int(i) for name in ("s14", "s15") for i, _ in _drawn(name)}
    assert not earlier & {r["doc"] for r in _records("s16")}


@pytest.mark.skipif(not HAS_TRAIN, reason="CoNLL-2003 train absent")
@pytest.mark.parametrize("session", SESSIONS)
def test_every_stored_offset_gives_its_anchor(session: str) -> None:
    """Each gold span sits at its anchor in the rebuilt document text."""
    docs = read_documents(train_path(CORPORA))
    records = _records(session)
    assert [p for record in records for p in check_record(record, docs[record["doc"]].text)] == []


@pytest.mark.skipif(not HAS_TRAIN, reason="CoNLL-2003 train absent")
@pytest.mark.parametrize("session", SESSIONS)
def test_the_draw_reproduces(session: str) -> None:
    """The selection script draws the committed documents and halves."""
    draw = importlib.import_module(f"evaluation.data.select_agreements_conll_{session}").draw
    assert draw(CORPORA) == [(int(i), h) for i, h in _drawn(session)]
