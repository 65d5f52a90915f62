"""Two name particles between two name chunks ("Edwin van der Sar", "Fernando de la Rua"): one name.

The chunker joins a single lower-case particle to the capitalised word after it ("Ludwig van
Beethoven") but stops at a second one, leaving "Edwin" and "Sar" as two names (the second typed an
organisation).  Two particles of :data:`NAME_PARTICLES` written one space apart between two name
chunks are the inside of one name: the chunks and the particles become one name chunk, typed
later from the whole name ("Rafael" opens a person's name, "Banco" an organisation's).
"""

from __future__ import annotations

from collections.abc import Sequence

from newsparse_entities.rules import NAME_PARTICLES
from newsparse_entities.words import Candidate, Words

__all__ = ["joined_particles"]

# First particles of two that open only people's surnames ("van der Sar", "von der Leyen"), where
# "de la" opens places and bodies as well ("Plaza de la Constitucion").
_GERMANIC = frozenset(["van", "von"])


def joined_particles(words: Words, cands: Sequence[Candidate], text: str) -> list[Candidate]:
    """The candidates with every two name chunks two particles apart joined into one name chunk."""
    lower = words.lower
    spots = [
        k
        for k in range(len(cands) - 1)
        if cands[k + 1].i == cands[k].j + 2 and lower[cands[k].j] in NAME_PARTICLES
    ]
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
