"""A firm's or body's name that holds a possessive ("Hudson's Bay Co.", "Moody's Investors Service",
"the Sheriff's Office"): the word before the "'s" joined to the name after it, which the chunker cuts
at the possessive (session 42, entname; issue 14).

The name after the "'s" must end in an organisation's head word (``ORG_HEADS``), and the word before
it must stand alone: one capitalised word with no capitalised word before it in its sentence, no
place or other gazetteer name over it, and no longer name in the document ending or holding it
("Rupert Murdoch's Sky", "Murdoch's News Corp": the owner, a person, stays apart). "Britain's
Foreign Office" keeps its country: the gazetteer knows it.
"""

from __future__ import annotations

from collections.abc import Sequence

from newsparse_entities.rules import ORG_HEADS
from newsparse_entities.words import Candidate, Words

__all__ = ["joined_possessive_names"]


def joined_possessive_names(words: Words, cands: Sequence[Candidate], text: str) -> list[Candidate]:
    """The candidates with a lone possessor word joined to the organisation's name after its "'s"."""
    out = list(cands)
    owners: dict[int, int] = {}  # word index -> the candidate (position in ``out``) over it
    longer: set[str] = set()  # the words of names of two words or more
    for k, c in enumerate(out):
        for w in range(c.i, c.j):
            owners[w] = k
        if c.j - c.i > 1:
            longer.update(words.text[c.i : c.j])
    dropped: set[int] = set()
    for k, c in enumerate(out):
        p = _possessor(words, c.i)
        if p < 0 or not _org_name(words, c) or words.text[p] in longer:
            continue
        if not _lone_word(words, p):
            continue
        owner = owners.get(p)
        if owner is not None:
            o = out[owner]
            if o.kind == "gaz" or o.j - o.i != 1 or owner in dropped:
                continue
            dropped.add(owner)
        start = words.start[p]
        out[k] = Candidate(p, c.j, start, c.end, text[start : c.end], "chunk", (), (*c.evidence, "head"))
    return [c for k, c in enumerate(out) if k not in dropped]


def _possessor(words: Words, i: int) -> int:
    """The index of the word whose possessive stands right before word ``i`` ("Hudson's", or the
    split "Moody 's" of wire text), or -1."""
    if i >= 1 and words.poss[i - 1] and words.sent[i - 1] == words.sent[i]:
        return i - 1
    texts, start, end = words.text, words.start, words.end
    if (
        i >= 3
        and texts[i - 1] == "s"
        and texts[i - 2] == "'"
        and start[i - 1] == end[i - 2]
        and start[i - 2] - end[i - 3] <= 1
        and words.sent[i - 3] == words.sent[i]
    ):
        return i - 3
    return -1


def _org_name(words: Words, c: Candidate) -> bool:
    """Whether the candidate ends in an organisation's head word (before a suffix's period)."""
    last = c.j - 1
    if words.text[last] == "." and last > c.i:
        last -= 1
    return c.j - c.i >= 1 and words.text[last] in ORG_HEADS and words.cap[c.i]


def _lone_word(words: Words, p: int) -> bool:
    """Whether word ``p`` is capitalised, not in capitals, and no capitalised word of its sentence
    stands right before it."""
    if not words.cap[p] or words.text[p].isupper():
        return False
    q = p - 1
    return q < 0 or words.sent[q] != words.sent[p] or not words.cap[q]
