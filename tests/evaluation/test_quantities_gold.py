"""The real quantities set: its sentence splitter, its field rules and the committed gold file."""

from __future__ import annotations

import itertools
import json
import os
from pathlib import Path
from typing import Any

import pytest
from evaluation.data.quantities_gold import GOLD, check_sentence, field_problems, resolve_sentence
from evaluation.data.select_quantities import has_number, selection, sentences
from hypothesis import given
from hypothesis import strategies as st

CORPORA = Path(
    os.environ.get("NEWSPARSE_CORPORA", Path(__file__).resolve().parents[3] / "shared" / "corpora")
)


def _gold() -> list[dict[str, Any]]:
    """The committed gold records."""
    return [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line]


def test_the_splitter_keeps_abbreviations_decimals_and_initials_inside_a_sentence() -> None:
    text = 'Mr. Smith paid $3.5 mln to U.S. firms. Prices rose 2%.\n\n"It fell," he said. J. Doe left.'
    found = [text[s:e] for s, e in sentences(text)]
    assert found == [
        "Mr. Smith paid $3.5 mln to U.S. firms.",
        "Prices rose 2%.",
        '"It fell," he said.',
        "J. Doe left.",
    ]


@given(st.text(alphabet="ab. \nA1?", max_size=60))
def test_sentences_are_ordered_trimmed_and_inside_the_text(text: str) -> None:
    spans = sentences(text)
    for start, end in spans:
        assert 0 <= start < end <= len(text)
        assert text[start:end] == text[start:end].strip()
    assert all(a[1] <= b[0] for a, b in itertools.pairwise(spans))
    assert "".join("".join(text[s:e].split()) for s, e in spans) == "".join(text.split())


def test_number_words_and_digits_make_a_candidate() -> None:
    assert has_number("Dozens of people") and has_number("3G") and not has_number("No figure here.")


def test_field_rules_catch_a_bad_record() -> None:
    text = "About 40 guards and 300 workers struck."
    record: dict[str, Any] = {
        "id": "x",
        "start": 0,
        "end": len(text),
        "quantities": [
            {
                "span": {"anchor": "About 40"},
                "value": 40,
                "low": None,
                "high": None,
                "unit": "guards",
                "change": "~",
                "counted": {"anchor": "guards"},
            },
            {
                "span": {"anchor": "300"},
                "value": None,
                "low": 300,
                "high": 200,
                "unit": None,
                "change": "about",
                "counted": {"anchor": "workers"},
            },
        ],
    }
    resolve_sentence(record, text)
    assert record["quantities"][1]["counted"] == {
        "anchor": "workers",
        "start": 24,
        "end": 31,
        "text": "workers",
    }
    problems = field_problems(record)
    assert len(problems) == 3  # a bad range, an unknown change, a counted noun without a unit
    assert check_sentence(record, text) == problems  # offsets and the sentence itself are right


def test_every_committed_record_has_valid_fields() -> None:
    records = _gold()
    assert len(records) >= 400
    assert {r["split"] for r in records} == {"dev", "untouched"}
    assert all(field_problems(r) == [] for r in records)
    per_article: dict[str, int] = {}
    for record in records:
        per_article[record["id"]] = per_article.get(record["id"], 0) + 1
    assert max(per_article.values()) <= 3


@pytest.mark.skipif(not (CORPORA / "news" / "articles.jsonl").is_file(), reason="news corpus not found")
def test_committed_offsets_resolve_and_the_selection_reproduces() -> None:
    from evaluation.data.anchor import corpus_texts

    texts = corpus_texts(CORPORA)
    records = _gold()
    assert [p for r in records for p in check_sentence(r, texts[r["id"]])] == []
    rows = selection(CORPORA)
    assert [(r["id"], r["start"], r["end"], r["split"]) for r in rows] == [
        (r["id"], r["start"], r["end"], r["split"]) for r in records
    ]
