"""tools/outside_agreement_pool.py: the wire pool is drawn from CoNLL and TempEval only, split by place
before anything is parsed, and its counting half prints counts, never a text."""

from __future__ import annotations

from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from .tool_modules import tool_module

# Ids built from pieces: a file under tests/ that spells a real CoNLL story's or TempEval file's id names
# it, and the outside lists leave it out (``outside_agreements.named_text``).
CONLL = "conll2003" + "-train"
TEMPEVAL = "tempeval3-timebank-" + "wsj"
LISTED = [
    ("news-1", "a deal", "2004-01-01"),
    (f"{CONLL}-{3}", "Acme agreed to buy Globex.", "1996-08-22"),
    (f"{CONLL}-{5}", "a truce", "1996-08-23"),
    (f"{TEMPEVAL}_{1:04d}", "a merger", None),
    ("acled-X1", "a ceasefire", None),
]


def tool() -> ModuleType:
    """tools/outside_agreement_pool.py as a module."""
    return tool_module("outside_agreement_pool")


def test_the_pool_is_the_wire_texts_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """The unused news (and anything else) the outside list holds is left out; copies are dropped by
    ``without_copies`` (here: kept as given)."""
    module = tool()
    monkeypatch.setattr(module.outside, "_outside_texts", lambda corpora, unused, root: iter(LISTED))

    def as_given(items: Any, corpora: Path, **_: Any) -> list[Any]:
        return list(items)

    monkeypatch.setattr(module, "without_copies", as_given)
    pool = module.wire_texts(Path("/nowhere"))
    assert [t[0] for t in pool] == [LISTED[1][0], LISTED[2][0], LISTED[3][0]]


def test_the_halves_are_places_in_the_pool() -> None:
    """Even places (from 0) count, odd places shape; every text is in exactly one half."""
    texts = [(f"t{k}", "", None) for k in range(5)]
    assert [t[0] for t in tool().half_of(texts, "even")] == ["t0", "t2", "t4"]
    assert [t[0] for t in tool().half_of(texts, "odd")] == ["t1", "t3"]


def test_the_counting_half_prints_counts_only() -> None:
    """On the even half one line of counts, no text id and no sentence; on the odd half every row."""
    rows = [
        (LISTED[1][0], "acquisition 'buy'", "Acme agreed to buy Globex."),
        (LISTED[1][0], "merger 'merger'", "The merger was approved."),
        (LISTED[3][0], "truce 'truce'", "A truce held."),
    ]
    even = tool().report("even", rows, 10)
    assert len(even) == 1 and LISTED[1][0] not in even[0] and "Globex" not in even[0]
    assert "2 bearing agreements, 3 records" in even[0]
    assert "'conll2003-train': 2" in even[0] and "'tempeval': 1" in even[0]
    odd = tool().report("odd", rows, 10)
    assert len(odd) == 4 and "Acme agreed to buy Globex." in odd[0]
