"""evaluation/outside_lists.py (session 35): the outside lists computed from a checkout and the corpora.

The ids and file names here are built from pieces, so that this file names no news id of the real
corpus (it sits under tests/, whose files the recipe reads).
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from evaluation import outside_lists

from .fake_repository import REUTERS, WIKINEWS, bbc, write
from .tool_modules import tool_module


def fake_news(tmp_path: Path) -> tuple[Path, Path, list[str]]:
    """A repository and a news corpus: (root, corpora, the corpus's ids in order)."""
    ids = [bbc(1), f"{REUTERS}-1", bbc(2), f"{REUTERS}-10", f"{WIKINEWS}5", bbc(3), bbc(4), bbc(5)]
    corpora = tmp_path / "corpora"
    write(corpora / "news" / "articles.jsonl", "".join(json.dumps({"id": i, "text": i}) + "\n" for i in ids))
    root = tmp_path / "repo"
    write(root / "evaluation" / "data" / "set_s1.jsonl", json.dumps({"id": bbc(2)}) + "\n")
    write(root / "evaluation" / "data" / "draw_s1_pool.txt", bbc(3) + "\n")
    write(root / "evaluation" / "__pycache__" / "draw.cpython-311.pyc", bbc(4))
    write(root / "tests" / "test_set.py", f'ID = "{REUTERS}-10"\nOTHER = "{WIKINEWS}50"\n')
    write(root / "tests" / "notes.md", f"the draft-{bbc(5)} and {bbc(1)}x were never used\n")
    write(root / "docs" / "design.md", f"{bbc(1)} is named outside evaluation/ and tests/\n")
    return root, corpora, ids


def test_unused_ids_are_the_corpus_ids_no_file_names_in_corpus_order(tmp_path: Path) -> None:
    """A set names one id; a pool file and __pycache__ name none; an id inside a longer id or word is
    not named; a file outside evaluation/ and tests/ names none."""
    root, corpora, ids = fake_news(tmp_path)
    found = outside_lists.unused_news_ids(root, corpora)
    assert found == [bbc(1), f"{REUTERS}-1", f"{WIKINEWS}5", bbc(3), bbc(4), bbc(5)]
    assert found == [i for i in ids if i not in {bbc(2), f"{REUTERS}-10"}]


def test_a_given_file_overrides_the_computed_list(tmp_path: Path) -> None:
    """``--unused FILE`` reads the file's ids (white-space separated) as given; None computes."""
    root, corpora, _ = fake_news(tmp_path)
    given = tmp_path / "given.txt"
    given.write_text(f"{bbc(2)}\n{bbc(1)}  {bbc(9)}\n", encoding="utf-8")
    assert outside_lists.unused_ids(given, root, corpora) == [bbc(2), bbc(1), bbc(9)]
    assert outside_lists.unused_ids(None, root, corpora) == outside_lists.unused_news_ids(root, corpora)


def fake_polnear(tmp_path: Path) -> tuple[Path, Path]:
    """A repository and a PolNeAR train folder of eight texts (and a file that is not a text)."""
    corpora = tmp_path / "corpora"
    folder = corpora / "polnear" / "train" / "text"
    for month in range(8, 0, -1):
        write(folder / f"paper_2016-0{month}-01_story.txt", "A story.")
    write(folder / "README", "not a text")
    root = tmp_path / "repo"
    write(root / "tests" / "data" / "claims.json", json.dumps({"polnear": "x/paper_2016-07-01_story.txt"}))
    write(root / "evaluation" / "data" / "claims_s2_pool.txt", "paper_2016-08-01_story\n")
    write(root / "evaluation" / "set.py", "STEM = 'paper_2016-05-01_story'\n")
    return root, corpora


def test_counting_half_is_the_sha1_parity_of_the_file_name_with_its_suffix() -> None:
    """Parity 1 of the sha1 of the name with ``.txt``: month 4's stem alone has parity 1, its file 0."""
    months = {m: f"paper_2016-0{m}-01_story.txt" for m in range(1, 9)}
    assert [m for m, n in months.items() if outside_lists.counting_half(n)] == [2, 6, 7, 8]
    for name in months.values():
        assert outside_lists.counting_half(name) == (
            int(hashlib.sha1(name.encode()).hexdigest(), 16) % 2 == 1
        )
    assert int(hashlib.sha1(months[4].removesuffix(".txt").encode()).hexdigest(), 16) % 2 == 1


def test_polnear_counting_half_sorted_unnamed_parity_one(tmp_path: Path) -> None:
    """Of the parity-1 texts (2, 6, 7, 8), month 7's stem is named; month 8's only in a pool file."""
    root, corpora = fake_polnear(tmp_path)
    found = outside_lists.polnear_counting_half(root, corpora)
    assert found == ["paper_2016-02-01_story.txt", "paper_2016-06-01_story.txt", "paper_2016-08-01_story.txt"]
    assert outside_lists.polnear_names(None, root, corpora) == found


def test_main_writes_each_list_one_name_a_line(tmp_path: Path) -> None:
    """The written files hold one name a line, each line ended, as the reference files do."""
    root, corpora, _ = fake_news(tmp_path)
    folder = corpora / "polnear" / "train" / "text"
    write(folder / "paper_2016-02-01_story.txt", "A story.")
    write(folder / "paper_2016-04-01_story.txt", "A story.")
    unused, polnear = tmp_path / "unused.txt", tmp_path / "polnear.txt"
    argv = ["--root", str(root), "--corpora", str(corpora)]
    assert outside_lists.main([*argv, "--write-unused", str(unused), "--write-polnear", str(polnear)]) == 0
    listed = [bbc(1), f"{REUTERS}-1", f"{WIKINEWS}5", bbc(3), bbc(4), bbc(5)]
    assert unused.read_text(encoding="utf-8") == "".join(f"{i}\n" for i in listed)
    assert polnear.read_bytes() == b"paper_2016-02-01_story.txt\n"


def test_outside_agreements_reads_the_computed_counting_half_without_a_listing(tmp_path: Path) -> None:
    """tools/outside_agreements.py's ``polnear_texts`` with no listing reads the computed half."""
    root, corpora = fake_polnear(tmp_path)
    write(corpora / "polnear" / "metadata.tsv", "compartment\tfilename\tpublication_date\n")
    texts = tool_module("outside_agreements").polnear_texts(corpora, None, root, keep_copies=True)
    assert [text_id for text_id, _, _ in texts] == [
        "polnear-paper_2016-02-01_story",
        "polnear-paper_2016-06-01_story",
        "polnear-paper_2016-08-01_story",
    ]


def test_no_tool_reads_a_file_of_one_machine() -> None:
    """No development tool (``tools/*.py``, ``evaluation/*.py``) names a path of this project's machine;
    the draws under evaluation/data/ keep theirs in their docstrings, as history."""
    root = Path(__file__).resolve().parents[2]
    tools = [*sorted((root / "tools").glob("*.py")), *sorted((root / "evaluation").glob("*.py"))]
    assert [p.name for p in tools if "/work/" in p.read_text(encoding="utf-8")] == []
