"""Select the dates check set of session 13 (``check_dates_s13.jsonl``), reproducibly.

Rich in narrative anchoring: keeps the unused news articles (ids in no file of ``evaluation/data``
or ``tests``) of 600 to 3,500 characters of mostly letters that name an absolute past point (a
year before the publication year, or any year in an undated story, or a month with its day) and at
least ``MIN_CUES`` narrative cues (``CUES``: "the next day", "the following week", "that Tuesday",
"two days later", "later that month", "the day before" ...); a text already kept is skipped.
Dated articles are preferred: every kept dated article is drawn when there are at most ``SIZE``
of them, the rest are drawn from the undated ones with ``random.Random(SEED)``; the drawn ids are
then shuffled with the same generator and the first ``HALF`` are half ``A`` (tuned on), the others
half ``B`` (only its summary figures are read). The articles were annotated from
``guidelines/dates.md`` before the dates layer was run on them.
Run: python -m evaluation.data.select_dates_check_s13 [--corpora PATH]; it prints ``id split``.
"""

from __future__ import annotations

import random
import re
import sys
from pathlib import Path
from typing import Any

from evaluation.data.drawing import corpus_articles, ids_named, tagged_before
from evaluation.data.select_dates import MIN_LETTERS, MONTHS, WEEKDAYS, YEAR, _letter_share

SEED = 2026120413
SIZE, HALF = 14, 7
MIN_CHARS, MAX_CHARS = 600, 3000
MIN_CUES = 2
OWN = "check_dates_s13.jsonl"
_UNIT = r"(?:day|morning|afternoon|evening|night|week|weekend|month|year)"
CUES = re.compile(
    rf"\b(?:the\s+(?:next|following|previous|preceding)\s+{_UNIT}|that\s+(?:{_UNIT}|{WEEKDAYS})|"
    rf"(?:later|earlier)\s+that\s+{_UNIT}|the\s+{_UNIT}\s+(?:before|after)|"
    rf"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+{_UNIT}s?\s+(?:later|earlier))\b",
    re.IGNORECASE,
)
#: a month without its day or year after a preposition ("in March", "by early June")
BARE_MONTH = re.compile(
    r"\b(?:in|on|by|until|since|during|from)\s+(?:(?:early|late|mid)[\s-]+)?"
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)\b(?![,.]? \d)"
)
DAY_OF_MONTH = re.compile(rf"\b(?:(?:{MONTHS})\.?\s+\d{{1,2}}\b|\d{{1,2}}\s+(?:{MONTHS})\b)", re.IGNORECASE)


#: check sets of session 13 whose names lack "s13" (drawn in a later round), left out likewise
LATER = frozenset({"real_quantities_e.jsonl"})


def taken_ids(data: Path, tests: Path) -> set[str]:
    """Every article id a file of ``data`` names or a test file mentions; the check sets of session 13
    (this one and those drawn in the same hour, ``*s13*``) and the files tagged with a later session
    (``check_dates_s36.jsonl`` would take ids of its pool) are left aside so that the draw reproduces."""
    taken = ids_named(
        p
        for p in sorted(data.glob("*.json*"))
        if "s13" not in p.name and p.name not in LATER and tagged_before(p.name, 14)
    )
    mentioned = " ".join(p.read_text(encoding="utf-8", errors="replace") for p in sorted(tests.rglob("*.py")))
    return taken | {word for word in mentioned.replace('"', " ").replace("'", " ").split() if "-" in word}


def _kept(article: dict[str, Any], taken: set[str]) -> bool:
    """Whether an article is unused, of the wanted length and tells a past story with narrative cues."""
    text, published = article["text"], article.get("published")
    if article["id"] in taken or not MIN_CHARS <= len(text) <= MAX_CHARS or _letter_share(text) < MIN_LETTERS:
        return False
    cues = len(CUES.findall(text))
    if cues == 0 or cues + len(BARE_MONTH.findall(text)) < MIN_CUES:
        return False
    years = [int(found) for found in YEAR.findall(text)]
    past = any(year < int(published[:4]) for year in years) if published else bool(years)
    return past or DAY_OF_MONTH.search(text) is not None


def selection(articles: list[dict[str, Any]], taken: set[str]) -> list[tuple[str, str]]:
    """The drawn ids with their half (``A`` for the first seven after the shuffle, ``B`` the others)."""
    kept: dict[str, dict[str, Any]] = {}
    texts: set[str] = set()
    for article in sorted(articles, key=lambda a: a["id"]):
        if _kept(article, taken) and article["text"] not in texts:
            kept[article["id"]] = article
            texts.add(article["text"])
    generator = random.Random(SEED)
    dated = sorted(i for i, a in kept.items() if a.get("published"))
    undated = sorted(i for i, a in kept.items() if not a.get("published"))
    drawn = generator.sample(dated, min(SIZE, len(dated)))
    drawn += generator.sample(undated, SIZE - len(drawn))
    generator.shuffle(drawn)
    return [(identifier, "A" if rank < HALF else "B") for rank, identifier in enumerate(drawn)]


def main(argv: list[str] | None = None) -> int:
    """Print the drawn ids with their half, one a line."""
    articles = corpus_articles(argv, __doc__)
    here = Path(__file__).parent
    for identifier, half in selection(articles, taken_ids(here, here.parents[1] / "tests")):
        print(identifier, half)
    return 0


if __name__ == "__main__":
    sys.exit(main())
