"""The seed article: every amount it states, with value, bounds, modifier, unit and counted noun."""

from __future__ import annotations

from newsparse.pipeline import Pipeline

from .conftest import quantities_of


def test_seed_quantities(pipe: Pipeline, seed_text: str) -> None:
    doc = pipe.parse(seed_text, published="2018-02-06")
    assert not doc.problems
    got = [
        (q.text, q.value, q.low, q.high, q.modifier, q.unit, q.counted.text if q.counted else None)
        for q in quantities_of(doc)
    ]
    assert got == [
        ("dozens", None, 24, 99, None, None, None),  # headline: "dozens killed"
        ("dozens", None, 24, 99, None, None, "casualties"),
        ("30", 30, 30, 30, None, None, "militants"),
        ("dozens", None, 24, 99, None, None, "civilians"),
        ("211", 211, 211, 211, None, None, "civilians"),
        ("1,447", 1447, 1447, 1447, None, None, "civilians"),  # the wounded civilians (elided noun)
        ("hundreds of thousands", None, 200000, 999999, None, None, "people"),
        ("closer to 10,000", 10000, None, None, "approx", None, None),
        ("over 3,000 square kilometers", 3000, 3000, None, "over", "km**2", None),
        ("roughly 3,035 square kilometers", 3035, None, None, "approx", "km**2", None),
        ("over 100", 100, 100, None, "over", None, "villages"),
    ]


def test_seed_bounds_and_offsets(pipe: Pipeline, seed_text: str) -> None:
    doc = pipe.parse(seed_text, published="2018-02-06")
    by_text = {q.text: q for q in quantities_of(doc)}
    over = by_text["over 3,000 square kilometers"]
    assert over.low_inclusive is False and over.kind == "dimension"
    assert over.unit_text == "square kilometers"
    wounded = by_text["1,447"]
    assert wounded.counted is not None
    assert seed_text[wounded.counted.start : wounded.counted.end] == "civilians"
    assert wounded.counted.start < wounded.start  # the noun of "211 civilians"
    for q in quantities_of(doc):
        assert seed_text[q.start : q.end] == q.text
        assert "Su-25" not in q.text and q.text != "25"
