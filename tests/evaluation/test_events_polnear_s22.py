"""The session-22 PolNeAR events check set: registered, halves of the committed draw, the files those
of the gold scripts, every stored offset at its anchor, the seeded draw reproduced from its pool, and
the scorer rebuilding the PolNeAR texts (or skipping cleanly without them)."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest
from evaluation.data.events_polnear_s22_gold import HALF_A, HALF_B, gold_a, row, texts_and_dates
from evaluation.data.events_polnear_s22_gold_b import gold_b
from evaluation.data.select_events_polnear_s22 import POOL, dense, draw, qualifies
from evaluation.real_common import rebuilt_texts

from evaluation import events_real
from tests.evaluation.check_sets import (
    assert_halves_follow_the_draw,
    drawn_lines,
    events_in_halves,
    jsonl_rows,
)

DATA = Path(__file__).resolve().parents[2] / "evaluation" / "data"
CORPORA = Path(
    os.environ.get("NEWSPARSE_CORPORA", Path(__file__).resolve().parents[3] / "shared" / "corpora")
)
HAS_CORPORA = (CORPORA / "polnear" / "train" / "text").is_dir()


def _records(half: str) -> list[dict[str, Any]]:
    """The rows of one half's file, in file order."""
    return jsonl_rows(DATA / f"check_events_polnear_s22_{half}.jsonl")


def _drawn() -> list[tuple[str, ...]]:
    """The committed draw: (id, half) per line."""
    return drawn_lines(DATA / "events_polnear_s22_ids.txt")


def test_both_halves_are_registered_and_follow_the_draw() -> None:
    """Two files in CHECK_SETS holding the even and odd positions of the id list, 13 each, split check."""
    halves = {"a": HALF_A, "b": HALF_B}
    rows = assert_halves_follow_the_draw(
        DATA, "check_events_polnear_s22", "events_polnear_s22_ids.txt", halves, 13
    )
    for records in rows.values():
        assert all(r["polnear"].startswith("train/text/") for r in records)


def test_the_seeded_draw_reproduces_the_id_list_from_the_committed_pool() -> None:
    """select_events_polnear_s22 draws the committed list from its committed input: the 2 wire copies
    first, 14 other first-stage texts, then 10 dense ones."""
    lines = POOL.read_text(encoding="utf-8").splitlines()
    assert draw(lines) == _drawn()
    assert len(lines) == 48
    wire = {line.split()[0] for line in lines if line.split()[1] == "AP"}
    assert {i for i, _ in _drawn()[:2]} == wire


def test_the_stages_need_cues_within_their_length() -> None:
    """Two cues in at most 3,000 characters qualify for the first stage (political "attacks" count);
    the second needs two death or injury cues in at most 4,000."""
    assert qualifies("Two were killed in the attack.")
    assert not qualifies("Two were killed.")
    assert not qualifies("killed attack " + "x" * 3000)
    assert dense("Two were killed and five wounded. " + "x" * 3500)
    assert not dense("Trump's attack on Rubio, an attack on his record.")


def test_a_row_names_its_text_under_polnear() -> None:
    """A row stores the text's path under ``polnear/`` and its date, never the text."""
    stored = row("polnear-nyt_2016-01-18_x", "2016-01-18", [])
    assert stored["polnear"] == "train/text/nyt_2016-01-18_x.txt" and "text" not in stored


def test_the_scorer_rebuilds_a_polnear_text_and_skips_without_it(tmp_path: Path, capsys: Any) -> None:
    """rebuilt_texts reads a ``polnear`` row's file; with the file absent the scorer skips cleanly."""
    folder = tmp_path / "polnear" / "train" / "text"
    folder.mkdir(parents=True)
    (folder / "a.txt").write_text("Two people were killed.", encoding="utf-8")
    assert rebuilt_texts(tmp_path, [{"id": "polnear-a", "polnear": "train/text/a.txt"}]) == {
        "polnear-a": "Two people were killed."
    }
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"id": "polnear-b", "polnear": "train/text/b.txt", "events": []}) + "\n")
    assert events_real.main(["--corpora", str(tmp_path), "--gold", str(gold)]) == 0
    assert "skipped" in capsys.readouterr().out


@pytest.mark.skipif(not HAS_CORPORA, reason="PolNeAR absent")
def test_files_hold_the_gold_scripts_and_offsets_give_their_anchors() -> None:
    """The stored events and dates are those the gold scripts build, each span at its anchor, and
    the scorer rebuilds the same texts; 44 gold events (20 in half A)."""
    texts, dates = texts_and_dates(CORPORA)
    halves = {"a": _records("a"), "b": _records("b")}
    golds = {"a": gold_a(texts), "b": gold_b(texts)}
    assert events_in_halves(halves, golds, texts, dates, CORPORA) == [20, 24]
