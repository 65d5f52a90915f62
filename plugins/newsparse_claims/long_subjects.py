"""Long subjects: the noun phrase that opens a cue's clause and runs up to the cue.

"Current and former officials who spoke with the paper said ...", "One in four voters in a poll
last year said ...", '"...," Anne Richards, assistant secretary of state for refugees, said ...':
the word rules read a source back from the cue only over a short name or "the NOUN", and the parse
of such sentences seldom attaches the subject. Here the whole stretch between the clause's start
and the cue is the source when it is one noun phrase: it opens with a name, a determiner, a number
or a quantifier, and every verb in it stands inside a relative clause or an apposition (after
"who", "which", "that" or a comma). A subordinate or coordinated clause ("If ...", "..., but now
said") makes it no subject. The stretch is read once per source-less cue and is bounded.
"""

from __future__ import annotations

import re
from typing import Final

from newsparse_claims.lexicon import (
    CLAUSE_VERBS,
    LEADING_FUNCTION_WORDS,
    NEEDS_PARTICLE,
    NOUN_LIKE_CUES,
    PRONOUNS,
    SKIP_BEFORE_CUE,
    SOURCE_NOUNS,
)

__all__ = ["long_subject"]

Span = tuple[int, int]

MAX_SUBJECT_CHARS: Final = 300  # characters between a clause's start and its cue
MAX_SUBJECT_WORDS: Final = 40

_WORD: Final = re.compile(r"\d[\d,.]*\d|[^\W_](?:[\w.'’&-]*[^\W_])?|[,;:()—–\"“”]|''|``")
# a quotation closed by a comma at the start of the sentence ('"We will win," Ann Lee, ..., said')
_QUOTE_FIRST: Final = re.compile(r"\A\s*(?:[\"“]|'')[^\"“”]*?,\s*(?:[\"”]|'')\s*")
# auxiliaries and adverbs between a subject and its cue ("The chancellor meanwhile insisted")
_BEFORE_CUE: Final = SKIP_BEFORE_CUE | frozenset({"however", "meanwhile", "though", "instead"})
_OPENERS: Final = frozenset("a an the some many most more few several both all two three four five".split())
_JOINS: Final = frozenset({"but", "and", "so", "yet"})
_RELATIVE_OPENERS: Final = frozenset({"who", "which", "that", "whose", "whom", "including"})
_MODIFIER_OPENERS: Final = _RELATIVE_OPENERS | {","}
_SUBORDINATORS: Final = frozenset(
    "if when because while although though whether since unless as but or whereas after before until"
    .split()
)
_PERSONAL: Final = PRONOUNS | {"i", "we", "you"}
_BREAKS: Final = frozenset({";", ":", "—", "–", '"', "“", "”", "''", "``"})


def long_subject(text: str, start: int, cue: Span) -> tuple[Span, Span | None] | None:
    """The noun phrase from ``start`` (a sentence's start) to the cue, as a character span, if one.

    With it, the quotation that opens the sentence before it, if any: the claim's content.
    """
    if cue[0] - start > MAX_SUBJECT_CHARS or cue[0] <= start:
        return None
    region = text[start : cue[0]]
    quoted = _QUOTE_FIRST.match(region)
    offset = start + (quoted.end() if quoted else 0)
    words = [(m.group(), m.start(), m.end()) for m in _WORD.finditer(text, offset, cue[0])]
    helped = False  # an auxiliary or adverb before the cue: it is a finite verb, not a participle
    while words and (str.lower(words[-1][0]) in _BEFORE_CUE or words[-1][0] == ","):
        helped = helped or words[-1][0] != ","
        words.pop()  # "officials have also said": the auxiliaries and adverbs belong to the cue
    if words and str.lower(words[0][0]) in _JOINS:
        words = words[1:]  # "But numerous veterans ... said"
    second = str.lower(words[1][0]) if len(words) > 1 else ""
    if not words or len(words) > MAX_SUBJECT_WORDS or not _opens_noun_phrase(words[0][0], second):
        return None
    if text[cue[0] : cue[1]] in NOUN_LIKE_CUES or not (helped or _finite_cue(text, cue, words[-1][0])):
        return None
    if str.lower(words[0][0]) in _PERSONAL and len(words) > 1:
        return None  # "It obliges firms to ..., which, critics say, will add": a pronoun is a subject alone
    if str.lower(words[-1][0]) == "and":
        subject = _first_verb_subject([w[0] for w in words[:-1]])  # "The actor held ... and asked"
        return None if subject is None else ((words[0][1], words[subject - 1][2]), None)
    if str.lower(words[-1][0]) in _SUBORDINATORS or str.lower(words[-1][0]) in _JOINS:
        return None  # "... stopped to sign autographs but joked": a second verb of the clause
    if not _one_noun_phrase([w[0] for w in words]):
        return None
    return (words[0][1], words[-1][2]), (_quotation(text, start, quoted.end() + start) if quoted else None)


def _first_verb_subject(words: list[str]) -> int | None:
    """For a cue conjoined to its clause's first verb, how many words open the clause before that verb.

    "Sanders' campaign launched an ad buy ... and announced": 2. None when no past-tense verb
    follows a noun phrase, or a break or a subordinate clause stands between that verb and the cue.
    """
    verb = next((n for n, word in enumerate(words) if n > 0 and _past_verb(word)), None)
    if verb is None or not _one_noun_phrase(words[:verb]):
        return None
    if any(str.lower(w) in PRONOUNS for w in words[1:verb]):
        return None  # "A few minutes later they reversed ...": an adverbial before the subject
    if not _speaker(words[:verb]):
        return None  # "A fan jumped on stage and attacked ...", "The upgrade ... and added features"
    rest = words[verb + 1 :]
    if any(w in _BREAKS or str.lower(w) in _SUBORDINATORS or str.lower(w) in _MODIFIER_OPENERS for w in rest):
        return None
    return verb


def _speaker(words: list[str]) -> bool:
    """Whether a noun phrase may speak: a pronoun, a name, or a speaker's or body's noun ("the agency")."""
    if len(words) == 1 and str.lower(words[0]) in PRONOUNS:
        return True
    return any(w[:1].isupper() for w in words[1:]) or any(
        str.lower(w) in SOURCE_NOUNS or str.lower(w).removesuffix("s") in SOURCE_NOUNS for w in words
    ) or (words[0][:1].isupper() and str.lower(words[0]) not in _OPENERS)


def _past_verb(word: str) -> bool:
    """Whether a word is a past-tense verb: "-ed" in lower case or a common irregular past."""
    return word.islower() and ((len(word) > 4 and word.endswith("ed")) or word in _IRREGULAR_VERBS)


_IRREGULAR_VERBS: Final = frozenset(
    "went held took made met gave sent left came began won lost led spent ran".split()
)


def _quotation(text: str, start: int, end: int) -> Span | None:
    """The words of the quotation opening ``text[start:end]``, without its marks and final comma."""
    a, b = start, end
    while a < b and not text[a].isalnum():
        a += 1
    while b > a and not text[b - 1].isalnum() and text[b - 1] not in ".!?%)":
        b -= 1
    return (a, b) if a < b else None


def _finite_cue(text: str, cue: Span, before: str) -> bool:
    """Whether a cue with no auxiliary is a finite verb: "said", "says", "insisted", not "show" or a
    participle after a comma or an adverb ("Hendrix, widely considered", "websites considered").
    """
    word = text[cue[0] : cue[1]]
    if word in NOUN_LIKE_CUES or word in _PARTICIPLES or word in NEEDS_PARTICLE:
        return False
    if not (word.endswith(("ed", "s")) or word in _IRREGULAR_PASTS or word in _PLURAL_PRESENTS):
        return False  # a base form ("will add"): its subject is elsewhere
    return before != "," and not before.endswith("ly")


_IRREGULAR_PASTS: Final = frozenset("said told wrote found thought saw heard knew spoke".split())
# present tenses after a plural subject ("Majorities of Democrats in five states say ...")
_PLURAL_PRESENTS: Final = frozenset("say agree argue insist".split())
# Past participles that modify a noun as often as they report ("websites considered harmful").
_PARTICIPLES: Final = frozenset(
    "considered posted ordered reported dubbed labeled described referred expected".split()
)


def _opens_noun_phrase(first: str, second: str) -> bool:
    """Whether a clause's first word may open a subject: a name, a number, a determiner or quantifier."""
    low = str.lower(first)
    if low == "at" and second == "least":
        return True  # "At least half of voters in each state say ..."
    if low.endswith("ing") or low == "according" or low in _BEFORE_CUE:
        return False  # "Shivering in a dress, the actress ...", "According to X, 29% said", "Instead"
    if low in _OPENERS:
        return True
    return (first[:1].isupper() or first[:1].isdigit()) and low not in LEADING_FUNCTION_WORDS


def _one_noun_phrase(words: list[str]) -> bool:
    """Whether the words are one noun phrase: no break, no subordinate clause, verbs only in modifiers.

    A relative clause ("who ...") may hold any verb; an apposition after a comma no finite one
    ("Anne Richards, assistant secretary of state, said", not "Quite the contrary, X has seen war").
    """
    relative = apposition = False
    for n, word in enumerate(words):
        low = str.lower(word)
        if low in _BREAKS:
            return False
        if n > 0 and words[n - 1] == "," and (low in _SUBORDINATORS or low in CLAUSE_VERBS):
            return False  # "Lee used to back Paul, but now said": a second clause
        if low in _RELATIVE_OPENERS and n > 0:
            relative = True  # a relative clause: its verbs are not the clause's
        elif low == "," and n > 0:
            apposition = True
        if relative or low == ",":
            continue
        if low in CLAUSE_VERBS or (low in _SUBORDINATORS and not apposition):
            return False
        if not apposition and word.islower() and len(low) > 4 and low.endswith("ed"):
            return False  # "Lee reversed himself and said": a verb before the cue
    return True
