"""Surnames that are also titles ("King" after "Mervyn King", "Major" after "John Major"): the chunker
drops a lone title word, so a surname of that form is found again from the full name before it."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from newsparse_entities.gazetteer import Gazetteer
from newsparse_entities.rules import TITLES
from newsparse_entities.words import Candidate, Words

__all__ = ["title_surnames"]

# Words before a title word that make it a common noun or a title ("the King", "a Judge").
_DETERMINERS: Final = frozenset("the a an this that his her its their our".split())


def title_surnames(words: Words, cands: Sequence[Candidate], gaz: Gazetteer) -> list[Candidate]:
    """The candidates with every lone title word that is the surname of a full name found earlier
    (a known first name and that word: "Mervyn King") added as a name chunk of its own."""
    full: dict[str, int] = {}
    text = words.text
    for c in cands:
        if c.j - c.i >= 2 and text[c.j - 1] in TITLES and text[c.i] not in TITLES and c.kind == "chunk":
            full.setdefault(text[c.j - 1], c.i)
    if not full:
        return list(cands)  # most documents: no such surname
    taken = {k for c in cands for k in range(c.i, c.j)}
    cap, sent = words.cap, words.sent
    found = []
    for u in words.caps:
        t = text[u]
        if t not in full or full[t] >= u or u in taken:
            continue
        prev = u - 1 if u > 0 and sent[u - 1] == sent[u] else None
        nxt = u + 1 if u + 1 < len(text) and sent[u + 1] == sent[u] else None
        if prev is not None and (cap[prev] or words.lower[prev] in _DETERMINERS):
            continue  # "Tote King", "the King"
        if nxt is not None and (cap[nxt] or text[nxt] == "of"):
            continue  # "King Abdullah", "King of Spain"
        found.append(Candidate(u, u + 1, words.start[u], words.end[u], t, "chunk", (), ()))
    return sorted([*cands, *found], key=lambda c: c.i) if found else list(cands)
