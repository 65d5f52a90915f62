"""A statement issued with its content: "X issued a statement condemning the attack", "released a statement
Wednesday saying ...", 'issued a statement, "..."'.

The noun "statement" (or "press release") as the object of a verb of issuing ("issued", "released",
"put out", "sent out") is the cue of its own attribution: the issuing verb's subject is the source,
and what the statement says follows it as a participle ("condemning", "confirming", "offering"),
after a time ("Wednesday evening") or a comma, or as a quotation after a comma or colon. An
addressing participle's addressee stays out of the content ("urging lawmakers to act": "to act"). A
preposition in "-ing" ("following", "regarding") is no participle: "a statement following the vote".
The "saying" right after a singular "statement" ("issued a statement saying": the clause's subject)
and a speech participle after a comma are the participle rule's (``recognise``), as before.
"""

from __future__ import annotations

from typing import Final

from newsparse.text import TokenColumns
from newsparse_claims.lexicon import PARTICIPLE_CUES, PUNCT_BREAK, QUOTES

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
# Participles that name an addressee before their content ("urging lawmakers to act").
_ADDRESSING: Final = frozenset(
    "asking urging reassuring inviting encouraging imploring pressing reminding".split()
)
_ADDRESSEE_OPENERS: Final = frozenset("the its his her their our all".split())
MAX_ADDRESSEE: Final = 4  # words of an addressee
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
    if (comma and low[j] in PARTICIPLE_CUES) or (j == k + 1 and low[k] == "statement" and low[j] == "saying"):
        return None  # "issued a statement saying", "..., saying": the participle rule's
    return (verb, j, statement_content_start(cols, low, j + 1, hi))


def _past_addressee(cols: TokenColumns, low: list[str], j: int, hi: int) -> int:
    """Where the content of an addressing participle at ``j`` starts: past its addressee, at the "to"
    or "that" after it ("urging lawmakers to act", "reassuring voters that ..."), as the guideline
    keeps the addressee out; right after ``j`` when no plain addressee stands there ("urging an end to")."""
    for k in range(j + 2, min(hi, j + 2 + MAX_ADDRESSEE)):
        if low[k] in {"to", "that"}:
            return k if _addressee(cols, low, j + 1, k) else j + 1
        if low[k] in PUNCT_BREAK:
            break
    return j + 1


def _addressee(cols: TokenColumns, low: list[str], a: int, b: int) -> bool:
    """Whether tokens ``[a, b)`` are a plain addressee: names, or a plural noun with at most a determiner
    or possessive before it ("Miami's exiles", "the voters"), not "an end", "the release"."""
    last = low[b - 1]
    if all(cols.texts[k][:1].isupper() or low[k] in {"'s", "’s"} for k in range(a, b)):
        return True
    plural = last.endswith("s") and not last.endswith(("ss", "'s", "’s")) and cols.texts[b - 1].islower()
    openers = all(low[k] in _ADDRESSEE_OPENERS or low[k].endswith(("'s", "’s")) for k in range(a, b - 1))
    return plural and openers


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


def statement_content_start(cols: TokenColumns, low: list[str], cb: int, hi: int) -> int:
    """Where an issued statement's content opens after its cue's end ``cb``: past an addressee and
    "that" after a participle, past the comma or colon before a quotation."""
    start = _past_addressee(cols, low, cb - 1, hi) if low[cb - 1] in _ADDRESSING else cb
    return start + 1 if start < hi and low[start] in _BEFORE_CONTENT else start


_BEFORE_CONTENT: Final = frozenset({"that", ",", ":"})
