"""The error classes and modifier counts of ``evaluation/dates_classes.py`` on hand-written cases."""

from __future__ import annotations

from pathlib import Path

from evaluation.dates import Timex, read_tml
from evaluation.dates_classes import error_class, modifier_placement, tune_classes

TML = """<?xml version="1.0" ?>
<TimeML>
<DCT><TIMEX3 tid="t0" type="DATE" value="2000-04-17">20000417</TIMEX3></DCT>
<TEXT>
He stayed about <TIMEX3 tid="t1" type="DURATION" value="P5H">five hours</TIMEX3> on
<TIMEX3 tid="t2" type="DATE" value="2000-04-16">Sunday night</TIMEX3>, as he did in
<TIMEX3 tid="t3" type="DATE" value="1968-XX">1968</TIMEX3> and <TIMEX3 tid="t4"
type="DATE" value="2000">early this year</TIMEX3>.
</TEXT>
</TimeML>
"""


def _t(start: int, end: int, value: str, type_: str = "DATE") -> Timex:
    """A timex with a placeholder text."""
    return Timex(start, end, "x", type_, value)


def test_error_class() -> None:
    """Each pair lands in its class; a right pair in none."""
    assert error_class(_t(0, 4, "1998"), _t(0, 4, "1998")) is None
    assert error_class(_t(0, 4, "1998"), None) == "miss"
    assert error_class(None, _t(0, 4, "1998")) == "false alarm"
    assert error_class(_t(6, 10, "PT5H", "DURATION"), _t(0, 10, "PT5H", "DURATION")) == "span only"
    assert error_class(_t(0, 6, "2000-04-16"), _t(0, 12, "2000-04-16TNI", "TIME")) == "part of day"
    assert error_class(_t(0, 6, "2000-04-06T04:00"), _t(0, 6, "2000-04-06T08:00Z")) == "time zone"
    assert error_class(_t(0, 6, "P1M", "DURATION"), _t(0, 6, "1998-09")) == "duration vs date"
    assert error_class(_t(0, 6, "P1W", "DURATION"), _t(0, 6, "1998-W33", "DURATION")) == "week"
    assert error_class(_t(0, 4, "1968-XX"), _t(0, 4, "1968")) == "unknown digits"
    assert error_class(_t(0, 4, "196X"), _t(0, 4, "196")) == "unknown digits"
    assert error_class(_t(0, 6, "1998-08-07"), _t(0, 6, "1998-08-14")) == "other day"
    assert error_class(_t(0, 6, "1988-10"), _t(0, 6, "1988")) == "granularity"
    assert error_class(_t(0, 6, "1988"), _t(0, 6, "1987")) == "other value"


def test_modifier_placement(tmp_path: Path) -> None:
    """A modifier before a gold span is outside it; one that opens the span is inside."""
    path = tmp_path / "fixture.tml"
    path.write_text(TML, encoding="utf-8")
    counts = modifier_placement(read_tml(path))
    assert counts[("about", "outside")] == 1
    assert counts[("early", "inside")] == 1
    assert counts[("about", "inside")] == counts[("early", "outside")] == 0


def test_tune_classes_skip_held(tmp_path: Path) -> None:
    """Only ``tune`` files are read: the fifth file of a corpus (held) never reaches the system."""
    for corpus in ("timebank", "aquaint"):
        (tmp_path / corpus).mkdir()
        for n in range(5):
            (tmp_path / corpus / f"doc{n}.tml").write_text(TML, encoding="utf-8")
    seen: list[str] = []

    def run(doc: object) -> list[Timex]:
        seen.append(getattr(doc, "name", ""))
        return []

    errors, modifiers = tune_classes(tmp_path, run)
    assert sorted(seen) == sorted(["doc0", "doc1", "doc2", "doc3"] * 2)
    assert errors[("aquaint", "miss")] == 16
    assert modifiers[("timebank", "about", "outside")] == 4
