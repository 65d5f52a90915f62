"""A pitcher's walks and strikeouts take no noun elided from another count (they count batters)."""

from __future__ import annotations

import pytest

import newsparse


def _counted(text: str) -> list[tuple[str, str | None]]:
    doc = newsparse.parse(text, only=["quantities"])
    return [(q.text, q.counted.text if q.counted is not None else None) for q in doc.quantities]


@pytest.mark.parametrize(
    "text",
    [
        "Benes allowed five hits, walked two and struck out 10 for his 11th win.",
        "He pitched eight innings, walking four and striking out six.",
        "Nomo allowed six hits and walked four in the sixth.",
    ],
)
def test_walks_and_strikeouts_take_no_noun_of_another_count(text: str) -> None:
    counted = _counted(text)
    assert counted[0][1] in ("hits", "innings")
    assert all(noun is None for _, noun in counted[1:])


def test_a_walk_with_its_own_noun_keeps_it() -> None:
    assert ("two", "batters") in _counted("He walked two batters and struck out five.")


def test_other_parallel_counts_keep_the_elided_noun() -> None:
    assert ("30", "people") in _counted("The attack killed 20 people and wounded 30.")
