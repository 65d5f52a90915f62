"""The two halves of TempEval-3's ``tune`` part (session 40): odd positions tune rules, even ones count."""

from __future__ import annotations

from pathlib import Path

import pytest
from evaluation.dates import TUNE_HALVES, tune_half_of

from evaluation import dates

TML = """<?xml version="1.0" ?>
<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="2018-02-06">20180206</TIMEX3></DCT>
<TEXT>Talks resumed on <TIMEX3 tid="t1" type="DATE" value="2018-02-10">Saturday</TIMEX3>.</TEXT></TimeML>
"""


def _corpora(tmp_path: Path, counts: dict[str, int]) -> Path:
    """A fake ``tempeval3`` folder with ``counts[corpus]`` files per corpus."""
    for corpus, n in counts.items():
        folder = tmp_path / "tempeval3" / corpus
        folder.mkdir(parents=True)
        for i in range(n):
            (folder / f"{corpus}_{i:02d}.tml").write_text(TML, encoding="utf-8")
    return tmp_path


def test_tune_half_of_alternates() -> None:
    """The 1st, 3rd, ... file of the tune part is tune-odd (0-based positions 0, 2, ...)."""
    assert [tune_half_of(i) for i in range(4)] == ["tune-odd", "tune-even", "tune-odd", "tune-even"]


def test_halves_split_the_tune_part_only(tmp_path: Path) -> None:
    """Held files get no half; tune files alternate across both corpora in the evaluation's order."""
    root = _corpora(tmp_path, {"timebank": 6, "aquaint": 5}) / "tempeval3"
    labelled = dates._labelled(root, 0, False)
    assert [(c, p, h) for c, p, h, _ in labelled if p == "held"] == [
        ("timebank", "held", ""),
        ("aquaint", "held", ""),
    ]
    tune = [(f.name, h) for _, p, h, f in labelled if p == "tune"]
    assert [h for _, h in tune] == [TUNE_HALVES[i % 2] for i in range(len(tune))]
    # TimeBank has 5 tune files, so AQUAINT's first tune file is the 6th: tune-even
    assert tune[5] == ("aquaint_00.tml", "tune-even")


@pytest.mark.parametrize("half", TUNE_HALVES)
def test_part_option_scores_one_half(tmp_path: Path, half: str, capsys: pytest.CaptureFixture[str]) -> None:
    """``--part tune-odd|tune-even`` scores only that half; ``--errors`` lists tune-odd files only."""
    corpora = _corpora(tmp_path, {"timebank": 5, "aquaint": 0})
    assert dates.main(["--corpora", str(corpora), "--part", half, "--no-peer", "--errors"]) == 0
    out = capsys.readouterr().out
    assert "2 documents" in out  # TimeBank's 4 tune files, every second one
    assert ("WRONG" in out) == (half == "tune-odd")  # the gold's value is wrong on purpose
    rows = [line.split()[0] for line in out.splitlines() if "newsparse" in line.split()[1:2]]
    assert half in rows and "held" not in rows
    other = TUNE_HALVES[1 - TUNE_HALVES.index(half)]
    assert other not in rows
