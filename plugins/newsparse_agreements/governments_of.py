"""Sides named as "the Government of X": the state X is the side (session 40, issue 17).

Peace agreements name their state side by its government: "an agreement between the Government of
the Republic of Sierra Leone and the Revolutionary United Front", "between the Government of the
Russian Federation and the Government of the Republic of India". The entities layer reads the state
("Republic of Sierra Leone" -> Sierra Leone) and, when capitalised, a bare "Government" beside it, so
the names after "between" either start too far on (no side read at all) or start with that bare
"Government" (a side no reader can tell apart). The head "government(s)" (or "govt") with "of" is a
closed class: the state named right after "of" is the side, and a later "and the Government of Y"
continues the list. Only a state (a country or a place) after "of" counts: "the government of
Prime Minister X" is left to the other readers.
"""

from __future__ import annotations

import re
from typing import Final

from .context import EntityIndex, Hit

__all__ = ["governments_of"]

_LOCATIONS: Final = frozenset({"GPE", "LOC"})
_HEAD: Final = r"(?:the\s+)?(?:governments?|govt\.?)\s+of\s+"
# "the Government of " right where the sides start
_FIRST: Final = re.compile(_HEAD, re.IGNORECASE)
# ", and the Government of " / " and the Government of " after a side
_NEXT: Final = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)" + _HEAD, re.IGNORECASE)
# the bare head itself, as a name of the entities layer ("Government" before "of")
_BARE: Final = re.compile(r"(?:governments?|govt\.?)\Z", re.IGNORECASE)
_OF: Final = re.compile(r"\s+of\s+", re.IGNORECASE)


def governments_of(text: str, entities: EntityIndex, pos: int, limit: int) -> list[Hit] | None:
    """The states of "the Government(s) of X (and the Government of Y ...)" starting at ``pos``, up to
    ``limit``, with the other sides of the list; None when the sides do not start that way."""
    head = _FIRST.match(text, pos)
    if head is None:
        return None
    chain: list[Hit] = []
    cur = head.end()
    while True:
        part = entities.chain_after(cur, limit)
        if not part or (not chain and part[0].type not in _LOCATIONS and not part[0].country):
            break
        bare = [i for i, hit in enumerate(part) if _BARE.fullmatch(text[hit.start : hit.end])]
        of = _OF.match(text, part[bare[0]].end) if bare else None
        if bare and of is not None:  # "and the Government of the Republic of India": its state next
            chain.extend(part[: bare[0]])
            cur = of.end()
            continue
        chain.extend(part)
        more = _NEXT.match(text, part[-1].end)
        if more is None:
            break
        cur = more.end()
    return chain or None
