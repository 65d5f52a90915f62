"""The narrative subset of ``evaluation/dates_narrative.py`` on a tiny hand-written fixture."""

from __future__ import annotations

from pathlib import Path

from evaluation.dates import read_tml
from evaluation.dates_narrative import half_of, narrative_items

TML = """<?xml version="1.0" ?>
<TimeML>
<DOCID>fixture</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="1999-04-19">19990419</TIMEX3></DCT>
<TEXT>
Slepian was killed on <TIMEX3 tid="t1" type="DATE" value="1998-10-23">Oct. 23</TIMEX3>.
He was shot at <TIMEX3 tid="t2" type="TIME" value="1998-10-23T22:00">10 p.m.</TIMEX3>
Police said <TIMEX3 tid="t3" type="DATE" value="1999-04-18">Sunday</TIMEX3> they had a suspect.
A hearing was held <TIMEX3 tid="t4" type="DATE" value="1998-11-02" anchorTimeID="t1">later</TIMEX3>.
Sales rose in <TIMEX3 tid="t5" type="DATE" value="1999-03">March</TIMEX3>.
</TEXT>
</TimeML>
"""


def _write(tmp_path: Path) -> Path:
    """The fixture written to a file."""
    path = tmp_path / "fixture.tml"
    path.write_text(TML, encoding="utf-8")
    return path


def test_narrative_items(tmp_path: Path) -> None:
    """Only relative expressions beyond the DCT's reach, explained by an earlier date, enter."""
    items = narrative_items(read_tml(_write(tmp_path)), "tune", TML)
    narrative = [it for it in items if it.kind == "narrative"]
    assert [(it.text, it.gold) for it in narrative] == [
        ("10 p.m.", "1998-10-23T22:00"),
        ("later", "1998-11-02"),
    ]
    assert narrative[0].anchor == "Oct. 23=1998-10-23"
    assert narrative[1].anchor == "t1=1998-10-23"


def test_dct_control(tmp_path: Path) -> None:
    """The control holds the expressions within the DCT's reach told after a date beyond it."""
    items = narrative_items(read_tml(_write(tmp_path)), "held", TML)
    control = [(it.text, it.gold, it.anchor) for it in items if it.kind == "dct"]
    assert control == [("Sunday", "1999-04-18", "Oct. 23=1998-10-23")]


WIDE = """<?xml version="1.0" ?>
<TimeML>
<DCT><TIMEX3 tid="t0" type="DATE" value="1999-04-19">19990419</TIMEX3></DCT>
<TEXT>
The plant closed on <TIMEX3 tid="t1" type="DATE" value="1999-04-17">April 17, 1999</TIMEX3>.
Workers left <TIMEX3 tid="t2" type="DATE" value="1999-04-18">the next day</TIMEX3>.
They met again <TIMEX3 tid="t3" type="DATE" value="1999-04-20">the next day</TIMEX3>.
Prices fell <TIMEX3 tid="t4" type="DATE" value="1998">last year</TIMEX3>.
</TEXT>
</TimeML>
"""


def test_widened_subset_reads_the_words_of_the_dct_reading(tmp_path: Path) -> None:
    """ "the next day" a day before the DCT cannot come from the DCT (widened in session 14); "the
    next day" a day after it can (a control item: told after a date beyond the DCT's reach), and "last
    year" one year before it can."""
    path = tmp_path / "wide.tml"
    path.write_text(WIDE, encoding="utf-8")
    items = narrative_items(read_tml(path), "tune", WIDE)
    assert [(it.text, it.gold, it.kind) for it in items] == [
        ("the next day", "1999-04-18", "narrative"),
        ("the next day", "1999-04-20", "dct"),
    ]


def test_halves_alternate() -> None:
    """Every second file of a corpus is held out of the narrative subset's tuning."""
    assert [half_of(i) for i in range(4)] == ["tune", "held", "tune", "held"]
