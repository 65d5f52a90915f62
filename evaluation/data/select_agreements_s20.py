"""Draw the session-20 agreements check set: 16 unused news articles and 8 TempEval-3 train stories.

News candidates: ids of ``agreements_s20_pool.txt`` (``/work/brief/unused_ids.txt`` as it was in session
20) that no file under ``evaluation/`` or ``tests/`` names (files tagged ``_s20`` or later and committed
pools skipped, so the draw reproduces), at most 3,000 characters, with at least two agreement cues (the
``CUE`` of ``select_agreements_s17``), one id per text: BBC business (10), sport (3), politics (3).
Wire candidates: TempEval-3 **train** files (TimeBank, AQUAINT; never platinum) of at most 4,000
characters with a cue, whose stem no earlier file of ``evaluation/data`` names and that are not in the
dates layer's ``held`` fifth (``evaluation.dates.part_of``), one per story (the first of those
whose first 40 words are the same): 8. Each group is drawn by
``random.Random(2020)`` in turn. Half A (tuned on) is every even position of the printed list, half B
(summary figures only) every odd one. Run as ``python -m evaluation.data.select_agreements_s20 CORPORA``.
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

from evaluation.data.drawing import earlier_text, ids_named_before, tempeval_id
from evaluation.data.select_agreements_s17 import CUE

SEED = 2020
SESSION = 20
MAX_NEWS = 3000
MAX_WIRE = 4000
NEWS_GROUPS = (("bbc/business", 12, 2), ("bbc/sport", 2, 1), ("bbc/politics", 2, 2))
WIRE_COUNT = 8
DATA = Path(__file__).resolve().parent
ROOT = DATA.parents[1]
POOL = DATA / "agreements_s20_pool.txt"


def rich(text: str, least: int) -> bool:
    """At least ``least`` agreement cue words: the draw wants articles rich in agreements."""
    return len(CUE.findall(text)) >= least


def news_pools(corpora: Path) -> list[list[str]]:
    """The news candidates of each group, sorted ids, one id per text."""
    unused = set(POOL.read_text(encoding="utf-8").split())
    unused -= ids_named_before(ROOT, unused, SESSION)
    with (corpora / "news" / "articles.jsonl").open(encoding="utf-8") as handle:
        articles = [json.loads(line) for line in handle]
    pools = []
    for prefix, _, least in NEWS_GROUPS:
        by_text = {
            a["text"]: a["id"]
            for a in sorted(articles, key=lambda a: a["id"], reverse=True)
            if a["id"] in unused
            and a["subset"].startswith(prefix)
            and len(a["text"]) <= MAX_NEWS
            and rich(a["text"], least)
        }
        pools.append(sorted(by_text.values()))
    return pools


def wire_pool(corpora: Path) -> list[str]:
    """The TempEval-3 train candidates in name order: unnamed, not in the dates layer's held fifth."""
    from evaluation.dates import part_of, read_tml

    named = earlier_text(DATA, SESSION)
    out: list[str] = []
    seen: set[str] = set()
    for corpus in ("timebank", "aquaint"):
        for index, path in enumerate(sorted((corpora / "tempeval3" / corpus).glob("*.tml"))):
            if part_of(index) == "held" or path.stem in named:
                continue
            text = read_tml(path).text
            opening = " ".join(text.split()[:40])  # one id per story: AQUAINT repeats a story updated
            if len(text) <= MAX_WIRE and rich(text, 1) and opening not in seen:
                seen.add(opening)
                out.append(tempeval_id(f"{corpus}/{path.name}"))
    return out


def draw(corpora: Path) -> list[tuple[str, str]]:
    """The drawn (id, half) pairs: the news groups, then the wire stories, each in seeded order."""
    rng = random.Random(SEED)
    chosen: list[str] = []
    for (_, count, _), pool in zip(NEWS_GROUPS, news_pools(corpora), strict=True):
        chosen += rng.sample(pool, min(count, len(pool)))
    wire = wire_pool(corpora)
    chosen += rng.sample(wire, min(WIRE_COUNT, len(wire)))
    return [(i, "AB"[position % 2]) for position, i in enumerate(chosen)]


def main(corpora: str) -> None:
    """Print the draw, one ``id half`` per line."""
    for chosen, half in draw(Path(corpora)):
        print(chosen, half)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "../shared/corpora")
