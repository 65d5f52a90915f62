"""Dotted initials before a name ("F.W. De Klerk", "O.J. Simpson", "W.N.F. Chandraratne"): one person.

The words module keeps "F.W." as one word, and the chunker, which joins no word ending in a full
stop to the capitalised word after it (a sentence may end there), leaves it a name of its own (typed
an acronym's organisation) beside the surname.  Two to four capital letters each followed by a full
stop, written with no space and standing one space before a capitalised name chunk, are a person's
initials: the two candidates are one name chunk, with the ``initial`` evidence a single "C." gives.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from newsparse_entities.rules import LEGAL_SUFFIXES, ORG_HEADS
from newsparse_entities.words import Candidate

__all__ = ["joined_initials"]

# Two to four capital letters, each followed by a full stop and no space ("F.W.", "W.N.F.").
_INITIALS: Final = re.compile(r"(?:[A-Z]\.){2,4}")


def joined_initials(cands: Sequence[Candidate], text: str) -> list[Candidate]:
    """The candidates with every chunk of dotted initials joined to the name chunk right after it
    (one space apart: the sentence splitter may end a sentence after the initials' full stop)."""
    spots = [
        k
        for k, c in enumerate(cands[:-1])
        if c.kind == "chunk" and c.j - c.i == 1 and c.text[-1:] == "." and _INITIALS.fullmatch(c.text)
    ]
    if not spots:
        return list(cands)  # most documents: no dotted initials before a name
    out = list(cands)
    for k in reversed(spots):
        c, nxt = out[k], out[k + 1]
        if (
            nxt.kind == "chunk"
            and nxt.i == c.j
            and nxt.start == c.end + 1
            and text[c.end] == " "
            and nxt.text[:1].isupper()
        ):
            evidence = (*nxt.evidence, _cue(c.text))
            out[k : k + 2] = [
                Candidate(c.i, nxt.j, c.start, nxt.end, f"{c.text} {nxt.text}", "chunk", (), evidence)
            ]
    return out


def _cue(initials: str) -> str:
    """The evidence the initials give: an organisation's when they spell its head or legal suffix
    ("F.C. Porto", "S.A. Brewers"), else a person's."""
    bare = initials.replace(".", "")
    return "org_head" if bare in ORG_HEADS or bare in LEGAL_SUFFIXES else "initial"
