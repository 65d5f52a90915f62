"""The larger places written with an event's place: "in Pir Laka area of Jani Khel district, Paktika".

An event's ``place`` is the most specific place of its clause; its ``areas`` are the places named
with it that hold it: the names chained after it (", Paktika", "(Rajshahi)", "area of Jani Khel
district", "village near Balet Weyne town") and a place framing the sentence ("On 9 May, in
Tijuana, Baja California, a woman was found dead in Colonia Jardines"). Coders place a row at one
of these levels (a town, a district); a reader wants the whole chain.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from newsparse import Document, Span
from newsparse.text import TokenColumns
from newsparse_events.places import DIRECTIONS, PLACE_NOUNS, name_at

__all__ = ["areas_in_sentence", "areas_of", "chain_after", "most_specific"]

MAX_CHAIN = 4  # names chained after a place
_DIRECTION = r"(?:(?:north|south|east|west|central)\w*\s+)?"
# between a smaller place and the larger one after it: "Baxter detention centre in the South Australian"
_INSIDE_BEFORE = re.compile(r"(?:\s+[a-z][\w-]*){0,3}\s*(?:,|\s+in|\s+of)\s+(?:the\s+)?" + _DIRECTION)
# between a larger place and the smaller one after it: "South Africa's biggest black township of Soweto"
_POSSESSIVE = ("'s", "\u2019s")
_INSIDE_AFTER = re.compile(r"(?:'s|\u2019s)(?:\s+[a-z][\w-]*){0,4}\s+of\s+(?:the\s+)?")
_LINKS = frozenset({",", "(", "of", "near", "in", "outside", "under"})
_AFTER_COMMA = frozenset({"near", "outside", "in", "under"})
_ENDS = frozenset({",", ".", ")", ";", "(", "of", "near", "in", "on", "outside", "and", "under"})
# kinds of area a chain names beside PLACE_NOUNS: "in Nabingoola subcounty", "under X Police Station limits"
_CHAIN_NOUNS = PLACE_NOUNS | frozenset(
    """subcounty sub-county payam block limits mosque sub-division subdivision police station office building
    cemetery hospital mall grounds subcity sanctuary mountain""".split()
)
_ROUTES = frozenset("road street highway avenue".split())
_ABOUT = frozenset({"about", "some", "around", "approximately", "nearly"})
_SMALL_NUMBERS = frozenset("a one two three four five six seven eight nine ten twenty thirty fifty".split())
_UNITS = frozenset("km kms kilometres kilometers kilometre kilometer miles mile".split())
_DISTANCE = re.compile(r"\d+(?:\.\d+)?(?:km|kms|mi)")
Mention = tuple[int, int, str, str, str | None]


def _is_other(start: int, end: int, mentions: Sequence[Mention], place_kinds: frozenset[str]) -> bool:
    """Whether a name is an entity the entities layer knows as no place (an actor, a person)."""
    return any(m[0] < end and start < m[1] and m[3] not in place_kinds for m in mentions)


def _chain_noun(word: str) -> bool:
    """Whether a word names a kind of place or area in a chain ("village", "subcounty", "limits")."""
    return str.lower(word) in _CHAIN_NOUNS


def _skip_nouns(tokens: TokenColumns, k: int, hi: int) -> int:
    """The token after the place nouns at ``k``: "area", "Police Station limits", "2 neighbourhood"."""
    for gap in (1, 2):  # "Hazira industrial area [in ...]"
        if k + gap < hi and _chain_noun(tokens.texts[k + gap]) and tokens.texts[k].islower():
            if all(tokens.texts[j].isalpha() and tokens.texts[j].islower() for j in range(k, k + gap)):
                k += gap
                break
    if k + 1 < hi and tokens.texts[k].isdigit() and _chain_noun(tokens.texts[k + 1]):
        k += 1  # "Sonfonia Gare 2 neighbourhood"
    while k < hi and _chain_noun(tokens.texts[k]):
        k += 1  # "Pir Laka area [of ...]", "Manpur Police Station limits (...)"
    close = k + 3 if k + 3 < hi and tokens.texts[k] == "(" else -1
    if close > 0 and tokens.texts[close] == ")" and tokens.texts[k + 2].islower():
        if str.lower(tokens.texts[close + 1]) in _LINKS - {",", "("} or _chain_noun(tokens.texts[close + 1]):
            return _skip_nouns(tokens, close + 1, hi)  # "Osyan village (Kurdish name) in Besta"
    return k


def _holder(tokens: TokenColumns, k: int, named: int) -> bool:
    """Whether the place nouns between ``k`` and ``named`` end in "of": "area of", "district of".

    The name after "the Tabbaneh area of" is the area holding the place, whatever the entities
    layer types it and whatever word follows it.
    """
    noun = str.lower(tokens.texts[named - 1]) if named > k else ""
    return noun != "front" and str.lower(tokens.texts[named]) == "of" and _chain_noun(noun)  # "in front of"


def _bearing(tokens: TokenColumns, k: int, hi: int) -> int:
    """The token after a bearing at ``k`` ("west of", "about 20km from", "ten km north of"), or ``k``."""
    start = k
    if k < hi and str.lower(tokens.texts[k]) in _ABOUT:
        k += 1
    if k + 1 < hi and (tokens.texts[k].isdigit() or str.lower(tokens.texts[k]) in _SMALL_NUMBERS):
        if str.lower(tokens.texts[k + 1]) in _UNITS:
            k += 2  # "ten kilometers"
    elif k < hi and _DISTANCE.fullmatch(tokens.texts[k]):
        k += 1  # "20km"
    if k + 1 < hi and str.lower(tokens.texts[k]) in DIRECTIONS and str.lower(tokens.texts[k + 1]) == "of":
        return k + 2
    if k > start and k < hi and str.lower(tokens.texts[k]) == "from":
        return k + 1
    return start


def _link(tokens: TokenColumns, k: int, hi: int) -> int:
    """The token after the words tying a place to a larger one at ``k`` (", in", "west of"), or ``k``."""
    word = str.lower(tokens.texts[k])
    if word == "close" and k + 1 < hi and str.lower(tokens.texts[k + 1]) == "to":
        return k + 2  # "Konkat military base close to Loka West"
    if word == "on" and k + 2 < hi and str.lower(tokens.texts[name_at(tokens, k + 1, hi)]) in _ROUTES:
        return k + 1  # "Geo office on Murree road in Rawalpindi city": never "in Kabul on Monday"
    if word in _LINKS:
        k += 1
        if word in {",", "("} and k < hi and str.lower(tokens.texts[k]) in _AFTER_COMMA:
            k += 1  # "Blatoungour, near Bosso", "Jathol village, in Amritsar"
        elif word in {",", "("}:
            k = _bearing(tokens, k, hi)  # "Teerage village, west of Gaalkacyo"
        return k
    return _bearing(tokens, k, hi)  # "Umm al-Karami village east of Al-Azim"


def chain_after(
    text: str,
    tokens: TokenColumns,
    k: int,
    hi: int,
    mentions: Sequence[Mention],
    place_kinds: frozenset[str],
) -> list[Span]:
    """The place names chained after token ``k`` (a place's end): ", Y", "(Y, Z)", "area of Y district"."""
    out: list[Span] = []
    while len(out) < MAX_CHAIN and k < hi:
        named = _skip_nouns(tokens, k, hi)
        if named >= hi or _link(tokens, named, hi) == named:
            break
        held = _holder(tokens, k, named)
        k = _link(tokens, named, hi)
        if k < hi and str.lower(tokens.texts[k]) == "the":
            k += 1
        if k + 1 < hi and str.lower(tokens.texts[k]) in DIRECTIONS:
            k += 1  # "in northern Chad"
        if k + 2 < hi and _chain_noun(tokens.texts[k]) and str.lower(tokens.texts[k + 1]) == "of":
            k += 2  # "in the outskirts of Kelly", "in the commune of Vohimanga"
        stop = name_at(tokens, k, hi)
        if stop == k:
            break
        after = _skip_nouns(tokens, stop, hi)
        if after < hi and str.lower(tokens.texts[after]) not in _ENDS and not held:
            break  # ", Taliban said": no area; "the Tabbaneh area of Tripoli between" holds one
        start, end = tokens.starts[k], tokens.ends[stop - 1]
        # "Jani Khel district" is a place, and so is a name chained after one or after "area of"
        if not out and after == stop and not held and _is_other(start, end, mentions, place_kinds):
            break
        out.append(Span.of(text, start, end))
        k = stop
        if k < hi and tokens.texts[k] == ")":
            k += 1
    return out


def areas_of(
    text: str,
    tokens: TokenColumns,
    bounds: tuple[int, int],
    place: tuple[int, int, str | None] | None,
    frame: tuple[int, int, str | None] | None,
    mentions: Sequence[Mention],
    place_kinds: frozenset[str],
    outer: tuple[int, int, str | None] | None = None,
) -> tuple[Span, ...]:
    """The areas of a place in the sentence of tokens ``bounds``.

    ``frame`` is the sentence's first located place, ``outer`` a larger place the place was found in.
    """
    if place is None:
        return ()
    lo, hi = bounds
    found: list[Span] = []
    if outer is not None and outer[:2] != place[:2]:
        found.append(Span.of(text, outer[0], outer[1]))
    if frame is not None and frame[1] <= place[0]:
        first = bisect.bisect_left(tokens.starts, frame[0], lo, hi)
        stop = name_at(tokens, first, hi)
        chain = chain_after(text, tokens, stop, hi, mentions, place_kinds) if stop > first else []
        last = chain[-1].end if chain else (tokens.ends[stop - 1] if stop > first else frame[1])
        if (
            stop > first and text[last : last + 1] == "," and last <= place[0]
        ):  # "in Tijuana, Baja California,"
            found.append(Span.of(text, tokens.starts[first], tokens.ends[stop - 1]))
            found.extend(chain)
    end = bisect.bisect_left(tokens.ends, place[1], lo, hi)
    if end < hi and tokens.ends[end] == place[1]:
        first = bisect.bisect_left(tokens.starts, place[0], lo, hi)
        stop = name_at(tokens, first, hi)
        found.extend(
            chain_after(text, tokens, stop if first < stop <= end + 1 else end + 1, hi, mentions, place_kinds)
        )
    own = str.lower(text[place[0] : place[1]])
    seen: set[str] = set()
    out = []
    for span in found:
        key = str.lower(span.text)
        if key not in seen and key != own:
            seen.add(key)
            out.append(span)
    return tuple(out)


def areas_in_sentence(
    doc: Document,
    place: tuple[int, int, str | None] | None,
    mentions: Sequence[Mention],
    place_kinds: frozenset[str],
) -> tuple[Span, ...]:
    """The areas of a place taken from another sentence (the narrative's place), read in that sentence."""
    if place is None:
        return ()
    sentence = doc.sentence_of(place[0])
    if sentence is None:
        return ()
    tokens = doc.token_columns
    lo = bisect.bisect_left(tokens.starts, sentence.start)
    hi = bisect.bisect_right(tokens.ends, sentence.end)
    first = bisect.bisect_left(mentions, sentence.start, key=lambda m: m[0])
    last = bisect.bisect_left(mentions, sentence.end, key=lambda m: m[0])
    return areas_of(doc.text, tokens, (lo, hi), place, None, mentions[first:last], place_kinds)


def _holds_after(text: str, end: int, start: int) -> bool:
    """Whether a place ending at ``end`` holds the one at ``start``: "X's biggest township of Soweto"."""
    if text[end - 2 : end] in _POSSESSIVE:
        end -= 2  # the place's span took its "'s"
    return _INSIDE_AFTER.fullmatch(text, end, start) is not None


def most_specific(
    text: str,
    place: tuple[int, int, str | None] | None,
    located: Sequence[tuple[int, int, str | None]],
    exclude: Sequence[tuple[int, int]],
) -> tuple[int, int, str | None] | None:
    """The smallest place written inside ``place``: "Ouadi Doum in northern Chad" gives Ouadi Doum.

    A located name right before the place and tied to it by "in", "of" or a comma, or right after
    it as "'s ... township of X", lies inside it.
    """
    seen: set[tuple[int, int]] = set()
    for _ in range(2):
        if place is None:
            return None
        seen.add((place[0], place[1]))
        inner = None
        for other in located:
            if (other[0], other[1]) in seen or any(other[0] < b and a < other[1] for a, b in exclude):
                continue
            if (
                other[1] <= place[0]
                and not text[other[0] : other[1]].endswith(_POSSESSIVE)  # "South Africa's ... of Soweto"
                and _INSIDE_BEFORE.fullmatch(text, other[1], place[0])
            ):
                inner = other
            elif place[1] <= other[0] and _holds_after(text, place[1], other[0]):
                inner = other
        if inner is None:
            return place
        place = inner
    return place
