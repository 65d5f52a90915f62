"""Cost the dates layer's trigger scan on the bench's articles, piece by piece (least CPU of repeats).

Development only (never imported by the package). Usage, from the repository root:

    python tools/dates_scan_cost.py [--corpora PATH] [--articles 100] [--repeats 25]

On the bench's first ``--articles`` articles with their publication dates (the ratio's texts), in one
process: the whole default pipeline, the dates layer's ``find_between``, the scan's pieces
(``scan._windows`` and its ``_hit_words``, the trigger expression alone, ``scan._matches`` over every
pattern's windows) and the regular-expression calls ``_matches`` makes, replayed alone: the required
words' checks, the lower-cased twins' searches (the first of each window apart) and the patterns'
own matches; then each pattern's ``_matches``. Least CPU time of ``--repeats`` passes, in ms.
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
import time
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "plugins"), str(ROOT / "src")]

import attrs  # noqa: E402
from benchmarks.common import default_corpora, load_articles  # noqa: E402

import newsparse  # noqa: E402
from newsparse_dates import recognise, scan  # noqa: E402
from newsparse_dates.context import Context  # noqa: E402
from newsparse_dates.patterns import _REQUIRED_LOWER, _compile_pattern, _compile_twin  # noqa: E402

Inputs = tuple[str, dt.date | None, tuple[int, ...], tuple[int, ...]]
Call = tuple[str, str, int, int]  # pattern name, string searched, window start, end


def least(run: Callable[[], object], repeats: int) -> float:
    """The least CPU time of ``repeats`` calls of ``run``, in ms."""
    best = float("inf")
    for _ in range(repeats):
        began = time.process_time()
        run()
        best = min(best, time.process_time() - began)
    return best * 1000


def replayed(contexts: Sequence[Context]) -> tuple[list[Call], list[Call], list[Call], list[Call]]:
    """The regular-expression calls ``scan._matches`` makes on texts whose lower-cased form keeps
    their length (all but a few): required checks, twins' first and later searches, full matches."""
    required: list[Call] = []
    first: list[Call] = []
    later: list[Call] = []
    full: list[Call] = []
    for ctx in contexts:
        text, lowered = ctx.text, ctx.lowered
        if len(text) != len(lowered):
            continue
        for name, windows in scan._windows(text, lowered).items():
            rx, twin, need = _compile_pattern(name)[0], _compile_twin(name)[0], _REQUIRED_LOWER.get(name)
            for lo, hi in windows:
                if need is not None:
                    required.append((name, lowered, lo, hi))
                    if need.search(lowered, lo, hi) is None:
                        continue
                pos = lo
                while pos <= hi:
                    (first if pos == lo else later).append((name, lowered, pos, hi))
                    found = twin.search(lowered, pos, hi)
                    if found is None:
                        break
                    full.append((name, text, found.start(), hi))
                    m = rx.match(text, found.start(), hi)
                    if m is None:
                        pos = found.start() + 1
                        continue
                    pos = m.end() if m.end() > m.start() else m.end() + 1
    return required, first, later, full


def _passes(
    calls: list[Call], compiled: Mapping[str, re.Pattern[str]], anchored: bool
) -> Callable[[], object]:
    """A pass over ``calls`` by their patterns' ``search`` (``match`` when ``anchored``)."""
    if anchored:
        return lambda: [compiled[a].match(s, lo, hi) for a, s, lo, hi in calls]
    return lambda: [compiled[a].search(s, lo, hi) for a, s, lo, hi in calls]


def _rows(inputs: list[Inputs], contexts: list[Context], repeats: int) -> list[tuple[str, int, float]]:
    """(piece, calls, least CPU ms) for the layer, the scan and the calls ``_matches`` makes."""
    pads = [" " + ctx.lowered for ctx in contexts]
    windows = [scan._windows(ctx.text, ctx.lowered) for ctx in contexts]

    def matches() -> None:
        for ctx, found in zip(contexts, windows, strict=True):
            for name, spans in found.items():
                for _ in scan._matches(ctx, name, spans):
                    pass

    required, first, later, full = replayed(contexts)
    twin = {name: _compile_twin(name)[0] for name in {call[0] for call in first}}
    rx = {name: _compile_pattern(name)[0] for name in twin}
    n = len(contexts)
    hits = sum(len(scan._TRIGGER_OR_NUMBER.findall(pad)) for pad in pads)
    pieces: list[tuple[str, int, Callable[[], object]]] = [
        ("dates find_between", n, lambda: [recognise.find_between(*i) for i in inputs]),
        ("scan._candidates (scan + handlers)", n, lambda: [list(scan._candidates(c)) for c in contexts]),
        ("scan._windows", n, lambda: [scan._windows(c.text, c.lowered) for c in contexts]),
        ("  scan._hit_words", n, lambda: [scan._hit_words(c.text, c.lowered) for c in contexts]),
        (
            f"    trigger expression alone ({hits} found)",
            n,
            lambda: [scan._TRIGGER_OR_NUMBER.findall(p) for p in pads],
        ),
        ("scan._matches, every pattern (text, pattern pairs)", sum(map(len, windows)), matches),
        ("  required-word checks", len(required), _passes(required, _REQUIRED_LOWER, False)),
        ("  twins' first search in a window", len(first), _passes(first, twin, False)),
        ("  twins' later searches", len(later), _passes(later, twin, False)),
        ("  patterns' own matches", len(full), _passes(full, rx, True)),
    ]
    return [(piece, count, least(run, repeats)) for piece, count, run in pieces]


def _per_pattern(contexts: list[Context], repeats: int) -> list[tuple[str, int, float]]:
    """(pattern, windows, least CPU ms of its ``_matches`` over every text), costliest first."""
    windows = [scan._windows(ctx.text, ctx.lowered) for ctx in contexts]
    out = []
    for name in sorted({name for found in windows for name in found}):
        pairs = [(ctx, found[name]) for ctx, found in zip(contexts, windows, strict=True) if name in found]

        def run(pairs: list[tuple[Context, list[tuple[int, int]]]] = pairs, name: str = name) -> None:
            for ctx, spans in pairs:
                for _ in scan._matches(ctx, name, spans):
                    pass

        out.append((name, sum(len(spans) for _, spans in pairs), least(run, repeats)))
    return sorted(out, key=lambda row: -row[2])


def main(argv: Sequence[str] | None = None) -> int:
    """Print the costs."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpora", type=Path, default=default_corpora())
    parser.add_argument("--articles", type=int, default=100)
    parser.add_argument("--repeats", type=int, default=25)
    args = parser.parse_args(argv)
    articles = load_articles(args.corpora / "news" / "articles.jsonl", args.articles)
    pipeline = newsparse.default_pipeline()
    bare = attrs.evolve(pipeline, extractors=())
    inputs: list[Inputs] = []
    for article in articles:
        doc = bare.parse(article.text, published=article.published)
        spans = doc.sentences
        inputs.append(
            (doc.text, doc.meta.published_date, tuple(s.start for s in spans), tuple(s.end for s in spans))
        )
    contexts = [Context(text, ref, starts, ends) for text, ref, starts, ends in inputs]
    whole = least(
        lambda: [pipeline.parse(a.text, published=a.published) for a in articles], max(3, args.repeats // 5)
    )
    chars = sum(len(text) for text, _, _, _ in inputs)
    print(f"{len(articles)} bench articles, {chars} characters; least CPU ms of {args.repeats} passes")
    print(f"{'whole pipeline':44s} {'':>6s} {whole:8.2f}  100.0%")
    for piece, calls, ms in _rows(inputs, contexts, args.repeats):
        print(f"{piece:44s} {calls:6d} {ms:8.2f} {100 * ms / whole:6.2f}%")
    print("each pattern's scan._matches (windows, ms):")
    for name, count, ms in _per_pattern(contexts, max(5, args.repeats // 3)):
        print(f"  {name:42s} {count:6d} {ms:8.2f} {100 * ms / whole:6.2f}%")
    return 0


if __name__ == "__main__":
    sys.exit(main())
