"""A time adverb opening a sentence is no part of its source: "Earlier Foreign Secretary Jack Straw
said", "Earlier this month the firm said", "Later the prime minister said" (a BBC habit, without a
comma): the source is what follows it, so "the firm" and "the prime minister" can be resolved.
"""

from __future__ import annotations

import re
from typing import Final

from newsparse_claims.recognise import Found

__all__ = ["without_time_opener"]

# "Earlier", "Later", "Meanwhile", ... and an optional "this week" / "on Monday" / "in March" after it
_OPENER: Final = re.compile(
    r"(?:Earlier|Later|Meanwhile|Separately|Yesterday|Previously|Afterwards|Elsewhere),?"
    r"(?:\s+(?:this|last|on|in)\s+[A-Za-z]+(?:\s+(?:morning|afternoon|evening|night))?)?,?\s+"
)


_STILL_TIME: Final = re.compile(r"(?:this|last|next|on|in|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b")


def without_time_opener(text: str, item: Found) -> Found:
    """``item`` with its source after a time adverb that opens it, when something is left of it."""
    source = item.source
    if source is None or item.parent is not None or text[source[0] : source[0] + 1] not in "EeLMSYPA":
        return item  # most sources: one look at a character
    opener = _OPENER.match(text, source[0], source[1])
    if opener is None or opener.end() >= source[1] or _STILL_TIME.match(text, opener.end(), source[1]):
        return item  # "Earlier this week" alone: what is left is a time too, the source is elsewhere
    return item.resolved((opener.end(), source[1]))
