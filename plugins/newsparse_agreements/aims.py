"""What bare talks aim at, when the words right after them say it: "talks with LVMH to buy the house",
"negotiations to merge", "in advanced talks about selling its German assets" (session 21).

The guideline makes talks whose aim is a stated agreement a record of that agreement, being
negotiated; a company deal stated by its verb (or a gerund of it) makes an acquisition or a merger,
and the verb is one of the record's mentions (an annotator may take it as the deal's trigger).
"""

from __future__ import annotations

import re

from newsparse import Span

__all__ = ["talks_aim"]

_AIM = re.compile(
    r"(?:\s+(?:with|between)\s+[^,.;:()]{1,60}?)?\s+(?:to|on|about)\s+(?:a\s+(?:possible\s+)?)?"
    r"(buy(?:ing)?|acquir(?:e|ing)|tak(?:e|ing)\s+over|purchas(?:e|ing)|merg(?:e|er|ing)|takeover"
    r"|acquisition|sell(?:ing)?)\b",
    re.IGNORECASE,
)


def talks_aim(text: str, kind: str, end: int) -> tuple[str, Span] | None:
    """The kind of company deal talks of ``kind`` ending at ``end`` aim at and the word telling it
    ("talks to buy X": an acquisition told by "buy"); None for other records or talks with no such aim."""
    if kind != "talks":
        return None
    found = _AIM.match(text, end)
    if found is None:
        return None
    word = Span(found.start(1), found.end(1), found.group(1))
    return ("merger" if word.text.lower().startswith("merg") else "acquisition"), word
