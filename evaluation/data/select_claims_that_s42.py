"""Draw session 42's "that"-clause sentence set: one sentence a text with a verb-like word before "that".

Candidates are the news articles at the **even** places (from 0) of the unused list that
``python -m evaluation.outside_lists --write-unused FILE`` writes, less 14 articles meant to be
those where session 42's clmcheck rule (``that_complements``) changed output in its identity run (read
from that run's saved output, not from a new run of the system). The list was read one line off (the
run's line numbers count from 0): ``CLMCHECK_CHANGED`` holds the articles just before them, and
``CLMCHECK_RULE_TEXTS`` the 14 the rule changed, of which one is drawn (row 48, half A). The draw keeps
the list it was made with, so that it reproduces. In each candidate a *drawn word* is a word of
letters ending in "ed" or "s" directly before " that " (one space each side), lower-cased not one of
the claims layer's cue words (``newsparse_claims.lexicon`` and ``that_cues``, a surface test) nor a
closed-class word that is never a verb of saying (``_FUNCTION``: "is that", "as that", "this that").
The pool lists every drawn word as ``id offset word`` (``CORPORA UNUSED --pool``, committed as
``claims_that_s42_pool.txt``). The draw shuffles the pool's texts with ``random.Random(4215)``, takes
one drawn word of each text (by the same generator) until 80, and alternates halves A and B.
Run as ``python -m evaluation.data.select_claims_that_s42 CORPORA UNUSED --pool`` or
``python -m evaluation.data.select_claims_that_s42 POOL_FILE`` (prints ``id half offset word``).
"""

from __future__ import annotations

import json
import random
import re
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Final

SEED: Final = 4215
SIZE: Final = 80
POOL: Final = Path(__file__).resolve().parent / "claims_that_s42_pool.txt"
_DRAWN: Final = re.compile(r"(?<![\w'’-])([A-Za-z]+(?:ed|s)) that(?= )")
#: closed-class words ending in "s" before "that" that head no clause of saying
_FUNCTION: Final = frozenset("is was has does as this its his hers ours yours theirs us thus less".split())
#: skipped by the draw: meant as the texts clmcheck's rule changed, read one line off (see above)
CLMCHECK_CHANGED: Final = frozenset(
    """
    bbc-entertainment-030 bbc-sport-511 bbc-politics-138 bbc-politics-176 bbc-business-268
    bbc-politics-131 bbc-sport-305 bbc-politics-243 bbc-business-112 bbc-sport-432
    bbc-entertainment-371 bbc-tech-116 bbc-politics-287 bbc-politics-016
    """.split()
)

#: the 14 texts where clmcheck's rule changed output on outside news (its identity run, session 42)
CLMCHECK_RULE_TEXTS: Final = frozenset(
    """
    bbc-tech-342 bbc-tech-278 bbc-tech-056 bbc-business-083 bbc-politics-205 bbc-sport-368 bbc-tech-009
    bbc-tech-026 bbc-sport-231 bbc-tech-029 bbc-tech-276 bbc-tech-002 bbc-politics-182 bbc-sport-406
    """.split()
)


def cue_words() -> frozenset[str]:
    """Every word the claims layer's cue lists hold (verbs, attitude, belief, perception, "that" cues)."""
    from newsparse_claims import lexicon, that_cues

    return frozenset(
        lexicon.CUE_VERBS | lexicon.BELIEF_CUES | lexicon.PERCEPTION_CUES | lexicon.QUOTE_INVERTIBLE_CUES
        | that_cues.THAT_CUES
    )


def candidates(text: str, cues: frozenset[str]) -> list[tuple[int, str]]:
    """The drawn words of a text: (offset, word) of each verb-like word before " that "."""
    out = []
    for match in _DRAWN.finditer(text):
        word = match.group(1).lower()
        if word not in cues and word not in _FUNCTION:
            out.append((match.start(1), match.group(1)))
    return out


def pool(corpora: Path, unused: Path) -> list[str]:
    """The pool lines ``id offset word``, texts in the unused list's order (its even places)."""
    ids = [line.strip() for line in unused.read_text(encoding="utf-8").splitlines() if line.strip()]
    wanted = [i for i in ids[0::2] if i not in CLMCHECK_CHANGED]
    texts = {}
    with (corpora / "news" / "articles.jsonl").open(encoding="utf-8") as handle:
        for line in handle:
            article = json.loads(line)
            texts[article["id"]] = article["text"]
    cues = cue_words()
    return [
        f"{i} {offset} {word}" for i in wanted if i in texts for offset, word in candidates(texts[i], cues)
    ]


def draw(lines: Iterable[str]) -> list[tuple[str, str, int, str]]:
    """The drawn rows (id, half, offset, word): texts shuffled, one drawn word each, halves alternating."""
    by_text: dict[str, list[tuple[int, str]]] = {}
    for line in lines:
        if line.strip():
            identifier, start, word = line.split()
            by_text.setdefault(identifier, []).append((int(start), word))
    order = sorted(by_text)
    rng = random.Random(SEED)
    rng.shuffle(order)
    rows: list[tuple[str, str, int, str]] = []
    for position, identifier in enumerate(order[:SIZE]):
        at, drawn = rng.choice(by_text[identifier])
        rows.append((identifier, "AB"[position % 2], at, drawn))
    return rows


def main(argv: list[str]) -> None:
    """Print the pool (``CORPORA UNUSED --pool``) or the draw from a pool file."""
    if "--pool" in argv:
        corpora, unused = (Path(a) for a in argv if a != "--pool")
        print("\n".join(pool(corpora, unused)))
        return
    path = Path(argv[0]) if argv else POOL
    for identifier, half, offset, word in draw(path.read_text(encoding="utf-8").splitlines()):
        print(identifier, half, offset, word)


if __name__ == "__main__":
    main(sys.argv[1:])
