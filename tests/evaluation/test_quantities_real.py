"""Matching and figures of the real quantities scorer on small synthetic sentences (no corpus)."""

from __future__ import annotations

from typing import Any

from evaluation.quantities_real import (
    Predicted,
    Scores,
    change_of,
    fold_noun,
    from_newsparse,
    match_sentence,
    same_unit,
    score_sentence,
    values_agree,
)
from hypothesis import given
from hypothesis import strategies as st

from newsparse import Quantity, Span

TEXT = "Brent fell 51 cents to $44.38 a barrel as 300 oil workers and about 40 guards struck."


def _span(surface: str) -> dict[str, Any]:
    """A gold span for the first occurrence of surface in TEXT."""
    start = TEXT.index(surface)
    return {"anchor": surface, "start": start, "end": start + len(surface), "text": surface}


def _gold(
    surface: str, value: Any, unit: str | None, change: str = "=", counted: str | None = None
) -> dict[str, Any]:
    """A gold quantity; a (low, high) tuple as value is a range."""
    low, high = value if isinstance(value, tuple) else (None, None)
    return {
        "span": _span(surface),
        "value": None if isinstance(value, tuple) else value,
        "low": low,
        "high": high,
        "unit": unit,
        "change": change,
        "counted": _span(counted) if counted else None,
    }


def _found(
    surface: str, value: float | None, unit: str | None, change: str = "=", **rest: Any
) -> Predicted:
    """A prediction on the first occurrence of surface in TEXT."""
    start = TEXT.index(surface)
    return Predicted(
        start,
        start + len(surface),
        surface,
        value,
        rest.get("low"),
        rest.get("high"),
        unit,
        change,
        rest.get("counted"),
    )


SENTENCE = {
    "id": "a",
    "start": 0,
    "end": len(TEXT),
    "quantities": [
        _gold("51 cents", 51, "cent", "down"),
        _gold("$44.38 a barrel", 44.38, "USD/bbl"),
        _gold("300", 300, "workers", counted="oil workers"),
        _gold("about 40", 40, "guards", "~", counted="guards"),
    ],
}


def test_values_agree_for_numbers_ranges_and_midpoints() -> None:
    single = _gold("300", 300, "workers")
    assert values_agree(single, _found("300", 300.0000001, None))
    assert not values_agree(single, _found("300", 301, None))
    assert values_agree(single, _found("300", None, None, low=300.0, high=300.0))
    band = _gold("300", (24, 99), None)
    assert values_agree(band, _found("300", None, None, low=24.0, high=99.0))
    assert values_agree(band, _found("300", 61.5, None))
    assert not values_agree(band, _found("300", None, None, low=24.0, high=100.0))


def test_greedy_matching_prefers_the_overlapping_prediction() -> None:
    gold = [_gold("300", 300, "workers")]
    far = Predicted(0, 5, "Brent", 300, None, None, None, "=")
    near = _found("300", 300, None)
    assert match_sentence(gold, [far, near]) == [(0, 1)]
    assert match_sentence(gold, [far]) == [(0, 0)]
    two = [_gold("300", 300, "workers"), _gold("about 40", 300, "guards")]
    assert match_sentence(two, [near]) == [(0, 0)]  # one prediction matches once


def test_units_agree_through_codes_pint_and_folded_nouns() -> None:
    assert same_unit("USD/bbl", "dollar per barrel")
    assert same_unit("mi", "mile") and same_unit("km", "kilometre")
    assert same_unit("workers", "worker") and same_unit("countries", "country's")
    assert same_unit("percent", "percentage")
    assert not same_unit("USD", "GBP") and not same_unit("workers", None)
    assert same_unit(None, None)
    assert fold_noun("Parties") == "party" and fold_noun("unions'") == "union"


def test_scores_count_value_unit_change_and_counted_nouns() -> None:
    scores = Scores()
    predicted = [
        _found("51 cents", 51, "cent", "down"),
        _found("$44.38 a barrel", 44.38, "USD"),
        _found("300", 300, "workers", counted="workers"),
        _found("about 40", 40, None, "="),
        Predicted(0, 5, "Brent", 7, None, None, None, "="),
    ]
    score_sentence(SENTENCE, predicted, scores, "a")
    figures = scores.figures()
    assert (scores.value.tp, scores.value.fp, scores.value.fn) == (4, 1, 0)
    assert (scores.unit.tp, scores.unit.fp, scores.unit.fn) == (2, 3, 2)
    assert (scores.change.tp, scores.change.fp, scores.change.fn) == (3, 2, 1)
    assert scores.counted == [True, False]
    assert figures["counted_accuracy"] == 0.5
    assert any("spurious 'Brent'" in line for line in scores.errors)


def test_a_system_without_counted_nouns_has_no_counted_accuracy() -> None:
    scores = Scores()
    score_sentence(SENTENCE, [_found("300", 300, None)], scores)
    assert scores.figures()["counted_accuracy"] is None
    assert (scores.value.tp, scores.value.fp, scores.value.fn) == (1, 0, 3)


def test_newsparse_quantities_take_their_change_from_the_modifier() -> None:
    over = Quantity(start=0, end=8, text="over 300", value=300, low=300, modifier="over")
    assert change_of(over) == ">"
    dozens = Quantity(
        start=0, end=6, text="dozens", value=None, low=24, high=99, counted=Span(10, 17, "workers")
    )
    found = from_newsparse(dozens)
    assert (found.low, found.high, found.unit, found.change) == (24.0, 99.0, "workers", "~")
    fifty = Quantity(start=0, end=8, text="50 to 60", value=None, low=50, high=60, modifier="range")
    assert change_of(fifty) == "="
    fell = Quantity(start=0, end=4, text="3.2%", value=3.2, low=3.2, high=3.2, unit="percent", change="down")
    assert change_of(fell) == "down"


def test_a_counted_phrase_offers_its_head_as_the_unit() -> None:
    phrase = Span(3, 14, "oil workers")
    workers = Quantity(start=0, end=2, text="30", value=30, low=30, high=30, counted=phrase)
    found = from_newsparse(workers)
    assert (found.unit, found.counted) == ("workers", "oil workers")


@given(st.lists(st.integers(min_value=0, max_value=5), max_size=6), st.lists(st.integers(0, 5), max_size=6))
def test_matching_is_one_to_one_and_only_pairs_equal_values(
    gold_values: list[int], found_values: list[int]
) -> None:
    gold = [
        {"span": {"start": i, "end": i + 1}, "value": v, "low": None, "high": None}
        for i, v in enumerate(gold_values)
    ]
    found = [
        Predicted(i, i + 1, str(v), float(v), None, None, None, "=") for i, v in enumerate(found_values)
    ]
    pairs = match_sentence(gold, found)
    assert len({g for g, _ in pairs}) == len({p for _, p in pairs}) == len(pairs)
    assert all(gold_values[g] == found_values[p] for g, p in pairs)
    expected = sum(min(gold_values.count(v), found_values.count(v)) for v in set(gold_values))
    assert len(pairs) == expected


def test_batch_b_splits_are_scored_in_their_own_sections_and_skip_without_the_corpus(
    tmp_path: Any, capsys: Any, monkeypatch: Any
) -> None:
    from evaluation.quantities_real import (
        GOLD_FILES,
        GOLD_G,
        GOLD_H,
        GOLD_I,
        GOLD_J,
        GOLD_K,
        GOLD_L,
        GOLD_M,
        GOLD_N,
        SPLITS,
        main,
    )
    from evaluation.real_common import load_gold

    halves = tuple(f"check_{s}_{h}" for s in "defghijklmn" for h in "ab")
    assert SPLITS == ("dev", "dev_b", "check_c", *halves, "untouched", "untouched_b", "fresh")
    names = (*GOLD_FILES, GOLD_G, GOLD_H, GOLD_I, GOLD_J, GOLD_K, GOLD_L, GOLD_M, GOLD_N)
    splits = {s["split"] for name in names for s in load_gold(name)}
    assert splits == set(SPLITS)
    monkeypatch.setenv("NEWSPARSE_EVAL_SPLITS", "dev_b")
    assert main(["--corpora", str(tmp_path)]) == 0
    assert "skipped" in capsys.readouterr().out


def test_rows_are_numbered_per_split_in_file_order_and_cut_odd_or_even() -> None:
    from evaluation.quantities_real import in_rows, numbered

    rows = numbered([{"split": s} for s in ("check_d_a", "check_d_b", "check_d_a", "check_d_a")])
    assert [r["row"] for r in rows] == [1, 1, 2, 3]
    assert [r["split"] for r in rows if in_rows(r, "odd")] == ["check_d_a", "check_d_b", "check_d_a"]
    assert [r["row"] for r in rows if in_rows(r, "even")] == [2]
    assert all(in_rows(r, None) for r in rows)
