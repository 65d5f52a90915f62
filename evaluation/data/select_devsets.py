"""Select the articles of the real agreements and events development sets, reproducibly.

Filters each subset of the news corpus by cue words counted in the title and text (agreement
cues; or casualty cues plus violence cues), draws a fixed
number per subset with a seeded random generator, and assigns two thirds to ``dev`` and one third
to ``untouched`` (also seeded), before any annotation. Run: python -m evaluation.data.select_devsets
[--corpora PATH]; it prints one JSON line per selected article (set, id, subset, split).
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Iterator
from pathlib import Path

from evaluation.data.drawing import corpora_folder

SEED = 20261203
AGREEMENT_CUES = re.compile(
    r"\b(?:cease-?fire|truce|accord|treaty|pact|agreement|deal|merger|takeover|acquisition|"
    r"buy-?out|contract|transfer|loan)s?\b",
    re.IGNORECASE,
)
CASUALTY_CUES = re.compile(
    r"\b(?:killed|killing|dead|died|deaths|wounded|injured|casualties|death toll|kidnapped|"
    r"abducted|hostages?|missing)\b",
    re.IGNORECASE,
)
VIOLENCE_CUES = re.compile(
    r"\b(?:bomb\w*|attack\w*|clash\w*|fighting|troops|shell\w*|gunmen|militants?|rebels?|soldiers?|"
    r"police|explosion|earthquake|war)\b",
    re.IGNORECASE,
)
AGREEMENT_QUOTAS = {
    "reuters21578/world-politics-conflict": 10,
    "reuters21578/general": 9,
    "wikinews/politics-conflicts": 6,
    "bbc/business": 10,
    "bbc/sport": 6,
}
EVENT_QUOTAS = {
    "reuters21578/world-politics-conflict": 10,
    "reuters21578/general": 1,
    "wikinews/politics-conflicts": 22,
    "bbc/politics": 4,
}
AGREEMENT_MIN_CUES = 3
EVENT_MIN_CUES = 1
EVENT_MIN_VIOLENCE = 2
MAX_CHARS = 5000


def articles(corpora: Path) -> Iterator[dict[str, str]]:
    """Yield the corpus articles in file order."""
    with (corpora / "news" / "articles.jsonl").open(encoding="utf-8") as handle:
        for line in handle:
            yield json.loads(line)


def cue_count(pattern: re.Pattern[str], article: dict[str, str]) -> int:
    """Count the cue words of a pattern in the title and the text."""
    return len(pattern.findall(f"{article['title']}\n{article['text']}"))


def eligible(article: dict[str, str], plan: str) -> bool:
    """Whether an article passes the filters of a plan (``agreements`` or ``events``)."""
    if len(article["text"]) > MAX_CHARS:
        return False
    if plan == "agreements":
        return cue_count(AGREEMENT_CUES, article) >= AGREEMENT_MIN_CUES
    return (
        cue_count(CASUALTY_CUES, article) >= EVENT_MIN_CUES
        and cue_count(VIOLENCE_CUES, article) >= EVENT_MIN_VIOLENCE
    )


def draw(corpora: Path, plan: str, quotas: dict[str, int], seed: int) -> list[tuple[str, str]]:
    """Draw the quota (or the whole pool if smaller) of each subset among articles with >= `minimum` cues."""
    rng = random.Random(seed)
    pools: dict[str, list[str]] = {subset: [] for subset in quotas}
    for article in articles(corpora):
        if article["subset"] in pools and eligible(article, plan):
            pools[article["subset"]].append(article["id"])
    chosen: list[tuple[str, str]] = []
    for subset, quota in quotas.items():
        chosen += [
            (identifier, subset)
            for identifier in rng.sample(sorted(pools[subset]), min(quota, len(pools[subset])))
        ]
    return chosen


def split(chosen: list[tuple[str, str]], seed: int) -> dict[str, str]:
    """Assign two thirds of the chosen ids to ``dev`` and one third to ``untouched``, seeded."""
    ids = sorted(identifier for identifier, _ in chosen)
    random.Random(seed).shuffle(ids)
    cut = round(len(ids) * 2 / 3)
    return {identifier: ("dev" if index < cut else "untouched") for index, identifier in enumerate(ids)}


def selection(corpora: Path) -> list[dict[str, str]]:
    """Both selections as rows of set, id, subset and split."""
    rows: list[dict[str, str]] = []
    plans = (
        ("agreements", AGREEMENT_QUOTAS, SEED),
        ("events", EVENT_QUOTAS, SEED + 1),
    )
    for name, quotas, seed in plans:
        chosen = draw(corpora, name, quotas, seed)
        splits = split(chosen, seed)
        rows += [{"set": name, "id": i, "subset": s, "split": splits[i]} for i, s in chosen]
    return rows


def main(argv: list[str] | None = None) -> int:
    """Print the selection as JSON lines."""
    corpora = corpora_folder(argv, __doc__)
    for row in selection(corpora):
        print(json.dumps(row))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
