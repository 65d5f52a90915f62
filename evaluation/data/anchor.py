"""Resolve the anchors of the real development sets to character offsets, and check them.

Every annotated span in ``real_agreements.jsonl`` and ``real_events.jsonl`` is an object with an
``anchor``: ``"surface"`` (its first occurrence), ``"surface#k"`` (its k-th occurrence, from 1) or
``"surface@context"`` (the first occurrence of surface inside the first occurrence of context).
Runs of white space in an anchor match any run of white space in the text (the Reuters texts break
lines inside phrases). Resolving adds ``start``, ``end`` and ``text`` (= the corpus text's slice);
checking verifies that the stored offsets still give the anchor's surface.
Run: python -m evaluation.data.anchor [--check] [--corpora PATH] FILE...
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

__all__ = ["AnchorError", "check_record", "corpus_texts", "locate", "main", "resolve_record"]


class AnchorError(ValueError):
    """An anchor that is not found in the article text, or offsets that no longer match it."""


def _pattern(surface: str) -> re.Pattern[str]:
    """A pattern matching the surface with any run of white space for each run of white space."""
    return re.compile(r"\s+".join(re.escape(part) for part in surface.split()))


def _split(anchor: str) -> tuple[str, int, str | None]:
    """Split an anchor into surface, occurrence (1-based) and context."""
    if "@" in anchor:
        surface, context = anchor.split("@", 1)
        return surface, 1, context
    match = re.fullmatch(r"(.*?)#(\d+)", anchor, flags=re.DOTALL)
    if match:
        return match.group(1), int(match.group(2)), None
    return anchor, 1, None


def locate(text: str, anchor: str) -> tuple[int, int]:
    """The (start, end) offsets of an anchor in the text; AnchorError when it is not there."""
    surface, occurrence, context = _split(anchor)
    if not surface.strip():
        raise AnchorError(f"empty surface in anchor {anchor!r}")
    base, window = 0, text
    if context is not None:
        found = _pattern(context).search(text)
        if found is None:
            raise AnchorError(f"context of {anchor!r} not found")
        base, window = found.start(), found.group(0)
    matches = list(_pattern(surface).finditer(window))
    if len(matches) < occurrence:
        raise AnchorError(f"anchor {anchor!r}: {len(matches)} occurrence(s), wanted #{occurrence}")
    hit = matches[occurrence - 1]
    return base + hit.start(), base + hit.end()


def _spans(node: Any) -> Iterator[dict[str, Any]]:
    """Every span object (a dict with an ``anchor``) inside a nested record."""
    if isinstance(node, dict):
        if isinstance(node.get("anchor"), str):
            yield node
        for value in node.values():
            yield from _spans(value)
    elif isinstance(node, list):
        for value in node:
            yield from _spans(value)


def _same_surface(found: str, anchor: str) -> bool:
    """Whether a text slice equals an anchor's surface up to runs of white space."""
    return found.split() == _split(anchor)[0].split()


def resolve_record(record: dict[str, Any], text: str) -> None:
    """Fill ``start``, ``end`` and ``text`` of every span of one article's record, in place."""
    for span in _spans(record):
        start, end = locate(text, span["anchor"])
        span["start"], span["end"], span["text"] = start, end, text[start:end]


def check_record(record: dict[str, Any], text: str) -> list[str]:
    """Problems of one article's record: offsets that do not give the anchor's surface."""
    problems = []
    for span in _spans(record):
        start, end = span.get("start"), span.get("end")
        if not isinstance(start, int) or not isinstance(end, int):
            problems.append(f"{record['id']}: {span['anchor']!r} has no offsets")
        elif not _same_surface(text[start:end], span["anchor"]) or text[start:end] != span.get("text"):
            problems.append(f"{record['id']}: {span['anchor']!r} -> {text[start:end]!r}")
        elif locate(text, span["anchor"]) != (start, end):
            problems.append(f"{record['id']}: {span['anchor']!r} offsets differ from the anchor's")
    return problems


def corpus_texts(corpora: Path) -> dict[str, str]:
    """The news corpus texts by article id."""
    texts: dict[str, str] = {}
    with (corpora / "news" / "articles.jsonl").open(encoding="utf-8") as handle:
        for line in handle:
            article = json.loads(line)
            texts[article["id"]] = article["text"]
    return texts


def main(argv: list[str] | None = None) -> int:
    """Resolve (rewrite in place) or check the given gold files; non-zero exit on any problem."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("files", nargs="+", type=Path)
    parser.add_argument("--check", action="store_true", help="only check the stored offsets")
    parser.add_argument("--corpora", default=os.environ.get("NEWSPARSE_CORPORA", "../shared/corpora"))
    args = parser.parse_args(argv)
    texts = corpus_texts(Path(args.corpora))
    problems: list[str] = []
    for path in args.files:
        records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
        for record in records:
            try:
                if args.check:
                    problems += check_record(record, texts[record["id"]])
                else:
                    resolve_record(record, texts[record["id"]])
            except AnchorError as error:
                problems.append(f"{record['id']}: {error}")
        if not args.check and not problems:
            path.write_text(
                "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8"
            )
    for problem in problems:
        print(problem, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
