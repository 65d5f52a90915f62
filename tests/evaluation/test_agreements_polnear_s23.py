"""The session-23 PolNeAR agreements check set: registered, halves following the committed draw, the
file that of the gold script, every stored offset at its anchor, texts rebuilt from the corpus, and the
seeded draw (both stages) reproduced from the committed pool, each pool line what the corpus gives."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from evaluation.data.agreements_polnear_s23_gold import DRAWN, OUT, gold_a, gold_b, row, texts_and_dates
from evaluation.data.drawing import CHECK_SETS, ids_named_before, polnear_metadata
from evaluation.data.select_agreements_polnear_s23 import (
    POOL,
    ROOT,
    SESSION,
    cue_count,
    draw,
    pool,
    pool_line,
)

from tests.evaluation.check_sets import assert_anchored_and_rebuilt, jsonl_rows

CORPORA = Path(
    os.environ.get("NEWSPARSE_CORPORA", Path(__file__).resolve().parents[3] / "shared" / "corpora")
)
HAS_CORPORA = (CORPORA / "polnear" / "train" / "text").is_dir()


def _records() -> list[dict[str, Any]]:
    """The rows of the set, in file order."""
    return jsonl_rows(OUT)


def test_the_set_is_registered_and_its_halves_follow_the_draw() -> None:
    """In CHECK_SETS; rows in draw order, halves alternating A, B (23 texts: 12 A, 11 B); 17 gold in A,
    21 in B; no row stores a text, every row names its PolNeAR train file."""
    assert OUT.name in CHECK_SETS
    assert [h for _, h in DRAWN] == (["A", "B"] * 12)[:23]
    records = _records()
    assert [(r["id"], r["split"]) for r in records] == [(i, f"check_polnear_s23_{h}") for i, h in DRAWN]
    assert all("text" not in r and r["polnear"].startswith("train/text/") for r in records)
    assert sum(len(r["agreements"]) for r in records if r["split"].endswith("_A")) == 17
    assert sum(len(r["agreements"]) for r in records if r["split"].endswith("_B")) == 21


def test_a_row_names_its_file_publisher_and_half() -> None:
    """A row stores the id, the corpus path, the publisher, the split and the date, never the text."""
    out = row("polnear-nyt_2016-06-07_x", "A", "2016-06-07", [])
    assert out == {
        "id": "polnear-nyt_2016-06-07_x",
        "polnear": "train/text/nyt_2016-06-07_x.txt",
        "subset": "polnear/nyt",
        "split": "check_polnear_s23_A",
        "published": "2016-06-07",
        "agreements": [],
    }


def test_the_cue_counts_deal_words_but_not_talks_or_signed() -> None:
    """Cues are whole agreement nouns in any case; "talks", "signed" and "dealt" are no cue."""
    assert cue_count("A Treaty, a cease-fire, the merger; talks, signed, dealt; Contracts.") == 4


def test_the_draw_takes_short_cue_rich_texts_then_longer_ones() -> None:
    """Every short text with two cues first, then longer ones up to 10,000 characters; a one-cue text and
    one over 10,000 characters are never drawn; halves alternate from A."""
    lines = ["s1 - 2 900", "s2 - 5 5500", "one - 1 900", "l1 - 2 6000", "l2 - 3 10000", "big - 9 10001"]
    chosen = draw(lines)
    assert {i.removeprefix("polnear-") for i, _ in chosen[:2]} == {"s1", "s2"}
    assert {i.removeprefix("polnear-") for i, _ in chosen[2:]} == {"l1", "l2"}
    assert [h for _, h in chosen] == ["A", "B", "A", "B"]


def test_the_pool_keeps_reserved_train_texts_with_a_cue(tmp_path: Path) -> None:
    """Of the reserved stems, a train text with a cue is a candidate; one without a cue, one outside the
    train compartment and one whose name says test are not."""
    folder = tmp_path / "polnear" / "train" / "text"
    folder.mkdir(parents=True)
    header = "compartment\tfilename\tpublication_date\twire\n"
    rows = [("train", "x_deal"), ("train", "x_none"), ("dev", "x_dev"), ("train", "x_latest")]
    (tmp_path / "polnear" / "metadata.tsv").write_text(
        header + "".join(f"{c}\t{s}\t2016-01-01\tNone\n" for c, s in rows), encoding="utf-8"
    )
    for _, stem in rows:
        (folder / f"{stem}.txt").write_text(
            "No cue here." if stem == "x_none" else "A deal.", encoding="utf-8"
        )
    assert pool(tmp_path, [f"{s}.txt" for _, s in rows]) == ["x_deal - 1 7"]


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
def test_the_pool_lines_reproduce_and_the_seeded_draw_is_the_committed_one() -> None:
    """Each committed pool line is what the corpus gives for its stem, no earlier file names a pooled
    stem, and the draw from the pool is the committed id list."""
    committed = POOL.read_text(encoding="utf-8").splitlines()
    meta = polnear_metadata(CORPORA)
    stems = [line.split()[0] for line in committed]
    assert [pool_line(CORPORA, s, meta[s]["wire"]) for s in stems] == committed
    assert ids_named_before(ROOT, set(stems), SESSION) == set()
    assert draw(committed) == [tuple(d) for d in DRAWN]
