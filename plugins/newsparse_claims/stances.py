"""Where the object of a stance cue ends: "praised the plan, which ...", "attacked Ann Lee, saying ...".

A stance verb ("praised", "criticized", "cited", "likened") takes a noun phrase, not a clause: its
content is that phrase, without a relative clause or a participle clause after a comma, nor a second
clause of the subject ("signaled willingness to change it but has been met with opposition").
Token ranges over the shared token columns; ``low[k]`` is ``cols.texts[k].lower()``.
"""

from __future__ import annotations

from typing import Final

__all__ = ["STANCE_CUES", "stance_end"]

STANCE_CUES: Final = frozenset(
    """
    attacked criticized criticised praised likened cited cites invoked supported championed denounced
    condemned mentioned blasted slammed dismissed rejected defended endorsed described labeled
    questioned welcomed blamed mocked touted highlighted referenced credited lambasted derided applauded
    assailed hailed rebuked decried opposed backed thanked recommended characterized portrayed dubbed
    """.split()
)
_RELATIVES: Final = frozenset({"which", "whose"})
_CLAUSE_OPENERS: Final = frozenset(
    "he she it they we i has have had is are was were will would also".split()
)  # after "but"/"and": a second clause, not a coordinated noun
_ING_NOUNS: Final = frozenset("something nothing anything everything thing king evening morning".split())


def stance_end(low: list[str], cue: int, a: int, b: int) -> int:
    """The end of the content ``[a, b)`` of the stance cue at ``cue``: ``b``, or where its phrase ends."""
    if low[cue] not in STANCE_CUES:
        return b
    depth = 0  # inside a quotation or parentheses nothing is cut
    straight = False  # inside a quotation in straight marks
    for k in range(a + 1, b - 1):
        word = low[k]
        if word in {"(", "“"}:
            depth += 1
        elif word in {")", "”"}:
            depth = max(0, depth - 1)
        elif word in {'"', "''"}:
            straight = not straight
        elif depth == 0 and not straight and word == "," and _opens_clause(low[k + 1]):
            return k  # "the plan, which ...", "the plan, saying ..."
        elif depth == 0 and not straight and word in {"but", "and"} and _second_clause(low, k + 1):
            return k  # "willingness to change it but has been met ..."
        elif depth == 0 and not straight and _adjunct(low, k, b):
            return k  # "attacked Ann Lee in early-morning tweets", "criticized it during a stop"
    return b


def _adjunct(low: list[str], k: int, b: int) -> bool:
    """Whether an adverbial of time or occasion opens at ``k``: "during ...", "since ...", "in a
    statement", "on Thursday" (it tells when the stance was taken, not what it was about)."""
    word = low[k]
    if word in _ADJUNCT_OPENERS:
        return True
    if word not in _OCCASION_PREPOSITIONS or k + 1 >= b or "as" in low[k + 1 : b]:
        return False  # "denounced the attack on Monday as adventurism": the "as" phrase is content
    if low[k + 1] in _TIMES:
        return True
    reach = MAX_OCCASION_OFFSET if low[k + 1] in _OCCASION_DETERMINERS else 2  # "in early-morning tweets"
    return any(w in _OCCASIONS for w in low[k + 1 : min(b, k + 1 + reach)])


MAX_OCCASION_OFFSET: Final = 3  # tokens from the preposition to its occasion noun ("in an on-air diatribe")
_ADJUNCT_OPENERS: Final = frozenset("during while amid amidst despite because whereas".split())
_OCCASION_PREPOSITIONS: Final = frozenset({"in", "on", "at"})
_OCCASION_DETERMINERS: Final = frozenset("a an his her their its the this last".split())
_OCCASIONS: Final = frozenset(
    """
    statement interview speech email e-mail letter ruling tweet tweets post rally forum op-ed video
    conference appearance diatribe broadcast address hearing meeting memo debate
    """.split()
)
_TIMES: Final = frozenset(
    """
    monday tuesday wednesday thursday friday saturday sunday twitter facebook
    """.split()
)


def _opens_clause(word: str) -> bool:
    """Whether a word after a comma opens a relative or participle clause ("which", "saying")."""
    return word in _RELATIVES or (len(word) > 4 and word.endswith("ing") and word not in _ING_NOUNS)


def _second_clause(low: list[str], k: int) -> bool:
    """Whether a second clause opens at ``k`` after "but"/"and": not "and also the crowd"."""
    if low[k] != "also":
        return low[k] in _CLAUSE_OPENERS
    return k + 1 < len(low) and low[k + 1] not in _DETERMINERS


_DETERMINERS: Final = frozenset("the a an his her their its our this that these those".split())
