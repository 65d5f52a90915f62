"""The outside lists computed from a checkout and the corpora, by session 27's recipe (session 35).

Development only (never imported by the package). The outside-text tools used to read two files kept on
one machine (the unused news ids, the PolNeAR counting half); they now compute them here, so that a new
checkout or CI gets the same lists from the repository and the corpora alone:

- **unused news ids**: every id of ``news/articles.jsonl``, in the corpus's order, that no file under
  ``evaluation/`` or ``tests/`` names (draws' ``*_pool.txt`` inputs and ``__pycache__`` skipped), matched
  at id boundaries (:data:`NEWS_ID`: an id inside a longer id, ``-1`` inside ``-10``, is not named);
- **the PolNeAR counting half**: the PolNeAR train text file names (``polnear/train/text/*.txt``, sorted)
  whose stem no such file contains and whose :func:`counting_half` parity (sha1 of the file name) is 1.

Usage, from the repository root (prints the two counts; ``--write-*`` writes a list, one name a line):

    python -m evaluation.outside_lists [--corpora PATH] [--write-unused OUT] [--write-polnear OUT]
"""

from __future__ import annotations

import argparse
import functools
import hashlib
import json
import os
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Final

from evaluation.data.drawing import is_pool_file

ROOT: Final = Path(__file__).resolve().parents[1]
#: a news id at id boundaries (the one ``tools/duplicate_texts.py`` reads sets with)
NEWS_ID: Final = re.compile(r"(?<![\w-])(bbc-[a-z]+-\d{3}|reuters21578-\d+|wikinews-ID\d+)(?![\w-])")
#: the folders whose files name the texts that sets and tests use
NAMING_FOLDERS: Final = ("evaluation", "tests")


def default_corpora() -> Path:
    """The corpora folder: ``NEWSPARSE_CORPORA``, else ``shared/corpora`` beside the checkout's folder."""
    return Path(os.environ.get("NEWSPARSE_CORPORA", ROOT.parent / "shared" / "corpora"))


def naming_files(root: Path) -> list[Path]:
    """Every file under ``root``'s evaluation/ and tests/, sorted; draws' pools and ``__pycache__`` are
    left out."""
    found: list[Path] = []
    for folder in NAMING_FOLDERS:
        for path in sorted((root / folder).rglob("*")):
            skipped = is_pool_file(path.name) or "__pycache__" in path.relative_to(root).parts
            if path.is_file() and not skipped:
                found.append(path)
    return found


@functools.cache
def named_text(root: Path) -> str:
    """The text of :func:`naming_files`, joined by new lines (read once per root and process)."""
    return "\n".join(p.read_text(encoding="utf-8", errors="ignore") for p in naming_files(root))


def article_ids(articles: Path) -> list[str]:
    """Every id of a news JSONL file (one article a line), in its order."""
    with articles.open(encoding="utf-8") as lines:
        return [json.loads(line)["id"] for line in lines if line.strip()]


def news_ids(corpora: Path) -> list[str]:
    """Every id of the news corpus, in its order."""
    return article_ids(corpora / "news" / "articles.jsonl")


def unused_article_ids(root: Path, articles: Path) -> list[str]:
    """The ids of the news JSONL ``articles``, in its order, that no file under ``root``'s evaluation/ or
    tests/ names (the recipe, for a tool given its own articles file: ``tools/pipeline_ab.py``)."""
    named = set(NEWS_ID.findall(named_text(root)))
    return [i for i in article_ids(articles) if i not in named]


def unused_news_ids(root: Path, corpora: Path) -> list[str]:
    """The news ids, in the corpus's order, that no file under ``root``'s evaluation/ or tests/ names."""
    return unused_article_ids(root, corpora / "news" / "articles.jsonl")


def counting_half(file_name: str) -> bool:
    """Whether a PolNeAR train file (its name with ``.txt``) is in the counting half: sha1 parity 1 (the
    session-23 pools, drawn from the other half, all have parity 0)."""
    return int(hashlib.sha1(file_name.encode("utf-8")).hexdigest(), 16) % 2 == 1


def polnear_counting_half(root: Path, corpora: Path) -> list[str]:
    """The PolNeAR train file names, sorted, in the counting half, whose stem no file under ``root``'s
    evaluation/ or tests/ contains."""
    named = named_text(root)
    names = sorted(p.name for p in (corpora / "polnear" / "train" / "text").glob("*.txt"))
    return [n for n in names if counting_half(n) and n.removesuffix(".txt") not in named]


def unused_ids(given: Path | None, root: Path = ROOT, corpora: Path | None = None) -> list[str]:
    """The ids the file ``given`` lists (white-space separated), else :func:`unused_news_ids`."""
    if given is not None:
        return given.read_text(encoding="utf-8").split()
    return unused_news_ids(root, corpora or default_corpora())


def polnear_names(given: Path | None, root: Path = ROOT, corpora: Path | None = None) -> list[str]:
    """The file names the file ``given`` lists (white-space separated), else :func:`polnear_counting_half`."""
    if given is not None:
        return given.read_text(encoding="utf-8").split()
    return polnear_counting_half(root, corpora or default_corpora())


def list_text(names: Sequence[str]) -> str:
    """A list as its file holds it: one name a line, each ending in a new line."""
    return "".join(f"{n}\n" for n in names)


def main(argv: Sequence[str] | None = None) -> int:
    """Print how many ids each computed list holds; write the lists the options ask for."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--corpora", type=Path, default=default_corpora())
    parser.add_argument("--root", type=Path, default=ROOT, help="the checkout whose files name texts")
    parser.add_argument("--write-unused", type=Path, help="write the unused news ids here")
    parser.add_argument("--write-polnear", type=Path, help="write the PolNeAR counting half here")
    args = parser.parse_args(argv)
    root = args.root.resolve()
    for label, names, out in (
        ("unused news ids", unused_news_ids(root, args.corpora), args.write_unused),
        ("PolNeAR counting half", polnear_counting_half(root, args.corpora), args.write_polnear),
    ):
        print(f"{label}: {len(names)}")
        if out is not None:
            out.write_text(list_text(names), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
