"""Names that open with a small joining word ("of Wales" from "the Prince of Wales", "of England"
from a sentence-opening "Bank of England"): the word before was cut off as a title or a common
word, so the rest is read again without the joining word."""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from typing import Final

from newsparse_entities.rules import ORG_HEADS, SURNAME_HONORIFICS
from newsparse_entities.words import Candidate, Words

__all__ = ["head_before_connector", "without_compass_pairs", "without_leading_joiner"]

_JOINERS: Final = frozenset(["of", "for", "and", "on", "de", "the", "&"])
# The words after which an organisation's head goes on with what it is of or for ("Council on").
_HEAD_CONNECTORS: Final = frozenset(["of", "for", "on"])


def head_before_connector(words: Words, units: Sequence[Candidate | int]) -> bool:
    """Whether an organisation's head word stands before an "of", "for" or "on" inside a run
    ("Patriotic Union of Kurdistan", "Council on Foreign Relations"): the name is an organisation's."""
    if len(units) < 3:  # a head, the connector and a name at least: most segments are one or two units
        return False
    text = words.text
    return any(
        isinstance(u, int) and text[u] in _HEAD_CONNECTORS and isinstance(v, int) and text[v] in ORG_HEADS
        for v, u in itertools.pairwise(units)
    )


def without_leading_joiner(
    words: Words, cands: Sequence[Candidate], matches: Sequence[Candidate]
) -> list[Candidate]:
    """The candidates with each chunk that opens with a joining word joined to the organisation head
    that opens the sentence before it ("Bank of England"), or else replaced by the gazetteer match of
    its rest (the place in "Bishop of Durham"), or by a chunk of its rest with no evidence."""
    text = words.text
    for c in cands:
        if text[c.i] in _JOINERS:
            break
    else:
        return list(cands)  # most documents: none
    by_span = {(m.i, m.j): m for m in matches}
    out = []
    for c in cands:
        # "Mr de Vabres": the particle opens a surname (particles.py); not "Professor of Ballet"
        honorific = text[c.i] == "de" and c.i > 0 and text[c.i - 1] in SURNAME_HONORIFICS
        if text[c.i] not in _JOINERS or c.kind != "chunk" or honorific:
            out.append(c)
            continue
        i = c.i
        while i < c.j and text[i] in _JOINERS:
            i += 1
        if i >= c.j:
            continue  # nothing but joining words
        head = c.i - 1
        if head >= 0 and words.initial[head] and text[head] in ORG_HEADS and text[c.i] in ("of", "for"):
            # "Bank of England said ...": the sentence's first word, dropped as a common word, is the head
            name = " ".join(text[head : c.j])
            out.append(Candidate(head, c.j, words.start[head], c.end, name, "chunk", (), ("head",)))
            continue
        rest = by_span.get((i, c.j))
        if rest is None:
            rest = Candidate(i, c.j, words.start[i], c.end, " ".join(text[i : c.j]), "chunk", (), ())
        out.append(rest)
    return out


# Points of the compass: "East-West", "North-South" join two of them.
_COMPASS: Final = frozenset("North South East West".split())


def without_compass_pairs(words: Words, cands: Sequence[Candidate]) -> list[Candidate]:
    """The candidates without a pair of compass points before a common noun ("the East-West deal",
    "a North-South link"): a description of the sides, no organisation."""
    return [c for c in cands if not (c.kind == "chunk" and "-" in c.text and _compass_pair(words, c))]


def _compass_pair(words: Words, c: Candidate) -> bool:
    """Whether a chunk is one word of two compass points joined by a hyphen, a lower-case word after."""
    parts = c.text.split("-")
    return (
        c.j - c.i == 1
        and len(parts) == 2
        and all(p in _COMPASS for p in parts)
        and c.j < len(words.text)
        and words.text[c.j][:1].islower()
    )
