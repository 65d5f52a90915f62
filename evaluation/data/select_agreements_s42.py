"""Draw the session-42 agreements check set: unused news articles where a deal is only wanted or offered.

Candidates: ids of ``agreements_s42_pool.txt`` (the even places, counting from 0, of the session's unused
list, ``python -m evaluation.outside_lists --write-unused``: no one had read them) that no file under
``evaluation/`` or ``tests/`` names (files tagged ``_s42`` or later and committed pools skipped, copies of
named texts skipped, so the draw reproduces), at most 4,000 characters (3,000 left 12), one id per text.
Two groups, chosen by surface form (wider than any rule): ``DEAL_VERB`` (a word of wanting, offering,
seeking, planning, proposing, bidding or expecting within six words before buy/acquire/purchase/sell/
merge/take over/stake): up to 20; else ``DEAL_NOUN`` (such a word within six words before an agreement
noun): up to 12. Each group is drawn by ``random.Random(4242)`` in turn (the pools held 12 and 4: all).
Half A is every even position of the printed list, half B every odd one
(both halves are the counting part of session 42; half B is summary figures only afterwards).
Run as ``python -m evaluation.data.select_agreements_s42 CORPORA``.
"""

from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

from evaluation.data.drawing import ids_named_before

SEED = 4242
SESSION = 42
MAX_NEWS = 4000
VERB_COUNT = 20
NOUN_COUNT = 12
DATA = Path(__file__).resolve().parent
ROOT = DATA.parents[1]
POOL = DATA / "agreements_s42_pool.txt"
#: words of wanting, offering, seeking, planning, proposing, bidding or expecting (general English)
_INTENT = (
    r"(?:wants?|wanted|wanting|offers?|offered|offering|seeks?|seeking|sought|plans?|planned|planning"
    r"|propos(?:e|es|ed|ing|al|als)|bids?|bidding|expects?|expected|expecting|hopes?|hoped|hoping"
    r"|intends?|intended|intending|intention|aims?|aimed|aiming|tries|tried|trying|attempts?|attempted"
    r"|attempting|considers?|considered|considering|eager|keen|wishes|wish|wished|looking)"
)
_GAP = r"(?:\W+\w+){0,5}?\W+"  # up to five words between: the target is within six words after
DEAL_VERB = re.compile(
    rf"\b{_INTENT}{_GAP}(?:buy|buys|buying|bought|acquire[sd]?|acquiring|purchas(?:e|es|ed|ing)"
    r"|sell|sells|selling|sold|merge[sd]?|merging|take\s+over|taking\s+over|takes\s+over|stakes?)\b",
    re.I,
)
DEAL_NOUN = re.compile(
    rf"\b{_INTENT}{_GAP}(?:deals?|agreements?|accords?|pacts?|treat(?:y|ies)|cease-?fires?|truces?"
    r"|contracts?|mergers?|takeovers?)\b",
    re.I,
)


def group_of(text: str) -> int | None:
    """0 for a text with a wanted purchase or sale, 1 for one with only a wanted agreement noun, else None."""
    if DEAL_VERB.search(text):
        return 0
    return 1 if DEAL_NOUN.search(text) else None


def pools(corpora: Path) -> tuple[list[str], list[str]]:
    """The candidates of each group, sorted ids, one id per text, named and copied texts left out."""
    unused = set(POOL.read_text(encoding="utf-8").split())
    with (corpora / "news" / "articles.jsonl").open(encoding="utf-8") as handle:
        articles = [json.loads(line) for line in handle]
    texts = {a["id"]: a["text"] for a in articles}
    unused -= ids_named_before(ROOT, unused, SESSION, texts)
    by_text = {
        a["text"]: a["id"]
        for a in sorted(articles, key=lambda a: a["id"], reverse=True)
        if a["id"] in unused and len(a["text"]) <= MAX_NEWS
    }
    out: tuple[list[str], list[str]] = ([], [])
    for text, set_id in by_text.items():
        group = group_of(text)
        if group is not None:
            out[group].append(set_id)
    return sorted(out[0]), sorted(out[1])


def draw(corpora: Path) -> list[tuple[str, str]]:
    """The drawn (id, half) pairs: the verb group, then the noun group, each in seeded order."""
    rng = random.Random(SEED)
    verbs, nouns = pools(corpora)
    chosen = rng.sample(verbs, min(VERB_COUNT, len(verbs))) + rng.sample(nouns, min(NOUN_COUNT, len(nouns)))
    return [(i, "AB"[position % 2]) for position, i in enumerate(chosen)]


def main(corpora: str) -> None:
    """Print the draw, one ``id half`` per line."""
    for chosen, half in draw(Path(corpora)):
        print(chosen, half)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "../shared/corpora")
