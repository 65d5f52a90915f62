"""Draw the `fresh` held-out split of the claims, events and agreements sets, reproducibly.

Articles already in any set or selection file of this folder are left out; each set draws from
the strata its development set uses, with keyword filters, a fixed seed and no dev/untouched
division (every line is `fresh`). Claims keep the claims set's `cut` rule (annotated up to the
end of the first sentence ending at or after character 2,400); events and agreements keep their
sets' rule (articles of at most 5,000 characters, annotated whole: their records have no cut).
The events strata are pooled: few unused conflict articles are left in the corpus.
A second batch (session 5, seed 20261205, rows marked `"batch": 2`) is drawn after the first with
the same filters from what is left (see `BATCH_2`); its events pool reaches every subset, and its
draw walks the seeded order past the articles the annotator found to hold no casualty fact.
Run: python -m evaluation.data.select_fresh [--corpora PATH]; writes fresh_selection.jsonl.
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path
from typing import Any

from evaluation.data.drawing import CHECK_SETS, DRAWN_LATER, corpus_articles, ids_named
from evaluation.data.select_devsets_b import _prose_share, cut_offset

SEED = 20261204
HERE = Path(__file__).resolve().parent
OUTPUT = HERE / "fresh_selection.jsonl"
CUT_AFTER = 2400
#: events and agreements articles are annotated whole, as in their development sets.
WHOLE_MAX = 5000

STRATA: dict[str, tuple[tuple[str, int], ...]] = {
    "claims": (
        ("reuters21578/world-politics-conflict", 4),
        ("wikinews/politics-conflicts", 4),
    ),
    "agreements": (
        ("reuters21578/world-politics-conflict", 3),
        ("wikinews/politics-conflicts", 1),
        ("bbc/business", 2),
        ("bbc/sport", 2),
    ),
    "events": (
        ("reuters21578/world-politics-conflict+reuters21578/general+wikinews/politics-conflicts"
         "+bbc/politics", 8),
    ),
}
#: the second batch (session 5): quotas per stratum; the conflict strata hold only three unused
#: eligible events articles, so its events pool is every subset of the corpus.
SEED_2 = 20261205
BATCH_2: dict[str, tuple[tuple[str, int], ...]] = {
    "agreements": (
        ("reuters21578/world-politics-conflict", 3),
        ("wikinews/politics-conflicts", 1),
        ("bbc/business", 4),
        ("bbc/sport", 3),
    ),
    "events": (
        ("reuters21578/world-politics-conflict+reuters21578/general+wikinews/politics-conflicts"
         "+bbc/politics+bbc/business+bbc/entertainment+bbc/tech+bbc/sport", 12),
    ),
}
#: events articles of the second batch's seeded order that the annotator read and found to hold
#: no casualty fact (the brief asks for articles with casualty facts): the walk passes them by.
NO_CASUALTY_FACT: frozenset[str] = frozenset({
    "bbc-entertainment-363", "bbc-entertainment-378", "bbc-tech-145", "bbc-entertainment-043",
    "bbc-entertainment-356", "bbc-politics-169", "bbc-entertainment-248",
})
CLAIM_CUES = re.compile(r"\b(?:said|says|told)\b")
CASUALTY_CUES = re.compile(r"\b(?:killed|kills?|killing|dead)\b", re.IGNORECASE)
VIOLENCE_CUES = re.compile(
    r"\b(?:bomb\w*|attack\w*|clash\w*|fighting|troops|shell\w*|gunmen|militants?|rebels?|soldiers?|"
    r"police|explosion|war)\b",
    re.IGNORECASE,
)
AGREEMENT_CUES = re.compile(
    r"\b(?:agreed|cease-?fire|truce|accord|treaty|pact|agreement|deal|merger|takeover|acquisition|"
    r"buy-?out|contract|transfer|loan)s?\b",
    re.IGNORECASE,
)


def eligible(article: dict[str, Any], which: str) -> bool:
    """The filters of one set: prose of reasonable length and the set's keywords."""
    text = article["text"]
    if len(text) < 700 or _prose_share(text) < 0.7:
        return False
    if which == "claims":
        return len(CLAIM_CUES.findall(text[:2300])) >= 3
    if len(text) > WHOLE_MAX:
        return False
    both = f"{article['title']}\n{text}"
    if which == "events":
        return bool(CASUALTY_CUES.search(both)) and bool(VIOLENCE_CUES.search(both))
    return len(AGREEMENT_CUES.findall(both)) >= 3


def used_ids() -> set[str]:
    """Every article id named in a set or selection file of this folder."""
    return ids_named(
        path
        for path in sorted(HERE.glob("*.json*"))
        if not path.name.startswith("fresh_") and path.name not in DRAWN_LATER | CHECK_SETS
    )


def selection(articles: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The three sets' draws, in order claims, agreements, events, no article twice.

    A stratum may join several subsets with `+` (one pool); a pool smaller than its quota is
    taken whole. The second batch's rows follow the first's.
    """
    taken = used_ids()
    rows = first_batch(articles, taken)
    return rows + second_batch(articles, taken)


def first_batch(articles: list[dict[str, Any]], taken: set[str]) -> list[dict[str, Any]]:
    """The session-4 draw (seed 20261204), adding its ids to `taken`."""
    rng = random.Random(SEED)
    rows: list[dict[str, Any]] = []
    for which, strata in STRATA.items():
        for subset, count in strata:
            pool = sorted(a["id"] for a in articles
                          if a["subset"] in subset.split("+") and a["id"] not in taken and eligible(a, which))
            for article_id in rng.sample(pool, min(count, len(pool))):
                taken.add(article_id)
                article = next(a for a in articles if a["id"] == article_id)
                cut = cut_offset(article["text"], CUT_AFTER) if which == "claims" else None
                rows.append({"set": which, "id": article_id, "subset": article["subset"],
                             "split": "fresh",
                             "published": article["published"], "cut": cut})
    return rows


def second_batch(articles: list[dict[str, Any]], taken: set[str]) -> list[dict[str, Any]]:
    """The session-5 draw (seed 20261205) of agreements and events, rows marked `"batch": 2`.

    Besides the ids already taken, an article whose title is that of a taken article (the corpus
    holds some stories twice, under two ids) is left out. The events pool is walked in seeded order
    past `NO_CASUALTY_FACT` until the quota is met.
    """
    rng = random.Random(SEED_2)
    by_id = {a["id"]: a for a in articles}
    titles = {by_id[i]["title"].strip().lower() for i in taken if i in by_id}
    rows: list[dict[str, Any]] = []
    for which, strata in BATCH_2.items():
        for subset, count in strata:
            pool = sorted(a["id"] for a in articles
                          if a["subset"] in subset.split("+") and a["id"] not in taken
                          and a["title"].strip().lower() not in titles and eligible(a, which))
            order = rng.sample(pool, len(pool))
            if which == "events":
                order = [i for i in order if i not in NO_CASUALTY_FACT]
            drawn = 0
            for article_id in order:
                title = by_id[article_id]["title"].strip().lower()
                if drawn == count or title in titles:
                    continue
                drawn += 1
                taken.add(article_id)
                titles.add(title)
                rows.append({"set": which, "id": article_id, "subset": by_id[article_id]["subset"],
                             "split": "fresh", "published": by_id[article_id]["published"],
                             "cut": None, "batch": 2})
    return rows


def main(argv: list[str] | None = None) -> int:
    """Draw the three sets and write fresh_selection.jsonl."""
    articles = corpus_articles(argv, __doc__)
    rows = selection(articles)
    OUTPUT.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    for which in STRATA:
        for batch in (None, 2):
            drawn = sum(r["set"] == which and r.get("batch") == batch for r in rows)
            print(f"{which}, batch {batch or 1}: {drawn} articles")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
