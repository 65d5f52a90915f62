"""The subject before a cue verb, read backwards and then cut back to a noun phrase or a name.

:func:`newsparse_claims.phrases.source_before` reads back to the first boundary word; what it reads
may run past the subject: over a relative clause ("Ann Lee, who is chair of X said"), a fronted
adverbial ("at their launch Tory chief Liam Fox said") or a finite verb ("they were proud of what
they believed"). These cuts keep the noun phrase or the name, or leave no source.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from newsparse.text import TokenColumns
from newsparse_claims.lexicon import (
    CLAUSE_VERBS,
    DETERMINERS,
    LEADING_FUNCTION_WORDS,
    PREPOSITIONS,
    PUNCT_BREAK,
    QUOTES,
    SHARED_SUBJECT_CUES,
    SKIP_BEFORE_CUE,
    SOURCE_NOUNS,
    TITLE_ABBREVIATIONS,
)
from newsparse_claims.phrases import MAX_SOURCE, clause_start, leading_name, source_before

__all__ = [
    "clause_subject",
    "name_before_relative",
    "opens_verb_phrase",
    "shared_subject",
    "subject_before",
    "subject_parsed",
]


def subject_before(cols: TokenColumns, low: list[str], lo: int, j: int) -> tuple[int, int]:
    """The subject noun phrase ending before token ``j`` (sentence from ``lo``), empty when none fits.

    An insertion between dashes before the cue is passed over ("Joyce — who is a lawyer — told").
    """
    opening = _insertion_start(low, lo, j)
    if opening is not None:
        j = opening
    src = _with_article(low, lo, source_before(cols, low, lo, j))
    src = _relative_head(cols, low, lo, src)
    src = _restrictive_relative(cols, low, lo, src)
    src = _without_preamble(cols, low, src)
    if not _FINITE_VERBS.isdisjoint(low[src[0] : src[1]]):
        src = _without_clause(cols, low, src)
    words = low[src[0] : src[1]]
    if words and ((len(words) > 1 and words[-1] in _NOT_HEADS) or not _INFINITIVES.isdisjoint(words)):
        return (src[1], src[1])  # "be used to fund the package announced", "The last confirmed attack"
    if len(words) > 1 and words[-1] in _SUBJECT_PRONOUNS and _fronted(words):
        return (src[1] - 1, src[1])  # "Sounding dismayed he added": a pronoun is a whole subject
    return src


def _with_article(low: list[str], lo: int, src: tuple[int, int]) -> tuple[int, int]:
    """A subject cut at the length limit with its article just before it ("a USA TODAY analysis of ...")."""
    a, b = src
    if b - a >= MAX_SOURCE and a > lo and low[a - 1] in _ARTICLES:
        return a - 1, b
    return src


_ARTICLES: Final = frozenset({"a", "an", "the"})


def _fronted(words: Sequence[str]) -> bool:
    """Whether the words before a subject pronoun are a fronted adverbial ("Speaking in Leeds he said").

    Not a noun with a relative clause ("the choices he says", "what he called"): its claim is embedded.
    """
    first = words[0]
    return (
        (first.endswith(("ing", "ed", "ly")) or first in _FRONTED_ADVERBS)
        and words[-2] not in _COORDINATORS
        and _EMBEDDING.isdisjoint(words)
    )


_COORDINATORS: Final = frozenset({"and", "or", "nor", "&"})
_FRONTED_ADVERBS: Final = frozenset("instead meanwhile later earlier then now still also yet again".split())
_EMBEDDING: Final = frozenset("what which who whom whose that whether where when how why if".split())


def _insertion_start(low: list[str], lo: int, j: int) -> int | None:
    """Where an insertion between dashes ending right before token ``j`` opens ("X — a, b — said"), if any."""
    if j - 1 <= lo or low[j - 1] not in _DASHES:
        return None
    dash = low[j - 1]
    close = j - 1
    while close > lo and low[close - 1] == dash:  # "--" is two tokens
        close -= 1
    for k in range(close - 2, max(lo, close - MAX_INSERTION) - 1, -1):
        word = low[k]
        if word == dash:
            while k > lo and low[k - 1] == dash:
                k -= 1
            return k if k > lo else None
        if word in _INSERTION_ENDS:
            return None
    return None


MAX_INSERTION: Final = 16  # tokens of an insertion between dashes
_DASHES: Final = frozenset({"—", "–", "-"})
_INSERTION_ENDS: Final = frozenset({".", ";", ":", "!", "?", "—", "–", '"', "“", "”"})


def _without_clause(cols: TokenColumns, low: list[str], src: tuple[int, int]) -> tuple[int, int]:
    """A source read back over a finite verb: the subject before an auxiliary ("the leader has always"),
    or the name ending the clause ("Those are the mistakes Mr Reed"); empty when there is none."""
    a, b = src
    f = max(k for k in range(a, b) if low[k] in _FINITE_VERBS)
    if f > a and b - f <= 3 and all(word.isalpha() and word.islower() for word in low[f + 1 : b]):
        return (a, f)
    return _name_at_end(cols, low, f + 1, b)


def _name_at_end(cols: TokenColumns, low: list[str], a: int, b: int) -> tuple[int, int]:
    """The pronoun or capitalised name that ends tokens ``[a, b)`` (not one a preposition governs)."""
    if a >= b:
        return (b, b)
    if low[b - 1] in _SUBJECT_PRONOUNS:
        return (b - 1, b)  # "in September she said"
    r = b
    while r > a and cols.texts[r - 1][:1].isupper():
        r -= 1
    while r < b and low[r] in _WEEKDAY_NAMES:
        r += 1
    if r == b or (r > a and (low[r - 1] in PREPOSITIONS or low[r - 1] in _PREAMBLE_OPENERS)):
        return (b, b)
    if r > a and low[r - 1] in DETERMINERS:
        return (b, b)
    return (r, b)


def _without_preamble(cols: TokenColumns, low: list[str], src: tuple[int, int]) -> tuple[int, int]:
    """A source read back to a preposition ("at the launch Tory chief Liam Fox"): the name it ends in.

    Empty when it ends in no name, or in one that the preposition governs ("... in Woodhill Prison").
    """
    a, b = src
    if b - a > 2 and low[a] in _TIME_DEICTICS and low[a + 1] in _TIME_UNITS:
        a += 2  # "earlier this month the committee said": the time before the subject is no part of it
    elif b - a > 1 and low[a] in _DAY_DEICTICS and (
        low[a + 1] in DETERMINERS or cols.texts[a + 1][:1].isupper()
    ):
        a += 1  # "Yesterday the finance ministry said", "Today Ann Lee said"
    if a == b or low[a] not in _PREAMBLE_OPENERS:
        return (a, b)
    return _name_at_end(cols, low, a, b)


_TIME_DEICTICS: Final = frozenset({"this", "last", "next"})
_DAY_DEICTICS: Final = frozenset({"yesterday", "today", "tonight", "tomorrow"})
_TIME_UNITS: Final = frozenset(
    "week weekend month year morning afternoon evening summer winter spring autumn".split()
)


_PREAMBLE_OPENERS: Final = (PREPOSITIONS - {"of", "for", "about", "over", "under"}) | {
    "ahead", "amid", "despite", "after", "before", "during", "to", "by"
}
_FINITE_VERBS: Final = frozenset("is are was were has have had".split())
_INFINITIVES: Final = frozenset({"be", "been", "being"})  # a verb phrase, not a noun phrase, holds one
# adjectives before a participle
_NOT_HEADS: Final = frozenset({"last", "first", "latest", "next", "previous"})
_SUBJECT_PRONOUNS: Final = frozenset({"he", "she", "they", "we", "it"})
_WEEKDAY_NAMES: Final = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())


def _restrictive_relative(
    cols: TokenColumns, low: list[str], lo: int, src: tuple[int, int]
) -> tuple[int, int]:
    """For "Officials who reviewed the plan said": the noun phrase with its relative clause, not the
    clause alone ("reviewed the plan"). Only a clause with no comma before "who"/"which" that opens
    with a lower-case word other than a pronoun ("the man who he said was", "people who Lee met").
    """
    a = src[0]
    if a == src[1] or a - 2 < lo or low[a - 1] not in _RELATIVES:
        return src
    if low[a - 2] in PUNCT_BREAK or low[a - 2] in PREPOSITIONS or not cols.texts[a].islower():
        return src  # ", who ...", "in which ...", "who Lee met"
    word = low[a]
    if not (word in _RELATIVE_VERBS or word.endswith("ed") or (low[a - 1] == "who" and _third_person(word))):
        return src  # "a charge which the administration denies", "posters which critics claim"
    if low[src[1] - 1].endswith("ing") or low[src[1] - 1] in _RELATIVE_VERBS:
        return src  # "demonstrators who were protesting calls for ...": a noun after the clause's verb
    head = _with_article(low, lo, source_before(cols, low, lo, a - 1))
    return (head[0], src[1]) if head[0] < head[1] == a - 1 else src


def _third_person(word: str) -> bool:
    """Whether a word after "who" reads as a verb in "-s" ("who owns"), not "-ss" or "-'s"."""
    return word.isalpha() and word.endswith("s") and not word.endswith(("ss", "us", "is"))


_RELATIVES: Final = frozenset({"who", "which"})
# Auxiliaries and adverbs that open a subject relative clause ("who has", "which would", "who also")
_RELATIVE_VERBS: Final = CLAUSE_VERBS | SKIP_BEFORE_CUE


def _relative_head(
    cols: TokenColumns, low: list[str], lo: int, src: tuple[int, int]
) -> tuple[int, int]:
    """For "Ann Lee, who is chair of X said": the name before ", who", not the clause after it."""
    a = src[0]
    if a == src[1] or a - 2 < lo:
        return src
    if low[a - 1] in {"who", "which"} and low[a] in CLAUSE_VERBS and low[a - 2] == ",":
        head = source_before(cols, low, lo, a - 2)
        if head[0] < head[1] and cols.texts[head[0]][:1].isupper():
            return head
    return src



def clause_subject(cols: TokenColumns, low: list[str], lo: int, end: int) -> tuple[int, int]:
    """The subject opening the clause that ends at token ``end``: a name, a pronoun or "the NOUN".

    For a cue that shares the subject of its clause's first verb ("Trump hit back, saying ...",
    "Sen. Ann Lee downplayed the row and said ..."). A fronted adverbial closed by a comma ("On
    Monday,", "After the vote,") is passed over; empty when the clause opens with anything else.
    """
    a = _after_fronted_adverbial(cols, low, clause_start(low, lo, end, cuts=False), end)
    if a >= end:
        return (end, end)
    if low[a] in _SUBJECT_PRONOUNS:
        b = a + 1
    else:
        b = _name_end(cols, low, a + 1 if low[a] in _DEFINITE else a, end)
        if low[a] in _DEFINITE and b < end and low[b] in SOURCE_NOUNS and cols.texts[b].islower():
            b += 1  # "The president", "The Sanders campaign"
        elif low[a] in _DEFINITE and (b < end and low[b] in _POSSESSIVE_MARKS):
            return (end, end)  # "The Republican Party's nominee": not the whole subject
        if b == a or (low[a] in _DEFINITE and b == a + 1):
            return (end, end)
    if b >= end or not opens_verb_phrase(cols, low, b):
        return (end, end)  # a heading, a name inside a longer phrase ("Finnish security firm"), a quotation
    return (a, b)


_POSSESSIVE_MARKS: Final = frozenset({"'s", "’s", "'", "’"})


def opens_verb_phrase(cols: TokenColumns, low: list[str], b: int) -> bool:
    """Whether token ``b``, after a subject, may open its verb phrase or an apposition ("Lee has", "Lee,")."""
    if b >= len(low):
        return False
    return low[b] in {",", "("} or (_verb_like(low[b]) and cols.texts[b].islower())


def _verb_like(word: str) -> bool:
    """Whether a lower-case word after a subject may open its verb phrase ("has", "reversed", "also")."""
    return (
        word in _VERB_OPENERS
        or word.endswith("ed")
        or (word.endswith("s") and not word.endswith("ss"))
        or (len(word) > 4 and word.endswith("ly"))
    )


def _after_fronted_adverbial(cols: TokenColumns, low: list[str], a: int, end: int) -> int:
    """Token ``a`` past opening quotes and conjunctions, and past a fronted adverbial and its comma."""
    while a < end and (low[a] in QUOTES or low[a] in _OPENING_JOINS):
        a += 1
    if a >= end or low[a] not in LEADING_FUNCTION_WORDS or low[a] in _DEFINITE:
        return a
    for k in range(a + 1, min(end, a + _MAX_ADVERBIAL)):
        if low[k] == ",":
            return k + 1
        if low[k] in PUNCT_BREAK:
            break
    return end  # "After he spoke Trump ...": no comma to close the adverbial


def _name_end(cols: TokenColumns, low: list[str], b: int, end: int) -> int:
    """The end of the capitalised name starting at token ``b`` (titles' full stops kept: "Mr. Trump")."""
    start = b
    while b < end and b - start < _MAX_SUBJECT and cols.texts[b][:1].isupper():
        if low[b] in LEADING_FUNCTION_WORDS and b == start:
            return start
        b += 1
        if b + 1 < end and low[b] == "." and low[b - 1] in TITLE_ABBREVIATIONS:
            b += 1
    return b


_MAX_SUBJECT: Final = 6  # words of a name opening a clause
# Words that open a verb phrase after its subject without "-ed" or "-s" ("Trump was", "Lee also").
_VERB_OPENERS: Final = CLAUSE_VERBS | SKIP_BEFORE_CUE | frozenset(
    "did does do got hit made met took gave sent left went came told said began won lost led held".split()
)
_MAX_ADVERBIAL: Final = 12  # tokens of a fronted adverbial before its comma
_DEFINITE: Final = frozenset({"the"})
_OPENING_JOINS: Final = frozenset({"but", "and", "so", "yet", "still", "then"})


def shared_subject(
    cols: TokenColumns, low: list[str], lo: int, i: int, *, shared: bool = True
) -> tuple[int, int]:
    """The subject of the clause before a cue that shares it ("Trump hit back, saying ..."), if any.

    Beyond a name opening the clause, the subject is read only for a speech cue after a comma or a
    conjunction (``shared``), not after "by" ("won the title by claiming the doubles").
    """
    start = clause_start(low, lo, i)
    lead = leading_name(cols, low, start, i)
    if lead[1] == lead[0] + 1 and low[lead[0]] in _FRONTED_WORDS:
        comma = _adverbial_comma(low, lead[1], i)  # "Instead, the senator ...", "Hours later, Trump ..."
        if comma is not None:
            return shared_subject(cols, low, comma + 1, i, shared=shared)
    if lead[0] < lead[1] and not opens_verb_phrase(cols, low, lead[1]):
        lead = (lo, lo)  # "Finnish security firm F-Secure ...": an adjective, not the subject
    if lead[0] < lead[1] or low[i] not in SHARED_SUBJECT_CUES or not shared:
        return lead
    return clause_subject(cols, low, lo, i)


def _adverbial_comma(low: list[str], k: int, end: int) -> int | None:
    """The comma closing a fronted adverbial whose first word ends at ``k`` ("Hours later,"), if near."""
    for j in range(k, min(end, k + _MAX_FRONTED)):
        if low[j] == ",":
            return j
        if low[j] in PUNCT_BREAK:
            return None
    return None


_MAX_FRONTED: Final = 3  # words after the first of a fronted adverbial, before its comma
# Capitalised words that open a sentence as an adverbial, not its subject ("Instead, ...", "Days later, ...").
_FRONTED_WORDS: Final = frozenset(
    """
    instead later earlier hours days weeks months years minutes moments yesterday today tonight
    separately afterwards afterward again overall finally ultimately nevertheless nonetheless
    """.split()
)


def name_before_relative(cols: TokenColumns, low: list[str], lo: int, comma: int) -> tuple[int, int]:
    """ "Sandy Phillips, who lost ... in Aurora, Colorado, in 2012, said": the name opening the clause.

    Only a name set off by a comma and "who"/"whose" (the relative clause's commas are not its own);
    empty (at ``comma``) otherwise.
    """
    lead = leading_name(cols, low, lo, comma, before_comma=True)
    b = lead[1]
    if lead[0] < b and b + 1 < comma and low[b] == "," and low[b + 1] in _RELATIVE_OPENERS:
        return lead
    return (comma, comma)


_RELATIVE_OPENERS: Final = frozenset({"who", "whose"})


def subject_parsed(low: list[str], i: int) -> bool:
    """Whether a speech participle at ``i`` the word rules left without a source takes the parse's:
    after a comma (", saying"; '"...," adding') or "by" ("A Chinese official responded by saying")."""
    before = low[i - 1]
    return before in {",", "by"} or (before in QUOTES and i >= 2 and low[i - 2] == ",")
