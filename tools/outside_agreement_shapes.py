"""How many outside agreement records a side-reference shape could reach: the pool, checked before building.

Development only (never imported by the package). Usage, from the repository root:

    python tools/outside_agreement_shapes.py --half odd|even [--acled] [--ud-dev] [--unused F] [--polnear F]

Session 35 (issue 17). A rule that gives a record a side through "the two countries", "they" or "the
company" can fire only on a record with fewer than two sides whose mention's sentence holds the
phrase. For each shape (:data:`SHAPES`) this counts such records of the base (the working tree's
agreements layer) on one half of the outside texts (``outside_agreements``' lists and halves). On the
**odd** half (the shaping half) it prints each record with the phrase and its sentence, to be read;
on the **even** half (the counting half) it prints the counts only, never a text or a record, so the
pool can be sized without reading the half a rule is later counted on. A count is an upper bound on
a rule's firings: most records it lists have no side the phrase stands for.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Final

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "plugins"), str(ROOT / "src"), str(ROOT / "tools")]

import outside_agreements as outside  # noqa: E402

from newsparse import Agreement, Document  # noqa: E402
from newsparse_agreements import records as layer  # noqa: E402

# Plural nouns that can name the two sides of a deal ("the two concerns", "both parties").
_ACTORS = (
    r"(?:sides|countries|nations|states|governments|leaders|parties|companies|firms|concerns|groups"
    r"|factions|men|banks|carriers|airlines|clubs|teams|presidents|ministers|neighbours|neighbors"
    r"|rivals|unions|camps|powers|allies|superpowers|partners|armies|forces|militias|communities"
    r"|tribes|clans|movements|candidates|campaigns|organisations|organizations)"
)
# The phrases a side may be named by in the record's own sentence, by shape (session 34's class).
SHAPES: Final[tuple[tuple[str, re.Pattern[str]], ...]] = (
    (
        "the two X / both X",
        re.compile(
            rf"\b(?:the\s+two|both)\s+(?:[\w-]+\s+){{0,2}}?{_ACTORS}\b"
            r"(?!\s+of\s+the\s+(?:border|Atlantic|aisle|debate))"
            rf"|\bbetween\s+the\s+{_ACTORS}\b",
            re.IGNORECASE,
        ),
    ),
    ("they / their / them", re.compile(r"\b(?:they|their|them)\b", re.IGNORECASE)),
    (
        "the <one side>",
        re.compile(
            r"\b[Tt]he\s+(?:[\w-]+\s+){0,2}?(?:rebels|government|company|firm|country|club|union|group"
            r"|militants|regime|authorities|administration|state|carrier|bank|airline|insurer|lender|side)\b"
            r"(?!\s+of\b)"
        ),
    ),
)


def shapes_in(doc: Document, record: Agreement) -> list[tuple[str, str, str]]:
    """(shape, phrase, sentence) for each shape found in a sentence of the record's mentions, first
    match only; nothing for a record that already names two sides or more."""
    if len(record.parties) >= 2:
        return []
    sentences = {doc.sentence_of(m.start) for m in record.mentions or ()}
    found = []
    for name, pattern in SHAPES:
        for sentence in sorted((s for s in sentences if s is not None), key=lambda s: s.start):
            match = pattern.search(doc.text, sentence.start, sentence.end)
            if match is not None:
                said = " ".join(doc.text[sentence.start : sentence.end].split())
                found.append((name, match.group(), said))
                break
    return found


def report(half: str, found: Iterable[tuple[str, str, str, str, str]], texts: int, records: int) -> list[str]:
    """The lines to print for (text id, record summary, shape, phrase, sentence) rows: every row on
    the odd half, only the counts by shape on the even half (never a text of the counting half)."""
    rows = list(found)
    tally = Counter(row[2] for row in rows)
    lines = []
    if half == "odd":
        lines = [f"[{s}] {i}: {r}\n    <<{p}>> {t}" for i, r, s, p, t in rows]
    counts = {name: tally[name] for name, _ in SHAPES}
    lines.append(
        f"{half} half: {texts} texts, {records} base records; by shape in a mention's sentence: {counts}"
    )
    return lines


def main(argv: Sequence[str] | None = None) -> int:
    """Count (odd: list) the outside records each shape could reach on one half."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    outside.outside_arguments(parser)
    parser.add_argument("--acled", action="store_true", help="also the ACLED dev notes")
    parser.add_argument("--ud-dev", action="store_true", help="also the UD EWT dev documents")
    parser.add_argument("--half", choices=("odd", "even"), required=True, help="the half read")
    args = parser.parse_args(argv)
    args.only_added = False
    texts = outside._texts(args)
    pipeline = outside.upstream()
    rows: list[tuple[str, str, str, str, str]] = []
    records = 0
    for text_id, text, published in texts:
        doc = outside.consulting(pipeline.parse(text, published=published), pipeline.consulted)
        for record in layer.extract(doc):
            records += 1
            summary = outside.summary(record)[:200]
            rows += [(text_id, summary, *found) for found in shapes_in(doc, record)]
    print("\n".join(report(args.half, rows, len(texts), records)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
