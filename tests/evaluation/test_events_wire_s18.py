"""The session-18 wire events check set: registered, two equal halves of the committed draw, the files
those of the gold scripts, every stored offset at its anchor, no earlier story, the seeded draw
reproduced, and the scorer rebuilding TempEval-3 texts."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from evaluation.data.events_wire_s18_gold import HALF_A, HALF_B, gold_a, row, texts_and_dates
from evaluation.data.events_wire_s18_gold_b import gold_b
from evaluation.data.select_events_wire_s18 import POOL, conll_used, draw
from evaluation.real_common import rebuilt_texts as _texts

from tests.evaluation.check_sets import (
    assert_anchored_and_rebuilt,
    assert_halves_follow_the_draw,
    drawn_lines,
    jsonl_rows,
)

DATA = Path(__file__).resolve().parents[2] / "evaluation" / "data"
CORPORA = Path(
    os.environ.get("NEWSPARSE_CORPORA", Path(__file__).resolve().parents[3] / "shared" / "corpora")
)
HAS_CORPORA = (CORPORA / "conll2003" / "eng.train").is_file() and (CORPORA / "tempeval3").is_dir()


def _records(half: str) -> list[dict[str, Any]]:
    """The rows of one half's file, in file order."""
    return jsonl_rows(DATA / f"check_events_wire_s18_{half}.jsonl")


def _drawn() -> list[tuple[str, ...]]:
    """The committed draw: (id, half) per line."""
    return drawn_lines(DATA / "events_wire_s18_ids.txt")


def test_both_halves_are_registered_and_follow_the_draw() -> None:
    """Two files in CHECK_SETS holding the even and odd positions of the id list, 12 each, split check."""
    halves = {"a": HALF_A, "b": HALF_B}
    rows = assert_halves_follow_the_draw(DATA, "check_events_wire_s18", "events_wire_s18_ids.txt", halves, 12)
    for records in rows.values():
        assert all(("doc" in r) != ("tml" in r) for r in records)


def test_the_seeded_draw_reproduces_the_id_list_from_the_committed_pool() -> None:
    """select_events_wire_s18 draws the committed list from its committed input: both CoNLL stories
    first, then 22 of the 36 TempEval-3 files."""
    pooled = POOL.read_text(encoding="utf-8").split()
    assert draw(pooled) == _drawn()
    assert sum(i.startswith("conll-train-") for i in pooled) == 2
    assert len(pooled) == 38


def test_a_row_names_where_its_text_comes_from() -> None:
    """A CoNLL id stores its document index, a TempEval-3 id its file under tempeval3/."""
    assert row("conll-train-7", "1996-08-22", [])["doc"] == 7
    tml = row("tempeval3-aquaint-APW19980807.0261", "1998-08-07", [])
    assert tml["tml"] == "aquaint/APW19980807.0261.tml" and tml["subset"] == "tempeval3/aquaint"


def test_the_scorer_rebuilds_a_tempeval_text_without_its_tags(tmp_path: Path) -> None:
    """events_real reads a ``tml`` row's text from the TimeML file (tags stripped, entities unescaped)."""
    folder = tmp_path / "tempeval3" / "aquaint"
    folder.mkdir(parents=True)
    (folder / "X.tml").write_text(
        '<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="1998-08-07">1998-08-07</TIMEX3></DCT>'
        '<TEXT>Two <EVENT eid="e1">died</EVENT> on <TIMEX3 tid="t1" type="DATE" value="1998-08-07">'
        "Friday</TIMEX3> &amp; more.</TEXT></TimeML>",
        encoding="utf-8",
    )
    gold = [{"id": "tempeval3-aquaint-X", "tml": "aquaint/X.tml", "events": []}]
    assert _texts(tmp_path, gold) == {"tempeval3-aquaint-X": "Two died on Friday & more."}
    assert _texts(tmp_path, [{"id": "y", "tml": "aquaint/Y.tml", "events": []}]) is None


@pytest.mark.skipif(not HAS_CORPORA, reason="CoNLL-2003 or TempEval-3 absent")
def test_files_hold_the_gold_scripts_and_offsets_give_their_anchors() -> None:
    """The stored events and dates are those the gold scripts build, each span at its anchor, and
    the scorer rebuilds the same texts."""
    texts, dates = texts_and_dates(CORPORA)
    for half, gold in (("a", gold_a(texts)), ("b", gold_b(texts))):
        records = _records(half)
        assert {r["id"]: r["events"] for r in records if r["events"]} == gold
        assert all(r["published"] == dates[r["id"]] for r in records)
        assert_anchored_and_rebuilt(records, texts, CORPORA)


@pytest.mark.skipif(not HAS_CORPORA, reason="CoNLL-2003 absent")
def test_no_conll_story_of_an_earlier_check_set() -> None:
    """The drawn CoNLL stories are named by no earlier check set or id list."""
    drawn = {int(i.rsplit("-", 1)[1]) for i, _ in _drawn() if i.startswith("conll-train-")}
    assert len(drawn) == 2 and not drawn & conll_used(CORPORA)
