"""Progressive intentions and demands: "A group of rabbis is planning to boycott ...", "Rubio is seeking
to stop the bleeding", "A major climate group is demanding that ...". Only before "to" or "that":
"BSkyB is planning HDTV services" and "Police were seeking a 14th officer" report no statement. The
recogniser takes them only with a subject that opens its sentence: inside a clause ("of when other
countries were planning to", "and 25% were planning to") they are part of another claim's content.
"""

from __future__ import annotations

from typing import Final

__all__ = ["INTENT_WORDS", "intends"]

# the participle and the word its complement must open with
_INTENTS: Final = {"planning": "to", "seeking": "to", "demanding": "that"}
INTENT_WORDS: Final = frozenset(_INTENTS)


def intends(low: list[str], i: int, hi: int) -> bool:
    """Whether the word at ``i`` is an intention or demand participle opening its clause's complement."""
    wanted = _INTENTS.get(low[i])
    return wanted is not None and i + 1 < hi and low[i + 1] == wanted
