"""Select the sentences of check set G of the quantities layer from CoNLL-2003 train (issue 18, s14).

The readable news sets are exhausted and the unused news pool holds no Reuters left, so set G draws
from a second pool of wire text: ``conll2003/eng.train`` (Reuters, August 1996), rebuilt into
documents by ``evaluation.conll_documents`` (the one CoNLL reader; the draw, first made with an
earlier reader, gives the same rows under it). Sport stories (a headline opening with a topic word
and a dash, "SOCCER - ...", "Soccer - ...") are left out; so are headlines, datelines, bylines and
table and list lines (under 8 tokens, over a quarter of the tokens numbers, not opening with a
capital or a quote, or not closing with a full stop or a quote). A prose sentence qualifies when it holds
a digit or a number word. One sentence per document, documents in a seeded random order, until
``SIZE`` sentences. Rows keep the document index and the sentence index in the document only (the
text is Reuters' and is rebuilt at run time). Even rows are half A (``check_g_a``, tuned on), odd
rows half B (``check_g_b``, held out: only its summary figures are printed).
Run: python -m evaluation.data.select_quantities_g [--corpora PATH]; it prints one JSON line per
sentence (doc, sentence, split), in the order of ``real_quantities_g.jsonl``.
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Sequence
from typing import Any

from evaluation.conll_documents import ConllDocument, read_documents, sentence_spans, train_path
from evaluation.data.drawing import corpora_folder

__all__ = ["HALVES", "SEED_G", "SIZE", "main", "qualifies", "selection"]

SEED_G = 20261215
SIZE = 100
HALVES = ("check_g_a", "check_g_b")
SPORT = re.compile(r"^[A-Za-z][A-Za-z /&.'-]+ - ")
NUMBER_WORDS = re.compile(
    r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|"
    r"fifty|hundred|hundreds|thousand|thousands|million|millions|billion|dozen|dozens)\b",
    re.IGNORECASE,
)
NUMERIC = re.compile(r"^[\d.,/:%$-]+$")


def qualifies(sentence: str) -> bool:
    """A prose sentence with a number: 8+ tokens, at most a quarter numeric, a digit or number word."""
    tokens = sentence.split()
    if not re.match(r"^[A-Z\"]", sentence) or not re.search(r"[.\"']$", sentence):
        return False  # a table or list line, not a sentence
    if len(tokens) < 8 or sum(1 for t in tokens if NUMERIC.match(t)) * 4 > len(tokens):
        return False
    return bool(re.search(r"\d", sentence) or NUMBER_WORDS.search(sentence))


def _candidates(doc: ConllDocument) -> list[int]:
    """The qualifying sentence indices of a non-sport document (after its dateline)."""
    lines = [doc.text[s:e] for s, e in sentence_spans(doc)]
    if not lines or SPORT.match(lines[0]):
        return []
    dateline = next((i for i, line in enumerate(lines[:4]) if re.search(r"\d{4}-\d{2}-\d{2}$", line)), None)
    if dateline is None:
        return []
    return [i for i in range(dateline + 1, len(lines)) if qualifies(lines[i])]


def selection(docs: Sequence[ConllDocument]) -> list[dict[str, Any]]:
    """One seeded sentence from each of the first ``SIZE`` qualifying documents in seeded order."""
    rng = random.Random(SEED_G)
    order = list(range(len(docs)))
    rng.shuffle(order)
    rows: list[dict[str, Any]] = []
    for index in order:
        found = _candidates(docs[index])
        if found:
            rows.append({"doc": index, "sentence": rng.choice(found), "split": HALVES[len(rows) % 2]})
        if len(rows) == SIZE:
            break
    return rows


def main(argv: list[str] | None = None) -> int:
    """Print the selection as JSON lines."""
    docs = read_documents(train_path(corpora_folder(argv, __doc__)))
    for row in selection(docs):
        print(json.dumps(row))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
