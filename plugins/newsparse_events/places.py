"""Where an event happened when no entity of its clause says it: a name after "in", or the narrative's place.

Many small places ("in Cosoleacaque, Veracruz", "in Camargo community") are not in the entities
layer; a capitalised name right after a locative preposition is taken as a place unless the
entities layer knows it as something else, or the dates layer as a date. An event whose sentence
names no place takes the first place of the nearest earlier sentence that names one ("On 9 May,
in Celaya, armed men attacked a patrol. Three officers died.").
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from newsparse import Document, Span, Token
from newsparse_events.lexicon import PLACE_PREPOSITIONS

__all__ = ["located_names", "narrative_place"]

MAX_NAME_WORDS = 4
MAX_SENTENCES_BACK = 3
_LOCATIVE = PLACE_PREPOSITIONS - {"from", "on"}
_JOINERS = frozenset({"de", "del", "al", "el", "bin", "la", "dos", "das", "do", "da"})
_NOT_PLACE_WORDS = frozenset(
    """
    january february march april may june july august september october november december monday tuesday
    wednesday thursday friday saturday sunday the a an this his her their its
    """.split()
)
Mention = tuple[int, int, str, str, str | None]


def _name_at(tokens: Sequence[Token], k: int, hi: int) -> int:
    """The end (exclusive token index) of a capitalised name starting at ``k`` ("Leon de los Aldama")."""
    end = k
    while end < hi and end - k < MAX_NAME_WORDS:
        word = tokens[end].text
        if word[:1].isupper() and word.replace("-", "").replace("'", "").isalpha():
            end += 1
        elif word in _JOINERS and end + 1 < hi and tokens[end + 1].text[:1].isupper():
            end += 1
        else:
            break
    return end


def located_names(
    text: str,
    tokens: Sequence[Token],
    lo: int,
    hi: int,
    mentions: Sequence[Mention],
    dates: Sequence[tuple[int, int]],
    place_kinds: frozenset[str],
) -> list[tuple[int, int, str | None]]:
    """Places named after a locative preposition in tokens ``[lo, hi)``: (start, end, entity id or None)."""
    out: list[tuple[int, int, str | None]] = []
    for k in range(lo, hi - 1):
        if tokens[k].text.lower() not in _LOCATIVE:
            continue
        first = k + 1
        if tokens[first].text.lower() == "the" and first + 1 < hi:
            first += 1
        if tokens[first].text.lower() in _NOT_PLACE_WORDS:
            continue
        end = _name_at(tokens, first, hi)
        if end == first:
            continue
        start, stop = tokens[first].start, tokens[end - 1].end
        if any(a < stop and start < b for a, b in dates):
            continue
        known = [m for m in mentions if m[0] < stop and start < m[1]]
        if any(m[3] not in place_kinds for m in known):
            continue
        if text[stop : stop + 6].lower() in {"-based", " based"}:
            continue
        place = next((m for m in known if m[4] != "demonym"), None)
        out.append((place[0], place[1], place[2]) if place is not None else (start, stop, None))
    return out


def narrative_place(
    doc: Document,
    at: int,
    mentions: Sequence[Mention],
    dates: Sequence[tuple[int, int]],
    place_kinds: frozenset[str],
) -> tuple[int, int, str | None] | None:
    """The first place named in the nearest of the few sentences before offset ``at`` that names one."""
    tokens = doc.tokens
    index = doc.sentence_index(at)
    for i in range(index - 1, max(-1, index - 1 - MAX_SENTENCES_BACK), -1):
        sentence = doc.sentences[i]
        lo = bisect.bisect_left(tokens, sentence.start, key=lambda t: t.start)
        hi = bisect.bisect_right(tokens, sentence.end, key=lambda t: t.end)
        found = located_names(doc.text, tokens, lo, hi, mentions, dates, place_kinds)
        if found:
            return found[0]
    return None


def as_span(text: str, place: tuple[int, int, str | None] | None) -> Span | None:
    """The place's text span."""
    return Span.of(text, place[0], place[1]) if place is not None else None
