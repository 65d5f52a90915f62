"""Shared checks of the committed check sets: their rows, their draws, offsets at anchors."""

from __future__ import annotations

import json
import os
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import pytest
from evaluation.data.anchor import check_record
from evaluation.real_common import article_texts, rebuilt_texts

CORPORA = Path(
    os.environ.get("NEWSPARSE_CORPORA", Path(__file__).resolve().parents[3] / "shared" / "corpora")
)
NEWS = CORPORA / "news" / "articles.jsonl"
needs_news = pytest.mark.skipif(not NEWS.is_file(), reason="news corpus absent")


def jsonl_rows(path: Path) -> list[dict[str, Any]]:
    """The rows of a committed JSON-lines file, in file order."""
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def assert_dates_at_anchors(records: Sequence[dict[str, Any]]) -> list[Any]:
    """Every stored date span of a dates check set sits at its anchor in its news text; returns the
    news articles as the sets' draws read them (for the caller's draw check)."""
    from evaluation.data.anchor_dates import check_dates
    from evaluation.data.drawing import corpus_articles

    texts = article_texts(CORPORA, (r["id"] for r in records))
    assert texts is not None
    assert [problem for r in records for problem in check_dates(r, texts[r["id"]])] == []
    return list(corpus_articles(["--corpora", str(CORPORA)], None))


def drawn_lines(path: Path) -> list[tuple[str, ...]]:
    """A committed draw's lines, split into their fields (id, half)."""
    return [tuple(line.split()) for line in path.read_text(encoding="utf-8").splitlines()]


def assert_anchored_and_rebuilt(
    records: Sequence[dict[str, Any]], texts: Mapping[str, str], corpora: Path
) -> None:
    """Every stored span sits at its anchor in its text, and the scorer rebuilds the same texts."""
    assert [problem for r in records for problem in check_record(r, texts[r["id"]])] == []
    assert rebuilt_texts(corpora, list(records)) == {r["id"]: texts[r["id"]] for r in records}


def events_in_halves(
    halves: Mapping[str, Sequence[dict[str, Any]]],
    golds: Mapping[str, Mapping[str, Any]],
    texts: Mapping[str, str],
    dates: Mapping[str, str | None],
    corpora: Path,
) -> list[int]:
    """Each half's stored events are its gold script's and its dates the texts' own, every span at its
    anchor and every text rebuilt by the scorer; returns the number of events per half, in order."""
    totals = []
    for half, records in halves.items():
        assert {r["id"]: r["events"] for r in records if r["events"]} == golds[half]
        assert all(r["published"] == dates[r["id"]] for r in records)
        assert_anchored_and_rebuilt(records, texts, corpora)
        totals.append(sum(len(r["events"]) for r in records))
    return totals


def assert_halves_follow_the_draw(
    data: Path, stem: str, ids_file: str, halves: Mapping[str, Sequence[str]], pairs: int
) -> dict[str, list[dict[str, Any]]]:
    """Both halves' files (``<stem>_a.jsonl``, ``<stem>_b.jsonl``) are in CHECK_SETS and hold the even and
    odd positions of the committed draw (``pairs`` of each), split check; their rows, by half."""
    from evaluation.data.drawing import CHECK_SETS

    drawn = drawn_lines(data / ids_file)
    assert [h for _, h in drawn] == ["A", "B"] * pairs
    rows: dict[str, list[dict[str, Any]]] = {}
    for half, ids in halves.items():
        assert f"{stem}_{half}.jsonl" in CHECK_SETS
        rows[half] = jsonl_rows(data / f"{stem}_{half}.jsonl")
        assert [r["id"] for r in rows[half]] == list(ids) == [i for i, h in drawn if h == half.upper()]
        assert {r["split"] for r in rows[half]} == {"check"}
    return rows


def assert_quantity_spans(
    built: tuple[Sequence[dict[str, Any]], Mapping[str, tuple[str, Any]]] | None,
) -> None:
    """Every built quantity row lies inside its text, and each quantity's span and counted noun read
    their stored text at their offsets (the quantity check sets' rebuilt rows and texts)."""
    assert built is not None
    rows, texts = built
    for row in rows:
        text = texts[row["id"]][0]
        assert row["start"] < row["end"] <= len(text)
        for quantity in row["quantities"]:
            for part in (quantity["span"], quantity["counted"]):
                if part:
                    assert text[part["start"] : part["end"]] == part["text"]
