"""The TimeML reader and scorer of ``evaluation/dates.py`` on a tiny hand-written fixture."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from evaluation.dates import Timex, read_tml, score

TML = """<?xml version="1.0" ?>
<TimeML>
<DOCID>fixture</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2018-02-06">20180206</TIMEX3></DCT>
<TEXT>
Talks <EVENT eid="e1">resumed</EVENT> on
<TIMEX3 tid="t1" type="DATE" value="2018-02-03">Saturday</TIMEX3> in A &amp; B
after <TIMEX3 tid="t2" type="DURATION" value="P3M">three months</TIMEX3>.
</TEXT>
</TimeML>
"""


def test_read_tml(tmp_path: Path) -> None:
    """Tags are stripped, entities unescaped, and TIMEX3 offsets index the plain text."""
    path = tmp_path / "fixture.tml"
    path.write_text(TML, encoding="utf-8")
    doc = read_tml(path)
    assert doc.dct == dt.date(2018, 2, 6)
    assert "A & B" in doc.text and "<" not in doc.text
    assert [(t.text, t.type, t.value) for t in doc.gold] == [
        ("Saturday", "DATE", "2018-02-03"),
        ("three months", "DURATION", "P3M"),
    ]
    for t in doc.gold:
        assert doc.text[t.start : t.end] == t.text


def test_score(tmp_path: Path) -> None:
    """Strict, relaxed and value matches are counted one-to-one."""
    path = tmp_path / "fixture.tml"
    path.write_text(TML, encoding="utf-8")
    doc = read_tml(path)
    sat, months = doc.gold
    found = [
        Timex(sat.start, sat.end, sat.text, "DATE", "2018-02-03"),
        Timex(months.start + 6, months.end, "months", "DURATION", "P1M"),
        Timex(0, 5, "Talks", "DATE", "2018"),
    ]
    s = score(doc, found, 0.1)
    assert (s.gold, s.system, s.strict, s.relaxed, s.type_ok, s.value_ok) == (2, 3, 1, 2, 2, 1)
    fig = s.figures()
    assert round(fig["value_f1"], 2) == 40.0
