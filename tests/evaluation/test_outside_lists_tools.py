"""tools/pipeline_ab.py and tools/duplicate_texts.py on the computed outside lists (session 35, tools2).

No corpora needed: a fake repository and corpus under ``tmp_path``. The ids here are built from pieces,
so that this file names no news id of the real corpus (it sits under tests/, whose files the recipe
reads).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from evaluation import outside_lists

from .fake_repository import bbc, write
from .tool_modules import tool_module


def articles_file(path: Path, texts: dict[str, str]) -> Path:
    """A news JSONL file of ``texts`` by id, in order."""
    write(path, "".join(json.dumps({"id": i, "text": t, "title": ""}) + "\n" for i, t in texts.items()))
    return path


def test_pipeline_ab_reads_the_unused_ids_by_the_one_recipe(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """pipeline_ab's default ids are ``evaluation.outside_lists``'s, over its ``--articles`` file: a
    CSV file names an id, so does ``news:`` before one (the old token scan of five suffixes missed
    both); a pool file names none."""
    pipeline_ab = tool_module("pipeline_ab")
    root = tmp_path / "repo"
    write(root / "evaluation" / "data" / "set_s1.jsonl", json.dumps({"id": bbc(2)}) + "\n")
    write(root / "evaluation" / "data" / "notes.csv", f"id,why\n{bbc(3)},drawn\n")
    write(root / "tests" / "test_x.py", f'KEY = "news:{bbc(4)}"\n')
    write(root / "evaluation" / "data" / "draw_s1_pool.txt", bbc(5) + "\n")
    ids = [bbc(6), bbc(1), bbc(2), bbc(3), bbc(4), bbc(5)]
    articles = articles_file(tmp_path / "elsewhere.jsonl", {i: f"Text {i}." for i in ids})
    monkeypatch.setattr(pipeline_ab, "REPOSITORY", root)
    monkeypatch.setattr(sys, "path", [*sys.path])
    assert pipeline_ab.unused_ids(articles) == [bbc(6), bbc(1), bbc(5)]
    assert pipeline_ab.unused_ids(articles) == outside_lists.unused_article_ids(root, articles)
    assert [a["id"] for a in pipeline_ab.load_articles(articles, None)] == [bbc(6), bbc(1), bbc(5)]
    corpora = tmp_path / "corpora"
    articles_file(corpora / "news" / "articles.jsonl", {i: "" for i in ids})
    assert outside_lists.unused_news_ids(root, corpora) == [bbc(6), bbc(1), bbc(5)]


#: PolNeAR train names of sha1 parity 1 (months 2, 6, 7, 8) and 0 (month 1)
POLNEAR = {m: f"paper_2016-0{m}-01_story.txt" for m in (1, 2, 6, 7, 8)}


def fake_checkout(tmp_path: Path) -> tuple[Path, Path]:
    """A repository and corpora: news ids 1-6 (3 copies 1; 6 copies 4, which a tuning set names), PolNeAR
    train texts (month 6 copies month 2; month 7 named by a test)."""
    corpora = tmp_path / "corpora"
    texts = {
        1: "Story one.",
        2: "Story two.",
        3: "story  ONE.",
        4: "Gold text.",
        5: "Story five.",
        6: "gold text.",
    }
    articles_file(corpora / "news" / "articles.jsonl", {bbc(n): t for n, t in texts.items()})
    folder = corpora / "polnear" / "train" / "text"
    for month, name in POLNEAR.items():
        write(folder / name, "The same story." if month in (2, 6) else f"Story of month {month}.")
    root = tmp_path / "repo"
    write(
        root / "evaluation" / "data" / "real_claims.jsonl", json.dumps({"id": bbc(4), "split": "dev"}) + "\n"
    )
    write(root / "tests" / "test_y.py", f'STEM = "{POLNEAR[7].removesuffix(".txt")}"\n')
    return root, corpora


def test_duplicate_texts_reports_the_computed_lists_as_the_same_lists_given(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """With no ``--unused`` / ``--polnear`` the report reads the computed lists, and it is the report of
    the same lists given as files, byte for byte (no path in it); stderr says where each came from."""
    tool = tool_module("duplicate_texts")
    monkeypatch.setattr(tool, "quantity_sentences", lambda corpora: [])
    root, corpora = fake_checkout(tmp_path)
    unused = [bbc(n) for n in (1, 2, 3, 5, 6)]
    polnear = [POLNEAR[m] for m in (2, 6, 8)]
    assert outside_lists.unused_news_ids(root, corpora) == unused
    assert outside_lists.polnear_counting_half(root, corpora) == polnear
    given_unused, given_polnear = tmp_path / "unused.txt", tmp_path / "polnear.txt"
    given_unused.write_text(outside_lists.list_text(unused), encoding="utf-8")
    given_polnear.write_text(outside_lists.list_text(polnear), encoding="utf-8")
    argv = ["--root", str(root), "--corpora", str(corpora)]
    assert tool.main(argv) == 0
    computed = capsys.readouterr()
    assert tool.main([*argv, "--unused", str(given_unused), "--polnear", str(given_polnear)]) == 0
    given = capsys.readouterr()
    assert computed.out == given.out
    assert "## outside news list: 5 ids, 0 without a text" in computed.out
    assert "## outside polnear list: 3 ids, 0 without a text" in computed.out
    assert str(tmp_path) not in computed.out
    assert "outside news list: computed from" in computed.err
    assert f"outside news list: {given_unused}" in given.err


def test_duplicate_texts_writes_the_deduplicated_computed_lists(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """``--write-unused`` / ``--write-polnear`` with no list given write the computed lists without
    their copies (the later id of a group, an id whose text a set names), one name a line."""
    tool = tool_module("duplicate_texts")
    monkeypatch.setattr(tool, "quantity_sentences", lambda corpora: [])
    root, corpora = fake_checkout(tmp_path)
    out_unused, out_polnear = tmp_path / "unused_dedup.txt", tmp_path / "polnear_dedup.txt"
    argv = ["--root", str(root), "--corpora", str(corpora)]
    assert tool.main([*argv, "--write-unused", str(out_unused), "--write-polnear", str(out_polnear)]) == 0
    printed = capsys.readouterr().out
    assert out_unused.read_text(encoding="utf-8") == "".join(f"{bbc(n)}\n" for n in (1, 2, 5))
    assert out_polnear.read_bytes() == f"{POLNEAR[2]}\n{POLNEAR[8]}\n".encode()
    assert f"wrote {out_unused}: 3 of 5 ids (2 dropped)" in printed
    assert f"wrote {out_polnear}: 2 of 3 ids (1 dropped)" in printed
