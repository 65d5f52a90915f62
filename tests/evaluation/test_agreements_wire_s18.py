"""The session-18 wire agreements check set: registered, two equal halves of the committed draw, the
file that of the gold scripts, every stored offset at its anchor, no story of an earlier set or of
the wire events pool, the seeded draw reproduced, and the scorer rebuilding TempEval-3 texts."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest
from evaluation.agreements_real import main as score
from evaluation.data.agreements_wire_s18_gold import DRAWN, OUT, gold_a, row, texts_and_dates
from evaluation.data.agreements_wire_s18_gold_b import gold_b
from evaluation.data.drawing import CHECK_SETS
from evaluation.data.select_agreements_wire_s18 import POOL, draw, has_cue
from evaluation.data.select_events_wire_s18 import POOL as EVENTS_POOL
from evaluation.real_common import rebuilt_texts

from tests.evaluation.check_sets import assert_anchored_and_rebuilt, jsonl_rows

CORPORA = Path(
    os.environ.get("NEWSPARSE_CORPORA", Path(__file__).resolve().parents[3] / "shared" / "corpora")
)
HAS_TEMPEVAL = (CORPORA / "tempeval3" / "timebank").is_dir()


def _records() -> list[dict[str, Any]]:
    """The rows of the set, in file order."""
    return jsonl_rows(OUT)


def test_the_set_is_registered_and_its_halves_follow_the_draw() -> None:
    """In CHECK_SETS; rows in draw order, halves alternating A, B (12 each), each row a TimeML file."""
    assert OUT.name in CHECK_SETS
    assert [h for _, h in DRAWN] == ["A", "B"] * 12
    records = _records()
    assert [(r["id"], r["split"]) for r in records] == [(i, f"check_wire_s18_{h}") for i, h in DRAWN]
    assert all(r["tml"].endswith(".tml") and "doc" not in r and "text" not in r for r in records)
    assert sum(len(r["agreements"]) for r in records if r["split"].endswith("_A")) == 21
    assert sum(len(r["agreements"]) for r in records if r["split"].endswith("_B")) == 28


def test_the_seeded_draw_reproduces_the_id_list_from_the_committed_pool() -> None:
    """All 12 political candidates first (the pool holds no more), then 12 of the 53 others; none
    of the 38 ids the wire events draw pooled."""
    lines = POOL.read_text(encoding="utf-8").splitlines()
    assert draw(lines) == [tuple(d) for d in DRAWN]
    kinds = [line.split()[1] for line in lines]
    assert len(lines) == 65 and kinds.count("P") == 12
    political = {line.split()[0] for line in lines if line.endswith(" P")}
    assert {i for i, _ in DRAWN[:12]} == political
    events = set(EVENTS_POOL.read_text(encoding="utf-8").split())
    assert not {line.split()[0] for line in lines} & events


def test_the_cue_adds_peace_plans_and_talks_on() -> None:
    """The session-17 cue words, plus "peace plan" and "talks on"; a bare "talks" is no cue."""
    assert has_cue("They backed the peace plan.") and has_cue("Talks on trade resume.")
    assert has_cue("Both sides signed.") and not has_cue("Talks resumed on Monday.")


def test_a_row_names_its_timeml_file_and_never_its_text() -> None:
    """A row stores where its text is, its half and its gold, records in text order."""
    line = row("tempeval3-timebank-wsj_0006", "B", "1989-11-02", [])
    assert line["tml"] == "timebank/wsj_0006.tml" and line["split"] == "check_wire_s18_B"
    assert set(line) == {"id", "tml", "subset", "split", "published", "agreements"}


def test_the_agreements_scorer_reads_tml_rows(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``agreements_real --check`` rebuilds a tml row's text (tags stripped) and scores it."""
    folder = tmp_path / "tempeval3" / "timebank"
    folder.mkdir(parents=True)
    (folder / "X.tml").write_text(
        '<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="1998-03-06">1998-03-06</TIMEX3></DCT>'
        "<TEXT>Iraq and the U.N. signed an <EVENT>accord</EVENT> &amp; more.</TEXT></TimeML>",
        encoding="utf-8",
    )
    gold = tmp_path / "set.jsonl"
    gold.write_text(json.dumps(row("tempeval3-timebank-X", "A", "1998-03-06", [])) + "\n", encoding="utf-8")
    assert rebuilt_texts(tmp_path, [json.loads(gold.read_text())]) == {
        "tempeval3-timebank-X": "Iraq and the U.N. signed an accord & more."
    }
    assert score(["--check", str(gold), "--half", "A", "--corpora", str(tmp_path)]) == 0
    assert "1 articles, 0 gold agreements" in capsys.readouterr().out


@pytest.mark.skipif(not HAS_TEMPEVAL, reason="TempEval-3 absent")
def test_the_file_holds_the_gold_scripts_and_offsets_give_their_anchors() -> None:
    """The stored records and dates are those the gold scripts build, each span at its anchor, and
    the scorer rebuilds the same texts."""
    texts, dates = texts_and_dates(CORPORA)
    records = _records()
    gold = {**gold_a(texts), **gold_b(texts)}
    for record in records:
        expected = row(record["id"], record["split"][-1], dates[record["id"]], gold.get(record["id"], []))
        assert record == expected
    assert_anchored_and_rebuilt(records, texts, CORPORA)


@pytest.mark.skipif(not HAS_TEMPEVAL, reason="TempEval-3 absent")
def test_no_drawn_story_is_named_by_an_earlier_data_file() -> None:
    """No drawn file name appears in a data file made before this session (pools aside)."""
    from evaluation.data.drawing import earlier_text
    from evaluation.data.select_agreements_wire_s18 import DATA, SESSION

    named = earlier_text(DATA, SESSION)
    assert not [i for i, _ in DRAWN if i.split("-", 2)[2] in named]
