"""Parse every news article and write one JSON line per article, or compare with such a file.

The output check of a refactoring: the JSON of ``newsparse.parse(text, published=...)`` for each
article of the news corpus, written by the code before the change, must equal the JSON of the code
after it.  Usage::

    python -m evaluation.compare_outputs [ARTICLES] [OUT]               # write the JSON lines
    python -m evaluation.compare_outputs --compare BASELINE [ARTICLES]  # differences, exit 1 if any
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import newsparse

DEFAULT_ARTICLES = Path(os.environ.get("NEWSPARSE_CORPORA", "../shared/corpora")) / "news" / "articles.jsonl"


def outputs(articles: Path, limit: int | None = None) -> Iterator[str]:
    """The JSON line of every article (the first ``limit`` ones), as the baseline script wrote it."""
    with articles.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines):
            if limit is not None and number >= limit:
                return
            record = json.loads(line)
            published = record.get("published")
            doc = newsparse.parse(record["text"], published=published[:10] if published else None)
            yield doc.to_json()


def _differences(before: Any, after: Any, path: str = "") -> Iterator[str]:
    """Where two JSON values differ, as ``path: before -> after`` lines."""
    if isinstance(before, dict) and isinstance(after, dict):
        for key in dict.fromkeys([*before, *after]):
            yield from _differences(before.get(key), after.get(key), f"{path}.{key}" if path else key)
    elif isinstance(before, list) and isinstance(after, list) and len(before) == len(after):
        for index, (old, new) in enumerate(zip(before, after, strict=True)):
            yield from _differences(old, new, f"{path}[{index}]")
    elif before != after or type(before) is not type(after):
        yield f"{path}: {json.dumps(before)[:200]} -> {json.dumps(after)[:200]}"


def compare(baseline: Path, articles: Path, limit: int | None = None, shown: int = 20) -> int:
    """Print how the outputs differ from ``baseline``; the number of articles that differ."""
    differing = 0
    with baseline.open(encoding="utf-8") as expected:
        for number, (old, new) in enumerate(zip(expected, outputs(articles, limit), strict=False)):
            if old.rstrip("\n") == new:
                continue
            differing += 1
            if differing <= shown:
                for line in list(_differences(json.loads(old), json.loads(new)))[:10]:
                    print(f"article {number}: {line}")
        print(f"{number + 1} articles compared, {differing} differ")
    return differing


def main(argv: list[str] | None = None) -> int:
    """Write the outputs, or compare them with ``--compare BASELINE``."""
    parser = argparse.ArgumentParser(prog="python -m evaluation.compare_outputs", description=__doc__)
    parser.add_argument("articles", nargs="?", type=Path, default=DEFAULT_ARTICLES)
    parser.add_argument("out", nargs="?", type=Path, help="where to write (default: standard output)")
    parser.add_argument("--compare", type=Path, metavar="BASELINE", help="compare with this file instead")
    parser.add_argument("--limit", type=int, help="only the first N articles")
    args = parser.parse_args(argv)
    if args.compare is not None:
        return 1 if compare(args.compare, args.articles, args.limit) else 0
    out = args.out.open("w", encoding="utf-8") if args.out else sys.stdout
    try:
        for line in outputs(args.articles, args.limit):
            out.write(line + "\n")
    finally:
        if args.out:
            out.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
