"""The anchor resolver of the real sets, and the committed gold files' own consistency."""

from __future__ import annotations

import itertools
import json
import os
from pathlib import Path
from typing import Any

import pytest
from evaluation.data import anchor_b
from evaluation.data.anchor_b import AnchorError, resolve_claims, resolve_entities, resolve_many
from evaluation.real_sets import DATA, SPLITS
from hypothesis import given
from hypothesis import strategies as st

CORPORA = Path(
    os.environ.get("NEWSPARSE_CORPORA", Path(__file__).resolve().parents[3] / "shared" / "corpora")
)
TEXT = "LONDON, May 1 - Acme Corp said London traders and Acme staff met U.S. officials in London."


def test_every_occurrence_the_nth_or_the_one_in_context() -> None:
    assert [TEXT[a:b] for a, b in resolve_many(TEXT, "London")] == ["London", "London"]
    assert resolve_many(TEXT, "London#2") == [(TEXT.rindex("London"), TEXT.rindex("London") + 6)]
    assert resolve_many(TEXT, "London|in London") == resolve_many(TEXT, "London#2")
    assert resolve_many(TEXT, "U.S.") == [(TEXT.index("U.S."), TEXT.index("U.S.") + 4)]


def test_anchors_that_do_not_resolve_raise() -> None:
    with pytest.raises(AnchorError):
        resolve_many(TEXT, "Paris")
    with pytest.raises(AnchorError):
        resolve_many(TEXT, "London#3")
    with pytest.raises(AnchorError):
        resolve_many(TEXT, "Acme|Acme")  # the context occurs twice


def test_longest_mention_wins_and_explicit_anchors_beat_bare_ones() -> None:
    hand = {
        "entities": [
            {"c": "London", "t": "GPE", "m": ["dl:LONDON", "London"]},
            {"c": "Acme", "t": "ORG", "m": ["Acme Corp", "Acme"]},
            {"c": "United Kingdom", "t": "GPE", "m": ["cap:London|London traders"]},
            {"c": "United States", "t": "GPE", "m": ["U.S."]},
        ]
    }
    london, acme, uk, us = resolve_entities(TEXT, hand)
    assert [(m["text"], m["form"]) for m in london["mentions"]] == [
        ("LONDON", "dateline"),
        ("London", "name"),
    ]
    assert [m["text"] for m in acme["mentions"]] == ["Acme Corp", "Acme"]
    assert [(m["start"], m["form"]) for m in uk["mentions"]] == [(TEXT.index("London traders"), "capital")]
    assert [m["form"] for m in us["mentions"]] == ["acronym"]


def test_titles_are_found_beside_their_person() -> None:
    text = "Foreign Minister Jane Roe and Roe's deputy spoke."
    hand = {
        "entities": [
            {"c": "Jane Roe", "t": "PERSON", "m": [{"s": "Jane Roe", "title": "Foreign Minister"}, "Roe"]}
        ]
    }
    (roe,) = resolve_entities(text, hand)
    assert roe["mentions"][0]["title"] == {"start": 0, "end": 16, "text": "Foreign Minister"}
    assert roe["mentions"][1]["form"] == "surname"


def test_claims_resolve_cue_source_and_content_pieces() -> None:
    text = '"We will win," the minister said. "It is certain."'
    hand = {
        "claims": [
            {
                "cue": "said",
                "src": "the minister",
                "ent": None,
                "kind": "direct",
                "content": [["We will win", "will win"], ["It is certain", "certain"]],
            }
        ]
    }
    (claim,) = resolve_claims(text, hand)
    assert text[claim["cue"]["start"] : claim["cue"]["end"]] == "said"
    assert claim["source"]["text"] == "the minister"
    assert [text[p["start"] : p["end"]] for p in claim["content"]] == ["We will win", "It is certain"]


def _rows(name: str) -> list[dict[str, Any]]:
    """The committed rows of one gold file."""
    return [json.loads(line) for line in (DATA / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()]


def test_committed_entities_are_flat_and_complete() -> None:
    rows = _rows("real_entities")
    assert len(rows) >= 40 and len({r["id"] for r in rows}) == len(rows)
    for row in rows:
        assert row["split"] in SPLITS
        spans = sorted((m["start"], m["end"]) for e in row["entities"] for m in e["mentions"])
        assert all(a[1] <= b[0] for a, b in itertools.pairwise(spans)), row["id"]
        assert row["cut"] is None or all(end <= row["cut"] for _, end in spans)
        for entity in row["entities"]:
            assert entity["type"] in {
                "PERSON",
                "ORG",
                "GPE",
                "LOC",
                "GROUP",
                "NORP",
                "FACILITY",
                "EVENT",
                "PRODUCT",
            }
            assert entity["mentions"] and entity["canonical"]


def test_committed_claims_hold_anchors_not_text() -> None:
    rows = _rows("real_claims")
    assert len(rows) >= 20
    kinds = {"direct", "indirect", "according_to", "belief", "perception"}
    for row in rows:
        for claim in row["claims"]:
            assert claim["kind"] in kinds and claim["content"]
            assert all(set(piece) == {"start", "end", "from", "to"} for piece in claim["content"])


def test_splits_hold_a_third_untouched() -> None:
    for name in ("real_entities", "real_claims"):
        splits = [r["split"] for r in _rows(name)]
        assert 0.25 <= splits.count("untouched") / len(splits) <= 0.40


@pytest.mark.skipif(not (CORPORA / "news" / "articles.jsonl").is_file(), reason="news corpus absent")
def test_committed_files_match_the_anchors_and_the_texts() -> None:
    corpus = anchor_b.load_corpus(CORPORA)
    for which in ("entities", "claims"):
        rebuilt = anchor_b.build(which, corpus)
        committed = _rows(f"real_{which}")
        assert rebuilt == committed, which
        for row in committed:
            text = corpus[str(row["id"])]["text"]
            if which == "entities":
                for entity in row["entities"]:
                    assert all(text[m["start"] : m["end"]] == m["text"] for m in entity["mentions"])
            else:
                for claim in row["claims"]:
                    assert text[claim["cue"]["start"] : claim["cue"]["end"]] == claim["cue"]["text"]


_WORDS = st.lists(
    st.sampled_from(["Iran", "Iraq", "Acme", "U.S.", "said", "the", "Bank of X", "Iranian"]),
    min_size=1,
    max_size=30,
)


@given(_WORDS, st.data())
def test_nth_occurrence_anchor_finds_that_occurrence(words: list[str], data: st.DataObject) -> None:
    text = " ".join(words)
    word = data.draw(st.sampled_from(words))
    places = anchor_b.word_occurrences(text, word)
    assert places, "a word of the text is found"
    n = data.draw(st.integers(1, len(places)))
    (span,) = resolve_many(text, f"{word}#{n}")
    assert text[span[0] : span[1]] == word and span[0] == places[n - 1]
    assert len(resolve_many(text, word)) == len(places)
