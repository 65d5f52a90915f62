"""The session-12 entities check set: registered, split 8/8 into halves A and B, every anchor found."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from evaluation.data.drawing import CHECK_SETS
from evaluation.entities_check import _occurrences, _surface, resolve

DATA = Path(__file__).resolve().parents[2] / "evaluation" / "data"
CORPORA = Path(
    os.environ.get("NEWSPARSE_CORPORA", Path(__file__).resolve().parents[3] / "shared" / "corpora")
)
GOLD = json.loads((DATA / "entities_check_s12.json").read_text(encoding="utf-8"))["articles"]
IDS = [json.loads(line) for line in (DATA / "entities_check_s12_ids.jsonl").read_text().splitlines() if line]


def test_the_check_set_is_registered_and_split_in_halves() -> None:
    """Both files are in CHECK_SETS; 16 articles, 8 in half A and 8 in half B, the same ids as the gold."""
    assert {"entities_check_s12.json", "entities_check_s12_ids.jsonl"} <= CHECK_SETS
    assert [r["half"] for r in IDS].count("A") == 8 and [r["half"] for r in IDS].count("B") == 8
    assert {r["id"] for r in IDS} == set(GOLD)


def test_an_occurrence_anchor_picks_one_occurrence() -> None:
    """``{"s": ..., "occ": n}`` resolves to the n-th whole-word occurrence only."""
    text = "Newcastle are low. Newcastle lost. We go to Newcastle."
    row, _ = resolve(text, len(text), [["GPE", "Newcastle", [{"s": "Newcastle", "occ": 3}]]], [])
    assert [m["start"] for m in row["entities"][0]["mentions"]] == [text.rindex("Newcastle")]


@pytest.mark.skipif(not (CORPORA / "news" / "articles.jsonl").is_file(), reason="news corpus absent")
def test_every_anchor_is_in_its_article() -> None:
    """Each anchor occurs before its article's cut."""
    cuts = {r["id"]: r["cut"] for r in IDS}
    texts = {}
    with (CORPORA / "news" / "articles.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            if rec["id"] in cuts:
                texts[rec["id"]] = rec["text"][: cuts[rec["id"]]]
    missing = [
        (aid, _surface(a))
        for aid, ann in GOLD.items()
        for e in ann["entities"]
        for a in e[2]
        if not _occurrences(texts[aid], _surface(a))
    ]
    assert missing == []
