"""The committed real dates gold: its shape (no corpus needed) and its offsets (skipped without it)."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from typing import Any

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


def _expression(text: str, surface: str, ident: str, reference: str | None = "published") -> dict[str, Any]:
    """A resolved gold expression on the first occurrence of surface."""
    start = text.index(surface)
    span = {"anchor": surface, "start": start, "end": start + len(surface), "text": surface}
    return {"id": ident, "span": span, "type": "DATE", "value": "1987", "mod": None, "anchor": reference}


def test_the_checker_reports_cut_words_overlaps_order_and_unknown_references() -> None:
    text = "In 1987 and in March 1987, nowhere."
    good = [_expression(text, "1987", "t1", None), _expression(text, "March 1987", "t2", "t1")]
    assert check_dates({"id": "a", "dates": good}, text) == []
    cut = [_expression(text, "now", "t1")]
    assert any("inside a word" in p for p in check_dates({"id": "a", "dates": cut}, text))
    overlapping = [_expression(text, "March 1987", "t1"), _expression(text, "March", "t2")]
    assert any("overlapping" in p for p in check_dates({"id": "a", "dates": overlapping}, text))
    forward = [_expression(text, "1987", "t1", "t2"), _expression(text, "March 1987", "t2")]
    assert any("not an earlier id" in p for p in check_dates({"id": "a", "dates": forward}, text))
    moved = [dict(good[0], span=dict(good[0]["span"], start=4))]
    assert any("->" in p for p in check_dates({"id": "a", "dates": moved}, text))
