"""A/B the events extractor: a base revision's ``newsparse_events`` beside the working tree's, one process.

Development only (never imported by the package). Both read the same parsed documents (unused news
articles parsed with the syntax layer filled, so the events layer reads its trees), so only the
events layer's own time differs. Run from the repository root:

    .venv/bin/python tools/ab_events_speed.py --base 93ed27c5 --count 300

The base copy runs pure Python: when the working tree runs compiled (mypyc) a line says the times
are not like for like; ``tools/pipeline_ab.py alternate --base-checkout PATH`` compares two builds.
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import pipeline_ab
import plugin_ab

import newsparse
from newsparse_events import recognise


def _key(events: object) -> str:
    """The events as JSON (the identity check)."""
    return json.dumps([repr(e) for e in events])  # type: ignore[attr-defined]


def main() -> int:
    """Parse the unused articles once, then time both extractors on the same documents."""
    args = plugin_ab.ab_arguments(__doc__ or "", "main").parse_args()
    articles = pipeline_ab.load_articles(pipeline_ab.DEFAULT_ARTICLES, None)[: args.count]
    names = ["syntax", *(e.name for e in newsparse.default_pipeline().extractors)]
    pipeline = newsparse.default_pipeline(only=names)  # the syntax layer filled: the trees events read
    docs: list[Any] = [pipeline.parse(a["text"], published=a.get("published")) for a in articles]
    with tempfile.TemporaryDirectory() as folder:
        base = plugin_ab.load_base(args.base, Path(folder), "newsparse_events", "recognise")
        runs = [lambda d: list(base.extract(d)), lambda d: list(recognise.extract(d))]
        args.limit = 0
        return plugin_ab.identity_then_times("events", docs, runs, _key, args)


if __name__ == "__main__":
    sys.exit(main())
