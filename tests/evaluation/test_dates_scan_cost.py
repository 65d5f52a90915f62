"""tools/dates_scan_cost.py replays the engine calls ``scan._matches`` makes: the replay must be faithful."""

from __future__ import annotations

import datetime as dt

from newsparse_dates import scan
from newsparse_dates.context import Context
from newsparse_dates.patterns import _compile_pattern
from tests.evaluation.tool_modules import tool_module

_PASSAGE = (
    "On March 3, 2019 the minister said talks would resume next week. Three days later, at 10:30 a.m., "
    "the 1990s deal was signed for two years; every Monday since then the board has met."
)


def test_the_replayed_matches_are_those_of_scan_matches() -> None:
    cost = tool_module("dates_scan_cost")
    ctx = Context(_PASSAGE, dt.date(2019, 3, 1), (0,), (len(_PASSAGE),))
    _, first, later, full = cost.replayed([ctx])
    expected = [
        (name, m.span())
        for name, windows in scan._windows(ctx.text, ctx.lowered).items()
        for m in scan._matches(ctx, name, windows)
    ]
    replayed = []
    for name, text, lo, hi in full:
        m = _compile_pattern(name)[0].match(text, lo, hi)
        if m is not None:
            replayed.append((name, m.span()))
    assert expected and sorted(replayed) == sorted(expected)
    assert len(first) >= len({name for name, _ in expected}) and len(later) <= len(full)


def test_a_text_whose_lower_case_changes_length_is_left_out() -> None:
    cost = tool_module("dates_scan_cost")
    text = "İstanbul, March 3, 2019"  # "İ" lower-cases to two characters
    ctx = Context(text, None, (0,), (len(text),))
    assert cost.replayed([ctx]) == ([], [], [], [])
