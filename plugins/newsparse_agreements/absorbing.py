"""Talks beside an agreement in one sentence: the signing they took, and talks of another process.

"A ceasefire sealed last week in talks with X": the signing verb tells the ceasefire, not the talks.
"Israel's peace treaty with Egypt ... the peace process with the Palestinians": talks whose sides
share none with the two or more the agreement names are another process and give it nothing.
"""

from __future__ import annotations

from .sentence import Local

__all__ = ["made_in_talks", "other_sides"]

# Signing verbs: between an agreement and the talks after it, they tell how the talks made it.
_MADE_WORDS = frozenset(
    "signed sealed reached struck agreed concluded clinched inked finalised finalized".split()
)


def made_in_talks(text: str, agreements: list[Local], talks: Local) -> None:
    """Give an agreement the signing its talks took ("a ceasefire sealed last week in talks with X"):
    a signing verb between the agreement's mention and the talks' tells the agreement, not the talks."""
    before = [a for a in agreements if a.trigger.end <= talks.trigger.start]
    if not before:
        return
    deal = before[-1]
    made = [
        st
        for st in talks.statuses
        if deal.trigger.end <= st[1] < talks.trigger.start and str.lower(text[st[1] : st[2]]) in _MADE_WORDS
    ]
    if made:
        deal.statuses.extend(("signed", st[1], st[2]) for st in made)
        talks.statuses[:] = [st for st in talks.statuses if st not in made]


def other_sides(mine: frozenset[str], talks: Local) -> bool:
    """Whether talks name sides none of which is among the two or more an agreement names itself:
    another process ("the peace process with the Palestinians" beside "Israel's treaty with Egypt")."""
    theirs = {hit.id for hit in talks.roles["parties"]}
    return len(mine) >= 2 and bool(theirs) and not mine & theirs
