"""A corpus id spelled in a test file takes its text out of the outside lists: only on purpose.

`evaluation.outside_lists` (and `tools/outside_agreements.py` for CoNLL-2003 stories) treat a text as
used when any file under evaluation/ or tests/ names its id, so a test that happens to spell a real
id moves texts between the outside halves after they were split (session 36's agreements piece did
this once by accident). The ids tests spell today are recorded here; a new one fails this test until
it is added to the record on purpose (or spelled in pieces, as fixtures of fake ids are). The file's
name carries its session (``_s36``) because the seeded draws of earlier sessions skip files tagged
later (`evaluation.data.drawing.tagged_before`): untagged, its record would change their draws.
"""

from __future__ import annotations

from pathlib import Path

from evaluation.outside_lists import NEWS_ID

from tests.evaluation.test_outside_agreements_polnear import tool

TESTS = Path(__file__).resolve().parents[1]
_CONLL_ID = tool()._CONLL_ID  # how tools/outside_agreements.py reads a CoNLL-2003 story's number

#: news ids spelled under tests/ (two named by their sets anyway; the rest fakes of fixtures)
RECORDED_NEWS = frozenset(
    {
        "bbc-business-201",
        "bbc-made-001",
        "bbc-politics-075",
        "bbc-test-001",
        "bbc-test-002",
        "bbc-test-003",
        "bbc-test-004",
        "reuters21578-99910",
        "reuters21578-99912",
    }
)
#: CoNLL-2003 train story numbers spelled under tests/ ("conll-train-7", "conll2003-train-4")
RECORDED_CONLL = frozenset({"0", "1", "4", "7"})


def spelled(pattern: object) -> dict[str, list[str]]:
    """Each match of ``pattern`` in the files under tests/ (this one left out), with the files."""
    found: dict[str, list[str]] = {}
    for path in sorted(TESTS.rglob("*")):
        if not path.is_file() or "__pycache__" in path.parts or path == Path(__file__).resolve():
            continue
        text = path.read_text(encoding="utf-8", errors="ignore")
        for match in pattern.findall(text):  # type: ignore[attr-defined]
            found.setdefault(match, []).append(str(path.relative_to(TESTS)))
    return found


def test_no_test_spells_a_news_id_that_is_not_recorded() -> None:
    new = {i: files for i, files in spelled(NEWS_ID).items() if i not in RECORDED_NEWS}
    assert not new, f"news ids that leave the outside lists (record them, or spell them in pieces): {new}"


def test_no_test_spells_a_conll_story_that_is_not_recorded() -> None:
    new = {i: files for i, files in spelled(_CONLL_ID).items() if i not in RECORDED_CONLL}
    assert not new, f"CoNLL-2003 stories that leave the outside pool (record them, or spell in pieces): {new}"


def test_the_guard_sees_an_id_spelled_in_a_file() -> None:
    news_id, story = "bbc-" + "tech-268", "conll2003-" + "train-12"  # in pieces: this file names no text
    assert NEWS_ID.findall(f"row('{news_id}')") == [news_id]
    assert _CONLL_ID.findall(f'"{story}"') == ["12"]
