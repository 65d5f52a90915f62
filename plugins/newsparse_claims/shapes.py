"""Word-level tests of the shapes of a sentence around a cue, shared by the claim rules.

Each reads the lower-cased token texts (``low``, parallel to the token columns) between token indices.
"""

from __future__ import annotations

from typing import Final

from newsparse.text import TokenColumns
from newsparse_claims.lexicon import (
    ACTION_CUES,
    ATTITUDE_CUES,
    CLAUSE_ATTITUDE_CUES,
    CUE_VERBS,
    NOT_ATTITUDE_SOURCES,
    ONLY_CLOSING,
    PASSIVE_MARKERS,
    PREPOSITIONS,
    PUNCT_BREAK,
    QUOTATION_CLOSERS,
    QUOTES,
    RELATIVE_SOURCES,
    TITLE_ABBREVIATIONS,
)

__all__ = [
    "ACTION_CUES",
    "after_quotation",
    "after_semicolon",
    "attitude_fits",
    "calls_for_or_names",
    "closes_quotation",
    "describes_antecedent",
    "is_aside",
    "opens_sentence",
    "parenthetical",
    "reports_speech",
    "resumes",
    "set_phrase",
]


def attitude_fits(
    cols: TokenColumns, low: list[str], src: tuple[int, int], i: int, hi: int
) -> bool:
    """Whether a belief or attitude verb at ``i`` attributes: a third-person source before it, content after.

    "I think", "do you know", "should see", "if it wanted", "announced plans", "measured party support"
    and "what they want." are no claims.
    """
    if src[0] >= src[1] or src[1] > i or i + 1 >= hi or low[i + 1] in PUNCT_BREAK:
        return False
    if src[0] > 0 and low[src[0] - 1] in _CONDITIONS:
        return False
    if any(word in _NOT_ATTITUDE_SOURCE_WORDS for word in low[src[0] : i]):
        return False
    if low[i] in CLAUSE_ATTITUDE_CUES and not _clause_follows(low, i, hi):
        return False
    return not any(
        low[k] in CUE_VERBS or (low[k].endswith("ed") and cols.texts[k].islower()) for k in range(*src)
    )


def _clause_follows(low: list[str], i: int, hi: int) -> bool:
    """Whether a clause follows the verb at ``i``: "that ...", or a subject and its finite verb.

    "thought the deal was a disaster", "expect the bank to cut rates", "intends to close"; not an
    object alone ("saw the film", "heard the case").
    """
    if low[i + 1] == "that":
        return True
    infinitive = low[i] in _WITH_INFINITIVE
    for k in range(i + 1, min(hi, i + 1 + MAX_CLAUSE_SUBJECT)):
        word = low[k]
        if word in PUNCT_BREAK:
            return False
        if word in _FINITE or (infinitive and word == "to"):
            return k > i + 1 or (infinitive and word == "to" and low[i] in {"intends", "intend"})
    return False


MAX_CLAUSE_SUBJECT: Final = 7  # tokens of the subject between a belief verb and the finite verb of its clause
_FINITE: Final = (
    frozenset("is are was were will would has have had can could may might should must 's 're".split())
)
_WITH_INFINITIVE: Final = frozenset({"expect", "expects", "intends", "intend"})


def is_aside(low: list[str], src: tuple[int, int], i: int) -> bool:
    """Whether "say" at ``i`` is an aside ("I say", "you can say"), not a report ("I said" is one)."""
    return low[i] == "say" and not _FIRST_OR_SECOND_PERSON.isdisjoint(low[src[0] : src[1]])


def describes_antecedent(low: list[str], src: tuple[int, int], i: int, hi: int) -> bool:
    """Whether an attitude or writing verb at ``i`` whose source is "who"/"which" takes an
    object, not a content: the relative clause describes its antecedent ("a fund which supports
    students", "Hutus who favored reconciliation", "Pathway, which has maintained the site, said").

    "who believes that ...", "which showed the economy was ...", "who hopes to ..." still attribute.
    """
    if src[1] - src[0] != 1 or low[src[0]] not in RELATIVE_SOURCES or low[i] not in _OBJECT_VERBS:
        return False
    if i + 1 >= hi or low[i + 1] in PUNCT_BREAK or low[i + 1] in _CONTENT_OPENERS:
        return False
    return not _clause_follows(low, i, hi)


# attitude and writing verbs that attribute only with a clause or an infinitive after them, never with
# a plain object; not the speech acts whose object is a content ("who demanded his release"), nor
# "want", whose object may hold a clause ("who want him returned"), nor the findings of a report
# ("results which showed a 5.5% rise", "the court, which found the distinction reasonable")
_OBJECT_VERBS: Final = (ATTITUDE_CUES | frozenset("wrote writes maintained maintains".split())) - frozenset(
    "demanded demands welcomed want wants wanted".split()
)
_CONTENT_OPENERS: Final = QUOTES | frozenset({"that", "to", ":"})
_FIRST_OR_SECOND_PERSON: Final = frozenset({"i", "you", "we"})
_CONDITIONS: Final = frozenset("if unless whether when".split())
_NOT_ATTITUDE_SOURCE_WORDS: Final = NOT_ATTITUDE_SOURCES | PASSIVE_MARKERS | frozenset(
    "has have had to with percent what how should must may might".split()
)


def opens_sentence(low: list[str], lo: int, k: int) -> bool:
    """Whether only punctuation and a leading conjunction ("But, according to ...") stand before ``k``."""
    return all(word in PUNCT_BREAK or word in _LEADING_JOINS for word in low[lo:k])


_LEADING_JOINS: Final = frozenset("but and so yet however also still now then".split())


def after_semicolon(low: list[str], lo: int, end: int) -> int:
    """The token after the last ";" before ``end`` (``lo`` when there is none)."""
    for k in range(end - 1, lo - 1, -1):
        if low[k] == ";":
            return k + 1
    return lo


def after_quotation(low: list[str], lo: int, source_start: int, cue_end: int, hi: int) -> bool:
    """Whether the source follows a quotation directly and no content opens after the cue."""
    return (
        source_start > lo
        and low[source_start - 1] in QUOTES
        and (cue_end >= hi or low[cue_end] not in _OPENS_CONTENT)
    )


_OPENS_CONTENT: Final = QUOTES | {":", "that"}


def resumes(low: list[str], k: int, hi: int) -> bool:
    """Whether a quotation resumes at token ``k`` after a comma (', "and we will win."')."""
    return k + 1 < hi and low[k] == "," and low[k + 1] in QUOTES


def parenthetical(cols: TokenColumns, low: list[str], comma: int, cue_end: int, end: int) -> bool:
    """Whether "SOURCE CUE" stands between commas inside its content ("The talks, he said, will resume").

    The words after the second comma run on to ``end`` without a conjunction or a cue; a quotation
    among them is whole ('Trump, Sexton said, has created a "strange zone."').
    """
    if cue_end + 1 >= end or low[cue_end] != "," or low[comma] != "," or low[comma + 1] in QUOTES:
        return False  # '"We will win," he said, in a speech': the quotation is the content
    rest = low[cue_end + 1 : end]
    return (
        cols.texts[cue_end + 1].islower()  # "will resume", not "Unilever added 8p" (a new clause)
        and low[cue_end + 1] not in _NOT_RESUMING
        and sum(map(QUOTES.__contains__, rest)) % 2 == 0
        and ":" not in rest
    )


_NOT_RESUMING: Final = frozenset(
    "and but or so while whereas although though because as since if when after before adding saying "
    "noting citing according which who".split()
)


def reports_speech(low: list[str], i: int) -> bool:
    """Whether a verb of action at ``i`` reports speech: 'continued: "..."', "declined to say whether",
    "agreed (that) the act was discriminatory"; not "refused to back", "sought guidance", "agreed to go".
    """
    k = i + 1
    while k < len(low) and low[k].endswith("ly") and k - i <= 2:
        k += 1  # "agreed unanimously", "declined directly"
    after = low[k] if k < len(low) else ""
    if after == "," and k + 1 < len(low) and low[k + 1] in QUOTES:
        return True  # 'She continued, "For us, ..."'
    if low[i] in ONLY_CLOSING:
        return closes_quotation(low, i, after)  # not "read the words", 'read "The Art of the Deal"'
    if after == ":" or after in QUOTES or after == "that" or (after == "with" and low[i] == "agreed"):
        return True  # 'continued: "..."', "agreed that ...", "agreed with the traders in calling ..."
    if low[i] in QUOTATION_CLOSERS and closes_quotation(low, i, after):
        return True  # '"...," he continued.', '"...," continued Stone'
    if after == "to" and k + 1 < len(low):
        if low[i] in _REFUSALS:  # issue 15's "declined to": a stance ("refused to back the bill")
            anonymous = low[k + 1 : k + 3] in (["be", "named"], ["be", "identified"])  # "to be named"
            return low[k + 1].isalpha() and low[k + 1] not in _NOT_INFINITIVE and not anonymous
        return low[k + 1] in _SPEECH_INFINITIVES
    return low[i] in _CLAUSE_ACTIONS and after not in PUNCT_BREAK and after not in PREPOSITIONS


def closes_quotation(low: list[str], i: int, after: str) -> bool:
    """Whether the cue at ``i`` closes a quotation: '"...," he continued.' or '"...," continued Stone'.

    The quotation ends in ", ? !" and a closing quote, then at most four words (the source) and
    the cue, which ends its clause; or the cue follows the quote and its source follows it.
    """
    if i >= 2 and low[i - 1] in QUOTES and low[i - 2] in _QUOTE_ENDS:
        return True  # '"...," continued Stone'
    if after and after not in _CLAUSE_ENDS:
        return False  # "the fighting continued in the north"
    for k in range(i - 1, max(i - 6, 0), -1):
        if low[k] in QUOTES:
            return low[k - 1] in _QUOTE_ENDS and k < i - 1
        if low[k] in PUNCT_BREAK:
            return False
    return False


_QUOTE_ENDS: Final = frozenset({",", "?", "!"})
_CLAUSE_ENDS: Final = frozenset({".", ",", "!", "?", ";"})
_REFUSALS: Final = frozenset({"refused", "refuses", "declined"})
# "to a"
_NOT_INFINITIVE: Final = frozenset("a an the this that his her its their our my your no any".split())
_CLAUSE_ACTIONS: Final = frozenset({"agreed", "decided"})  # "agreed the act was discriminatory"
_SPEECH_INFINITIVES: Final = frozenset(
    "say confirm disclose reveal specify deny name elaborate answer speculate".split()
)


def set_phrase(low: list[str], i: int) -> bool:
    """Whether the cue word at ``i`` is inside a set phrase that attributes nothing.

    "Having said that, ...", "Let's say you ...", "rated 32% of Republican claims as false".
    """
    word = low[i]
    before = low[i - 1] if i > 0 else ""
    after = low[i + 1] if i + 1 < len(low) else ""
    if word == "said":
        return before == "having" and after == "that"
    if word == "say":
        return before in {"let's", "let’s"} or (before == "us" and i > 1 and low[i - 2] == "let")
    return word == "claims" and after == "as"


def calls_for_or_names(cols: TokenColumns, low: list[str], lo: int, i: int) -> bool:
    """Whether "called" at ``i`` attributes: "called for/on", or "X called Y Z" (after a comma, Z quoted)."""
    after = low[i + 1] if i + 1 < len(low) else ""
    if after in {"for", "on"}:
        return True
    if i <= lo or (after in PUNCT_BREAK and not (after in QUOTES and _relative_subject(cols, low, lo, i))):
        return False
    if low[i - 1] in PUNCT_BREAK:  # "X, a senator, called the KKK “abhorrent”": an object, then a quotation
        if low[i - 1] != ",":
            return False
        named = low[i + 1] in _OBJECT_PRONOUNS and i + 2 < len(low) and low[i + 2] in {"a", "an"}
        return named or not QUOTES.isdisjoint(low[i + 2 : i + 6])  # "X, a partner, called him a master"
    if any(word in _NOT_NAMING for word in low[i + 1 : i + 3]):
        return False  # "called Ann to the stage", "called them back"
    if i + 3 < len(low) and low[i + 3] in _NOT_NAMING and not _names_a_complement(low, i):
        return False  # "called the police to the scene"; not "called her vote in 2002 a mistake"
    head = i - 1  # "a man called Ali": a naming participle after an indefinite noun phrase
    while head > lo and i - head < 4 and low[head - 1] not in PUNCT_BREAK:
        head -= 1
    return not any(low[k] in {"a", "an"} for k in range(head, i))


def _relative_subject(cols: TokenColumns, low: list[str], lo: int, i: int) -> bool:
    """Whether "called" at ``i`` has a named subject after a relative word inside the sentence: "which
    Mr. Trump called 'a disgrace'", "charges that Rush Limbaugh, for one, called"; not "what he called"
    (its source is not read right) nor a sentence's "That system relies on links called"."""
    for k in range(i - 1, max(lo, i - MAX_RELATIVE_SUBJECT) - 1, -1):
        if low[k] in _RELATIVES:
            return lo < k < i - 1 and cols.texts[k + 1][:1].isupper() and low[k + 1] not in _PRONOUNS
        if low[k] in PUNCT_BREAK and low[k] != "," and not (low[k] == "." and low[k - 1] in _ABBREVIATED):
            return False  # not "Mr." or "U.S.": an abbreviation's point is inside the subject
    return False


# tokens between "which"/"what"/"that" and "called" ("that Rush Limbaugh, for one,")
MAX_RELATIVE_SUBJECT: Final = 9
_RELATIVES: Final = frozenset({"which", "what", "that", "whom"})
_PRONOUNS: Final = frozenset({"i", "we", "he", "she", "they", "it", "you"})
_ABBREVIATED: Final = TITLE_ABBREVIATIONS | frozenset("abcdefghijklmnopqrstuvwxyz")


# Words after "called" that make it a summons or a phone call, not a naming ("called to the stage").
_NOT_NAMING: Final = frozenset("to in off up back out upon into at by".split())


_OBJECT_PRONOUNS: Final = frozenset({"him", "her", "them", "it", "me", "us"})


def _names_a_complement(low: list[str], i: int) -> bool:
    """Whether "called" at ``i`` names its object as something: "a mistake", a quotation, before the end."""
    for word in low[i + 4 : i + 4 + MAX_NAMED_OBJECT]:
        if word in {"a", "an"} or word in QUOTES:
            return True
        if word in PUNCT_BREAK:
            return False
    return False


MAX_NAMED_OBJECT: Final = 10  # tokens of the object of "called" read for its complement ("... a mistake")
