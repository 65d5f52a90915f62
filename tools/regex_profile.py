"""What each regular expression costs inside the whole pipeline: calls, hits and CPU time per pattern.

Development only (never imported by the package). Before newsparse is imported, ``re._compile`` (what
``re.compile``, ``re.search`` and the other module functions call) is wrapped so that every pattern
compiled afterwards is a :class:`_Timed` proxy adding each call's thread CPU time (``finditer``: each
step of its iterator) to the pattern's line. Then ``--count`` news articles are parsed once to warm
up and once measured, and the patterns are printed, costliest first, with the module global that
holds each (``?`` for one built inside a function or kept in another object). Run it from the
repository root:

    NEWSPARSE_LOAD_PLUGINS=dates,quantities,entities,agreements,claims,events,syntax \\
        .venv/bin/python tools/regex_profile.py --count 300 --top 40

The proxy adds about a microsecond a call (to the pass, not to the pattern's own figure, beyond the
timer's ~0.3 µs): read the figures as a ranking and as upper bounds of what a call costs, and time a
change with ``tools/pipeline_ab.py``. Compiled (mypyc) modules take the proxies as they take patterns.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

_ORIGINAL_COMPILE: Callable[..., re.Pattern[Any]] = re._compile  # type: ignore[attr-defined]
_COUNTED = ("search", "match", "fullmatch", "findall", "sub", "subn", "split")


class _Line:
    """One pattern's and method's running totals."""

    __slots__ = ("calls", "hits", "seconds")

    def __init__(self) -> None:
        self.calls = 0
        self.hits = 0
        self.seconds = 0.0


_LINES: dict[tuple[str, int, str], _Line] = {}


class _Timed:
    """A compiled pattern that times its calls (attributes other than the methods pass through)."""

    def __init__(self, pattern: re.Pattern[Any]) -> None:
        self._pattern = pattern
        self._key = (str(pattern.pattern), pattern.flags)

    def __getattr__(self, name: str) -> Any:
        method = getattr(self._pattern, name)
        if name not in _COUNTED:
            return method
        line = _LINES.setdefault((*self._key, name), _Line())

        def timed(*args: Any, **kwargs: Any) -> Any:
            started = time.thread_time()
            found = method(*args, **kwargs)
            line.seconds += time.thread_time() - started
            line.calls += 1
            line.hits += bool(found)
            return found

        return timed

    def finditer(self, *args: Any, **kwargs: Any) -> Iterator[re.Match[Any]]:
        line = _LINES.setdefault((*self._key, "finditer"), _Line())
        line.calls += 1
        return _timed_steps(self._pattern.finditer(*args, **kwargs), line)

    def __hash__(self) -> int:
        return hash(self._pattern)

    def __eq__(self, other: object) -> bool:
        return self._pattern == (other._pattern if isinstance(other, _Timed) else other)


def _timed_steps(matches: Iterator[re.Match[Any]], line: _Line) -> Iterator[re.Match[Any]]:
    """``matches`` with each step's thread CPU time added to ``line`` (each match a hit)."""
    while True:
        started = time.thread_time()
        match = next(matches, None)
        line.seconds += time.thread_time() - started
        if match is None:
            return
        line.hits += 1
        yield match


_PROXIES: dict[tuple[type, Any, int], _Timed] = {}


def _compile(pattern: Any, flags: Any = 0) -> Any:
    """``re._compile`` returning one timing proxy per pattern and flags."""
    if isinstance(pattern, _Timed):
        return pattern
    key = (type(pattern), pattern, int(flags))
    proxy = _PROXIES.get(key)
    if proxy is None:
        proxy = _PROXIES[key] = _Timed(_ORIGINAL_COMPILE(pattern, flags))
    return proxy


def _holders() -> dict[tuple[str, int], str]:
    """Each proxied pattern's module global (``module.NAME``), for the ones held that way."""
    names: dict[tuple[str, int], str] = {}
    for module_name, module in list(sys.modules.items()):
        if not module_name.startswith("newsparse"):
            continue
        for name, value in list(vars(module).items()):
            if isinstance(value, _Timed):
                names.setdefault(value._key, f"{module_name}.{name}")
    return names


def profile(count: int, seed: int) -> list[dict[str, Any]]:
    """Parse ``count`` unused news articles twice (a warm-up, then measured); each pattern's lines."""
    re._compile = _compile  # type: ignore[attr-defined]
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import pipeline_ab  # the article loading and parse of the pipeline A/B, after the wrap

    import newsparse

    articles = pipeline_ab.load_articles(pipeline_ab.DEFAULT_ARTICLES, None)
    drawn = random.Random(seed).sample(articles, min(count, len(articles)))
    pipeline = newsparse.default_pipeline()
    for article in drawn:
        pipeline_ab.parse(pipeline, article)
    _LINES.clear()
    for article in drawn:
        pipeline_ab.parse(pipeline, article)
    holders = _holders()
    rows = [
        {
            "ms": round(line.seconds * 1000, 2),
            "calls": line.calls,
            "hits": line.hits,
            "method": method,
            "holder": holders.get((pattern, flags), "?"),
            "pattern": pattern,
        }
        for (pattern, flags, method), line in _LINES.items()
    ]
    return sorted(rows, key=lambda row: -row["ms"])


def main(argv: Sequence[str] | None = None) -> int:
    """Print the costliest patterns (or every one as JSON lines with ``--json``)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=300, help="articles drawn from the unused news")
    parser.add_argument("--seed", type=int, default=14, help="the draw's seed (pipeline_ab's)")
    parser.add_argument("--top", type=int, default=40, help="patterns printed")
    parser.add_argument("--json", action="store_true", help="every line as JSON, not a table")
    args = parser.parse_args(argv)
    rows = profile(args.count, args.seed)
    if args.json:
        for row in rows:
            print(json.dumps(row))
        return 0
    print(f"all patterns: {sum(row['ms'] for row in rows):.1f} ms, {sum(row['calls'] for row in rows)} calls")
    print(f"{'ms':>7} {'calls':>7} {'hits':>6}  method     holder: pattern")
    for row in rows[: args.top]:
        shown = " ".join(row["pattern"].split())[:90]
        figures = f"{row['ms']:7.2f} {row['calls']:7d} {row['hits']:6d}  {row['method']:9s}"
        print(f"{figures}  {row['holder']}: {shown}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
