"""Run the whole default pipeline over usable training text, to write a profile-guided build's profile.

Development only. Run it with the interpreter of a checkout built with ``NEWSPARSE_BUILD_CFLAGS``
holding ``-fprofile-generate=DIR`` (``tools/build_compiled.py``): every compiled library writes its
counts under DIR when the process ends. The training text (docs/design.md, "Session 39: pgo"): the
unused news articles (named by no evaluation set or test; ``--wikinews-only``: only the Wikinews ones,
CC BY), leaving out the bench's first ``--skip-first`` articles and every article
``tools/pipeline_ab.py`` draws to time or count (its seed, counts 40, 100 and 300), then
``seeds/*.txt``; never an evaluation set's text.

    .venv/bin/python tools/pgo_train.py --articles CORPORA/news/articles.jsonl --passes 2
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

REPOSITORY = Path(__file__).resolve().parents[1]
SKIP_FIRST = 300  # the bench reads the file's first 300 articles (its ratio the first 100)
BENCH_RATIO_HEAD = 100  # the bench's ratio reads the file's first 100 articles
DRAW_SEED = 14  # tools/pipeline_ab.py's default seed
DRAW_COUNTS = (40, 100, 300)  # its instructions, alternate (as run) and time defaults


def training_articles(articles: Path, skip_first: int, wikinews_only: bool) -> list[dict[str, Any]]:
    """The unused news articles (only the Wikinews ones if ``wikinews_only``) outside the bench's head
    and pipeline_ab's draws, in file order."""
    if str(REPOSITORY) not in sys.path:
        sys.path.append(str(REPOSITORY))
    from evaluation import outside_lists

    unused = outside_lists.unused_article_ids(REPOSITORY, articles)
    records = [json.loads(line) for line in articles.read_text(encoding="utf-8").splitlines() if line]
    head = {record["id"] for record in records[:skip_first]}
    by_id = {record["id"]: record for record in records}
    pool = [by_id[i] for i in unused if i in by_id]
    drawn = {a["id"] for n in DRAW_COUNTS for a in random.Random(DRAW_SEED).sample(pool, min(n, len(pool)))}
    return [
        record
        for record in pool
        if (not wikinews_only or str(record.get("subset", "")).startswith("wikinews/"))
        and record["id"] not in head
        and record["id"] not in drawn
    ]


def licensed_articles(articles: Path, bench_head: int) -> list[dict[str, Any]]:
    """The committed profile's training text (tools/pgo/README.md): every Wikinews article of the
    corpus (CC BY 2.5, "Wikinews contributors") outside its first ``bench_head`` (the bench's ratio
    reads those), in file order; never a BBC or Reuters text (research use only)."""
    records = [json.loads(line) for line in articles.read_text(encoding="utf-8").splitlines() if line]
    return [
        record for record in records[bench_head:] if str(record.get("subset", "")).startswith("wikinews/")
    ]


def seed_articles() -> list[dict[str, Any]]:
    """The repository's seed articles (``seeds/*.txt``), with no publication date."""
    return [
        {"id": path.stem, "text": path.read_text(encoding="utf-8"), "published": None, "title": None}
        for path in sorted((REPOSITORY / "seeds").glob("*.txt"))
    ]


def main(argv: Sequence[str] | None = None) -> int:
    """Parse the training text ``--passes`` times with the default pipeline; say how much it read."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=Path, required=True, help="the news JSONL (news/articles.jsonl)")
    parser.add_argument("--skip-first", type=int, default=SKIP_FIRST, help="the bench's head, left out")
    parser.add_argument("--passes", type=int, default=2, help="passes over the training text")
    parser.add_argument("--wikinews-only", action="store_true", help="only the Wikinews articles (CC BY)")
    parser.add_argument(
        "--licensed", action="store_true", help="the committed profile's text: Wikinews less the bench's 100"
    )
    parser.add_argument("--list", action="store_true", help="print the training ids only, parse nothing")
    args = parser.parse_args(argv)
    if args.licensed:
        found = licensed_articles(args.articles, BENCH_RATIO_HEAD)
    else:
        found = training_articles(args.articles, args.skip_first, args.wikinews_only)
    chosen = [*found, *seed_articles()]
    if args.list:
        print("\n".join(article["id"] for article in chosen))
        return 0
    import newsparse

    pipeline = newsparse.default_pipeline()
    for _ in range(max(1, args.passes)):
        for article in chosen:
            published, title = article.get("published"), article.get("title")
            pipeline.parse(article["text"], published=published, title=title, id=article["id"])
    chars = sum(len(article["text"]) for article in chosen)
    print(f"pgo training: {len(chosen)} texts, {chars:,} characters, {max(1, args.passes)} passes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
