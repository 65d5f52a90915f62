"""Token-range readers of the phrases around a cue: the source noun phrase, an apposition, a clause.

Shared by the rules of :mod:`newsparse_claims.recognise`; ``low[k]`` is always
``cols.texts[k].lower()``, and every range is ``[a, b)`` in token indices.
"""

from __future__ import annotations

from typing import Final

from newsparse.text import ABBREVIATIONS, TokenColumns
from newsparse_claims.hyphens import is_joined_hyphen
from newsparse_claims.lexicon import (
    ADVERBIAL_AFTER_CUE,
    BOUNDARY_WORDS,
    CONTENT_CUTS,
    CUE_VERBS,
    LEADING_FUNCTION_WORDS,
    NOUN_LIKE_CUES,
    PUNCT_BREAK,
    QUOTES,
    SKIP_BEFORE_CUE,
    TITLE_ABBREVIATIONS,
)

__all__ = [
    "apposition_head",
    "chars",
    "clause_start",
    "comma_before",
    "is_manner_adverb",
    "is_paragraph_break",
    "is_title_stop",
    "leading_name",
    "opening_paren",
    "quoted_apposition",
    "relative_subject",
    "skip_back",
    "skip_back_to_name",
    "source_after",
    "source_before",
    "trim",
    "with_apposition",
]

MAX_SOURCE: Final = 8  # tokens in a source noun phrase before a cue
MAX_APPOSITION: Final = 16  # tokens between the two commas of an apposition
MAX_PAREN: Final = 8  # tokens inside a party label "(R-Ga.)" before a cue
MAX_LONG_SOURCE: Final = 16  # tokens in a source whose cut at MAX_SOURCE falls on "of" ("The Office of ...")


def trim(low: list[str], a: int, b: int) -> tuple[int, int]:
    """Token range [a, b) without punctuation, quotes and dangling conjunctions at its ends."""
    while a < b and (low[a] in PUNCT_BREAK or low[a] == "that"):
        a += 1
    while b > a and (low[b - 1] in PUNCT_BREAK or low[b - 1] in {"and", "but", "while", "whereas"}):
        b -= 1
    return a, b


def chars(cols: TokenColumns, a: int, b: int) -> tuple[int, int] | None:
    """Token range ``[a, b)`` as character offsets (None when empty)."""
    return (cols.starts[a], cols.ends[b - 1]) if a < b else None


def source_before(cols: TokenColumns, low: list[str], lo: int, i: int) -> tuple[int, int]:
    """The noun phrase that ends right before token ``i`` (read backwards), as a token range.

    A title's full stop ("Mr. Obama") and a party label ("Sen. David Perdue (R-Ga.)") stay inside it.
    """
    a = i
    limit = MAX_SOURCE  # raised once when the cut falls inside a name ("... of the Federal Home ...")
    starts, ends = cols.starts, cols.ends
    while a > lo and i - a < limit:
        if i - a == MAX_SOURCE - 1 and a - 1 > lo and low[a - 1] in _LINKING:
            limit = MAX_LONG_SOURCE
        word = low[a - 1]
        if word not in _READ_BACK_STOPS:  # most words: only a paragraph break before them stops
            if a < i and starts[a] - ends[a - 1] >= MIN_PARAGRAPH_GAP:
                break
            a -= 1
            continue
        if word == "." and a - 2 >= lo and (
            is_title_stop(cols, low, a - 2, a, i) or _firm_stop(cols, low, a - 2, low[a] if a < i else None)
        ):
            a -= 2  # "Mr. Obama", "Tony Lama Co. said"
            continue
        if word == ")" and a < i:
            break
        if word == ")":
            opening = opening_paren(low, lo, a - 1)
            if opening is None or opening == lo:
                break
            limit += a - opening  # a party label "(R-S.C.)" does not count against the phrase's length
            a = opening
            continue
        if word in {"'", "’"} and _is_plural_possessive(cols, low, lo, a - 1, i):
            a -= 2  # "the immigrants' group said"
            continue
        if word == "-" and a < i and a - 2 >= lo and is_joined_hyphen(cols, a - 1):
            limit += 2  # "the 27-year-old Austrian": one word, read past; not "U.N.-backed" (session 39)
            a -= 2
            continue
        if word in PUNCT_BREAK or word in BOUNDARY_WORDS or word in {"-", "--"}:
            break
        if a < i and cols.starts[a] - cols.ends[a - 1] >= MIN_PARAGRAPH_GAP:
            break  # a wire story's indented paragraph ("... U.S.A.\n    Rugeroni said")
        if word in _VERB_CUES and cols.texts[a - 1].islower():
            break  # "A survey for the charity suggests 69% of voters say": the cue of another claim
        if word == "and" and not (
            a - 2 >= lo
            and a < len(cols.texts)  # a phrase read back from the text's end
            and cols.texts[a - 2][:1].isupper()
            and cols.texts[a][:1].isupper()
        ):
            break
        a -= 1
    return a, i


def is_paragraph_break(cols: TokenColumns, k: int) -> bool:
    """Whether a paragraph break (a line break and an indent: three spaces or more) follows token ``k``."""
    return k + 1 < len(cols.texts) and cols.starts[k + 1] - cols.ends[k] >= MIN_PARAGRAPH_GAP


# characters of white space between two tokens that mark a new paragraph ("\n    ")
MIN_PARAGRAPH_GAP: Final = 3


def _is_plural_possessive(cols: TokenColumns, low: list[str], lo: int, k: int, end: int) -> bool:
    """Whether the apostrophe at ``k`` closes a plural possessive ("immigrants' group"), not a quotation."""
    return (
        k - 1 >= lo
        and k + 1 < end
        and low[k - 1].endswith("s")
        and low[k - 1].isalpha()
        and cols.ends[k - 1] == cols.starts[k]
        and cols.ends[k] < cols.starts[k + 1]
        and low[k + 1].isalpha()
    )


def is_title_stop(cols: TokenColumns, low: list[str], k: int, after: int, end: int) -> bool:
    """Whether token ``k`` and the full stop after it are a title or an initial inside a name."""
    if low[k] in _NAME_SUFFIXES and k > 0 and cols.texts[k - 1][:1].isupper():
        return True  # "Joseph R. Biden Jr. said"
    if after >= end or not cols.texts[after][:1].isupper():
        return False
    word = cols.texts[k]
    return low[k] in TITLE_ABBREVIATIONS or (len(word) == 1 and word.isupper())


def _firm_stop(cols: TokenColumns, low: list[str], k: int, after: str | None) -> bool:
    """Whether token ``k`` and the full stop stuck to it end a firm's name inside a source ("Tony Lama
    Co. said", "Cineplex Odeon Corp. directors"); not when the word ``after`` the stop is a title or a
    sentence's opening word ("... of St. Lawrence Ltd. Mr. Raymond said": a new sentence)."""
    return (
        k > 0
        and low[k] in _FIRM_SUFFIXES
        and cols.texts[k][:1].isupper()
        and cols.texts[k - 1][:1].isupper()
        and cols.ends[k] == cols.starts[k + 1]
        and after not in _NOT_AFTER_FIRM
    )


_FIRM_SUFFIXES: Final = frozenset({"co", "corp", "inc", "ltd", "cos", "bros", "plc"})
_NOT_AFTER_FIRM: Final = TITLE_ABBREVIATIONS | LEADING_FUNCTION_WORDS


def opening_paren(low: list[str], lo: int, close: int) -> int | None:
    """Index of the "(" that the ")" at ``close`` shuts, within a few cols, if any."""
    for k in range(close - 1, max(lo, close - MAX_PAREN) - 1, -1):
        if low[k] == "(":
            return k
        if low[k] in {")", ",", ";"}:
            return None
    return None


def skip_back(low: list[str], lo: int, i: int) -> int:
    """Index after the last token before ``i`` that is not an adverb or auxiliary of the cue."""
    while i > lo and (low[i - 1] in SKIP_BEFORE_CUE or is_manner_adverb(low[i - 1])):
        i -= 1
    return i


def skip_back_to_name(cols: TokenColumns, low: list[str], lo: int, i: int) -> int:
    """As :func:`skip_back`, but a capitalised word in "-ly" is a name, not an adverb ("Kelly said")."""
    while i > lo:
        word = low[i - 1]
        if word in SKIP_BEFORE_CUE or word in _DAYS_ALONE:
            i -= 1
        elif is_manner_adverb(word) and cols.texts[i - 1].islower():
            i -= 1
        elif word in _WEEKDAYS and i - 2 > lo and low[i - 2] == "on" and low[i - 3] not in _ON_SUNDAY_TITLES:
            i -= 2  # "John Major on Saturday called ...": a time between the source and its cue
        else:
            break
    return i


def is_manner_adverb(word: str) -> bool:
    """Whether ``word`` is an adverb in "-ly" that may qualify a cue ("sharply criticized")."""
    return len(word) > 4 and word.endswith("ly") and word.isalpha() and word not in {"only", "family", "ally"}


def comma_before(low: list[str], lo: int, a: int) -> int | None:
    """Index of the comma that ends the clause before token ``a`` (closing quotes allowed), if any."""
    k = a - 1
    if k >= lo and low[k] in QUOTES:
        k -= 1
    if k >= lo and low[k] == ",":
        return k
    if a - 1 >= lo and low[a - 1] in QUOTES:
        return a - 1
    return None


def clause_start(low: list[str], lo: int, end: int, *, cuts: bool = True) -> int:
    """Start of the clause that ends at token ``end``: after the last ";" (or ", while" with ``cuts``)."""
    start = lo
    for k in range(lo, end):
        word = low[k]
        if word in {";", "—", "–"} or (cuts and word in CONTENT_CUTS and k > lo and low[k - 1] == ","):
            start = k + 1
    return start


def quoted_apposition(cols: TokenColumns, low: list[str], lo: int, comma: int) -> tuple[int, int]:
    """'"...," Rep. Ann Lee (R-Ohio), a panel member, said on Monday': the name after the clause."""
    head = apposition_head(cols, low, lo, comma)
    if head[0] < head[1] and (head[0] == lo or comma_before(low, lo, head[0]) is not None):
        return head
    return (comma, comma)


def leading_name(
    cols: TokenColumns, low: list[str], lo: int, end: int, *, before_comma: bool = False
) -> tuple[int, int]:
    """The capitalised name or pronoun that opens tokens ``[lo, end)``, followed by a comma or a verb."""
    a = lo
    while a < end and low[a] in QUOTES:
        a += 1
    b = a
    while b < end and b - a < MAX_SOURCE:
        if low[b] == "." and b > a and is_title_stop(cols, low, b - 1, b + 1, end):
            b += 1
        elif not cols.texts[b][:1].isupper() or low[b] in LEADING_FUNCTION_WORDS:
            break
        b += 1
    follows = low[b] if b < end else ""
    if a == b or (follows in PUNCT_BREAK and follows != ",") or (before_comma and follows != ","):
        return (lo, lo)
    return a, b


def apposition_head(cols: TokenColumns, low: list[str], lo: int, comma: int) -> tuple[int, int]:
    """For "NAME, APPOSITION, said": the name before the apposition's first comma.

    For "DESCRIPTION, NAME, said" ("a spokeswoman, Ann Lee, said"): both, up to the second comma.
    """
    k = comma - 1
    while k >= lo and comma - k <= MAX_APPOSITION:
        if low[k] == ",":
            head = source_before(cols, low, lo, k)
            if head[0] == head[1] or low[head[0]] in _ADVERBIAL_OPENERS:
                break
            if _described_name(cols, low, head, k, comma):
                return (head[0], comma)  # "a spokeswoman, Ann Lee": the description with the name
            if cols.texts[head[0]][:1].isupper():
                return head
            second = _second_apposition(cols, low, lo, head)
            if second is not None:
                return second  # "Ann Lee, the attorney general of Ohio, one of the states suing, said"
            break
        if low[k] == "." and k > lo and (low[k - 1] in TITLE_ABBREVIATIONS or _is_party_label(low[k - 1])):
            k -= 2  # "a Republican who has refused to endorse Mr. Trump, said"
            continue
        if low[k] in {"'", "’"} and _is_plural_possessive(cols, low, lo, k, comma):
            k -= 2  # "Ann Lee, Sanders' campaign manager, said"
            continue
        if low[k] in PUNCT_BREAK:
            break
        k -= 1
    return (comma, comma)


def _second_apposition(
    cols: TokenColumns, low: list[str], lo: int, first: tuple[int, int]
) -> tuple[int, int] | None:
    """For "NAME, DESCRIPTION, DESCRIPTION, said": the name before the first description, read back.

    Only a capitalised phrase set off by a comma before a description opened by an article, else None.
    """
    comma = first[0] - 1
    if comma <= lo or low[comma] != "," or low[first[0]] not in _DESCRIPTION_OPENERS:
        return None
    head = source_before(cols, low, lo, comma)
    if head[0] == head[1] or low[head[0]] in _ADVERBIAL_OPENERS or not cols.texts[head[0]][:1].isupper():
        return None
    return head


def _described_name(
    cols: TokenColumns, low: list[str], head: tuple[int, int], first: int, comma: int
) -> bool:
    """Whether "a spokeswoman, Ann Lee," is a description and then the name it stands beside.

    The description opens with an article ("a", "the"); between the commas stand only capitalised
    words (and the full stops of titles), at most ``MAX_NAME_WORDS``.
    """
    if not _opens_description(cols, low, head) or not 0 < comma - first - 1 <= MAX_NAME_WORDS:
        return False
    return all(cols.texts[k][:1].isupper() or low[k] == "." for k in range(first + 1, comma))


def _opens_description(cols: TokenColumns, low: list[str], head: tuple[int, int]) -> bool:
    """Whether a phrase is a description: it opens with an article or a possessive ("a spokeswoman").

    A possessive name counts before a lower-case noun ("Kiir's information minister"), not "Ann Lee".
    """
    a, b = head
    if low[a] in _DESCRIPTION_OPENERS:
        return True
    possessive = any(low[k].endswith(("'s", "’s")) or low[k] in {"'s", "’s"} for k in range(a, b - 1))
    return possessive and cols.texts[b - 1][:1].islower()


MAX_NAME_WORDS: Final = 5  # tokens of a name set beside a description ("Anna Richardson White")
# Words opening a description set before a name ("one of the family's attorneys, Ann Lee, said")
_DESCRIPTION_OPENERS: Final = frozenset({"a", "an", "the", "one", "his", "her", "their", "its"})


def source_after(cols: TokenColumns, low: list[str], i: int, hi: int) -> tuple[int, int]:
    """For "..., said the ministry": the noun phrase after the cue, up to a comma or the end."""
    a = i + 1
    b = a
    while b < hi and b - a < MAX_SOURCE and low[b] not in ADVERBIAL_AFTER_CUE and low[b] not in _RELATIVES:
        if low[b] == "." and b > a and is_title_stop(cols, low, b - 1, b + 1, hi):
            b += 1
        elif low[b] in PUNCT_BREAK:
            break
        b += 1
    return trim(low, a, b)


def with_apposition(
    cols: TokenColumns, low: list[str], src: tuple[int, int], hi: int
) -> tuple[int, int]:
    """A name after an inverted cue with its apposition ("said Ann Lee, a lawyer at ...") to its end."""
    a, b = src
    if a == b or b >= hi or low[b] != "," or not cols.texts[a][:1].isupper():
        return src
    end = b + 1
    while end < hi and end - b <= MAX_APPOSITION and (
        low[end] not in _APPOSITION_STOPS or _is_abbreviation_stop(cols, low, end, hi)
    ):
        if is_paragraph_break(cols, end - 1):
            break
        if low[end] == "," and _opens_clause(low, end + 1, hi):
            break  # '..., said Ann Lee, a manager, though she said ...': a new clause, not the apposition
        end += 1
    return trim(low, a, end)


_APPOSITION_ENDS: Final = CONTENT_CUTS | {"while", "whereas", "adding", "saying", "noting"}


def _opens_clause(low: list[str], k: int, hi: int) -> bool:
    """Whether a new clause opens at token ``k`` after an apposition's comma ("though", "who said")."""
    if k >= hi:
        return False
    if low[k] in _APPOSITION_ENDS:
        return True
    # '..., said Ann Lee, a member of St. Matthew's, who said ...': a second attribution
    return low[k] == "who" and k + 1 < hi and low[k + 1] in CUE_VERBS


_APPOSITION_STOPS: Final = frozenset({".", ";", '"', "“", "”", "(", "—", "–"})


def _is_abbreviation_stop(cols: TokenColumns, low: list[str], k: int, hi: int) -> bool:
    """Whether the full stop at token ``k`` closes an abbreviation inside the apposition, not the source.

    A title or initial before a name ("for Texas Sen. Ted Cruz", "Arthur D. Little"), or one of the
    sentence splitter's abbreviations before a lower-case word ("Acme Inc. in Ohio"); not "Warner
    Bros. However, ...", where the splitter missed a sentence end.
    """
    if low[k] != "." or k + 1 >= hi or k == 0 or cols.ends[k - 1] != cols.starts[k]:
        return False
    if is_title_stop(cols, low, k - 1, k + 1, hi):
        return True
    return low[k - 1] in ABBREVIATIONS and cols.texts[k + 1][:1].islower()


def relative_subject(cols: TokenColumns, low: list[str], lo: int, comma: int) -> tuple[int, int]:
    """For "NOUN PHRASE, who/which ..., said": the noun phrase opening the clause that ends at ``comma``.

    Taken only when the clause opens with a short noun phrase (a name, a determiner or a quantifier
    first; no verb in it) closed by a comma or a relative pronoun, as long relative clauses and
    appositions are too long for :func:`apposition_head`.
    """
    a = clause_start(low, lo, comma)
    while a < comma and (low[a] in QUOTES or low[a] in _OPENING_CONJUNCTIONS):
        a += 1
    if a >= comma or not (cols.texts[a][:1].isupper() or low[a] in _NOUN_PHRASE_OPENERS):
        return (comma, comma)
    if low[a] in LEADING_FUNCTION_WORDS and low[a] not in _NOUN_PHRASE_OPENERS:
        return (comma, comma)  # "In his speech, ...", "After the vote, ...": an adverbial
    b = a
    while b < comma and b - a <= MAX_SOURCE:
        word = low[b]
        if word in _RELATIVE_OPENERS or word == ",":
            break
        if word in PUNCT_BREAK and word != ".":
            return (comma, comma)
        if word in _FINITE or (word.endswith("ed") and cols.texts[b].islower()):
            return (comma, comma)  # a verb: the clause is no noun phrase
        b += 1
    if b == comma or b - a > MAX_SOURCE or low[b] not in _RELATIVE_OPENERS | {","}:
        return (comma, comma)
    return a, b


_OPENING_CONJUNCTIONS: Final = frozenset({"yet", "but", "and", "so", "still"})
_NOUN_PHRASE_OPENERS: Final = frozenset(
    "the a an this these those some many most several few all both two three four five his her their its"
    .split()
)
_RELATIVE_OPENERS: Final = frozenset({"who", "which", "whose"})
_FINITE: Final = frozenset(
    "is are was were has have had will would could should can may might must do does did".split()
)

# Words that open an adverbial, not a name, before a comma ("In his speech, Obama ..., said").
_ADVERBIAL_OPENERS: Final = frozenset(
    "in on at after before during since when while as for with from by under".split()
)


def _is_party_label(word: str) -> bool:
    """Whether a lower-cased token is a party and state label ("r-ky", "d-n.y"): "McConnell, R-Ky., said"."""
    return 3 <= len(word) <= 8 and word[1] == "-" and word[0] in "rdi" and word[2:].replace(".", "").isalpha()

_NAME_SUFFIXES: Final = frozenset({"jr", "sr"})  # "Jr." ends a name: its full stop is no sentence end
# Where a long source may have been cut: "of"/"for" inside a name ("the Office of Finance of the ...").
_LINKING: Final = frozenset({"of", "for"})
# Cue verbs that are no nouns: one of them ends a source read backwards.
_VERB_CUES: Final = CUE_VERBS - NOUN_LIKE_CUES
# Every word the loop of :func:`source_before` treats otherwise than by reading on past it.
_READ_BACK_STOPS: Final = (
    frozenset({".", ")", "'", "’", "-", "--", "and"}) | PUNCT_BREAK | BOUNDARY_WORDS | _VERB_CUES
)
_WEEKDAYS: Final = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
_DAYS_ALONE: Final = frozenset({"yesterday", "today", "tonight"})
_ON_SUNDAY_TITLES: Final = frozenset({"mail", "independent", "scotland"})  # "the Mail on Sunday": a newspaper
_RELATIVES: Final = frozenset({"who", "whose", "which"})  # a relative clause after an inverted source ends it
