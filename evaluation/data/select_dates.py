"""Select the articles of the real dates development set (``real_dates.jsonl``), reproducibly.

Keeps the news-corpus articles that have a publication date (Reuters-21578 1987 and Wikinews; the
BBC articles have none) and a narrative timeline: 700 to 4,000 characters, at least 70% letters
among visible characters (no tables), at least ``MIN_CANDIDATES`` candidate time words, at least
one relative cue (a weekday, "today", "yesterday", "last"/"next"/"this" + unit, "ago", ...) and at
least one mention of a year before the publication year or of a month other than the publication
month (events told before the story). Articles of the other real sets are left out. A fixed number
is drawn per subset with a seeded generator; the drawn ids are shuffled with the seed and the first
two thirds are ``dev``, the rest ``untouched``, before any article is annotated.

A second draw (``narrative``, seed + 1, made after the first 24 articles were annotated and scored,
before any of its own articles was read or run) adds articles whose timeline is told from an
earlier point: up to 5,000 characters, at least ``NARRATIVE_MIN_CANDIDATES`` candidate time
words, a year before the publication year, and at least ``MIN_BARE`` capitalised months or
weekdays not followed by a day or a year (the expressions whose year the narrative must give);
a text already used (the corpus holds some wire stories twice, under two ids) is skipped.
Run: python -m evaluation.data.select_dates [--corpora PATH]; it prints one JSON line per article.
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Callable, Iterator
from pathlib import Path

from evaluation.data.drawing import corpora_folder

SEED = 20261203
QUOTAS = {
    "reuters21578/world-politics-conflict": 10,
    "reuters21578/general": 6,
    "wikinews/politics-conflicts": 8,
}
MIN_CHARS, MAX_CHARS = 700, 4000
MIN_LETTERS = 0.7
MIN_CANDIDATES = 10
MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december|"
    "jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec"
)
WEEKDAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
UNITS = "day|week|month|year|quarter|decade|century|hour|minute|weekend|morning|evening|night"
CANDIDATES = re.compile(
    rf"\b(?:(?:{MONTHS})\.?|{WEEKDAYS}|(?:{UNITS})s?|today|yesterday|tomorrow|tonight|now|ago|"
    r"recently|currently|(?:19|20)\d\d)\b",
    re.IGNORECASE,
)
RELATIVE = re.compile(
    rf"\b(?:{WEEKDAYS}|today|yesterday|tomorrow|tonight|ago|(?:last|next|this|past|coming)\s+"
    rf"(?:{UNITS}|{MONTHS}|{WEEKDAYS}))\b",
    re.IGNORECASE,
)
YEAR = re.compile(r"\b(?:19|20)\d\d\b")
MONTH = re.compile(rf"\b(?:{MONTHS})\b", re.IGNORECASE)
MONTH_NAMES = MONTHS.split("|")[:12]
OTHER_SETS = ("devsets_selection.jsonl", "devsets_b.json")
NARRATIVE_QUOTAS = {
    "reuters21578/world-politics-conflict": 4,
    "reuters21578/general": 4,
    "wikinews/politics-conflicts": 1,
}
NARRATIVE_MAX_CHARS = 5000
NARRATIVE_MIN_CANDIDATES = 8
MIN_BARE = 2
BARE = re.compile(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b(?!,? \d)"
)


def articles(corpora: Path) -> Iterator[dict[str, str]]:
    """Yield the corpus articles in file order."""
    with (corpora / "news" / "articles.jsonl").open(encoding="utf-8") as handle:
        for line in handle:
            yield json.loads(line)


def used_ids(data: Path) -> set[str]:
    """The article ids of the other real development sets."""
    ids: set[str] = set()
    for line in (data / OTHER_SETS[0]).read_text(encoding="utf-8").splitlines():
        if line.strip():
            ids.add(json.loads(line)["id"])
    other = json.loads((data / OTHER_SETS[1]).read_text(encoding="utf-8"))
    for rows in other.values():
        if isinstance(rows, list):
            ids.update(row["id"] for row in rows)
    return ids


def _letter_share(text: str) -> float:
    """The share of letters among the visible characters."""
    visible = [c for c in text if not c.isspace()]
    return sum(c.isalpha() for c in visible) / len(visible) if visible else 0.0


def _told_before(text: str, published: str) -> bool:
    """Whether the text names a year before the publication year or another month."""
    year, month = int(published[:4]), int(published[5:7])
    if any(int(found) < year for found in YEAR.findall(text)):
        return True
    own = MONTH_NAMES[month - 1]
    return any(not own.startswith(found.lower()[:3]) for found in MONTH.findall(text))


def eligible(article: dict[str, str]) -> bool:
    """Whether an article passes the filters of the module docstring."""
    text, published = article["text"], article.get("published")
    if not published or not MIN_CHARS <= len(text) <= MAX_CHARS or _letter_share(text) < MIN_LETTERS:
        return False
    return (
        len(CANDIDATES.findall(text)) >= MIN_CANDIDATES
        and RELATIVE.search(text) is not None
        and _told_before(text, published)
    )


def narrative(article: dict[str, str]) -> bool:
    """Whether an article passes the filters of the ``narrative`` draw (module docstring)."""
    text, published = article["text"], article.get("published")
    if not published or not MIN_CHARS <= len(text) <= NARRATIVE_MAX_CHARS:
        return False
    if _letter_share(text) < MIN_LETTERS or len(BARE.findall(text)) < MIN_BARE:
        return False
    earlier = any(int(found) < int(published[:4]) for found in YEAR.findall(text))
    return earlier and len(CANDIDATES.findall(text)) >= NARRATIVE_MIN_CANDIDATES


def _draw(
    corpora: Path,
    quotas: dict[str, int],
    keep: Callable[[dict[str, str]], bool],
    taken: set[str],
    seed: int,
    seen: set[str] | None = None,
) -> list[dict[str, str]]:
    """Draw per subset with the seed among kept articles not taken; split two thirds ``dev``.

    With ``seen`` (texts already used), a text met before (a wire story sent twice) is skipped.
    """
    rng = random.Random(seed)
    pools: dict[str, list[dict[str, str]]] = {subset: [] for subset in quotas}
    for article in articles(corpora):
        if seen is not None and article["id"] in taken:
            seen.add(article["text"])
        if article["subset"] not in pools or article["id"] in taken or not keep(article):
            continue
        if seen is not None:
            if article["text"] in seen:
                continue
            seen.add(article["text"])
        pools[article["subset"]].append(article)
    chosen: list[dict[str, str]] = []
    for subset, quota in quotas.items():
        pool = sorted(pools[subset], key=lambda a: a["id"])
        chosen += rng.sample(pool, min(quota, len(pool)))
    ids = sorted(a["id"] for a in chosen)
    random.Random(seed).shuffle(ids)
    cut = round(len(ids) * 2 / 3)
    splits = {identifier: ("dev" if i < cut else "untouched") for i, identifier in enumerate(ids)}
    return [
        {"id": a["id"], "subset": a["subset"], "published": a["published"], "split": splits[a["id"]]}
        for a in chosen
    ]


def selection(corpora: Path, data: Path) -> list[dict[str, str]]:
    """The drawn articles (first draw, then the narrative draw) as rows of id, subset, published, split."""
    taken = used_ids(data)
    first = _draw(corpora, QUOTAS, eligible, taken, SEED)
    taken |= {row["id"] for row in first}
    return first + _draw(corpora, NARRATIVE_QUOTAS, narrative, taken, SEED + 1, seen=set())


def main(argv: list[str] | None = None) -> int:
    """Print the selection as JSON lines (and the pool sizes on request)."""
    corpora = corpora_folder(argv, __doc__)
    for row in selection(corpora, Path(__file__).parent):
        print(json.dumps(row))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
