"""A declaration one side owns and makes of something is its own act, not an agreement: "the STC's
declaration of self-administration", "Kosovo's declaration of independence" (guidelines: "a single
party's unilateral decision or pledge" is no agreement).

Only a bare "declaration" (no "joint" or other word before it) whose determiner is one possessor
("X's", "its") and that is followed by "of" and a lower-case word: "the Declaration of Principles",
"a joint declaration", "signed a declaration of intent" and "the declaration" stay agreements.
"""

from __future__ import annotations

import re
from typing import Final

from .triggers import Trigger

__all__ = ["unilateral"]

# One possessor right before the mention: "the STC's ", "Kosovo's ", "its ".
_OWNER: Final = re.compile(r"(?:\w['’]s|\bits)\s+\Z", re.IGNORECASE)
# What it declares: "of self-administration", "of a state of emergency" (not "of Principles").
_OF_SOMETHING: Final = re.compile(r"\s+of\s+(?:a\s+|an\s+|the\s+)?[a-z]")
_REACH: Final = 24


def unilateral(text: str, trig: Trigger) -> bool:
    """Whether the mention is one possessor's declaration of something (its own act, no agreement)."""
    if trig.text.lower() != "declaration":
        return False
    return bool(
        _OWNER.search(text[max(0, trig.start - _REACH) : trig.start]) and _OF_SOMETHING.match(text, trig.end)
    )
