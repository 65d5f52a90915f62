"""Select the claims check set of session 12 (``check_claims_s12.jsonl``), reproducibly.

Draws from the pool of unused news ids given by ``--pool`` (one id a line; session 12's pool is
``/work/brief/unused_ids.txt``): keeps articles of 600 to 2,400 characters with at least three
reported-speech trigger words (said, told, according to, accused, believes), shuffles them with
``random.Random(12)``, and takes the first 12, at most 5 from one corpus source. Half A (tuned on)
is the first 6 drawn, half B (never read) the last 6. The gold was written from
``guidelines/claims.md`` before the claims layer was run on these articles, as anchors in
``anchors_s12/claims.json`` (syntax of ``anchor_b``). Run:
python -m evaluation.data.select_claims_s12 --pool FILE [--corpora PATH] prints id and half;
with ``--build`` it resolves the anchors and writes ``check_claims_s12.jsonl`` (splits
``check_s12_A`` and ``check_s12_B``).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from evaluation.data.anchor_b import AnchorError, resolve_claims

TRIGGERS = re.compile(r"\b(?:said|told|according to|accused|believes)\b")
MIN_CHARS, MAX_CHARS, MIN_TRIGGERS = 600, 2400, 3
SIZE, PER_SOURCE, SEED = 12, 5, 12
HERE = Path(__file__).resolve().parent
ANCHORS, OWN = HERE / "anchors_s12" / "claims.json", HERE / "check_claims_s12.jsonl"
#: a check set's gold builder (articles by id -> rows) and its draw ((articles, pool) -> (id, half)).
Builder = Callable[[dict[str, dict[str, Any]]], list[dict[str, Any]]]
Drawer = Callable[[list[dict[str, Any]], set[str]], list[tuple[str, str]]]


def drawable(article: dict[str, Any], pool: set[str], max_chars: int = MAX_CHARS) -> bool:
    """Whether an article is in the pool, of ``MIN_CHARS`` to ``max_chars`` characters and rich enough
    in trigger words (``MIN_TRIGGERS`` or more)."""
    text = article["text"]
    return (article["id"] in pool and MIN_CHARS <= len(text) <= max_chars
            and len(TRIGGERS.findall(text)) >= MIN_TRIGGERS)


def selection(articles: list[dict[str, Any]], pool: set[str]) -> list[tuple[str, str]]:
    """The chosen (id, half) pairs: a seeded shuffle of the kept articles, a quota per source."""
    kept = sorted((a for a in articles if drawable(a, pool)), key=lambda a: a["id"])
    random.Random(SEED).shuffle(kept)
    chosen: list[str] = []
    for article in kept:
        source = article["subset"].split("/")[0]
        if sum(1 for i in chosen if i.startswith(source)) < PER_SOURCE:
            chosen.append(article["id"])
        if len(chosen) == SIZE:
            break
    return [(identifier, "A" if n < SIZE // 2 else "B") for n, identifier in enumerate(chosen)]


def build_gold(anchors: Path, session: str, articles: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    """The gold rows of a claims check set: every hand-anchored article of both halves, offsets resolved."""
    hand = json.loads(anchors.read_text(encoding="utf-8"))
    rows = []
    for half in ("A", "B"):
        for identifier, claims in hand[half].items():
            article = articles[identifier]
            try:
                records = resolve_claims(article["text"], {"claims": claims})
            except AnchorError as error:
                raise AnchorError(f"{identifier}: {error}") from error
            rows.append({"id": identifier, "subset": article["subset"], "split": f"check_{session}_{half}",
                         "published": article["published"], "cut": None, "claims": records})
    return rows


def build(articles: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    """The gold rows: every hand-anchored article of both halves with offsets resolved."""
    return build_gold(ANCHORS, "s12", articles)


def run_script(argv: list[str] | None, doc: str | None, own: Path, build: Builder, selection: Drawer) -> int:
    """Print a claims check set's draw (id and half, one a line), or with --build write its gold ``own``."""
    parser = argparse.ArgumentParser(description=doc)
    parser.add_argument("--pool", type=Path, help="the unused ids, one a line (for the draw)")
    parser.add_argument("--build", action="store_true", help=f"write {own.name}")
    parser.add_argument("--corpora", default=os.environ.get("NEWSPARSE_CORPORA", "../shared/corpora"))
    args = parser.parse_args(argv)
    path = Path(args.corpora) / "news" / "articles.jsonl"
    articles = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    if args.build:
        rows = build({a["id"]: a for a in articles})
        own.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
        print(f"{len(rows)} articles, {sum(len(r['claims']) for r in rows)} claims -> {own.name}")
        return 0
    if args.pool is None:
        parser.error("--pool is needed for the draw")
    pool = set(args.pool.read_text(encoding="utf-8").split())
    for identifier, half in selection(articles, pool):
        print(identifier, half)
    return 0


def main(argv: list[str] | None = None) -> int:
    """Print the chosen ids and their halves, one a line (or, with --build, write the gold)."""
    return run_script(argv, __doc__, OWN, build, selection)


if __name__ == "__main__":
    sys.exit(main())
