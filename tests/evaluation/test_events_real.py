"""Matching and field checks of the real events scorer on small synthetic cases (no corpus)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from evaluation.events_real import (
    Scores,
    field_checks,
    match_events,
    pooled_gold,
    score_article,
    trigger_baseline,
)

from evaluation import events_real
from newsparse import Entity, Mention, QuantityRef, Span

TEXT = "Five soldiers and a marine were killed in Kabul, police said."


def _span(surface: str, nth: int = 1) -> dict[str, Any]:
    """A gold span for the nth occurrence of surface in TEXT."""
    start = -1
    for _ in range(nth):
        start = TEXT.index(surface, start + 1)
    return {"anchor": surface, "start": start, "end": start + len(surface), "text": surface}


def _gold(count: tuple[Any, Any, Any, str | None], victims: str, **fields: Any) -> dict[str, Any]:
    """A gold killed event on the shared trigger."""
    value, low, high, text = count
    event: dict[str, Any] = {
        "role": "killed",
        "trigger": _span("killed"),
        "count": {"value": value, "low": low, "high": high, "span": _span(text) if text else None},
        "victims": _span(victims),
        "perpetrator": None,
        "instrument": None,
        "place": {"name": "Kabul", "span": _span("Kabul")},
        "date": None,
        "scope": "incident",
        "period": None,
        "source": {"name": "police", "span": _span("police")},
        "alternatives": [],
    }
    event.update(fields)
    return event


class _Event:
    """A predicted event with the fields the scorer reads."""

    def __init__(self, count: QuantityRef | None, victims: str, **fields: Any) -> None:
        start = TEXT.index("killed")
        self.role, self.trigger = "killed", Span(start, start + 6, "killed")
        self.start, self.end = (count.start if count else start), start + 6
        self.count = count
        at = TEXT.index(victims)
        self.victims = Span(at, at + len(victims), victims)
        kabul = TEXT.index("Kabul")
        self.place, self.place_text = "kabul", Span(kabul, kabul + 5, "Kabul")
        self.perpetrator = self.perpetrator_text = self.date = None
        self.source: Any = type("Source", (), {"source_text": "police", "source": None})()
        self.__dict__.update(fields)


GOLD = [_gold((5, 5, 5, "Five"), "soldiers"), _gold((1, 1, 1, None), "marine")]
ENTITIES = {"kabul": Entity("kabul", "GPE", "Kabul", (Mention(42, 47, "Kabul"),), {})}


def test_joined_counts_match_one_to_one_preferring_the_right_count() -> None:
    five = _Event(QuantityRef(0, 4, "Five", 5, 5, 5), "soldiers")
    one = _Event(QuantityRef(18, 19, "a", 1, 1, 1), "marine")
    assert match_events(GOLD, [one, five]) == [(0, 1), (1, 0)]


def test_an_unnumbered_single_victim_needs_a_count_of_one() -> None:
    checks = field_checks(GOLD[1], _Event(None, "marine"), ENTITIES)
    assert not checks["count"]
    plural = _gold((None, 2, None, None), "soldiers")
    assert field_checks(plural, _Event(None, "soldiers"), ENTITIES)["count"]


def test_field_checks_read_spans_names_and_sources() -> None:
    checks = field_checks(GOLD[0], _Event(QuantityRef(0, 4, "Five", 5, 5, 5), "soldiers"), ENTITIES)
    assert checks == {
        "count": True,
        "victims": True,
        "perpetrator": True,
        "instrument": True,
        "place": True,
        "date": True,
        "scope": False,
        "source": True,
    }
    elsewhere = _Event(
        QuantityRef(0, 4, "Five", 5, 5, 5), "soldiers", place="x", place_text=Span(0, 4, "Five")
    )
    assert not field_checks(GOLD[0], elsewhere, ENTITIES)["place"]


def test_score_article_all_and_core_fields() -> None:
    scores = Scores()
    found = [_Event(QuantityRef(0, 4, "Five", 5, 5, 5), "soldiers", scope="incident")]
    score_article({"id": "t", "events": GOLD}, found, ENTITIES, scores)
    figures = scores.figures()
    assert (scores.detection.tp, scores.detection.fn) == (1, 1)
    assert (scores.all_fields.tp, scores.core_fields.tp) == (1, 1)
    assert figures["scope_accuracy"] == 1.0


def test_trigger_baseline_takes_the_nearest_number_before_the_word() -> None:
    (event,) = trigger_baseline("Police said 12 people were killed.")
    assert (event.role, event.count.value if event.count else None) == ("killed", 12)
    assert trigger_baseline("Nobody was hurt.") == []


def test_an_instrument_is_right_at_another_mention_of_the_same_words() -> None:
    text = "A car bomb exploded. The car bomb killed five soldiers."
    gold = _gold((5, 5, 5, "Five"), "soldiers", instrument={"start": 25, "end": 33, "text": "car bomb"})
    soldiers = _Event(QuantityRef(0, 4, "Five", 5, 5, 5), "soldiers", scope="incident")
    soldiers.instrument = Span.of(text, 2, 10)
    assert field_checks(gold, soldiers, ENTITIES)["instrument"]
    soldiers.instrument = Span.of(text, 4, 10)  # "bomb": not the same means as written
    assert not field_checks(gold, soldiers, ENTITIES)["instrument"]
    soldiers.instrument = None
    assert not field_checks(gold, soldiers, ENTITIES)["instrument"]


def _check_set(path: Path, ids: list[str]) -> Path:
    """A small check set of empty articles, one row an id."""
    rows = [{"id": i, "split": "check", "published": None, "events": []} for i in ids]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def test_several_check_sets_are_pooled_in_the_order_given(tmp_path: Path) -> None:
    """The A halves are scored as one pool: every row of each set, the sets in the order given."""
    a = _check_set(tmp_path / "a.jsonl", ["x", "y"])
    b = _check_set(tmp_path / "b.jsonl", ["z"])
    assert [r["id"] for r in pooled_gold([str(b), str(a)])] == ["z", "x", "y"]
    with pytest.raises(ValueError):
        pooled_gold([str(a), "real_events.jsonl"])  # the held-out splits are never pooled


def test_the_pooled_scorer_skips_cleanly_without_the_texts(tmp_path: Path, capsys: Any) -> None:
    """Two ``--gold`` sets whose texts are absent: the scorer says it skipped and exits 0."""
    a = _check_set(tmp_path / "a.jsonl", ["news-a"])
    b = _check_set(tmp_path / "b.jsonl", ["news-b"])
    assert events_real.main(["--corpora", str(tmp_path), "--gold", str(a), "--gold", str(b)]) == 0
    assert "skipped" in capsys.readouterr().out
