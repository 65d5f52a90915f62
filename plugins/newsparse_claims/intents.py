"""Progressive intentions and demands: "A group of rabbis is planning to boycott ...", "Rubio is seeking
to stop the bleeding", "A major climate group is demanding that ...". Only before "to" or "that":
"BSkyB is planning HDTV services" and "Police were seeking a 14th officer" report no statement. The
recogniser takes them only with a subject that opens its sentence: inside a clause ("of when other
countries were planning to", "and 25% were planning to") they are part of another claim's content.
Commissives ("vowed to", "pledged to") take the infinitive after them as their content (:func:`commits`).
"""

from __future__ import annotations

from typing import Final

__all__ = ["INTENT_WORDS", "commits", "intends"]

# the participle and the word its complement must open with
_INTENTS: Final = {"planning": "to", "seeking": "to", "demanding": "that"}
INTENT_WORDS: Final = frozenset(_INTENTS)


def intends(low: list[str], i: int, hi: int) -> bool:
    """Whether the word at ``i`` is an intention or demand participle opening its clause's complement."""
    wanted = _INTENTS.get(low[i])
    return wanted is not None and i + 1 < hi and low[i + 1] == wanted


# Commissive verbs (guidelines/claims.md: intention): before "to" and a bare verb the infinitive phrase
# is their content, as with "refused to" ("As Europe faces pressure, Germany has pledged to bolster its
# military" attributes "to bolster its military", not the clause before the subject).
_COMMISSIVES: Final = frozenset("vowed vows pledged pledges promised promises".split())
# Words after "to" that open a noun phrase, not a verb ("pledged to them", "promised to the voters").
_NOT_VERBS: Final = frozenset(
    "the a an this that these those its their his her our my your such no any some all every each "
    "him them us me it her you".split()
)


def commits(texts: tuple[str, ...], low: list[str], i: int, hi: int) -> bool:
    """Whether the word at ``i`` is a commissive verb before "to" and a lower-case verb ("vowed to fight");
    not "pledged to Clinton" (a name) nor "promised to the voters" (a noun phrase)."""
    j = i + 2
    return (
        low[i] in _COMMISSIVES and j < hi and low[i + 1] == "to"
        and texts[j][:1].islower() and low[j] not in _NOT_VERBS
    )
