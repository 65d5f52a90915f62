"""A time phrase is no source: "Dianne Feinstein last week said", "Rep. Brad Sherman (D-Calif.) last
month joked", "Last month, the Independent, a British newspaper, revealed". When the word rules took
a time before the cue for the source, the source is the cue verb's subject in the sentence's tree
when the tree gives one clear of the time, else the noun phrase just before the time.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from typing import Final

from newsparse import Document
from newsparse.syntax import SyntaxTree, sentence_tree
from newsparse_claims.recognise import Found

__all__ = ["without_time_source"]

Span = tuple[int, int]

# a source that opens with a time: "last week", "Tuesday at ...", "two weeks ago", "earlier in the day"
_TIME_SOURCE: Final = re.compile(
    r"(?:(?:less|more)\s+than\s+)?(?:(?:this|last|next|past|this\s+past|earlier|later)\s+"
    r"(?:week|month|year|day|night|morning|weekend|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b"
    r"|(?:earlier|later)\s+(?:in|this|that|on)\b"
    r"|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b"
    r"|(?:two|three|four|five|six|a\s+few|several|\d+)\s+(?:days|weeks|months|years)\s+ago\b)"
    r"(?!['’]s\b)",  # not a possessive: "Friday's lawsuit argues", "In last year's survey"
    re.IGNORECASE,
)
_RELATIVE_BEFORE: Final = re.compile(r"\b(?:who|which|that)\s+\Z", re.IGNORECASE)
# the first three letters of every phrase ``_TIME_SOURCE`` matches (but a number)
_TIME_HEADS: Final = frozenset(
    ["a f", *"les mor thi las nex pas ear lat mon tue wed thu fri sat sun two thr fou fiv six sev".split()]
)
_NOMINAL: Final = frozenset({"PROPN", "NOUN"})
_INSIDE_NAME: Final = frozenset({"flat", "compound", None})  # relations that keep a word inside its name


def without_time_source(doc: Document, sentence_starts: Sequence[int], item: Found) -> Found:
    """``item`` with the cue verb's subject as its source when the source it has is a time phrase."""
    source = item.source
    if source is None:
        return item
    head = str.lower(doc.text[source[0] : source[0] + 3])
    if (head not in _TIME_HEADS and not head[:1].isdigit()) or not _TIME_SOURCE.match(doc.text, *source):
        return item  # most sources: their first three letters open no time (a match costs a microsecond)
    if _RELATIVE_BEFORE.search(doc.text, max(0, source[0] - 8), source[0]):
        return item  # "Novartis, which last month forecast": the relative's antecedent, not a parse's
    at = bisect.bisect_right(sentence_starts, item.cue[0]) - 1
    tree = sentence_tree(doc, doc.sentences[at]) if at >= 0 else None
    verb = None if tree is None else tree.word_at(item.cue[0])
    if tree is None or verb is None:
        return item
    found = _subject(tree, verb, source, item.cue) or _name_before(tree, source)
    return item if found is None else item.resolved(found)


def _subject(tree: SyntaxTree, verb: int, time: Span, cue: Span) -> Span | None:
    """The cue verb's subject (or its first conjunct's) when it is a noun phrase clear of the time."""
    subject = tree.subject(verb, shared=True)
    if subject is None or subject.end > cue[0] or (subject.start < time[1] and time[0] < subject.end):
        return None
    if tree.words[subject.head].upos not in _NOMINAL or _TIME_SOURCE.match(tree.text, subject.start):
        return None
    return subject.start, subject.end


def _name_before(tree: SyntaxTree, time: Span) -> Span | None:
    """The name ending just before the time ("Feinstein (D-Calif.) last week"), outside any clause."""
    k = tree.word_at(time[0])
    if k is None:
        return None
    k -= 1
    if k >= 0 and tree.words[k].text == ")":  # a party and state after a name: "(D-Calif.)"
        while k >= 0 and tree.words[k].text != "(":
            k -= 1
        k -= 1
    if k >= 0 and tree.words[k].text == ",":  # an apposition: "Reince Priebus, the GOP chairman,"
        k = _before_apposition(tree, k)
    if k < 0 or tree.words[k].upos != "PROPN":
        return None
    for _ in range(len(tree.words)):  # up the name to its head, never out of it
        head = tree.head_of(k)
        if tree.words[k].deprel not in _INSIDE_NAME or head is None:
            break
        if tree.words[head].upos != "PROPN" or head > k:
            return None
        k = head
    if tree.words[k].deprel is not None and tree.words[k].deprel not in ("nsubj", "compound", "flat"):
        return None
    phrase = tree.noun_phrase(k)
    return (phrase.start, phrase.end) if phrase.end <= time[0] else None


MAX_APPOSITION: Final = 8  # words between the commas of an apposition


def _before_apposition(tree: SyntaxTree, comma: int) -> int:
    """The word before the apposition closed by the comma at ``comma`` (-1 when it holds a verb)."""
    for k in range(comma - 1, max(-1, comma - MAX_APPOSITION - 1), -1):
        word = tree.words[k]
        if word.upos in ("VERB", "AUX"):
            return -1
        if word.text == ",":
            return k - 1
    return -1
