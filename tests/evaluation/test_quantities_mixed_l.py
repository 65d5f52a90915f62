"""Check set L of the real quantities set (session 27): unused news and PolNeAR sentences kept as
(news id or PolNeAR file, sentence) indices; its rows, fields, halves, pool and draw."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest
from evaluation.data.drawing import CHECK_SETS, earlier_files
from evaluation.data.quantities_gold import field_problems
from evaluation.data.quantities_l_gold import GOLD, build, key_of
from evaluation.data.select_quantities_l import HALVES, POOL, QUOTAS
from evaluation.quantities_real import SPLITS, TUNING_SPLITS, mixed_rows

CORPORA = Path(
    os.environ.get("NEWSPARSE_CORPORA", Path(__file__).resolve().parents[3] / "shared" / "corpora")
)
DATA = Path(__file__).resolve().parents[2] / "evaluation" / "data"
FILE = DATA / "real_quantities_l_s27.jsonl"
HAVE_CORPORA = (CORPORA / "polnear" / "train" / "text").is_dir() and (CORPORA / "news").is_dir()


def _rows() -> list[dict[str, Any]]:
    """The committed rows of set L."""
    return [json.loads(line) for line in FILE.read_text(encoding="utf-8").splitlines() if line]


def test_the_committed_set_has_valid_fields_and_alternating_halves_and_is_a_check_set() -> None:
    """58 distinct rows from the pool, one per text, even rows half A, valid fields, listed and scored."""
    rows = _rows()
    assert len(rows) == len(GOLD) == 58
    assert len({key_of(r) for r in rows}) == len(rows)
    assert {key_of(r) for r in rows} <= set(POOL.read_text(encoding="utf-8").splitlines())
    assert sum(1 for r in rows if "file" in r) == dict(QUOTAS)["polnear"]
    assert [r["split"] for r in rows] == [HALVES[i % 2] for i in range(len(rows))]
    assert all(field_problems({**r, "id": key_of(r), "start": 0}) == [] for r in rows)
    assert FILE.name in CHECK_SETS and set(HALVES) <= set(SPLITS)
    assert HALVES[0] in TUNING_SPLITS and HALVES[1] not in TUNING_SPLITS


def test_the_set_is_tagged_so_earlier_draws_do_not_read_it() -> None:
    """The file carries the session tag: draws of session 26 skip it, so they reproduce."""
    assert FILE not in earlier_files(DATA, 27) and FILE not in earlier_files(DATA, 26)


@pytest.mark.skipif(not HAVE_CORPORA, reason="news or PolNeAR corpus not found")
def test_the_draw_reproduces_and_every_span_resolves() -> None:
    """The seeded draw and the gold builder give the committed file; each span's text stands at its
    offsets in the text read from the corpus."""
    assert "".join(json.dumps(row) + "\n" for row in build(CORPORA)) == FILE.read_text(encoding="utf-8")
    built = mixed_rows(_rows(), CORPORA)
    assert built is not None
    for row in built[0]:
        text = built[1][row["id"]][0]
        assert row["start"] < row["end"] <= len(text)
        for quantity in row["quantities"]:
            for part in (quantity["span"], quantity["counted"]):
                if part:
                    assert text[part["start"] : part["end"]] == part["text"]
