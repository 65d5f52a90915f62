"""The session-18 wire claims check set: registered, halves alternating along the committed draw, the
file that of the gold script and anchors, no story of an earlier set or of either wire pool, the seeded
draw reproduced with its per-source cap, and the claims scorer rebuilding TempEval-3 texts."""

from __future__ import annotations

import json
import os
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from evaluation.claims_real import main as score
from evaluation.claims_real import read_gold
from evaluation.data.claims_wire_s18_gold import DRAWN, OUT, row, rows, texts_and_dates
from evaluation.data.drawing import CHECK_SETS
from evaluation.data.select_agreements_wire_s18 import POOL as AGREEMENTS_POOL
from evaluation.data.select_claims_wire_s18 import POOL, cue_count, draw, news_source
from evaluation.data.select_events_wire_s18 import POOL as EVENTS_POOL
from evaluation.real_common import rebuilt_texts

CORPORA = Path(
    os.environ.get("NEWSPARSE_CORPORA", Path(__file__).resolve().parents[3] / "shared" / "corpora")
)
HAS_TEMPEVAL = (CORPORA / "tempeval3" / "timebank").is_dir()
KINDS = {"direct", "indirect", "according_to", "belief", "perception"}


def _records() -> list[dict[str, Any]]:
    """The rows of the set, in file order."""
    return [json.loads(line) for line in OUT.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_the_set_is_registered_and_its_halves_follow_the_draw() -> None:
    """In CHECK_SETS; rows in draw order, halves alternating A, B (9 each), each row a TimeML file."""
    assert OUT.name in CHECK_SETS
    assert [h for _, h in DRAWN] == ["A", "B"] * 9
    records = _records()
    assert [(r["id"], r["split"]) for r in records] == [(i, f"check_wire_s18_{h}") for i, h in DRAWN]
    assert all(r["tml"].endswith(".tml") and "doc" not in r and "text" not in r for r in records)
    assert {c["kind"] for r in records for c in r["claims"]} <= KINDS
    assert sum(len(r["claims"]) for r in records if r["split"].endswith("_A")) == 54
    assert sum(len(r["claims"]) for r in records if r["split"].endswith("_B")) == 78


def test_the_seeded_draw_reproduces_the_id_list_from_the_committed_pool() -> None:
    """The draw of the committed pool is the id list; at most 6 per source, which leaves 18 (14 AP,
    5 NYT, 1 SJMN, 21 WSJ candidates); nothing either earlier wire draw pooled."""
    lines = POOL.read_text(encoding="utf-8").splitlines()
    assert draw(lines) == [tuple(d) for d in DRAWN]
    source = dict(line.split() for line in lines)
    assert Counter(source.values()) == {"APW": 14, "NYT": 5, "SJMN": 1, "WSJ": 21}
    assert max(Counter(source[i] for i, _ in DRAWN).values()) == 6
    pooled = {
        line.split()[0] for p in (EVENTS_POOL, AGREEMENTS_POOL) for line in p.read_text().splitlines() if line
    }
    assert not set(source) & pooled


def test_the_cap_and_the_cues() -> None:
    """A source past its cap is skipped; cues are whole words in any case; sources are upper-cased."""
    pool = [f"x{n} WSJ" for n in range(10)] + [f"y{n} APW" for n in range(3)]
    drawn = draw(pool)
    assert len(drawn) == 9 and sum(i.startswith("x") for i, _ in drawn) == 6
    assert cue_count("He said so. A Statement followed, according to aides; she denied it.") == 4
    assert cue_count("unsaid, retold") == 0
    assert news_source("wsj_0006") == "WSJ" and news_source("APW19980227.0487") == "APW"


def test_a_row_names_its_timeml_file_and_never_its_text() -> None:
    """A row stores where its text is, its half, no cut and its gold."""
    line = row("tempeval3-aquaint-NYT19981121.0173", "A", "1998-11-21", [])
    assert line["tml"] == "aquaint/NYT19981121.0173.tml" and line["split"] == "check_wire_s18_A"
    assert set(line) == {"id", "tml", "subset", "split", "published", "cut", "claims"}


def test_the_claims_scorer_reads_tml_rows(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``claims_real --gold`` rebuilds a tml row's text (tags stripped) with no news corpus present."""
    folder = tmp_path / "tempeval3" / "timebank"
    folder.mkdir(parents=True)
    (folder / "X.tml").write_text(
        '<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="1998-03-06">1998-03-06</TIMEX3></DCT>'
        "<TEXT>Prices will fall, the <EVENT>minister</EVENT> said &amp; left.</TEXT></TimeML>",
        encoding="utf-8",
    )
    cue = {"start": 28, "end": 32, "text": "said"}
    claim = {
        "cue": cue,
        "source": None,
        "source_entity": None,
        "content": [{"start": 0, "end": 16}],
        "kind": "indirect",
        "negated": False,
        "modality": None,
    }
    gold = tmp_path / "set.jsonl"
    gold.write_text(json.dumps(row("tempeval3-timebank-X", "A", "1998-03-06", [claim])) + "\n")
    texts = read_gold(gold, str(tmp_path))
    assert texts is not None and texts[0]["text"] == "Prices will fall, the minister said & left."
    assert score(["--gold", str(gold), "--split", "check_wire_s18_A", "--corpora", str(tmp_path)]) == 0
    assert "check_wire_s18_A" in capsys.readouterr().out
    assert read_gold(gold, str(tmp_path / "absent")) is None


@pytest.mark.skipif(not HAS_TEMPEVAL, reason="TempEval-3 absent")
def test_the_file_holds_the_resolved_anchors_and_the_scorer_rebuilds_the_texts() -> None:
    """The stored rows are those the gold script builds from the anchors, each span's text at its
    offsets; the scorer's reader gives the same texts."""
    texts, dates = texts_and_dates(CORPORA)
    records = _records()
    assert records == rows(texts, dates)
    for record in records:
        text = texts[record["id"]]
        for claim in record["claims"]:
            assert text[claim["cue"]["start"] : claim["cue"]["end"]] == claim["cue"]["text"]
            if claim["source"]:
                assert text[claim["source"]["start"] : claim["source"]["end"]] == claim["source"]["text"]
            for piece in claim["content"]:  # the anchor is found at the start, the end anchor ends it
                assert text.startswith(piece["from"], piece["start"])
                assert text[piece["start"] : piece["end"]].endswith(piece["to"])
    assert rebuilt_texts(CORPORA, records) == {r["id"]: texts[r["id"]] for r in records}


@pytest.mark.skipif(not HAS_TEMPEVAL, reason="TempEval-3 absent")
def test_no_drawn_story_is_named_by_an_earlier_data_file() -> None:
    """No drawn file name appears in a data file made before this session (pools aside)."""
    from evaluation.data.drawing import earlier_text
    from evaluation.data.select_claims_wire_s18 import DATA, SESSION

    named = earlier_text(DATA, SESSION, whole_path=True)
    assert not [i for i, _ in DRAWN if i.split("-", 2)[2] in named]
