"""Two name particles between two name chunks ("Edwin van der Sar", "Fernando de la Rua"): one name.

The chunker joins a single lower-case particle to the capitalised word after it ("Ludwig van
Beethoven") but stops at a second one, leaving "Edwin" and "Sar" as two names (the second typed an
organisation).  Two particles of :data:`NAME_PARTICLES` written one space apart between two name
chunks are the inside of one name: the chunks and the particles become one name chunk, typed
later from the whole name ("Rafael" opens a person's name, "Banco" an organisation's).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from newsparse_entities.rules import NAME_PARTICLES, SURNAME_HONORIFICS
from newsparse_entities.words import Candidate, Words

__all__ = ["joined_particles"]

# First particles of two that open only people's surnames ("van der Sar", "von der Leyen"), where
# "de la" opens places and bodies as well ("Plaza de la Constitucion").
_GERMANIC: Final = frozenset(["van", "von"])


# Particles that may open a surname after an honorific ("al", "el", "abu" open it in capitals).
_SURNAME_OPENERS: Final = NAME_PARTICLES - frozenset(["al", "el", "abu"])


def joined_particles(words: Words, cands: Sequence[Candidate], text: str) -> list[Candidate]:
    """The candidates with every two name chunks two particles apart joined into one name chunk, and
    every surname after an honorific and a particle given its particle."""
    lower = words.lower
    spots = [
        k
        for k in range(len(cands) - 1)
        if cands[k + 1].i == cands[k].j + 2 and lower[cands[k].j] in NAME_PARTICLES
    ]
    cands = _honorific_particles(words, cands, text)
    if not spots:
        return list(cands)  # most documents: no two particles between names
    out = list(cands)
    for k in reversed(spots):
        a, b = out[k], out[k + 1]
        p, q = a.j, a.j + 1
        if (
            a.kind == "chunk"
            and b.kind == "chunk"
            and lower[q] in NAME_PARTICLES
            and words.text[p].islower()
            and words.text[q].islower()
            and text[a.end : b.start] == f" {words.text[p]} {words.text[q]} "
            and b.text[:1].isupper()
        ):
            evidence = (*a.evidence, *b.evidence)
            if lower[p] in _GERMANIC:
                evidence += ("surname_particles",)  # "van der", "von den": a person's surname
            joined = Candidate(a.i, b.j, a.start, b.end, text[a.start : b.end], "chunk", (), evidence)
            out[k : k + 2] = [joined]
    return out


def _honorific_particles(words: Words, cands: Sequence[Candidate], text: str) -> Sequence[Candidate]:
    """``cands`` with each one-word name chunk that follows an honorific and a lower-case particle
    ("Mr van Gogh", "Mr de Vabres") widened to start at the particle, with the title's evidence."""
    wtext = words.text
    spots = [
        k
        for k, c in enumerate(cands)
        if c.i >= 2
        and c.j == c.i + 1
        and wtext[c.i - 1] in _SURNAME_OPENERS
        and wtext[c.i - 2] in SURNAME_HONORIFICS
    ]
    if not spots:
        return cands  # most documents: no honorific before a particle
    out = list(cands)
    for k in spots:
        c = out[k]
        p = c.i - 1
        start = words.start[p]
        if c.kind == "chunk" and text[words.end[p] : c.start] == " " and words.sent[p] == words.sent[c.i]:
            evidence = (*c.evidence, "title")
            out[k] = Candidate(p, c.j, start, c.end, text[start : c.end], "chunk", (), evidence)
    return out
