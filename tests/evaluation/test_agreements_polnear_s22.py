"""The session-22 PolNeAR agreements check set: registered, halves following the committed draw, the
file that of the gold script, every stored offset at its anchor, texts rebuilt from the corpus, and the
seeded draw reproduced from the committed pool."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from evaluation.data.agreements_polnear_s22_gold import DRAWN, OUT, gold_a, gold_b, row, texts_and_dates
from evaluation.data.drawing import CHECK_SETS
from evaluation.data.select_agreements_polnear_s22 import POOL, cue_count, draw, pool, wire_of
from evaluation.real_common import rebuilt_texts

from tests.evaluation.check_sets import assert_anchored_and_rebuilt, jsonl_rows

CORPORA = Path(
    os.environ.get("NEWSPARSE_CORPORA", Path(__file__).resolve().parents[3] / "shared" / "corpora")
)
HAS_CORPORA = (CORPORA / "polnear" / "train" / "text").is_dir()


def _records() -> list[dict[str, Any]]:
    """The rows of the set, in file order."""
    return jsonl_rows(OUT)


def test_the_set_is_registered_and_its_halves_follow_the_draw() -> None:
    """In CHECK_SETS; rows in draw order, halves alternating A, B (12 each); 11 gold in A, 10 in B; no
    row stores a text, every row names its PolNeAR train file."""
    assert OUT.name in CHECK_SETS
    assert [h for _, h in DRAWN] == ["A", "B"] * 12
    records = _records()
    assert [(r["id"], r["split"]) for r in records] == [(i, f"check_polnear_s22_{h}") for i, h in DRAWN]
    assert all("text" not in r and r["polnear"].startswith("train/text/") for r in records)
    assert sum(len(r["agreements"]) for r in records if r["split"].endswith("_A")) == 11
    assert sum(len(r["agreements"]) for r in records if r["split"].endswith("_B")) == 10


def test_a_row_names_its_file_publisher_and_half() -> None:
    """A row stores the id, the corpus path, the publisher, the split and the date, never the text."""
    out = row("polnear-nyt_2016-06-07_x", "B", "2016-06-07", [])
    assert out == {
        "id": "polnear-nyt_2016-06-07_x",
        "polnear": "train/text/nyt_2016-06-07_x.txt",
        "subset": "polnear/nyt",
        "split": "check_polnear_s22_B",
        "published": "2016-06-07",
        "agreements": [],
    }


def test_the_cue_and_wire_readers() -> None:
    """Cues are whole words in any case ("talks" but not "talked"); a wire cell of None or NA is no wire."""
    assert cue_count("The Treaty and a cease-fire; talks, not talked; Signed.") == 4
    assert wire_of("None") == "-" and wire_of("NA") == "-" and wire_of("reuters") == "REUTERS"


def test_the_draw_favours_short_wire_copies_then_cue_rich_texts() -> None:
    """Wire copies with one cue are drawn; a non-wire text with one cue or over 5,500 characters is not."""
    lines = ["w1 AP 1 900", "w2 AFP 1 6000", "o1 - 1 900", "o2 - 2 900", "o3 - 3 900"]
    chosen = {i.removeprefix("polnear-") for i, _ in draw(lines)}
    assert chosen == {"w1", "o2", "o3"}


def test_the_scorer_rebuilds_a_polnear_row_and_skips_without_it(tmp_path: Path) -> None:
    """A ``polnear`` row's text is read from corpora/polnear; a missing file gives None (a clean skip)."""
    folder = tmp_path / "polnear" / "train" / "text"
    folder.mkdir(parents=True)
    (folder / "a.txt").write_text("Verizon reached a deal.", encoding="utf-8")
    rows = [{"id": "polnear-a", "polnear": "train/text/a.txt"}]
    assert rebuilt_texts(tmp_path, rows) == {"polnear-a": "Verizon reached a deal."}
    assert rebuilt_texts(tmp_path, [{"id": "polnear-b", "polnear": "train/text/b.txt"}]) is None


@pytest.mark.skipif(not HAS_CORPORA, reason="corpora absent")
def test_the_file_holds_the_gold_script_and_offsets_give_their_anchors() -> None:
    """The stored records and dates are those the gold script builds, each span at its anchor, and the
    scorer rebuilds the same texts."""
    texts, dates = texts_and_dates(CORPORA)
    gold = {**gold_a(texts), **gold_b(texts)}
    records = _records()
    for record in records:
        expected = row(record["id"], record["split"][-1], dates[record["id"]], gold.get(record["id"], []))
        assert record == expected
    assert_anchored_and_rebuilt(records, texts, CORPORA)


@pytest.mark.skipif(not HAS_CORPORA, reason="corpora absent")
def test_the_pool_and_the_seeded_draw_reproduce() -> None:
    """The pool built from the corpus is the committed one, and the draw from it the committed id list."""
    committed = POOL.read_text(encoding="utf-8").splitlines()
    assert pool(CORPORA) == committed
    assert draw(committed) == [tuple(d) for d in DRAWN]
