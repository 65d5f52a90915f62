"""The figure of a toll: "the death toll [from the quake] has risen to 2,100", "the toll in Iraq to 1,971"."""

from __future__ import annotations

from collections.abc import Sequence

from newsparse import Quantity
from newsparse.text import TokenColumns
from newsparse_events.lexicon import HARD_BREAKS, TOLL_LINKS, TOLL_VERBS

__all__ = ["toll_figure"]

MAX_TOLL_GAP = 5  # linking tokens between a toll and its figure
MAX_TOLL_PHRASE = 8  # tokens of a phrase after a toll before its verb ("the toll for U.S. soldiers in Iraq")
TOLL_PREPOSITIONS = frozenset({"for", "in", "among", "from", "of", "on"})


def toll_figure(
    tokens: TokenColumns, b: int, after: Sequence[tuple[int, int, Quantity]]
) -> tuple[int, int, Quantity] | None:
    """The figure of a toll: "the death toll [from the quake] has risen to 2,100", "a toll of 40"."""
    if not after:
        return None
    c = after[0]
    gap = [str.lower(t) for t in tokens.texts[b : c[0]]]
    if len(gap) <= MAX_TOLL_GAP and all(word in TOLL_LINKS for word in gap):
        return c
    phrase = bool(gap) and gap[0] in TOLL_PREPOSITIONS  # "the toll [for U.S. soldiers in Iraq] reached"
    verbs = [k for k, word in enumerate(gap) if word in TOLL_VERBS or (phrase and word == "to")]
    limit = MAX_TOLL_PHRASE if phrase else MAX_TOLL_GAP
    if not verbs or verbs[0] > limit or any(w in HARD_BREAKS or w == "," for w in gap[: verbs[0]]):
        return None
    rest = gap[verbs[0] :]
    return c if len(rest) <= MAX_TOLL_GAP and all(word in TOLL_LINKS for word in rest) else None
