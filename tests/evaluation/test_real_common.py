"""The shared matching helpers of the real-set scorers: names, spans and counts."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from evaluation.real_common import DATA, Counts, load_gold, match_names, normalise, overlaps, span_of

from newsparse import Entity, Mention


def _entity(eid: str, canonical: str, *mentions: tuple[int, int, str]) -> Entity:
    """An entity with the given mentions."""
    return Entity(eid, "GPE", canonical, tuple(Mention(s, e, t) for s, e, t in mentions), {})


def test_normalise_drops_case_article_possessive_and_punctuation() -> None:
    assert normalise("The U.S.") == "u s"
    assert normalise("Japan's") == "japan"
    assert normalise("Café  Müller") == "cafe muller"


def test_normalise_folds_the_letters_nfkd_keeps_whole() -> None:
    """A dotless i, a stroked l or o, a sharp s: the ASCII fold must not drop them (ACLED's "Diyarbakir")."""
    assert normalise("Diyarbakır") == normalise("Diyarbakir") == "diyarbakir"
    assert normalise("Łódź") == "lodz"
    assert normalise("Øresund Straße") == "oresund strasse"


def test_overlaps_needs_a_shared_character() -> None:
    assert overlaps((0, 5), (4, 9))
    assert not overlaps((0, 5), (5, 9))
    assert not overlaps(None, (0, 3))


def test_span_of_reads_gold_dicts_and_annotations() -> None:
    assert span_of({"anchor": "x", "start": 3, "end": 5}) == (3, 5)
    assert span_of({"name": "X", "span": {"start": 1, "end": 2}}) == (1, 2)
    assert span_of(Mention(4, 7, "abc")) == (4, 7)
    assert span_of(None) is None


def test_match_names_by_span_then_by_name_one_to_one() -> None:
    entities = {
        "iran": _entity("iran", "Iran", (10, 16, "Tehran")),
        "iraq": _entity("iraq", "Iraq", (30, 34, "Iraq")),
    }
    gold = [
        {"name": "Iran", "span": {"start": 10, "end": 16, "text": "Tehran"}},
        {"name": "Iraq", "span": {"start": 50, "end": 54, "text": "Iraq"}},
        {"name": "Syria", "span": {"start": 60, "end": 65, "text": "Syria"}},
    ]
    assert match_names(gold, ["iran", "iraq", "turkey"], entities) == (2, 1, 1)
    assert match_names(gold[:1], ["iran", "iran"], entities) == (1, 0, 0)


def test_counts_figures() -> None:
    counts = Counts()
    counts.add(3, 1, 2)
    assert (counts.precision(), counts.recall()) == (0.75, 0.6)
    assert round(counts.f1(), 3) == 0.667
    assert Counts().f1() == 1.0


def test_load_gold_takes_a_name_or_a_path_and_refuses_a_missing_file(tmp_path: Path) -> None:
    by_name = load_gold("check_events.jsonl")
    assert by_name and load_gold(str(DATA / "check_events.jsonl")) == by_name
    own = tmp_path / "mine.jsonl"
    own.write_text('{"id": "x", "split": "check"}\n', encoding="utf-8")
    assert load_gold(str(own)) == [{"id": "x", "split": "check"}]
    with pytest.raises(FileNotFoundError, match="no gold file"):
        load_gold("no_such_set.jsonl")


def test_excluded_rows_are_dropped_by_name(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """NEWSPARSE_EVAL_EXCLUDE_IDS drops the rows of the texts it names (session 34), by id or file name."""
    from evaluation import real_common

    gold = tmp_path / "gold.jsonl"
    rows = [
        {"id": "bbc-test-001"},
        {"news": "bbc-test-002", "sentence": 0},
        {"id": "p", "polnear": "train/text/x.txt"},
        {"doc": 7},
        {"id": "bbc-test-003"},
    ]
    gold.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    monkeypatch.delenv("NEWSPARSE_EVAL_EXCLUDE_IDS", raising=False)
    assert len(real_common.load_gold(str(gold))) == 5
    monkeypatch.setenv("NEWSPARSE_EVAL_EXCLUDE_IDS", "bbc-test-001,bbc-test-002 x.txt 7")
    assert real_common.load_gold(str(gold)) == [{"id": "bbc-test-003"}]
