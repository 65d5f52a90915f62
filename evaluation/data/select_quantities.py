"""Select the sentences of the real quantities development set, reproducibly (issue 18).

Splits every article of the chosen subsets of the news corpus into sentences (a small rule-based
splitter, below), keeps the sentences with at least one digit or number word, draws a fixed number
of sentences per subset (at most ``PER_ARTICLE`` per article) with a seeded generator, and assigns
the articles to ``dev`` (two thirds) or ``untouched`` (one third), seeded, before any annotation.
Run: python -m evaluation.data.select_quantities [--corpora PATH]; it prints one JSON line per
sentence (id, subset, split, start, end), in the order of ``quantities_selection.jsonl``.
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from evaluation.data.drawing import corpora_folder

__all__ = ["QUOTAS", "SEED", "draw", "has_number", "main", "number_and_plain_rows", "selection", "sentences"]

SEED = 20261218
QUOTAS = {
    "bbc/business": 75,
    "bbc/sport": 60,
    "bbc/tech": 60,
    "bbc/politics": 55,
    "reuters21578/general": 60,
    "reuters21578/world-politics-conflict": 60,
    "wikinews/politics-conflicts": 45,
}
PER_ARTICLE = 2
MIN_WORDS, MAX_WORDS = 6, 70
NUMBER = re.compile(
    r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|"
    r"ninety|hundreds?|thousands?|millions?|billions?|trillions?|dozens?)\b",
    re.IGNORECASE,
)
#: words ending in a full stop that do not end a sentence.
ABBREVIATIONS = frozenset(
    "mr mrs ms dr st prof gen col lt sgt capt rev sen rep gov inc co corp ltd plc bros jr sr vs "
    "no nos jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k u.n e.g i.e etc approx dept "
    "est fig mt ft".split()
)
END = re.compile(r"[.!?][\"'\u201d\u2019)]*(?=\s+[\"'\u201c\u2018(]?[A-Z0-9])")
BREAK = re.compile(r"\n\s*\n|\n {2,}")


WORD_CHAR = re.compile(r"[\w.]")


def word_before(text: str, stop: int) -> str | None:
    r"""The run of word characters and full stops ending at ``stop`` (or at a line break just before it),
    else None: what ``re.search(r"([\w.]+)$", text[:stop])`` finds, read back from ``stop`` (that search
    copied and scanned the text up to every full stop: most of the check sets' draw time)."""
    end = stop - 1 if stop > 0 and text[stop - 1] == "\n" else stop
    start = end
    while start > 0 and WORD_CHAR.match(text, start - 1):
        start -= 1
    return text[start:end] if start < end else None


def _ends_sentence(text: str, stop: int) -> bool:
    """Whether the full stop at ``stop`` ends a sentence (not an abbreviation, initial or decimal)."""
    if text[stop] != ".":
        return True
    word = word_before(text, stop)
    if word is None:
        return True
    token = word.lower()
    return (
        token not in ABBREVIATIONS
        and not re.fullmatch(r"[a-z]", token)
        and not re.fullmatch(r"(?:[a-z]\.)+[a-z]", token)
    )


def _pieces(text: str) -> Iterator[tuple[int, int]]:
    """Blocks of text between paragraph breaks (blank lines, or a new line and an indent)."""
    start = 0
    for found in BREAK.finditer(text):
        yield start, found.start()
        start = found.end()
    yield start, len(text)


def sentences(text: str) -> list[tuple[int, int]]:
    """The (start, end) of each sentence of a text, white space trimmed, end exclusive."""
    spans: list[tuple[int, int]] = []
    for block_start, block_end in _pieces(text):
        start = block_start
        for found in END.finditer(text, block_start, block_end):
            if _ends_sentence(text, found.start()):
                spans.append((start, found.end()))
                start = found.end()
        spans.append((start, block_end))
    trimmed = []
    for start, end in spans:
        piece = text[start:end]
        left = len(piece) - len(piece.lstrip())
        right = len(piece.rstrip())
        if right > left:
            trimmed.append((start + left, start + right))
    return trimmed


def has_number(sentence: str) -> bool:
    """Whether a sentence holds a digit or a number word."""
    return NUMBER.search(sentence) is not None


def _candidates(text: str) -> list[tuple[int, int]]:
    """The sentences of an article that may be drawn: a number, a sensible length, a capital start."""
    chosen = []
    for start, end in sentences(text):
        piece = text[start:end]
        words = len(piece.split())
        if MIN_WORDS <= words <= MAX_WORDS and has_number(piece) and not piece[0].islower():
            chosen.append((start, end))
    return chosen


def _articles(corpora: Path) -> Iterator[dict[str, str]]:
    """The corpus articles in file order."""
    with (corpora / "news" / "articles.jsonl").open(encoding="utf-8") as handle:
        for line in handle:
            yield json.loads(line)


def selection(corpora: Path) -> list[dict[str, object]]:
    """The drawn sentences as rows of id, subset, split, start and end."""
    rng = random.Random(SEED)
    pools: dict[str, dict[str, list[tuple[int, int]]]] = {subset: {} for subset in QUOTAS}
    for article in _articles(corpora):
        if article["subset"] in pools:
            found = _candidates(article["text"])
            if found:
                pools[article["subset"]][article["id"]] = found
    return draw(pools, QUOTAS, rng, SEED + 1, ("dev", "untouched"))


def draw(
    pools: dict[str, dict[str, list[tuple[int, int]]]],
    quotas: dict[str, int],
    rng: random.Random,
    split_seed: int,
    names: tuple[str, str],
) -> list[dict[str, object]]:
    """Draw each subset's quota of sentences (at most ``PER_ARTICLE`` an article) from its pool, then
    assign the drawn articles, seeded, two thirds to ``names[0]`` and one third to ``names[1]``."""
    rows: list[dict[str, object]] = []
    for subset, quota in quotas.items():
        ids = sorted(pools[subset])
        rng.shuffle(ids)
        taken = 0
        for identifier in ids:
            if taken >= quota:
                break
            spans = pools[subset][identifier]
            picked = sorted(rng.sample(spans, min(PER_ARTICLE, len(spans), quota - taken)))
            rows += [{"id": identifier, "subset": subset, "start": s, "end": e} for s, e in picked]
            taken += len(picked)
    articles = sorted({str(row["id"]) for row in rows})
    random.Random(split_seed).shuffle(articles)
    cut = round(len(articles) * 2 / 3)
    splits = {name: (names[0] if index < cut else names[1]) for index, name in enumerate(articles)}
    return [{**row, "split": splits[str(row["id"])]} for row in rows]


def _numbered(piece: str) -> bool:
    """A number sentence: 6 to 70 words, a digit or number word, a capital start."""
    return 6 <= len(piece.split()) <= 70 and has_number(piece) and piece[:1].isupper()


def _plain(piece: str, closers: str) -> bool:
    """A plain sentence: 8 to 50 words, a capital start, a closing stop or quote, no number."""
    return (
        8 <= len(piece.split()) <= 50
        and piece[:1].isupper()
        and piece[-1:] in closers
        and not has_number(piece)
    )


def number_and_plain_rows(
    candidates: list[tuple[str, str]],
    seed: int,
    counts: tuple[int, int],
    halves: tuple[str, str],
    key: str,
    closers: str = ".\"'",
) -> list[dict[str, Any]]:
    """The seeded sentence draw of check sets I and J (their module docstrings): up to two number
    sentences per shuffled text until ``counts[0]``, then one plain sentence per text until
    ``counts[1]``, shuffled again and alternating between the two halves; rows name ``key``."""
    rng = random.Random(seed)
    order = list(candidates)
    rng.shuffle(order)
    numbers, plain = counts
    chosen: list[tuple[str, int]] = []
    for name, text in order:
        found = [i for i, (s, e) in enumerate(sentences(text)) if _numbered(text[s:e])]
        chosen += [(name, i) for i in sorted(rng.sample(found, min(2, len(found), numbers - len(chosen))))]
        if len(chosen) == numbers:
            break
    negatives: list[tuple[str, int]] = []
    for name, text in order:
        found = [i for i, (s, e) in enumerate(sentences(text)) if _plain(text[s:e], closers)]
        if found and len(negatives) < plain:
            negatives.append((name, rng.choice(found)))
    rows = chosen + negatives
    rng.shuffle(rows)
    return [{key: name, "sentence": index, "split": halves[n % 2]} for n, (name, index) in enumerate(rows)]


def main(argv: list[str] | None = None) -> int:
    """Print the selection as JSON lines."""
    corpora = corpora_folder(argv, __doc__)
    for row in selection(corpora):
        print(json.dumps(row))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
