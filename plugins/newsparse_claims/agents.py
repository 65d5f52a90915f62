"""Passive cues with their agent: "a practice criticized by Miller", "the story, first reported by the Post".

The agent after "by" is the source (PolNeAR's and the guidelines' speaker of a speech act); the
content is the clause before the cue, as for an inverted cue. Only speech verbs whose passive with
"by" names a speaker far more often than a means (PolNeAR train: "reported by" 16 of 22 times an
attribution; "backed by", "supported by", "endorsed by" are not on the list, mostly support, not
speech; nor "dismissed by", as often a ruling as a rebuttal: "the case was dismissed by the judge");
the agent must be a noun phrase, not a gerund ("rejected by saying") or a number.
"""

from __future__ import annotations

from typing import Final

from newsparse.text import TokenColumns
from newsparse_claims.lexicon import ADVERBIAL_AFTER_CUE, PUNCT_BREAK, SKIP_BEFORE_CUE
from newsparse_claims.phrases import trim

__all__ = ["AGENT_CUES", "by_agent", "passive_content"]

AGENT_CUES: Final = frozenset(
    """
    reported criticized criticised rejected concluded opposed echoed claimed accused denounced
    described condemned praised disputed denied derided rebuked mocked
    """.split()
)
MAX_AGENT: Final = 10  # tokens of an agent ("by Miller and some civil rights advocates")
_NOT_AGENTS: Final = frozenset({"the", "a", "an", "his", "her", "their", "its"})  # alone, no noun follows


def by_agent(cols: TokenColumns, low: list[str], i: int, hi: int) -> tuple[int, int] | None:
    """The agent of the passive cue at ``i`` ("criticized by AGENT"), as a token range, else None.

    The cue must be written in lower case and followed by "by"; the agent runs to a comma, a
    clause's end or an adverbial ("by the Post on Monday").
    """
    a = i + 2
    if a >= hi or low[i + 1] != "by" or not cols.texts[i].islower():
        return None
    first = low[a]
    if first.endswith("ing") or first[:1].isdigit() or first in PUNCT_BREAK:
        return None  # "rejected by saying ...", "reported by 12%"
    b = a
    while b < hi and b - a < MAX_AGENT and low[b] not in PUNCT_BREAK and low[b] not in _AGENT_ENDS:
        if low[b] == "of" and low[i] == "accused":
            break  # "accused by the media of beating his wife": the charge follows "of"
        b += 1
    agent = trim(low, a, b)
    if agent[0] >= agent[1] or (agent[1] - agent[0] == 1 and low[agent[0]] in _NOT_AGENTS):
        return None
    return agent


# words that end an agent: an adverbial, a relative clause, a new clause or a content
_AGENT_ENDS: Final = ADVERBIAL_AFTER_CUE | frozenset(
    "who which that whose as because after before while when and but for despite was were is are".split()
)


def passive_content(low: list[str], content: tuple[int, int]) -> tuple[int, int]:
    """The content read before a passive cue without its auxiliaries ("The bill was" -> "The bill")."""
    a, b = content
    while b > a and (low[b - 1] in SKIP_BEFORE_CUE or low[b - 1] in _PASSIVE_AUXILIARIES):
        b -= 1
    return (a, b) if b > a else content


_PASSIVE_AUXILIARIES: Final = frozenset("is are was were be been being heavily widely strongly first".split())
