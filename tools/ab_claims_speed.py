"""A/B of the built-in claims layer: a git revision's plugin against the working tree, in one process.

Development only (never imported by the package). Usage, from the repository root:

    python tools/ab_claims_speed.py [--base REV] [--count 300] [--repeats 5] [--identity-only]

Every unused news article and every CoNLL-2003 train story is parsed once up to the layers the
claims layer reads; both versions' ``extract`` then run on the same document: their claims (as
JSON) must be identical on every document, and on ``--count`` drawn news articles the least CPU
time of ``--repeats`` alternating runs is summed per version.
The base copy runs pure Python: when the working tree runs compiled (mypyc) a line says the times
are not like for like; ``tools/pipeline_ab.py alternate --base-checkout PATH`` compares two builds.
"""

from __future__ import annotations

import json
import os
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
from plugin_ab import ab_arguments, identity_then_times, load_base  # noqa: E402

import newsparse  # noqa: E402
from newsparse import Document  # noqa: E402
from newsparse_claims import resolve  # noqa: E402

CORPORA = Path(os.environ.get("NEWSPARSE_CORPORA", ROOT.parent / "shared" / "corpora"))


def documents(limit: int | None) -> list[Document]:
    """The unused news articles then the CoNLL train stories, parsed up to the claims layer's inputs."""
    pipeline = newsparse.default_pipeline()
    upstream = attrs.evolve(pipeline, extractors=tuple(e for e in pipeline.extractors if e.name != "claims"))
    docs = []
    for article in load_articles(DEFAULT_ARTICLES, None)[:limit]:
        docs.append(
            upstream.parse(article["text"], published=article.get("published"), title=article.get("title"))
        )
    for story in read_documents(train_path(CORPORA))[:limit]:
        docs.append(upstream.parse(story.text, published=story.published))
    return docs


def as_json(claims: Any) -> str:
    """The claims as one JSON string (each claim's own dict, sorted keys)."""
    return json.dumps([attrs.asdict(c) for c in claims], sort_keys=True, default=str)


def main(argv: Sequence[str] | None = None) -> int:
    """Check identity on every document, then time both versions on a draw of news articles."""
    args = ab_arguments(__doc__.splitlines()[0], "a1c9c8a").parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        old = load_base(args.base, Path(folder), "newsparse_claims", "resolve")
        runs = [lambda d: list(old.extract(d)), lambda d: list(resolve.extract(d))]
        return identity_then_times("claims", documents(args.limit), runs, as_json, args)


if __name__ == "__main__":
    sys.exit(main())
