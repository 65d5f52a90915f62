"""Check sets K (session 26), L (session 27), M (session 41) and N (session 42) of the real quantities
set: unused news and PolNeAR sentences kept as (news id or PolNeAR file, sentence) indices; their rows,
fields, halves, pool and draw, checked the same way for every set."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import attrs
import pytest
from evaluation.data import (
    quantities_k_gold,
    quantities_l_gold,
    quantities_m_gold,
    quantities_n_gold,
    select_quantities_k,
    select_quantities_l,
    select_quantities_m,
    select_quantities_n,
)
from evaluation.data.drawing import CHECK_SETS, earlier_files
from evaluation.data.quantities_gold import field_problems
from evaluation.data.quantities_k_gold import key_of
from evaluation.data.select_quantities_k import amount_sentence
from evaluation.quantities_real import SPLITS, TUNING_SPLITS, mixed_rows

from tests.evaluation.check_sets import assert_quantity_spans

CORPORA = Path(
    os.environ.get("NEWSPARSE_CORPORA", Path(__file__).resolve().parents[3] / "shared" / "corpora")
)
DATA = Path(__file__).resolve().parents[2] / "evaluation" / "data"
HAVE_CORPORA = (CORPORA / "polnear" / "train" / "text").is_dir() and (CORPORA / "news").is_dir()


@attrs.frozen
class CheckSet:
    """One check set: its committed file, size, session, draw constants and gold builder."""

    file: Path
    size: int
    session: int
    halves: tuple[str, str]
    pool: Path
    quotas: tuple[tuple[str, int | None], ...]
    gold: dict[int, Any]
    build: Callable[[Path], list[dict[str, Any]]]

    def rows(self) -> list[dict[str, Any]]:
        """The committed rows of the set."""
        return [json.loads(line) for line in self.file.read_text(encoding="utf-8").splitlines() if line]


SETS = {
    "K": CheckSet(
        DATA / "real_quantities_k_s26.jsonl",
        60,
        26,
        select_quantities_k.HALVES,
        select_quantities_k.POOL,
        select_quantities_k.QUOTAS,
        quantities_k_gold.GOLD,
        quantities_k_gold.build,
    ),
    "L": CheckSet(
        DATA / "real_quantities_l_s27.jsonl",
        58,
        27,
        select_quantities_l.HALVES,
        select_quantities_l.POOL,
        select_quantities_l.QUOTAS,
        quantities_l_gold.GOLD,
        quantities_l_gold.build,
    ),
    "M": CheckSet(
        DATA / "real_quantities_m_s41.jsonl",
        119,
        41,
        select_quantities_m.HALVES,
        select_quantities_m.POOL,
        select_quantities_m.QUOTAS,
        quantities_m_gold.GOLD,
        quantities_m_gold.build,
    ),
    "N": CheckSet(
        DATA / "real_quantities_n_s42.jsonl",
        58,
        42,
        select_quantities_n.HALVES,
        select_quantities_n.POOL,
        select_quantities_n.QUOTAS,
        quantities_n_gold.GOLD,
        quantities_n_gold.build,
    ),
}


@pytest.mark.parametrize("name", sorted(SETS))
def test_the_committed_set_has_valid_fields_and_alternating_halves_and_is_a_check_set(name: str) -> None:
    """Distinct rows from the pool, one per text, even rows half A, valid fields, listed and scored."""
    s = SETS[name]
    rows = s.rows()
    assert len(rows) == len(s.gold) == s.size
    assert len({key_of(r) for r in rows}) == len(rows)
    assert {key_of(r) for r in rows} <= set(s.pool.read_text(encoding="utf-8").splitlines())
    assert sum(1 for r in rows if "file" in r) == dict(s.quotas).get("polnear", 0)
    assert [r["split"] for r in rows] == [s.halves[i % 2] for i in range(len(rows))]
    assert all(field_problems({**r, "id": key_of(r), "start": 0}) == [] for r in rows)
    assert s.file.name in CHECK_SETS and set(s.halves) <= set(SPLITS)
    assert s.halves[0] in TUNING_SPLITS and s.halves[1] not in TUNING_SPLITS


@pytest.mark.parametrize("name", sorted(SETS))
def test_the_set_is_tagged_so_earlier_draws_do_not_read_it(name: str) -> None:
    """The file carries its session's tag: the draws of the session before skip it, so they reproduce."""
    s = SETS[name]
    assert s.file not in earlier_files(DATA, s.session) and s.file not in earlier_files(DATA, s.session - 1)


def test_an_amount_sentence_needs_a_number_other_than_a_year() -> None:
    """A year alone does not make an amount sentence; a count or a scale word does."""
    assert not amount_sentence("The law was passed in 2014 by the state assembly.")
    assert amount_sentence("The firm cut 300 jobs at its plant in 2014.")
    assert amount_sentence("Thousands of people marched through the city centre.")


def test_set_m_prefers_a_sentence_with_a_cue_of_the_issue_classes() -> None:
    """A rate, a change or an age cues set M's draw; a bare count or a year does not."""
    assert select_quantities_m.class_cue("Oil rose to $50 a barrel on Tuesday.")
    assert select_quantities_m.class_cue("The 31-year-old signed a new deal.")
    assert select_quantities_m.class_cue("It sells 500,000 barrels per day.")
    assert not select_quantities_m.class_cue("About 60 people attended the meeting in 2004.")
    assert not select_quantities_m.class_cue("Update your phone before Sunday.")


def test_set_n_draws_an_amount_before_a_change_word_near_and_any_change_word_wide() -> None:
    """An amount within four words before a change word is near; a number and a change word elsewhere
    is wide; a year is no number, and a sentence without a change word is neither."""
    assert select_quantities_n.kind("The Tories promised the £4bn tax cuts in the spring.") == "near"
    assert select_quantities_n.kind("Wimpey reported a 19% rise in profits this year.") == "near"
    assert select_quantities_n.kind("Profits rose sharply to reach £450m at the firm.") == "wide"
    assert select_quantities_n.kind("Sales grew fast in 2004 across the whole of Europe.") is None
    assert select_quantities_n.kind("About 60 people attended the meeting in the town.") is None


@pytest.mark.skipif(not HAVE_CORPORA, reason="news or PolNeAR corpus not found")
@pytest.mark.parametrize("name", sorted(SETS))
def test_the_draw_reproduces_and_every_span_resolves(name: str) -> None:
    """The seeded draw and the gold builder give the committed file; each span's text stands at its
    offsets in the text read from the corpus."""
    s = SETS[name]
    assert "".join(json.dumps(row) + "\n" for row in s.build(CORPORA)) == s.file.read_text(encoding="utf-8")
    assert_quantity_spans(mixed_rows(s.rows(), CORPORA))
