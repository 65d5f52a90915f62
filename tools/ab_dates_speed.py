"""A/B of the built-in dates layer: a git revision's plugin against the working tree, in one process.

Development only (never imported by the package). Usage, from the repository root:

    python tools/ab_dates_speed.py [--base REV] [--count 300] [--repeats 5] [--identity-only]

The dates layer reads only a document's text, publication date and sentence bounds, so every unused
news article and every CoNLL-2003 train story is split into sentences once; both versions'
``find_between`` then run on the same inputs: their time expressions must be identical on every
document, and on ``--count`` drawn news articles the least CPU time of ``--repeats`` alternating
runs is summed per version.
The base copy runs pure Python: when the working tree runs compiled (mypyc) a line says the times
are not like for like; ``tools/pipeline_ab.py alternate --base-checkout PATH`` compares two builds.
"""

from __future__ import annotations

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
from newsparse_dates import recognise  # noqa: E402

CORPORA = Path(os.environ.get("NEWSPARSE_CORPORA", ROOT.parent / "shared" / "corpora"))

Inputs = tuple[str, Any, tuple[int, ...], tuple[int, ...]]


def inputs(limit: int | None) -> list[Inputs]:
    """The unused news articles then the CoNLL train stories, as the dates layer's arguments."""
    pipeline = newsparse.default_pipeline()
    bare = attrs.evolve(pipeline, extractors=())
    out: list[Inputs] = []
    texts = [
        (a["text"], a.get("published"), a.get("title")) for a in load_articles(DEFAULT_ARTICLES, None)[:limit]
    ]
    texts += [(s.text, s.published, None) for s in read_documents(train_path(CORPORA))[:limit]]
    for text, published, title in texts:
        doc = bare.parse(text, published=published, title=title)
        sentences = doc.sentences
        out.append(
            (
                doc.text,
                doc.meta.published_date,
                tuple(s.start for s in sentences),
                tuple(s.end for s in sentences),
            )
        )
    return out


def main(argv: Sequence[str] | None = None) -> int:
    """Check identity on every document, then time both versions on a draw of news articles."""
    args = ab_arguments(__doc__.splitlines()[0], "88363c21").parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        old = load_base(args.base, Path(folder), "newsparse_dates", "recognise")
        runs = [lambda d: old.find_between(*d), lambda d: recognise.find_between(*d)]
        return identity_then_times("dates", inputs(args.limit), runs, repr, args)


if __name__ == "__main__":
    sys.exit(main())
