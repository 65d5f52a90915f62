"""tools/outside_agreements.py's PolNeAR outside text (session 23): listed texts no set names, dated."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]


def tool() -> ModuleType:
    """tools/outside_agreements.py as a module (tools/ is not a package)."""
    path = ROOT / "tools" / "outside_agreements.py"
    spec = importlib.util.spec_from_file_location("outside_agreements", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("outside_agreements", module)
    spec.loader.exec_module(module)
    return module


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
