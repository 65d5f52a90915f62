"""The session-20 agreements check set: registered, two equal halves of the committed draw, the file
that of the gold scripts, every stored offset at its anchor, and the seeded draw reproduced."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from evaluation.data.agreements_s20_gold import DRAWN, OUT, gold_a, row, texts_and_dates
from evaluation.data.agreements_s20_gold_b import gold_b
from evaluation.data.drawing import CHECK_SETS
from evaluation.data.select_agreements_s20 import draw, rich

from tests.evaluation.check_sets import assert_anchored_and_rebuilt, jsonl_rows

CORPORA = Path(
    os.environ.get("NEWSPARSE_CORPORA", Path(__file__).resolve().parents[3] / "shared" / "corpora")
)
HAS_CORPORA = (CORPORA / "tempeval3" / "timebank").is_dir() and (
    CORPORA / "news" / "articles.jsonl"
).is_file()


def _records() -> list[dict[str, Any]]:
    """The rows of the set, in file order."""
    return jsonl_rows(OUT)


def test_the_set_is_registered_and_its_halves_follow_the_draw() -> None:
    """In CHECK_SETS; rows in draw order, halves alternating A, B (12 each); 25 gold in A, 23 in B."""
    assert OUT.name in CHECK_SETS
    assert [h for _, h in DRAWN] == ["A", "B"] * 12
    records = _records()
    assert [(r["id"], r["split"]) for r in records] == [(i, f"check_s20_{h}") for i, h in DRAWN]
    assert all(("tml" in r) == r["id"].startswith("tempeval3-") and "text" not in r for r in records)
    assert sum(len(r["agreements"]) for r in records if r["split"].endswith("_A")) == 25
    assert sum(len(r["agreements"]) for r in records if r["split"].endswith("_B")) == 23


def test_a_row_names_its_timeml_file_only_for_a_wire_story() -> None:
    """A news row stores its id; a wire row also its TimeML file; neither its text."""
    assert set(row("bbc-business-201", "A", None, [])) == {"id", "split", "published", "agreements"}
    wire = row("tempeval3-timebank-wsj_0346", "B", "1989-11-01", [])
    assert wire["tml"] == "timebank/wsj_0346.tml" and wire["split"] == "check_s20_B"


def test_the_draw_wants_cue_rich_text() -> None:
    """Two cue words pass a threshold of two; one does not."""
    assert rich("The deal follows a merger.", 2) and not rich("The deal was done.", 2)


@pytest.mark.skipif(not HAS_CORPORA, reason="corpora absent")
def test_the_file_holds_the_gold_scripts_and_offsets_give_their_anchors() -> None:
    """The stored records and dates are those the gold scripts build, each span at its anchor, and
    the scorer rebuilds the same texts."""
    texts, dates = texts_and_dates(CORPORA)
    records = _records()
    gold = {**gold_a(texts), **gold_b(texts)}
    for record in records:
        expected = row(record["id"], record["split"][-1], dates[record["id"]], gold.get(record["id"], []))
        assert record == expected
    assert_anchored_and_rebuilt(records, texts, CORPORA)


@pytest.mark.skipif(not HAS_CORPORA, reason="corpora absent")
def test_the_seeded_draw_reproduces_the_id_list() -> None:
    """The draw from the committed pool gives the committed id list."""
    assert draw(CORPORA) == [tuple(d) for d in DRAWN]
