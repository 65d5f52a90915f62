"""Texts that copy a named text or an earlier text (session 34): outside lists and draws compare texts."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from evaluation.data import drawing
from evaluation.text_copies import Dropped, describe, drop_copies, named_index, normalise

from .tool_modules import tool_module


def test_normalise_ignores_case_and_white_space() -> None:
    """Two ids of one article differ only in case and spacing."""
    assert normalise("  The Deal\n\nwas  SIGNED ") == "the deal was signed"


def test_drop_copies_drops_named_copies_then_later_copies_in_order() -> None:
    """A copy of a named text goes, the first of a repeated text stays, its later copies go."""
    named = named_index({"set-1": "Named story.", "set-2": ""}, ["set-1", "set-2"])
    items = [
        ("out-a", "Fresh story."),
        ("out-b", "named  STORY."),
        ("out-c", "fresh story."),
        ("out-d", "Another story."),
        ("out-e", ""),
        ("out-f", ""),
    ]
    kept, dropped = drop_copies(items, named)
    assert kept == ["out-a", "out-d", "out-e", "out-f"]
    assert dropped == [Dropped("out-b", "set-1", True), Dropped("out-c", "out-a", False)]


def test_named_index_keeps_the_first_id_of_a_text() -> None:
    """Two named ids of one text: the first named is the one reported."""
    assert named_index({"x": "Same.", "y": "same."}, ["y", "x"]) == {"same.": "y"}


def test_describe_gives_ids_and_counts_only() -> None:
    """The report names ids and counts, never a text."""
    line = describe("outside texts", 5, [Dropped("out-b", "set-1", True), Dropped("out-c", "out-a", False)])
    assert line.splitlines()[0] == (
        "outside texts: 3 of 5 texts kept; 2 dropped as copies (1 of a text a set or test names, "
        "1 of an earlier text of the list)"
    )
    assert line.splitlines()[1] == "    dropped: out-b=set-1(named) out-c=out-a"
    assert describe("none", 2, []) == (
        "none: 2 of 2 texts kept; 0 dropped as copies (0 of a text a set or test names, "
        "0 of an earlier text of the list)"
    )


def _repo(tmp_path: Path, named: str) -> Path:
    """A repository holding one evaluation file that names ``named``."""
    repo = tmp_path / "repo"
    (repo / "evaluation").mkdir(parents=True)
    (repo / "tests").mkdir()
    (repo / "evaluation" / "set.txt").write_text(named + "\n", encoding="utf-8")
    return repo


TEXTS = {
    "news-a": "A story.",
    "news-b": "a  STORY.",
    "news-c": "Other.",
    "news-d": "other.",
    "news-e": "New.",
}


def test_a_new_draw_skips_copies_of_named_texts_and_earlier_candidates(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """From session 34 a draw skips a named text's copy and a candidate's later copy, saying so."""
    repo = _repo(tmp_path, "news-a")
    found = drawing.copies_named_before(repo, ["news-b", "news-c", "news-d", "news-e"], 34, TEXTS)
    assert found == {"news-b": "news-a", "news-d": "news-c"}
    assert "2 of 4 candidates skipped as copies: news-b=news-a news-d=news-c" in capsys.readouterr().err
    unused = {"news-a", "news-b", "news-c", "news-d", "news-e"}
    assert drawing.ids_named_before(repo, unused, 34, TEXTS) == {"news-a", "news-b", "news-d"}


def test_an_earlier_draw_reproduces_as_it_was(tmp_path: Path) -> None:
    """Before session 34 only the ids a file names are skipped, so a committed draw reproduces."""
    repo = _repo(tmp_path, "news-a")
    assert drawing.copies_named_before(repo, ["news-b", "news-d"], 33, TEXTS) == {}
    unused = {"news-a", "news-b", "news-c", "news-d"}
    assert drawing.ids_named_before(repo, unused, 33, TEXTS) == {"news-a"}
    assert drawing.ids_named_before(repo, unused, 34) == {"news-a"}


def _tml(folder: Path, stem: str, body: str) -> None:
    """A minimal TimeML file."""
    folder.mkdir(parents=True, exist_ok=True)
    raw = f'<TimeML><DCT><TIMEX3 tid="t0" value="1998-01-01">x</TIMEX3></DCT><TEXT>{body}</TEXT></TimeML>'
    (folder / f"{stem}.tml").write_text(raw, encoding="utf-8")


def test_tempeval_stories_skip_copies_from_session_34(tmp_path: Path) -> None:
    """A wire story that copies a named story or an earlier one is a candidate before 34, not after."""
    folder = tmp_path / "tempeval3" / "aquaint"
    _tml(folder, "W1", "The named story.")
    _tml(folder, "W2", "The  named story.")
    _tml(folder, "W3", "A fresh story.")
    _tml(folder, "W4", "A fresh STORY.")
    old = [s[0] for s in drawing.tempeval_stories(tmp_path, "W1", set())]
    new = [s[0] for s in drawing.tempeval_stories(tmp_path, "W1", set(), session=34)]
    assert old == ["tempeval3-aquaint-W2", "tempeval3-aquaint-W3", "tempeval3-aquaint-W4"]
    assert new == ["tempeval3-aquaint-W3"]


def test_outside_scan_drops_copies_unless_asked_to_keep_them(tmp_path: Path) -> None:
    """``without_copies`` drops a named text's copy and later copies, and says what it did either way."""
    copies = tool_module("outside_copies")
    corpora = tmp_path / "corpora"
    news = corpora / "news"
    news.mkdir(parents=True)
    rows = [f'{{"id": "{k}", "text": "{t}", "title": ""}}' for k, t in TEXTS.items()]
    (news / "articles.jsonl").write_text("\n".join(rows) + "\n", encoding="utf-8")
    repo = tmp_path / "repo"
    (repo / "evaluation" / "data").mkdir(parents=True)
    (repo / "tests").mkdir()
    (repo / "evaluation" / "data" / "set_x.jsonl").write_text('{"news": "bbc-made-001"}\n', encoding="utf-8")
    (news / "articles.jsonl").write_text(
        (news / "articles.jsonl").read_text(encoding="utf-8")
        + '{"id": "bbc-made-001", "text": "A story.", "title": ""}\n',
        encoding="utf-8",
    )
    items = [("news-b", "a  STORY.", None), ("news-c", "Other.", None), ("news-d", "other.", None)]
    out = io.StringIO()
    assert copies.without_copies(items, corpora, root=repo, keep=True, out=out) == items
    assert "copies kept (--keep-copies)" in out.getvalue()
    out = io.StringIO()
    kept = copies.without_copies(items, corpora, root=repo, label="list", out=out)
    assert [k for k, _, _ in kept] == ["news-c"]
    assert "list: 1 of 3 texts kept; 2 dropped" in out.getvalue()
    assert "news-b=bbc-made-001(named) news-d=news-c" in out.getvalue()
