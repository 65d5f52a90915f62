"""The real-entities scorer's matching, on small synthetic cases."""

from __future__ import annotations

from typing import Any

from evaluation.entities_real import (
    Pred,
    baseline_mentions,
    normalise_span,
    score_article,
    summarise,
)
from hypothesis import given
from hypothesis import strategies as st


def _gold(
    start: int, end: int, type_: str, canonical: str, form: str = "name", **extra: Any
) -> dict[str, Any]:
    """A gold mention as the scorer reads it."""
    return {
        "start": start,
        "end": end,
        "text": "",
        "type": type_,
        "canonical": canonical,
        "form": form,
        **extra,
    }


def test_normalise_span_drops_article_and_possessive() -> None:
    text = "The Pentagon's view"
    assert normalise_span(text, 0, 14) == (4, 12)
    assert normalise_span(text, 4, 12) == (4, 12)


def test_exact_span_type_and_canonical() -> None:
    gold = [_gold(0, 4, "GPE", "United States", "name"), _gold(10, 15, "ORG", "Acme", "name")]
    pred = [Pred(0, 4, "GPE", "the United States"), Pred(10, 15, "PERSON", "Acme")]
    counts = score_article(gold, pred)
    assert (counts["span"], counts["typed"], counts["canonical"]) == (2, 1, 2)
    figures = summarise([counts])
    assert figures["mention_span"]["f1"] == 1.0
    assert figures["mention_typed"]["f1"] == 0.5
    assert figures["type_accuracy"] == 0.5
    assert figures["canonical_accuracy"] == 1.0


def test_partial_span_is_a_miss_and_a_spurious_mention() -> None:
    counts = score_article([_gold(0, 10, "PERSON", "John Smith")], [Pred(5, 10, "PERSON", "Smith")])
    figures = summarise([counts])
    assert figures["mention_span"] == {"p": 0.0, "r": 0.0, "f1": 0.0}
    assert figures["canonical_accuracy"] is None


def test_wrong_canonical_counts_against_canonical_accuracy() -> None:
    counts = score_article([_gold(0, 6, "GPE", "Georgia")], [Pred(0, 6, "GPE", "Georgia (US state)")])
    assert counts["span"] == 1 and counts["canonical"] == 0


def test_duplicate_predicted_spans_count_once() -> None:
    counts = score_article(
        [_gold(0, 4, "ORG", "Acme")], [Pred(0, 4, "ORG", "Acme"), Pred(0, 4, "GPE", "Acme")]
    )
    assert (counts["pred"], counts["typed"]) == (1, 1)


def test_recall_by_form() -> None:
    gold = [
        _gold(0, 6, "GPE", "London", "dateline"),
        _gold(10, 17, "GPE", "Iran", "demonym"),
        _gold(20, 26, "GPE", "Iran", "capital"),
        _gold(30, 34, "ORG", "Acme"),
    ]
    figures = summarise([score_article(gold, [Pred(0, 6, "GPE", "London"), Pred(20, 26, "GPE", "Tehran")])])
    assert figures["recall_dateline"] == 1.0
    assert figures["recall_demonym"] == 0.0
    assert figures["recall_capital"] == 1.0
    assert figures["recall_other"] == 0.0


def test_title_accuracy_only_when_offered() -> None:
    gold = [
        _gold(20, 30, "PERSON", "John Smith", title={"start": 0, "end": 19, "text": "Secretary of State"})
    ]
    without = summarise([score_article(gold, [Pred(20, 30, "PERSON", "John Smith")])])
    assert without["title_accuracy"] is None
    right = summarise([score_article(gold, [Pred(20, 30, "PERSON", "John Smith", "Secretary of State")])])
    assert right["title_accuracy"] == 1.0
    wrong = summarise([score_article(gold, [Pred(20, 30, "PERSON", "John Smith", "Secretary")])])
    assert wrong["title_accuracy"] == 0.0


def test_baseline_takes_capitalised_runs() -> None:
    text = "The Bank of England said talks in New York with U.S. firms went on. Later Acme fell."
    spans = {text[p.start : p.end] for p in baseline_mentions(text, len(text))}
    assert {"Bank of England", "New York", "U.S.", "Later Acme"} <= spans
    assert "The" not in spans
    assert all(p.type == "ORG" for p in baseline_mentions(text, len(text)))


def test_baseline_respects_the_cut() -> None:
    text = "Paris is far. Berlin is near."
    assert [text[p.start : p.end] for p in baseline_mentions(text, 13)] == ["Paris"]


_TYPES = st.sampled_from(["PERSON", "ORG", "GPE", "LOC"])


@st.composite
def _mentions(draw: st.DrawFn) -> list[dict[str, Any]]:
    """Flat, non-overlapping gold mentions."""
    starts = sorted(draw(st.sets(st.integers(0, 500), max_size=12)))
    out = []
    for a, b in zip(starts, [*starts[1:], 600][: len(starts)], strict=True):
        end = draw(st.integers(a + 1, b))
        out.append(_gold(a, end, draw(_TYPES), draw(st.sampled_from(["Acme", "Iran", "J Smith"]))))
    return out


@given(_mentions())
def test_gold_against_itself_is_perfect(gold: list[dict[str, Any]]) -> None:
    pred = [Pred(g["start"], g["end"], g["type"], g["canonical"]) for g in gold]
    figures = summarise([score_article(gold, pred)])
    if gold:
        assert figures["mention_typed"]["f1"] == 1.0
        assert figures["type_accuracy"] == figures["canonical_accuracy"] == 1.0


@given(_mentions(), _mentions())
def test_scores_stay_in_range(gold: list[dict[str, Any]], other: list[dict[str, Any]]) -> None:
    pred = [Pred(g["start"], g["end"], g["type"], g["canonical"]) for g in other]
    figures = summarise([score_article(gold, pred)])
    for key in ("mention_span", "mention_typed"):
        assert all(0.0 <= v <= 1.0 for v in figures[key].values())
    assert figures["mention_typed"]["f1"] <= figures["mention_span"]["f1"]


def test_baseline_joins_names_with_and_of() -> None:
    text = "Shares of Procter and Gamble rose."
    assert [text[p.start : p.end] for p in baseline_mentions(text, len(text))] == [
        "Shares of Procter and Gamble"
    ]


def test_a_gold_name_beginning_with_the_matches_as_written() -> None:
    text = "The Hobbit sold well."
    start, end = normalise_span(text, 0, 10)
    counts = score_article(
        [_gold(0, 10, "PRODUCT", "The Hobbit")], [Pred(start, end, "PRODUCT", "The Hobbit", raw=(0, 10))]
    )
    assert (counts["span"], counts["typed"], counts["canonical"]) == (1, 1, 1)
