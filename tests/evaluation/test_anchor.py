"""The anchors of the real development sets: how they resolve, and the committed gold files."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest
from evaluation.data.anchor import AnchorError, check_record, corpus_texts, locate, resolve_record
from hypothesis import given
from hypothesis import strategies as st

DATA = Path(__file__).resolve().parents[2] / "evaluation" / "data"
CORPORA = Path(
    os.environ.get("NEWSPARSE_CORPORA", Path(__file__).resolve().parents[3] / "shared" / "corpora")
)


def _gold(name: str) -> list[dict[str, Any]]:
    """The records of a committed gold file."""
    return [json.loads(line) for line in (DATA / name).read_text(encoding="utf-8").splitlines() if line]


def test_locate_occurrence_context_and_white_space() -> None:
    text = "the deal was cut; the deal\n    held; a new deal"
    assert locate(text, "deal") == (4, 8)
    assert locate(text, "deal#2") == (22, 26)
    assert locate(text, "deal@new deal") == (text.rindex("deal"), len(text))
    assert locate(text, "the deal held") == (18, 35)
    with pytest.raises(AnchorError):
        locate(text, "deal#4")
    with pytest.raises(AnchorError):
        locate(text, "truce")


@given(st.text(alphabet="ab \n", min_size=1, max_size=40), st.data())
def test_locate_finds_the_surface_of_any_substring(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text) - 1))
    end = data.draw(st.integers(start + 1, len(text)))
    surface = text[start:end]
    if not surface.strip() or "#" in surface or "@" in surface:
        return
    found = locate(text, surface)
    assert text[found[0] : found[1]].split() == surface.split()


def test_resolve_then_check_and_a_wrong_offset_is_reported() -> None:
    text = "Rebels and soldiers died."
    record: dict[str, Any] = {"id": "x", "events": [{"trigger": {"anchor": "died"}}]}
    resolve_record(record, text)
    assert record["events"][0]["trigger"] == {"anchor": "died", "start": 20, "end": 24, "text": "died"}
    assert check_record(record, text) == []
    record["events"][0]["trigger"]["start"] = 19
    assert check_record(record, text)


@pytest.mark.parametrize(
    ("name", "key", "articles", "records"),
    [("real_agreements.jsonl", "agreements", 40, 80), ("real_events.jsonl", "events", 30, 80)],
)
def test_gold_files_have_the_promised_size_splits_and_no_article_text(
    name: str, key: str, articles: int, records: int
) -> None:
    gold = _gold(name)
    counted = gold if key == "agreements" else [a for a in gold if a[key]]  # agreement articles may have none
    assert len(counted) >= articles and sum(len(a[key]) for a in gold) >= records
    assert {a["split"] for a in gold} == {"dev", "untouched"}
    untouched = sum(a["split"] == "untouched" for a in gold) / len(gold)
    assert 0.25 <= untouched <= 0.4
    assert all(set(a) == {"id", "subset", "split", "published", key} for a in gold)


@pytest.mark.skipif(not (CORPORA / "news" / "articles.jsonl").is_file(), reason="news corpus absent")
@pytest.mark.parametrize("name", ["real_agreements.jsonl", "real_events.jsonl"])
def test_every_stored_offset_gives_its_anchor_in_the_corpus_text(name: str) -> None:
    texts = corpus_texts(CORPORA)
    problems = [p for record in _gold(name) for p in check_record(record, texts[record["id"]])]
    assert problems == []
