"""Cues that attribute only before "that": "suspects that", "protested that", "is confident that".

PolNeAR's cues and the real-news guidelines' belief cues ("is confident that") include verbs of
cognition and statement and predicative adjectives of belief that are no cue before an object
("recognized the flag", "a confident start"). Here they are cues only directly before "that"
("points out that" too); an adjective only after a form of "be" ("Her advisers are not convinced
that ..."). The source is the subject before the verb, or before "be". Closed word lists: the
rule costs nothing where none of them stands before "that".
"""

from __future__ import annotations

from typing import Final

__all__ = ["SUBORDINATE", "THAT_ADJECTIVES", "THAT_CUES", "THAT_VERBS", "that_cue_start"]

# Verbs of cognition and statement: cues only before "that" ("police suspected that ..."); not the
# plurals that are nouns before a relative "that" ("suspects", "protests", "points", "doubts").
THAT_VERBS: Final = frozenset(
    """
    suspect suspected recognize recognise recognises recognised learned realized realizes realised
    realises understands understood doubt doubted protested clarified reaffirmed reaffirms accepted
    accepts concedes point
    """.split()
)
# Predicative adjectives of belief: cues only after "be" and before "that" ("is confident that").
THAT_ADJECTIVES: Final = frozenset(
    """
    confident convinced certain sure hopeful optimistic adamant skeptical sceptical unconvinced
    aware positive insistent
    """.split()
)
THAT_CUES: Final = THAT_VERBS | THAT_ADJECTIVES
# Words before the source that make the clause subordinate, most often inside a larger report
# ("He said that while he understood that ..., ..."): no that-cue there.
SUBORDINATE: Final = frozenset("while though although as because since whereas".split())
_BE: Final = frozenset("is are was were be been 's ’s 're ’re am remain remains remained".split())
_DEGREE: Final = frozenset("not also very so quite increasingly still now fully absolutely more less".split())
_OUT: Final = frozenset({"point"})  # "point out that": the particle stands between


def that_cue_start(low: list[str], lo: int, i: int) -> int | None:
    """For a that-cue at ``i``, where its auxiliaries (or its "be") start; else None.

    "suspects that" → ``i``; "points out that" → ``i``; "are not convinced that" → "are". The
    caller reads the subject before that index.
    """
    word = low[i]
    after = i + 2 if word in _OUT and i + 1 < len(low) and low[i + 1] == "out" else i + 1
    if after >= len(low) or low[after] != "that":
        return None
    if word in THAT_VERBS:
        return i
    k = i
    while k > lo and low[k - 1] in _DEGREE:
        k -= 1  # "is not entirely convinced"
    return k - 1 if k > lo and low[k - 1] in _BE else None
