"""The session-42 wire agreements check set: registered, halves alternating in draw order, the file that
of the gold script, every offset at its anchor, the draw reproduced from its pool, the held fifth of
TempEval-3 left out by file name, and the scorer's ``--check`` reading it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from evaluation.data.agreements_wire_s42_gold import DRAWN, OUT, build, row
from evaluation.data.drawing import CHECK_SETS
from evaluation.data.select_agreements_wire_s42 import CUE, POLITICAL, POOL, draw, held_ids

from tests.evaluation.check_sets import CORPORA, NEWS, assert_anchored_and_rebuilt, jsonl_rows

needs_news = pytest.mark.skipif(not NEWS.is_file(), reason="news corpus absent")


def _records() -> list[dict[str, Any]]:
    """The rows of the set, in file order."""
    return jsonl_rows(OUT)


def test_the_set_is_registered_and_its_halves_follow_the_draw() -> None:
    """In CHECK_SETS; rows in draw order, halves alternating A, B (15 each); 14 gold in A, 8 in B."""
    assert OUT.name in CHECK_SETS
    assert [h for _, h in DRAWN] == ["A", "B"] * 15
    records = _records()
    assert [(r["id"], r["split"]) for r in records] == [(i, f"check_wire_s42_{h}") for i, h in DRAWN]
    assert all("text" not in r for r in records)
    assert sum(len(r["agreements"]) for r in records if r["split"].endswith("_A")) == 14
    assert sum(len(r["agreements"]) for r in records if r["split"].endswith("_B")) == 8


def test_the_draw_reproduces_from_the_committed_pool() -> None:
    """The seeded draw from the committed pool gives the committed id list; TempEval rows come first."""
    lines = POOL.read_text(encoding="utf-8").splitlines()
    assert draw(lines) == [tuple(d) for d in DRAWN]
    ids = [line.split()[0] for line in lines]
    assert len(ids) == len(set(ids)) and {i for i, _ in DRAWN} <= set(ids)


def test_the_surface_filters_read_agreement_and_political_words() -> None:
    """An agreement word by its surface; a political word marks the story political."""
    assert CUE.search("the two sides signed a cease-fire") and CUE.search("a takeover bid")
    assert not CUE.search("the dealer dealt cards")
    assert POLITICAL.search("peace talks resumed") and not POLITICAL.search("the firm's profits rose")


def test_a_row_holds_id_split_date_and_gold_only() -> None:
    """A news row stores its id, half, date and gold; a wire row adds its TimeML file; never the text."""
    assert row("x", "B", None, []) == {
        "id": "x",
        "split": "check_wire_s42_B",
        "published": None,
        "agreements": [],
    }
    wire = row("tempeval3-aquaint-X1", "A", "1999-01-01", [])
    assert wire["tml"] == "aquaint/X1.tml" and wire["subset"] == "tempeval3/aquaint"


def test_the_held_fifth_is_chosen_by_name(tmp_path: Path) -> None:
    """Every fifth file of each corpus in name order is held, read from file names only."""
    folder = tmp_path / "tempeval3" / "timebank"
    folder.mkdir(parents=True)
    (tmp_path / "tempeval3" / "aquaint").mkdir()
    for n in range(10):
        (folder / f"f{n}.tml").write_text("", encoding="utf-8")
    assert held_ids(tmp_path) == {"tempeval3-timebank-f4", "tempeval3-timebank-f9"}


def test_no_drawn_story_is_a_held_one() -> None:
    """No drawn TempEval id is in the dates layer's held fifth (checked when the corpus is present)."""
    if not (CORPORA / "tempeval3").is_dir():
        pytest.skip("TempEval-3 absent")
    assert not {i for i, _ in DRAWN} & held_ids(CORPORA)


@needs_news
def test_the_file_holds_the_gold_script_and_offsets_give_their_anchors() -> None:
    """The stored rows are those the gold script builds, each span at its anchor, texts rebuilt."""
    records = _records()
    assert records == build(CORPORA)
    from evaluation.data.agreements_wire_s42_gold import texts_and_dates

    assert_anchored_and_rebuilt(records, texts_and_dates(CORPORA)[0], CORPORA)


def test_the_scorer_skips_the_set_without_the_corpus(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``agreements_real --check check_agreements_wire_s42.jsonl --half A`` skips cleanly without corpora."""
    from evaluation import agreements_real

    args = ["--corpora", str(tmp_path), "--check", OUT.name, "--half", "A"]
    assert agreements_real.main(args) == 0
    assert "skipped" in capsys.readouterr().out
