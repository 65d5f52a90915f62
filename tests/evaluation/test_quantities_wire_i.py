"""Check set I of the real quantities set (session 19): TempEval-3 train wire sentences kept as (TimeML
file, sentence) indices; its rows, fields, halves, exclusions and draw."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest
from evaluation.data.drawing import CHECK_SETS, earlier_files
from evaluation.data.quantities_gold import field_problems
from evaluation.data.quantities_i_gold import GOLD, build
from evaluation.data.select_quantities_i import HALVES, NUMBERS, PLAIN, SESSION, files
from evaluation.quantities_real import SPLITS, TUNING_SPLITS, tempeval_rows

from tests.evaluation.check_sets import assert_quantity_spans

CORPORA = Path(
    os.environ.get("NEWSPARSE_CORPORA", Path(__file__).resolve().parents[3] / "shared" / "corpora")
)
DATA = Path(__file__).resolve().parents[2] / "evaluation" / "data"
FILE = DATA / "real_quantities_i_s19.jsonl"
HAVE_TEMPEVAL = (CORPORA / "tempeval3" / "timebank").is_dir()


def _rows() -> list[dict[str, Any]]:
    """The committed rows of set I."""
    return [json.loads(line) for line in FILE.read_text(encoding="utf-8").splitlines() if line]


def test_the_committed_set_has_valid_fields_and_alternating_halves_and_is_a_check_set() -> None:
    """NUMBERS + PLAIN distinct rows, even rows half A, valid fields, a gold entry each, listed and scored."""
    rows = _rows()
    assert len(rows) == NUMBERS + PLAIN == len(GOLD)
    assert len({(r["tml"], r["sentence"]) for r in rows}) == len(rows)
    assert [r["split"] for r in rows] == [HALVES[i % 2] for i in range(len(rows))]
    assert all(field_problems({**r, "id": r["tml"], "start": 0}) == [] for r in rows)
    assert FILE.name in CHECK_SETS and set(HALVES) <= set(SPLITS)
    assert HALVES[0] in TUNING_SPLITS and HALVES[1] not in TUNING_SPLITS


def test_the_set_is_tagged_so_earlier_draws_and_its_own_draw_do_not_read_it() -> None:
    """The file carries the session tag: draws of session 18 and of this set skip it, so they reproduce."""
    assert FILE not in earlier_files(DATA, SESSION) and FILE not in earlier_files(DATA, 18)


@pytest.mark.skipif(not HAVE_TEMPEVAL, reason="TempEval-3 corpus not found")
def test_the_draw_reproduces_leaves_out_held_files_and_every_span_resolves() -> None:
    """The seeded draw and the gold builder give the committed file; no drawn file is in the dates
    layer's held part; each span's text stands at its offsets in the rebuilt article."""
    from evaluation.dates import part_of

    assert "".join(json.dumps(row) + "\n" for row in build(CORPORA)) == FILE.read_text(encoding="utf-8")
    for corpus in ("timebank", "aquaint"):
        names = [p.name for p in sorted((CORPORA / "tempeval3" / corpus).glob("*.tml"))]
        held = {f"{corpus}/{n}" for i, n in enumerate(names) if part_of(i) == "held"}
        assert not held & {r["tml"] for r in _rows()}
    assert {name for name, _ in files(CORPORA)} >= {r["tml"] for r in _rows()}
    assert_quantity_spans(tempeval_rows(_rows(), CORPORA))
