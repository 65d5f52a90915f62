"""The committed real dates gold: its shape (no corpus needed) and its offsets (skipped without it)."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest
from evaluation.data.anchor_dates import TYPES, check_dates
from evaluation.data.select_dates import selection
from evaluation.real_common import DATA, article_texts

CORPORA = Path(
    os.environ.get("NEWSPARSE_CORPORA", Path(__file__).resolve().parents[3] / "shared" / "corpora")
)
RECORDS = [json.loads(line) for line in (DATA / "real_dates.jsonl").read_text().splitlines() if line]
VALUE = re.compile(
    r"(PRESENT_REF|PAST_REF|FUTURE_REF|(FY)?[\dX]{2,4}(-(\d\d|[\dX]{2}|W\d\d|WXX|Q\d|H\d|SU|SP|FA|WI))?"
    r"(-(\d\d|\d|WE))?(T(\d\d:\d\d(Z)?|MO|AF|EV|NI))?|P(T?[\dX.]+(Y|M|W|D|H|DE|CE|WE))+)"
)


def test_the_set_has_enough_articles_expressions_and_a_dated_untouched_third() -> None:
    assert len(RECORDS) >= 20
    assert sum(len(r["dates"]) for r in RECORDS) >= 300
    assert all(r["published"] and not r["id"].startswith("bbc") for r in RECORDS)
    untouched = [r for r in RECORDS if r["split"] == "untouched"]
    assert len(untouched) == round(len(RECORDS) / 3)


def test_every_expression_has_a_timex3_type_value_and_an_earlier_reference() -> None:
    for record in RECORDS:
        ids: set[str] = set()
        for expression in record["dates"]:
            assert expression["type"] in TYPES
            assert VALUE.fullmatch(expression["value"]), (record["id"], expression["value"])
            assert expression["anchor"] in (None, "published") or expression["anchor"] in ids
            ids.add(expression["id"])


@pytest.mark.skipif(not (CORPORA / "news" / "articles.jsonl").is_file(), reason="news corpus absent")
def test_offsets_resolve_and_the_selection_reproduces() -> None:
    texts = article_texts(CORPORA, (r["id"] for r in RECORDS))
    assert texts is not None
    assert [p for r in RECORDS for p in check_dates(r, texts[r["id"]])] == []
    rows = selection(CORPORA, DATA)
    assert [(r["id"], r["split"]) for r in rows] == [(r["id"], r["split"]) for r in RECORDS]
