"""Reproducible selection of the real entities and claims development sets (ANNOT-B).

Reads the news corpus, draws the articles of each set with a fixed seed from filtered strata,
computes each article's cut offset and assigns it to `dev` (2/3) or `untouched` (1/3), then writes
`devsets_b.json` beside this script. Run: python -m evaluation.data.select_devsets_b [--corpora P].
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

from evaluation.data.drawing import corpus_articles

SEED = 20261203
HERE = Path(__file__).resolve().parent
OUTPUT = HERE / "devsets_b.json"

#: (subset, how many) per set; entities avoid Wikinews (its linked words are missing).
ENTITY_STRATA = (
    ("reuters21578/world-politics-conflict", 12),
    ("bbc/business", 6),
    ("reuters21578/general", 4),
    ("bbc/sport", 9),
    ("bbc/tech", 9),
)
CLAIM_STRATA = (
    ("reuters21578/world-politics-conflict", 6),
    ("reuters21578/general", 4),
    ("wikinews/politics-conflicts", 5),
    ("bbc/politics", 5),
)
#: the text is annotated up to the end of the first sentence that ends at or after this offset.
CUT_AFTER = {"entities": 2400, "claims": 2400}
#: the claims filter counts cue words in this many first characters.
CLAIM_FILTER_HEAD = 2300
_SENTENCE_END = re.compile(r"[.!?][\"')\u201d\u2019]*(?=\s)")
_CUE = re.compile(r"\b(said|says|told|according to)\b")


def cut_offset(text: str, after: int) -> int | None:
    """The end of the first sentence ending at or after `after`, or None when nothing is cut."""
    if len(text) <= after + 300:
        return None
    for match in _SENTENCE_END.finditer(text, after):
        word = text[: match.start() + 1].rsplit(None, 1)[-1]
        if re.fullmatch(r"(?:[A-Za-z]\.)+", word):
            continue  # an abbreviation ("U.S.", "J."), not the end of a sentence
        return match.end()
    return None


def _prose_share(text: str) -> float:
    """Share of letters among the non-space characters (tables of figures score low)."""
    visible = [ch for ch in text if not ch.isspace()]
    return sum(ch.isalpha() for ch in visible) / max(1, len(visible))


def eligible(article: dict[str, str], which: str) -> bool:
    """The filters of a set: prose of reasonable length; claims need at least three cue words."""
    text = article["text"]
    if len(text) < 700 or _prose_share(text) < 0.7:
        return False
    if which == "claims":
        head = text[:CLAIM_FILTER_HEAD]
        return len(_CUE.findall(head)) >= 3
    return True


def draw(articles: list[dict[str, str]], strata: tuple[tuple[str, int], ...], which: str,
         exclude: set[str], rng: random.Random) -> list[dict[str, object]]:
    """Draw each stratum's articles, then give every third one (in drawn order) to `untouched`."""
    chosen: list[dict[str, object]] = []
    for subset, count in strata:
        pool = sorted(a["id"] for a in articles
                      if a["subset"] == subset and a["id"] not in exclude and eligible(a, which))
        for article_id in rng.sample(pool, count):
            chosen.append({"id": article_id, "subset": subset})
    by_id = {a["id"]: a for a in articles}
    for index, row in enumerate(chosen):
        article = by_id[str(row["id"])]
        row["split"] = "untouched" if index % 3 == 2 else "dev"
        row["published"] = article["published"]
        row["cut"] = cut_offset(article["text"], CUT_AFTER[which])
    return chosen


def main(argv: list[str] | None = None) -> int:
    """Select both sets and write them to devsets_b.json."""
    articles = corpus_articles(argv, __doc__)
    rng = random.Random(SEED)
    entities = draw(articles, ENTITY_STRATA, "entities", set(), rng)
    claims = draw(articles, CLAIM_STRATA, "claims", {str(r["id"]) for r in entities}, rng)
    result = {"seed": SEED, "entities": entities, "claims": claims}
    OUTPUT.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    for name, rows in (("entities", entities), ("claims", claims)):
        dev = sum(r["split"] == "dev" for r in rows)
        print(f"{name}: {len(rows)} articles, {dev} dev, {len(rows) - dev} untouched")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
