"""A/B of the built-in agreements layer: a git revision's plugin against the working tree, in one process.

Development only (never imported by the package). Usage, from the repository root:

    python tools/ab_agreements_speed.py [--base REV] [--count 300] [--repeats 5] [--identity-only] [--first]

Every unused news article and every CoNLL-2003 train story is parsed once up to the layers the
agreements layer reads; both versions' ``extract`` then run on the same document: their agreements
(as JSON) must be identical on every document, and on ``--count`` drawn unused news articles (with
``--first``: the first ``--count`` articles of the news file, the articles ``make bench`` times) the
least CPU time of ``--repeats`` alternating runs is summed per version.  Only times are printed.
The base copy runs pure Python: when the working tree runs compiled (mypyc) a line says the times
are not like for like; ``tools/pipeline_ab.py alternate --base-checkout PATH`` compares two builds.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "plugins"), str(ROOT / "src"), str(ROOT / "tools")]

import attrs  # noqa: E402
from evaluation.conll_documents import read_documents, train_path  # noqa: E402
from pipeline_ab import DEFAULT_ARTICLES, load_articles  # noqa: E402
from plugin_ab import least_times, load_base, print_like_for_like_note  # noqa: E402

import newsparse  # noqa: E402
from newsparse import Document  # noqa: E402
from newsparse_agreements import records  # noqa: E402

CORPORA = Path(os.environ.get("NEWSPARSE_CORPORA", ROOT.parent / "shared" / "corpora"))


def upstream() -> Any:
    """The default pipeline without the agreements layer (its inputs only)."""
    pipeline = newsparse.default_pipeline()
    return attrs.evolve(pipeline, extractors=tuple(e for e in pipeline.extractors if e.name != "agreements"))


def documents(limit: int | None) -> list[Document]:
    """The unused news articles then the CoNLL train stories, parsed up to the agreements layer's inputs."""
    pipeline = upstream()
    docs = []
    for article in load_articles(DEFAULT_ARTICLES, None)[:limit]:
        docs.append(
            pipeline.parse(article["text"], published=article.get("published"), title=article.get("title"))
        )
    for story in read_documents(train_path(CORPORA))[:limit]:
        docs.append(pipeline.parse(story.text, published=story.published))
    return docs


def first_articles(count: int) -> list[Document]:
    """The first ``count`` articles of the news file (what ``make bench`` times), parsed up to the inputs."""
    pipeline = upstream()
    docs = []
    with DEFAULT_ARTICLES.open(encoding="utf-8") as lines:
        for _, line in zip(range(count), lines, strict=False):
            article = json.loads(line)
            docs.append(pipeline.parse(article["text"], published=article.get("published")))
    return docs


def as_json(agreements: Any) -> str:
    """The agreements as one JSON string (each agreement's own dict, sorted keys)."""
    return json.dumps([attrs.asdict(a) for a in agreements], sort_keys=True, default=str)


def main(argv: Sequence[str] | None = None) -> int:
    """Check identity on every document, then time both versions on a draw of news articles."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", default="c87a674")
    parser.add_argument("--count", type=int, default=300)
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--identity-only", action="store_true")
    parser.add_argument("--timing-only", action="store_true")
    parser.add_argument(
        "--first", action="store_true", help="time the first --count articles of the news file"
    )
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        old = load_base(args.base, Path(folder), "newsparse_agreements", "records")
        runs = [lambda d: list(old.extract(d)), lambda d: list(records.extract(d))]
        if not args.timing_only:
            docs = documents(args.limit)
            differing = [k for k, d in enumerate(docs) if as_json(runs[0](d)) != as_json(runs[1](d))]
            print(f"documents {len(docs)}, differing {len(differing)}: {differing[:20]}")
            if args.identity_only:
                return 0
            news = docs[: len(docs) - min(len(docs), 907 if args.limit is None else args.limit)]
            drawn = random.Random(14).sample(news, min(args.count, len(news)))
        else:
            drawn = []
        if drawn or args.first:
            print_like_for_like_note("newsparse_agreements")
        for name, inputs in (
            ("drawn unused news", drawn),
            ("first news", first_articles(args.count) if args.first else []),
        ):
            if inputs:
                base, new = least_times(runs, inputs, args.repeats)
                print(
                    f"agreements on {len(inputs)} {name}: base {base * 1000:.1f} ms, "
                    f"new {new * 1000:.1f} ms, {new / base:.3f}"
                )
    return 0


if __name__ == "__main__":
    sys.exit(main())
