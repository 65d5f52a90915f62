"""Matching, value normalisation and figures of the real dates scorer (synthetic, no corpus)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from evaluation.dates_real import Found, Scores, match, reference_class, same_value, score_article
from hypothesis import given
from hypothesis import strategies as st

TEXT = "On Tuesday, talks ended; in March 1987 prices rose. In April, they fell for two weeks."


def _gold(surface: str, value: str, anchor: str | None = "published", kind: str = "DATE") -> dict[str, Any]:
    """A gold expression on the first occurrence of surface in TEXT."""
    start = TEXT.index(surface)
    span = {"anchor": surface, "start": start, "end": start + len(surface), "text": surface}
    return {"id": surface, "span": span, "type": kind, "value": value, "mod": None, "anchor": anchor}


def _found(surface: str, value: str, kind: str = "DATE") -> Found:
    """A system expression on the first occurrence of surface in TEXT."""
    start = TEXT.index(surface)
    return Found(start, start + len(surface), surface, kind, value)


GOLD = [
    _gold("Tuesday", "1987-04-07"),
    _gold("March 1987", "1987-03", None),
    _gold("April", "1987-04", "March 1987"),
    _gold("two weeks", "P2W", None, "DURATION"),
]
ARTICLE = {"id": "a1", "published": "1987-04-08", "dates": GOLD}


def test_strict_pairs_come_first_then_overlaps_one_to_one() -> None:
    found = [_found("March", "1987-03"), _found("Tuesday", "1987-04-07"), _found("in March 1987", "1987-03")]
    pairs, strict = match(GOLD, found)
    assert strict == 1
    assert pairs == {1: 0, 0: 1}  # "in March 1987" stays unmatched: "March" took that gold first


def test_figures_of_a_run_with_a_miss_a_wrong_value_and_a_spurious_expression() -> None:
    found = [
        _found("Tuesday", "1987-04-07"),
        _found("March 1987", "1987-03"),
        _found("April", "1988-04"),  # the narrative's year missed
        _found("talks", "PRESENT_REF"),  # spurious
    ]
    scores = Scores()
    score_article(ARTICLE, found, scores)
    figures = scores.figures()
    assert figures["strict_f1"] == 2 * 3 / (2 * 3 + 1 + 1)
    assert figures["value_precision"] == 2 / 4 and figures["value_recall"] == 2 / 4
    assert figures["value_accuracy"] == 2 / 4
    assert figures["value_accuracy_narrative"] == 0.0
    assert figures["value_accuracy_absolute"] == 0.5  # "two weeks" was not found
    assert figures["value_accuracy_published"] == 1.0
    assert figures["gold"] == 4
    assert any("spurious 'talks'" in error for error in scores.errors)
    assert any("'April' 1987-04 (narrative) <- 'April' 1988-04" in error for error in scores.errors)


def test_value_accuracy_takes_any_overlapping_expression_with_the_value() -> None:
    found = [_found("for two weeks", "P2W", "DURATION"), _found("two", "2")]
    scores = Scores()
    score_article({**ARTICLE, "dates": [GOLD[3]]}, found, scores)
    assert scores.figures()["value_accuracy"] == 1.0
    assert scores.figures()["strict_f1"] == 0.0
    assert scores.figures()["relaxed_precision"] == 0.5


def test_reference_classes() -> None:
    assert [reference_class(g) for g in GOLD] == ["published", "absolute", "narrative", "absolute"]


def test_values_are_compared_after_normalisation() -> None:
    assert same_value("P1DE", "P10Y") and same_value("P2CE", "P200Y")
    assert same_value("P16.5Y", "P16Y6M") and same_value("P1W", "P7D") and same_value("PT48H", "P2D")
    assert not same_value("P1WE", "P2D") and not same_value("P1M", "P30D")
    assert same_value("1987-04-07T03:18Z", "1987-04-06T23:18-04")
    assert same_value("1987-04-07T03:18Z", "1987-04-07T03:18+00:00")
    assert not same_value("1987-04-07T03:18", "1987-04-06T23:18-04")  # no zone: local, not comparable
    assert not same_value("1987-04", "1987-04-07") and not same_value("PXY", "P1Y")


def test_quarters_are_three_months() -> None:
    """Session 36: "six quarters" written ``P6Q`` (the layer) or ``P18M`` (the gold) is one length."""
    assert same_value("P6Q", "P18M") and same_value("P1Q", "P3M") and same_value("P4Q", "P1Y")
    assert not same_value("P1Q", "P1M") and not same_value("PXQ", "P3M")


@given(st.text(max_size=20), st.text(max_size=20))
def test_same_value_is_reflexive_and_symmetric(a: str, b: str) -> None:
    assert same_value(a, a)
    assert same_value(a, b) == same_value(b, a)


@given(
    st.datetimes(min_value=dt.datetime(1900, 1, 2), max_value=dt.datetime(2100, 1, 1)),
    st.integers(min_value=-12, max_value=14),
)
def test_one_instant_in_any_zone_is_the_same_value(moment: dt.datetime, hours: int) -> None:
    utc = moment.replace(second=0, microsecond=0)
    local = utc + dt.timedelta(hours=hours)
    zone = f"{'+' if hours >= 0 else '-'}{abs(hours):02d}"
    assert same_value(utc.strftime("%Y-%m-%dT%H:%MZ"), local.strftime("%Y-%m-%dT%H:%M") + zone)


@given(st.integers(min_value=0, max_value=500), st.integers(min_value=0, max_value=11))
def test_a_length_in_years_and_months_equals_it_in_months(years: int, months: int) -> None:
    assert same_value(f"P{years}Y{months}M", f"P{12 * years + months}M")
    assert same_value(f"P{years}.5Y", f"P{years}Y6M")
    assert not same_value(f"P{years}Y{months}M", f"P{12 * years + months + 1}M")


def test_reference_accuracy_counts_right_values_resolved_against_the_gold_reference() -> None:
    march = TEXT.index("March 1987")
    found = [
        _found("Tuesday", "1987-04-07"),  # no reference recorded: read as absolute
        _found("March 1987", "1987-03"),
        Found(
            TEXT.index("April"),
            TEXT.index("April") + 5,
            "April",
            "DATE",
            "1987-04",
            "narrative",
            (march, march + 5),
        ),
        _found("two weeks", "P2W", "DURATION"),
    ]
    scores = Scores()
    score_article(ARTICLE, found, scores)
    # Tuesday's reference (published) was not said; March and two weeks need none; April used March 1987
    assert scores.figures()["reference_accuracy"] == 3 / 4
    wrong_span = [
        *found[:2],
        Found(found[2].start, found[2].end, "April", "DATE", "1987-04", "narrative", (0, 2)),
    ]
    scores = Scores()
    score_article(ARTICLE, wrong_span, scores)
    assert scores.figures()["reference_accuracy"] == 1 / 3
