"""A statement issued with its content: "X issued a statement condemning the attack", "released a statement
Wednesday saying ...", 'issued a statement, "..."'.

The noun "statement" (or "press release") as the object of a verb of issuing ("issued", "released",
"put out", "sent out") is the cue of its own attribution: the issuing verb's subject is the source,
and what the statement says follows it as a participle ("condemning", "confirming", "offering"),
after a time ("Wednesday evening") or a comma, or as a quotation after a comma or colon. The
speech participles right after a singular "statement" ("issued a statement saying") are read by
the participle rule already; this module reads every other participle and the quotations. A
preposition in "-ing" ("following", "regarding") is no participle: "a statement following the vote".
"""

from __future__ import annotations

from typing import Final

from newsparse.text import TokenColumns
from newsparse_claims.lexicon import PARTICIPLE_CUES, QUOTES

__all__ = ["ISSUED_NOUNS", "issued_statement", "statement_content_start", "statement_fits"]

ISSUED_NOUNS: Final = frozenset({"statement", "statements", "release", "releases"})
_ISSUING: Final = frozenset(
    "issued issues issue issuing released releases release releasing".split()
)
_WITH_OUT: Final = frozenset({"put", "puts", "putting", "sent", "sends", "send", "sending"})
# Words between the issuing verb and the noun ("a joint statement", "the following statement").
_BETWEEN: Final = frozenset(
    """
    a an the its his her their our joint written brief short terse following lengthy separate new
    formal official further strongly-worded strong two three several
    """.split()
)
_RELEASE_BEFORE: Final = frozenset({"press", "news"})  # "a press release": the noun "release"
# A time between the noun and what it says ("a statement Wednesday evening saying", "late on Monday").
_TIME_WORDS: Final = frozenset(
    """
    monday tuesday wednesday thursday friday saturday sunday today yesterday tonight morning afternoon
    evening night late early earlier later on last this
    """.split()
)
# Words in "-ing" that are no participle after a statement: prepositions and nouns.
_NOT_PARTICIPLES: Final = frozenset(
    """
    following regarding concerning including during according notwithstanding pending morning evening
    nothing something anything everything thing king meeting hearing briefing building spring
    """.split()
)
MAX_BETWEEN: Final = 3  # words between the issuing verb and the noun
MAX_TIME: Final = 4  # words of a time after the noun


def statement_fits(low: list[str], k: int) -> bool:
    """Whether the noun at ``k`` is the object of a verb of issuing: the cheap prefilter of the rule."""
    return low[k] in ISSUED_NOUNS and _issuing_verb(low, 0, k) is not None


def _issuing_verb(low: list[str], lo: int, k: int) -> int | None:
    """Index of the verb that issues the noun at ``k`` ("issued a joint statement", "put out a release")."""
    if low[k].startswith("release") and (k == 0 or low[k - 1] not in _RELEASE_BEFORE):
        return None  # "the release of prisoners": only "a press release", "a news release"
    j = k - 1 if low[k].startswith("release") else k
    for _ in range(MAX_BETWEEN + 1):
        if j - 1 < lo:
            return None
        word = low[j - 1]
        if word in _ISSUING:
            return j - 1
        if word == "out" and j - 2 >= lo and low[j - 2] in _WITH_OUT:
            return j - 2
        if word not in _BETWEEN:
            return None
        j -= 1
    return None


def issued_statement(
    cols: TokenColumns, low: list[str], lo: int, k: int, hi: int
) -> tuple[int, int, int] | None:
    """For an issued noun at ``k``: (issuing verb, last cue token, first content token), else None.

    The content is a participle's phrase ("condemning the attack": the participle ends the cue) or a
    quotation after a comma or colon (the noun ends the cue).
    """
    verb = _issuing_verb(low, lo, k)
    if verb is None or not cols.texts[verb].islower():
        return None
    j = k + 1
    while j < hi and j - k <= MAX_TIME and low[j] in _TIME_WORDS:
        j += 1
    comma = j < hi and low[j] == ","
    if comma or (j < hi and low[j] == ":"):
        if j + 1 < hi and (low[j + 1] in QUOTES or low[j] == ":"):
            return (verb, j - 1, j + 1)  # 'issued a statement, "We ..."', 'issued the following statement:'
        j += comma
    if j >= hi or not _participle(cols, low, j):
        return None
    if low[j] in PARTICIPLE_CUES and (comma or (j == k + 1 and low[k] == "statement")):
        return None  # "issued a statement saying", "..., saying": the participle rule's
    start = j + 1
    if start < hi and low[start] == "that":
        start += 1
    return (verb, j, start)


def _participle(cols: TokenColumns, low: list[str], j: int) -> bool:
    """Whether token ``j`` is a participle in "-ing" ("condemning"), not a preposition or a noun."""
    word = low[j]
    return (
        len(word) > 4
        and word.endswith("ing")
        and word.isalpha()
        and cols.texts[j].islower()
        and word not in _NOT_PARTICIPLES
    )


def statement_content_start(low: list[str], cb: int) -> int:
    """Where an issued statement's content opens after its cue's end ``cb``: past "that" after a
    participle, past the comma or colon before a quotation."""
    return cb + 1 if cb < len(low) and low[cb] in _BEFORE_CONTENT else cb


_BEFORE_CONTENT: Final = frozenset({"that", ",", ":"})
