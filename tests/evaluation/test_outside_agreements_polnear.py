"""tools/outside_agreements.py's PolNeAR outside text (session 23): listed texts no set names, dated."""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

from .tool_modules import tool_module

ROOT = Path(__file__).resolve().parents[2]


def tool() -> ModuleType:
    """tools/outside_agreements.py as a module."""
    return tool_module("outside_agreements")


def test_polnear_texts_skip_named_files_and_carry_the_metadata_date(tmp_path: Path) -> None:
    """A listed text some file of the repository names is left out; the others come with their date."""
    corpora = tmp_path / "corpora"
    folder = corpora / "polnear" / "train" / "text"
    folder.mkdir(parents=True)
    (folder / "nyt_2016-01-01_fresh-story.txt").write_text("Iran signed the deal.", encoding="utf-8")
    (folder / "nyt_2016-01-02_named-story.txt").write_text("A named text.", encoding="utf-8")
    (corpora / "polnear" / "metadata.tsv").write_text(
        "compartment\tfilename\tpublication_date\n"
        "train\tnyt_2016-01-01_fresh-story\t2016-01-01\n"
        "train\tnyt_2016-01-02_named-story\t2016-01-02\n",
        encoding="utf-8",
    )
    repo = tmp_path / "repo"
    (repo / "evaluation").mkdir(parents=True)
    (repo / "tests").mkdir()
    (repo / "evaluation" / "set.txt").write_text("nyt_2016-01-02_named-story\n", encoding="utf-8")
    listing = tmp_path / "listing.txt"
    listing.write_text("nyt_2016-01-01_fresh-story.txt\nnyt_2016-01-02_named-story.txt\n", encoding="utf-8")
    found = list(tool().polnear_texts(corpora, listing, repo))
    assert found == [("polnear-nyt_2016-01-01_fresh-story", "Iran signed the deal.", "2016-01-01")]
