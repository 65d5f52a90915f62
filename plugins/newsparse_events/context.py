"""What an event is read from: the sentences that may hold a trigger, with their counts, and the
document's annotations sorted by offset for the sentence at hand.
"""

from __future__ import annotations

import bisect
import operator
import re
from collections.abc import Iterator, Sequence
from typing import Any

import attrs

from newsparse import Claim, Document, Entity, Quantity, TimeExpression
from newsparse.syntax import datelines
from newsparse.text import TokenColumns
from newsparse_events.actors import PLACE_KINDS, token_at
from newsparse_events.anchors import saying_times
from newsparse_events.incidents import Incident, find_incidents
from newsparse_events.lexicon import NON_VICTIMS
from newsparse_events.victims import head_word

__all__ = ["Frame", "Lookup", "Mention", "Sentence", "is_count", "mentions_of", "sentences", "within"]

MAX_SENTENCE_TOKENS = 300  # longer sentences are read in windows of this many tokens
Mention = tuple[int, int, str, str, str | None]  # an entity mention: start, end, id, type, form


def is_count(q: Quantity) -> bool:
    """Whether a quantity can count victims: no unit, and not counting things ("3 villages")."""
    if q.unit is not None:
        return False
    if q.value is None and q.low is None and q.high is None:
        return False
    return head_word(q.counted) not in NON_VICTIMS


# a person's age written after the name or noun, between commas: "Matthew McCully, 25, from Orangeville",
# "two men, 25 and 30, were shot" (the second age follows "25 and")
_AGE_BEFORE = re.compile(r"(?:[A-Za-z.'\u2019)]\s*,|[A-Za-z.)]\s*,\s*\d{1,3}\s+and)\s*$")
_AGE_AFTER = re.compile(r"\s*(?:,|\)|and\s+\d{1,3}\s*[,)])")
MAX_AGE = 110


def is_age(text: str, q: Quantity) -> bool:
    """Whether a bare number is a person's age in an apposition ("a man, 45, was stabbed"), no count."""
    if not q.text.isdigit() or not isinstance(q.value, int) or not 0 < q.value <= MAX_AGE:
        return False
    if _AGE_BEFORE.search(text, max(0, q.start - 14), q.start) is None:
        return False
    return _AGE_AFTER.match(text, q.end) is not None


@attrs.frozen
class Sentence:
    """One sentence's tokens and the annotations of the other layers that fall inside it."""

    lo: int
    hi: int
    start: int
    end: int
    counts: tuple[tuple[int, int, Quantity], ...]  # (first token, end token, quantity)


def mentions_of(doc: Document) -> list[Mention]:
    """Every entity mention as ``(start, end, id, type, form)``, sorted by offset."""
    out = []
    entities: Sequence[Entity] = doc.entities
    for entity in entities:
        for m in entity.mentions:
            out.append((m.start, m.end, entity.id, entity.type, m.form))
    return sorted(out)


def within(items: Sequence[Any], starts: Sequence[int], start: int, end: int) -> Sequence[Any]:
    """The items (sorted by start, ``starts`` their starts) that start in ``[start, end)``."""
    return items[bisect.bisect_left(starts, start) : bisect.bisect_left(starts, end)]


def sentences(doc: Document, opening: Sequence[int]) -> Iterator[Sentence]:
    """The document's sentences (run-on ones in windows) that hold an opener, with the counts inside each.

    ``opening`` are the ascending token indices of :func:`openers`: a window without one holds
    no trigger, so it is skipped before its counts are looked up.
    """
    tokens = doc.token_columns
    n = len(tokens.starts)
    quantities = sorted((q for q in doc.quantities if is_count(q)), key=lambda q: (q.start, q.end))
    starts = [q.start for q in quantities]
    spans = doc.sentences
    firsts = list(map(_START, spans))
    if not all(map(operator.le, map(_END, spans[:-1]), firsts[1:])):  # not in order (a caller's)
        yield from _every_sentence(doc, opening, quantities, starts)
        return
    # most sentences hold no opener: each opener's sentence is found by bisection instead, and the
    # sentences between are never visited
    j = 0
    while j < len(opening):
        sentence_index = bisect.bisect_right(firsts, tokens.starts[opening[j]]) - 1
        if sentence_index < 0:
            j += 1  # before the first sentence: in none
            continue
        sentence = spans[sentence_index]
        # tokens [lo, k) lie in the sentence (token starts and ends ascend: binary search; the
        # bounds a walk over every sentence finds, each at least the sentence before's)
        lo = bisect.bisect_left(tokens.starts, sentence.start, 0, n)
        k = bisect.bisect_right(tokens.ends, sentence.end, lo, n)
        if opening[j] >= k:
            j += 1  # a token across a sentence's end is in none: its sentence, if it holds another, was read
            continue
        yield from _windows(doc, tokens, sentence.start, sentence.end, lo, k, opening, quantities, starts)
        j = bisect.bisect_left(opening, k)  # on to the first opener past the sentence


def _every_sentence(
    doc: Document, opening: Sequence[int], quantities: list[Quantity], starts: list[int]
) -> Iterator[Sentence]:
    """:func:`sentences` by a walk over every sentence (for sentences out of text order)."""
    tokens = doc.token_columns
    n = len(tokens.starts)
    k = 0
    for sentence in doc.sentences:
        # tokens [lo, k) lie in the sentence (token starts and ends ascend: binary search)
        k = bisect.bisect_left(tokens.starts, sentence.start, k, n)
        lo = k
        k = bisect.bisect_right(tokens.ends, sentence.end, k, n)
        yield from _windows(doc, tokens, sentence.start, sentence.end, lo, k, opening, quantities, starts)


def _windows(
    doc: Document,
    tokens: TokenColumns,
    opens: int,
    closes: int,
    lo: int,
    k: int,
    opening: Sequence[int],
    quantities: list[Quantity],
    starts: list[int],
) -> Iterator[Sentence]:
    """The windows of the tokens ``[lo, k)`` of the sentence ``[opens, closes)`` that hold an opener,
    with the counts inside each."""
    # a run-on "sentence" is read in windows, so that the work stays linear in the text
    for w_lo in range(lo, k, MAX_SENTENCE_TOKENS):
        w_hi = min(k, w_lo + MAX_SENTENCE_TOKENS)
        first = bisect.bisect_left(opening, w_lo)
        if first == len(opening) or opening[first] >= w_hi:
            continue  # no token of the window opens a trigger
        start = opens if w_lo == lo else tokens.starts[w_lo]
        end = closes if w_hi == k else tokens.ends[w_hi - 1]
        counts = []
        for q in within(quantities, starts, start, end):
            if q.end <= end and not is_age(doc.text, q):
                counts.append((token_at(tokens, w_lo, w_hi, q.start), token_at(tokens, w_lo, w_hi, q.end), q))
        yield Sentence(w_lo, w_hi, start, end, tuple(counts))


_START = operator.attrgetter("start")
_END = operator.attrgetter("end")


@attrs.frozen
class Dated:
    """The document's claims and dates sorted by start, with the starts to bisect."""

    claims: list[Claim]
    claim_starts: list[int]
    dates: list[TimeExpression]
    date_starts: list[int]
    #: the dates that do not time a saying, and each date's start, first and last day: the same for
    #: every event of the document, so found once (per event they made a long story quadratic)
    unsaid_dates: list[TimeExpression]
    date_days: list[tuple[int, str, str]]

    @classmethod
    def of(cls, doc: Document) -> Dated:
        """The sorted claims and dates of ``doc``."""
        claims: Sequence[Claim] = doc.claims
        by_content = sorted(claims, key=lambda c: c.content.start)
        dates: Sequence[TimeExpression] = doc.dates
        by_start = sorted(dates, key=lambda t: t.start)
        return cls(
            by_content,
            [c.content.start for c in by_content],
            by_start,
            [t.start for t in by_start],
            saying_times(doc.text, by_content, by_start),
            [(t.start, *_days(t)) for t in by_start],
        )


@attrs.frozen
class Lookup:
    """The document's entity mentions sorted by start, with the starts to bisect, and its claims and
    dates (:class:`Dated`), sorted when first read: most documents with a trigger word tell no event
    (8 of the 148 with one among 300 news articles), and only a sentence telling one reads them."""

    doc: Document
    mentions: list[Mention]
    mention_starts: list[int]
    _dated: list[Dated] = attrs.field(factory=list)  # the claims and dates once read (one item)

    @classmethod
    def of(cls, doc: Document) -> Lookup:
        """The sorted mentions of ``doc`` (its claims and dates are sorted when first read)."""
        mentions = mentions_of(doc)
        return cls(doc, mentions, [m[0] for m in mentions])

    @property
    def dated(self) -> Dated:
        """The claims and dates, sorted at the first read and kept."""
        if not self._dated:
            self._dated.append(Dated.of(self.doc))
        return self._dated[0]


def _days(date: TimeExpression) -> tuple[str, str]:
    """A date's first and last day (its value twice when it has no calendar interval)."""
    return (date.interval.first, date.interval.last) if date.interval else (date.value, date.value)


@attrs.frozen
class Frame:
    """A story's frame: its datelines, the spans no place comes from, the sentences placing an incident."""

    heads: list[tuple[int, int]]
    blocked: list[tuple[int, int]]
    incidents: list[Incident]
    # the blocked spans sorted by start (with their index in ``blocked``), and the longest one's length
    by_start: list[tuple[int, int, int]] = attrs.field(factory=list)
    reach: int = 0

    @classmethod
    def of(cls, doc: Document, lookup: Lookup) -> Frame:
        """A dateline ("TOKYO, May 18 -") names where the story was written, not where it happened."""
        heads = [(d.start, d.end) for d in datelines(doc.text, doc.sentences)]
        blocked = [*((t.start, t.end) for t in lookup.dated.dates), *heads]
        incidents = find_incidents(doc, lookup.mentions, lookup.dated.dates, heads, PLACE_KINDS)
        by_start = sorted((a, b, k) for k, (a, b) in enumerate(blocked))
        return cls(heads, blocked, incidents, by_start, max((b - a for a, b in blocked), default=0))

    def near(self, start: int, end: int) -> list[tuple[int, int]]:
        """The blocked spans that touch ``[start, end]``, in ``blocked``'s order: found by bisection, so
        that each event does not scan every date of the document (quadratic in a long one)."""
        first = bisect.bisect_left(self.by_start, (start - self.reach,))
        last = bisect.bisect_right(self.by_start, (end, end + self.reach + 1))
        touching = sorted(k for a, b, k in self.by_start[first:last] if start <= b and a <= end)
        return [self.blocked[k] for k in touching]
