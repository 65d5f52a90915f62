"""Where an event happened when no entity of its clause says it: a name after "in", or the narrative's place.

Many small places ("in Cosoleacaque, Veracruz", "in Camargo community") are not in the entities
layer; a capitalised name right after a locative preposition is taken as a place unless the
entities layer knows it as something else, or the dates layer as a date. An event whose sentence
names no place takes the first place of the nearest earlier sentence that tells an attack and names
one ("On 9 May, in Celaya, armed men attacked a patrol. Three officers died.").
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence

from newsparse import Document, Span
from newsparse.text import TokenColumns
from newsparse_events.actors import PLACE_KINDS
from newsparse_events.lexicon import PLACE_PREPOSITIONS

__all__ = [
    "DIRECTIONS",
    "PLACE_NOUNS",
    "as_mention",
    "as_span",
    "background_sentence",
    "dated_otherwise",
    "joined_places",
    "joint_place",
    "located_names",
    "many_places",
    "mention_near",
    "name_at",
    "named_incident",
    "narrative_place",
    "nearest",
    "one_of_many",
    "opens_with_date",
    "origins",
    "outside",
    "possessors",
    "with_areas",
]

MAX_NAME_WORDS = 4
MAX_AREAS = 2  # areas written after a place ("in Celaya, Guanajuato")
PLACE_NOUNS = frozenset(
    """
    area district village town city province region county state camp community municipality square
    neighborhood neighbourhood suburb settlement governorate department zone township valley front
    areas districts villages market subdivision locality prefecture commune sector ward lga countryside
    base junction road street highway bridge prison checkpoint forest taluka tehsil parish oblast raion
    outskirts vicinity desert hill hills frontline frontlines entry entrance upazila upazilla
    """.split()
)
# words that give a place by its bearing from a name: "2.4 km south of X", "10 km from X"
_BEARINGS = frozenset(
    """north south east west northeast northwest southeast southwest km kms kilometres kilometers miles
    """.split()
)
_ROUTES = frozenset("road highway route motorway".split())
_LINKING = frozenset("that which connects connecting linking links between from to".split())
MAX_SENTENCES_BACK = 3
_LOCATIVE = PLACE_PREPOSITIONS - {"from", "on"}
# verbs whose object is where a strike fell: "stormed the Musa Qala district", "struck southwest Japan"
_STRIKES = frozenset("struck hit stormed raided attacked shelled bombed rocked jolted overran".split())
DIRECTIONS = frozenset(
    """
    north south east west northern southern eastern western central northeast northwest southeast southwest
    northeastern northwestern southeastern southwestern
    """.split()
)
_JOINERS = frozenset("de del al el bin la dos das do da wa los las di du des ash adh i ul ud".split())
_NOT_PLACE_WORDS = frozenset(
    """
    january february march april may june july august september october november december monday tuesday
    wednesday thursday friday saturday sunday the a an this his her their its
    """.split()
)
Mention = tuple[int, int, str, str, str | None]


# an Arabic article joined to the next word inside a name: "Umm al-Karami", "Tall adh-Dhahab"
_ARTICLE_JOINED = re.compile(r"(?:al|el|ad|adh|ar|as|ash|at|az|an|ed|en|er|es|ud|ul)-[A-Z][\w'-]*")


def _capitalised(word: str) -> bool:
    return word[:1].isupper() and word.replace("-", "").replace("'", "").isalpha()


def name_at(tokens: TokenColumns, k: int, hi: int) -> int:
    """The end (exclusive token index) of a capitalised name starting at ``k`` ("Leon de los Aldama")."""
    end = k
    while end < hi and end - k < MAX_NAME_WORDS + 2:
        if _capitalised(tokens.texts[end]) or (end > k and _ARTICLE_JOINED.fullmatch(tokens.texts[end])):
            end += 1
            continue
        joiners = end
        while joiners < hi and tokens.texts[joiners] in _JOINERS:
            joiners += 1
        if joiners == end or end == k or joiners >= hi or not _capitalised(tokens.texts[joiners]):
            break
        end = joiners
    return end


def _with_areas(tokens: TokenColumns, end: int, hi: int) -> int:
    """The end of a place name with the areas written after it: "Celaya, Guanajuato", "Buleda (Kech)"."""
    k = end
    for _ in range(MAX_AREAS):
        if k + 1 >= hi or tokens.texts[k] not in {",", "("}:
            break
        stop = name_at(tokens, k + 1, hi)
        if stop == k + 1 or stop >= hi or tokens.texts[stop] not in {",", ".", ")", ";"}:
            break
        k = stop
        if tokens.texts[k] == ")":
            return k + 1
    if k > end and tokens.texts[end] == "(":
        return end  # an unclosed parenthesis: the name alone
    return k


def _name_starts(text: str, tokens: TokenColumns, lo: int, hi: int) -> list[tuple[int, int, bool]]:
    """(cue, first token of the name, named by a place noun) for each name a locative cue opens.

    "in [the] X", "in the village of X", "near the key air base of X", "struck southwest X",
    "stormed the X district", "40 km north of X"; after "on" only a place noun's name ("on the
    outskirts of X", "on the Al Fajir front", "on the road that connects X to Y"), never "on 9 May"
    or an attack's target; never after "monitored (by the BBC) in", a source's base.
    """
    out: list[tuple[int, int, bool]] = []
    for k in range(lo, hi - 1):
        word = str.lower(tokens.texts[k])
        if word in _BEARINGS and str.lower(tokens.texts[k + 1]) in {"of", "from"} and k + 2 < hi:
            if _capitalised(tokens.texts[k + 2]):
                out.append((k + 1, k + 2, True))  # "2.4 km south of Hpar Hpyo", "10 km from Arimba"
            continue
        if word == "on":
            out.extend(_starts_after_on(tokens, k, hi))
            continue
        if word not in _LOCATIVE and word not in _STRIKES:
            continue
        if "monitored" in str.lower(text[max(0, tokens.starts[k] - 30) : tokens.starts[k]]):
            continue  # "monitored by the BBC in London": where a source listened, not where it happened
        first = _skip_modifiers(tokens, k + 1, hi)
        named_after = first + 1 < hi and tokens.texts[first + 1] == "of"  # "in area" may end the text
        if not (str.lower(tokens.texts[first]) in PLACE_NOUNS and named_after):
            out.append((k, first, False))  # not "in the Municipality of [Trancoso]"
        out.extend(_named_by_noun(tokens, k, first, hi))
    return out


def _skip_modifiers(tokens: TokenColumns, first: int, hi: int) -> int:
    """The first token after "the" and a direction or "rural": "the southwest [Japan]", "rural [Idlib]"."""
    if str.lower(tokens.texts[first]) in {"the", "a"} and first + 1 < hi:
        first += 1
    if (tokens.texts[first] in DIRECTIONS or tokens.texts[first] == "rural") and first + 1 < hi:
        first += 1  # "southwest Japan", never "South Africa"
    return first


def _named_by_noun(tokens: TokenColumns, k: int, first: int, hi: int) -> list[tuple[int, int, bool]]:
    """The name after "<place noun> of" a few words on: "the key Libyan air base of X", "the entry to X"."""
    for j in range(first, min(hi - 2, first + MAX_NAME_WORDS + 2)):
        if str.lower(tokens.texts[j]) in PLACE_NOUNS and str.lower(tokens.texts[j + 1]) in {"of", "to"}:
            return [(k, j + 2, True)] if _capitalised(tokens.texts[j + 2]) else []
        if tokens.texts[j] in {",", ";", "."} or str.lower(tokens.texts[j]) in {"in", "on", "and", "by"}:
            break
    return []


def _starts_after_on(tokens: TokenColumns, k: int, hi: int) -> list[tuple[int, int, bool]]:
    """Names after "on": a place noun's ("on the outskirts of X", "on the road that connects X to Y")
    or one a place noun follows ("on the Al Fajir front", "on Mugerera hill")."""
    first = _skip_modifiers(tokens, k + 1, hi)
    if first + 1 >= hi:
        return []
    if str.lower(tokens.texts[first]) in _ROUTES:
        j = first + 1
        while j < hi - 1 and j - first <= 3 and str.lower(tokens.texts[j]) in _LINKING:
            j += 1
        if j > first + 1 and _capitalised(tokens.texts[j]):
            return [(k, j, True)]  # "on the road that connects [Frontera] to Villahermosa"
    found = _named_by_noun(tokens, k, first, hi)
    if found or not _capitalised(tokens.texts[first]):
        return found
    end = name_at(tokens, first, hi)
    if end < hi and str.lower(tokens.texts[end]) in PLACE_NOUNS and end > first:
        return [(k, first, True)]
    return []


def _past_possessor(tokens: TokenColumns, first: int, end: int, hi: int) -> tuple[int, int]:
    """The name the possessor ``[first, end)`` owns, a few lower-case words on, else the possessor.

    "in Serbia's troubled Kosovo province", "in Romania's capital Bucharest": Kosovo, Bucharest.
    """
    last = tokens.texts[end - 1]
    if not (last.endswith(("'s", "’s")) or (end < hi and tokens.texts[end] in {"'s", "’s"})):
        return first, end
    j = end + 1 if end < hi and tokens.texts[end] in {"'s", "’s"} else end
    for k in range(j, min(hi, j + 4)):
        word = tokens.texts[k]
        if _capitalised(word):
            return k, name_at(tokens, k, hi)
        if not word.isalpha() or not word.islower() or word in _POSSESSION_STOPS:
            break
    return first, end


# words that end a possessor's noun phrase before any name it owns: "in Russia's war with Chechnya"
_POSSESSION_STOPS = frozenset("in on at of with and or by for to from near".split())


def located_names(
    text: str,
    tokens: TokenColumns,
    lo: int,
    hi: int,
    mentions: Sequence[Mention],
    dates: Sequence[tuple[int, int]],
    place_kinds: frozenset[str],
) -> list[tuple[int, int, str | None]]:
    """Places named after a locative preposition in tokens ``[lo, hi)``: (start, end, entity id or None)."""
    out: list[tuple[int, int, str | None]] = []
    for k, first, by_noun in _name_starts(text, tokens, lo, hi):
        if str.lower(tokens.texts[first]) in _NOT_PLACE_WORDS:
            continue
        end = name_at(tokens, first, hi)
        if end == first:
            continue
        first, end = _past_possessor(tokens, first, end, hi)
        start, stop = tokens.starts[first], tokens.ends[end - 1]
        if any(a < stop and start < b for a, b in dates):
            continue
        known = [m for m in mentions if m[0] < stop and start < m[1]]
        if known and all(m[4] == "demonym" for m in known):
            continue  # "in the Palestinian village of X": a nationality is no place
        after = str.lower(tokens.texts[end]) if end < hi else "."
        if (
            not by_noun
            and any(m[3] not in place_kinds for m in known)
            and after.isalpha()
            and after not in PLACE_NOUNS
        ):
            continue  # "in Hamas attacks": an actor, not a place
        if (
            str.lower(tokens.texts[k]) in _STRIKES
            and after not in PLACE_NOUNS
            and not any(m[3] in place_kinds for m in known)
        ):
            continue  # "stormed Hamas": only a known place or "X district" is where a strike fell
        if str.lower(text[stop : stop + 6]) in {"-based", " based"}:
            continue
        place = next((m for m in known if m[4] != "demonym" and m[3] in place_kinds), None)
        full = _with_areas(tokens, end, hi)
        stop = max(stop, tokens.ends[full - 1])
        out.append((start, stop, place[2] if place is not None else None))
    return out


# incident nouns a place name may modify: "the Hillsborough disaster", "the Omagh bombing"
_INCIDENT_NOUNS = frozenset(
    """disaster disasters bombing bombings massacre massacres siege blast explosion shooting shootings
    attack attacks earthquake quake crash tragedy riots fire""".split()
)


def named_incident(
    text: str,
    tokens: TokenColumns,
    lo: int,
    hi: int,
    mentions: Sequence[Mention],
    dates: Sequence[tuple[int, int]],
    place_kinds: frozenset[str],
) -> list[tuple[int, int, str | None]]:
    """Places named as the modifier of an incident noun: "the 1989 Hillsborough disaster in which 96 died".

    The name is where the incident happened unless the entities layer knows it as an actor or a
    nationality ("the Hamas attack", "the Israeli bombing") or the dates layer as a time.
    """
    out: list[tuple[int, int, str | None]] = []
    for k in range(lo + 1, hi):
        if str.lower(tokens.texts[k]) not in _INCIDENT_NOUNS or not _capitalised(tokens.texts[k - 1]):
            continue
        first = k - 1
        while first > lo and _capitalised(tokens.texts[first - 1]) and k - first < MAX_NAME_WORDS:
            first -= 1
        opener = str.lower(tokens.texts[first - 1]) if first > lo else ""
        if opener not in {"the", "a"} and not opener.isdigit():
            continue  # "the Hillsborough disaster", "the 1989 Hillsborough disaster"
        start, stop = tokens.starts[first], tokens.ends[k - 1]
        if any(a < stop and start < b for a, b in dates):
            continue
        known = [m for m in mentions if m[0] < stop and start < m[1]]
        if any(m[3] not in place_kinds or m[4] == "demonym" for m in known):
            continue
        place = next((m for m in known if m[3] in place_kinds), None)
        out.append((start, stop, place[2] if place is not None else None))
    return out


def narrative_place(
    doc: Document,
    at: int,
    mentions: Sequence[Mention],
    dates: Sequence[tuple[int, int]],
    place_kinds: frozenset[str],
    violent: Callable[[int, int], bool],
    other_day: Callable[[int, int], bool] = lambda start, end: False,
    dated: Callable[[int, int], bool] = lambda start, end: True,
) -> tuple[int, int, str | None] | None:
    """The first place of the nearest of the few sentences before offset ``at`` that tells an attack.

    Only a sentence that tells violence or a casualty (``violent(lo, hi)`` on its tokens), or the
    story's first when a date opens it (``dated``: "On 8 May, in X, police raided a lab"), sets the
    incident's place: "Debate has intensified in the UK. She died two years ago" is no death in the
    UK, "A film about X premiered in The Hague" no incident there. A sentence dated only in other
    years than the event (``other_day(start, end)``) or telling a running state ("has ... since")
    tells another incident. ``mentions`` are sorted by start: each sentence reads only its own.
    """
    tokens = doc.token_columns
    index = doc.sentence_index(at)
    for i in range(index - 1, max(-1, index - 1 - MAX_SENTENCES_BACK), -1):
        sentence = doc.sentences[i]
        lo = bisect.bisect_left(tokens.starts, sentence.start)
        hi = bisect.bisect_right(tokens.ends, sentence.end)
        if not violent(lo, hi) and (i > 0 or not dated(sentence.start, sentence.end)):
            continue  # a dated lead ("On 8 May, in X, police raided ...") places what follows; a film's not
        if other_day(sentence.start, sentence.end):
            continue  # "In 2014 a bomb killed 30 in Iraq. On Monday two died": not the same incident
        if background_sentence(doc.text, sentence.start, sentence.end):
            continue  # "Violence has flared in Iraq since the invasion": a running state, no incident
        first = bisect.bisect_left(mentions, sentence.start, key=lambda m: m[0])
        last = bisect.bisect_left(mentions, sentence.end, key=lambda m: m[0])
        found = located_names(doc.text, tokens, lo, hi, mentions[first:last], dates, place_kinds)
        if found:
            return found[0]
    return None


_YEAR = re.compile(r"\d{4}")
# a state told as running since a point: "violence has flared in Iraq since the invasion"
_SINCE = re.compile(r"\b(?:has|have)\b[^.;:]*?\bsince\b", re.IGNORECASE)


_NAME = r"[A-Z][\w'.-]*(?:\s+(?:of\s+)?[A-Z][\w'.-]*)*"
# the last of three or more places listed: "Sri Lanka, India, Indonesia and Thailand", "Bristol and Leeds"
_LISTED_BEFORE = re.compile(rf"(?:{_NAME}\s*,\s*)+{_NAME}\s*,?\s+and\s+(?:the\s+)?")
_LIST_REACH = 120  # characters before a place where its list may begin


def one_of_many(text: str, place: tuple[int, int, str | None] | None) -> tuple[int, int, str | None] | None:
    """The place, or None when it ends a list of three or more places: the event spans them all.

    "The worst-hit areas are Sri Lanka, India, Indonesia and Thailand, with 23,000 killed" is no
    toll of Thailand.
    """
    if place is None or " and " not in text[max(0, place[0] - 6) : place[0]]:
        return place
    lo = max(0, place[0] - _LIST_REACH)
    listed = any(m.end() == place[0] for m in _LISTED_BEFORE.finditer(text, lo, place[0]))
    return None if listed else place


# two places joined under one preposition: "injured in the clashes in Dhaka and Bogra"
_JOINED = re.compile(rf"\b(?:in|at|across|near)\s+(?:the\s+)?({_NAME})\s+and\s+(?:the\s+)?({_NAME})")


def joined_places(text: str, start: int, end: int, mentions: Sequence[Mention]) -> list[tuple[int, int]]:
    """The stretches of ``text[start:end]`` that join two places under one preposition ("in Dhaka and
    Bogra"): an event told there happened in both, so the joined phrase is its place. ``mentions`` sorted
    by start."""
    if " and " not in text[start:end]:
        return []  # cheap: most sentences join no names
    lo = bisect.bisect_left(mentions, start, key=_mention_start)  # only the span's: not all per event
    hi = bisect.bisect_left(mentions, end, lo, key=_mention_start)
    places = {m[0]: m[1] for m in mentions[lo:hi] if m[3] in PLACE_KINDS}
    return [  # up to the second place's mention: "in Kenya and Tanzania Friday" ends at Tanzania
        (found.start(1), places[found.start(2)])
        for found in _JOINED.finditer(text, start, end)
        if found.start(1) in places and found.start(2) in places
    ]


def joint_place(
    text: str, start: int, end: int, mentions: Sequence[Mention], place: tuple[int, int, str | None] | None
) -> tuple[int, int, str | None] | None:
    """The joined phrase ``place`` opens or closes ("bombs exploded in Kenya and Tanzania"), else None.

    The event happened in both, so the guideline's place is the joined phrase (no entity of its own).
    """
    if place is None:
        return None
    joined = joined_places(text, start, end, mentions)
    return next(((a, b, None) for a, b in joined if a <= place[0] < b), None)


def _mention_start(mention: Mention) -> int:
    """A mention's start offset (the key its sorted list is bisected by)."""
    return mention[0]


# a clause told over many places: "Over 80 people in eight cities were detained", "across the country"
_MANY_PLACES = re.compile(
    r"\b(?:in|across|throughout)\s+(?:(?:the|several|many|various|different|\d+|two|three|four|five|six|"
    r"seven|eight|nine|ten|a dozen|dozens of)\s+)?(?:cities|towns|provinces|districts|regions|states|"
    r"countries|villages|areas|parts of the country|the country|the nation)\b",
    re.IGNORECASE,
)
MAX_PLACE_REACH = 40  # characters after the event where its clause may name its places


def many_places(doc: Document, start: int, end: int, mentions: Sequence[Mention]) -> bool:
    """Whether the event ``[start, end)`` is told over many places: no one place of the narrative is its.

    Its own words say so ("in eight cities"), or its sentence lists three or more places before it
    ("spread to the Midlands, Merseyside, Bristol and Leeds, nearly 400 people were injured").
    """
    sentence = doc.sentence_of(start)
    stop = min(end + MAX_PLACE_REACH, sentence.end if sentence is not None else len(doc.text))
    if _MANY_PLACES.search(doc.text, start, max(stop, end)) is not None:
        return True
    if joined_places(doc.text, start, max(stop, end), mentions):
        return True  # "injured in the clashes in Dhaka and Bogra"
    lo = sentence.start if sentence is not None else start
    if " and " not in doc.text[lo:start]:
        return False
    first = bisect.bisect_left(mentions, lo, key=lambda m: m[0])
    last = bisect.bisect_left(mentions, start, key=lambda m: m[0])
    return any(
        m[3] in PLACE_KINDS and one_of_many(doc.text, (m[0], m[1], m[2])) is None
        for m in mentions[first:last]
    )


MAX_FRAME_TOKENS = 4  # "On 8 May 2020, in X", "As reported on 2 May", "QUITO, March 14 -"


def opens_with_date(starts: Sequence[int], tokens: TokenColumns, start: int, end: int) -> bool:
    """Whether a date (by the sorted start offsets of the dates) opens ``[start, end)``: a framing lead.

    "On 8 May 2020, in X, police raided a lab" frames what follows; "The ministry announced on
    Thursday ... victims of abuse in Iraq" does not.
    """
    at = bisect.bisect_left(starts, start)
    if at == len(starts) or starts[at] >= end:
        return False
    first = bisect.bisect_left(tokens.starts, start)
    return bisect.bisect_left(tokens.starts, starts[at]) - first < MAX_FRAME_TOKENS


def background_sentence(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` tells a running state ("has ... since"): background, no incident.

    The guideline takes a place from another sentence only when it tells the same incident.
    """
    return "since" in str.lower(text[start:end]) and _SINCE.search(text, start, end) is not None


def dated_otherwise(own: str | None, dates: Sequence[tuple[int, str, str]], start: int, end: int) -> bool:
    """Whether the dates (offset, first, last day) in ``[start, end)`` all lie in years other than ``own``'s.

    Only years are compared: one victim's story runs over days ("abducted on 1 May ... found dead on
    8 May"), and a period covering the event's year ("over the last five years") is the same story.
    """
    mine = _YEAR.match(own or "")
    if mine is None:
        return False
    year = mine.group()
    spans = [
        (first[:4], last[:4])
        for offset, first, last in dates
        if start <= offset < end and _YEAR.match(first) and _YEAR.match(last)
    ]
    return bool(spans) and not any(a <= year <= b for a, b in spans)


def as_span(text: str, place: tuple[int, int, str | None] | None) -> Span | None:
    """The place's text span."""
    return Span.of(text, place[0], place[1]) if place is not None else None


def with_areas(
    tokens: TokenColumns, lo: int, hi: int, place: tuple[int, int, str | None] | None
) -> tuple[int, int, str | None] | None:
    """A place (start, end, id) stretched over the areas written after it among tokens ``[lo, hi)``."""
    if place is None:
        return None
    end = bisect.bisect_left(tokens.ends, place[1], lo, hi)
    if end >= hi or tokens.ends[end] != place[1]:
        return place
    full = _with_areas(tokens, end + 1, hi)
    return (place[0], max(place[1], tokens.ends[full - 1]), place[2])


def mention_near(
    mentions: Sequence[tuple[int, int, str, str, str | None]],
    bounds: tuple[int, int],
    where: int,
    kinds: frozenset[str],
    text: str,
    exclude: Sequence[tuple[int, int]],
    *,
    placed_only: bool = False,
) -> tuple[int, int, str] | None:
    """The mention of an entity of ``kinds`` in the sentence nearest to offset ``where``.

    A mention after a locative preposition ("in Idlib") wins over a nearer bare one; demonyms never
    name a place. With ``placed_only``, never one after a word that points elsewhere ("for", "to",
    "with": a destination, a border).
    """
    best: tuple[tuple[int, int], tuple[int, int, str]] | None = None
    for start, end, ident, kind, form in mentions:
        if not (bounds[0] <= start and end <= bounds[1]) or kind not in kinds or form == "demonym":
            continue
        if str.lower(text[end : end + 6]) in {"-based", " based"}:
            continue  # "the Britain-based Observatory": a source's base, not where it happened
        if any(start < b and a < end for a, b in exclude):
            continue
        before = str.lower(text[max(bounds[0], start - 16) : start]).split()
        located = any(word in PLACE_PREPOSITIONS for word in before[-3:])
        cue = str.lower(text[max(bounds[0], start - 16) : start]).rpartition(",")[2].split()[-3:]
        if placed_only and not located and any(word in _ELSEWHERE for word in cue):
            continue  # "crashed as it left for Florida", "the border with Burma": not where it happened
        if not located and text[end : end + 2][1:].isalpha():
            continue  # "U.S. soldiers", "the U.S. House": a modifier or an actor, not where it happened
        key = (0 if located else 1, abs(start - where))
        if best is None or key < best[0]:
            best = (key, (start, end, ident))
    return None if best is None else best[1]


# words before a name that point away from where it happened: "left for X", "fled to X", "the border
# with X" ("from X" is where people were abducted or fled from: kept)
_ELSEWHERE = frozenset("for to with towards toward into".split())


def as_mention(
    span: Span | None,
    mentions: Sequence[tuple[int, int, str, str, str | None]],
    kinds: frozenset[str],
    *,
    owned: bool = False,
) -> tuple[int, int, str | None] | None:
    """A phrase the structure gave as the entity mention of ``kinds`` inside it, else as the phrase itself.

    With ``owned``, a mention its first one possesses wins: "Romania's capital Bucharest" is Bucharest.
    """
    if span is None:
        return None
    found: list[tuple[int, int, str | None]] = []
    for start, end, ident, kind, form in mentions:
        if span.start <= start and end <= span.end and kind in kinds and form != "demonym":
            if str.lower(span.text[max(0, start - span.start - 5) : start - span.start]) == "anti-":
                continue  # "anti-Houthi forces" are not the Houthis
            found.append((start, end, ident))
    # "Romania's capital Bucharest": the place owned, not its possessor
    if owned and len(found) > 1 and span.text[found[0][1] - span.start :][:2] in {"'s", "’s"}:
        return found[1]
    return found[0] if found else (span.start, span.end, None)


def outside(
    place: tuple[int, int, str | None] | None, exclude: Sequence[tuple[int, int]]
) -> tuple[int, int, str | None] | None:
    """The place unless it lies in an excluded stretch (a dateline, the victims)."""
    if place is None or any(place[0] < b and a < place[1] for a, b in exclude):
        return None
    return place


def nearest(
    places: Sequence[tuple[int, int, str | None]], trigger: Span, exclude: Sequence[tuple[int, int]]
) -> tuple[int, int, str | None] | None:
    """The place nearest the trigger, outside the excluded stretches (the victims, the perpetrator)."""
    kept = [p for p in places if not any(p[0] < b and a < p[1] for a, b in exclude)]
    return min(kept, key=lambda p: abs(p[0] - trigger.start), default=None)


_ORIGIN = re.compile(r",\s*(?:from|of)\s+$")  # "Writer Neil Coppendale, from West Sussex, asked"
# the start of a route: "the attempted crossing from Cuba to the United States" happened on the way
_ROUTE_FROM = re.compile(r"\bfrom\s+(?:the\s+)?$", re.IGNORECASE)
_ROUTE_TO = re.compile(r"\s+to\s+(?:the\s+)?[A-Z]")


def origins(text: str, mentions: Sequence[Mention]) -> list[tuple[int, int]]:
    """Places a person is from, in a comma apposition, or a route starts from: never where it happened.

    "Matthew McCully, 25, from Orangeville, Ontario": Orangeville and the Ontario written with it;
    "died during the crossing from Cuba to the United States": Cuba (the end is a destination).
    """
    found: list[tuple[int, int]] = []
    for start, end, _ident, kind, _form in mentions:
        if kind not in PLACE_KINDS:
            continue
        after_origin = bool(found) and text[found[-1][1] : start].strip() == ","
        before = text[max(0, start - 10) : start]
        route = _ROUTE_FROM.search(before) is not None and _ROUTE_TO.match(text, end) is not None
        if after_origin or route or _ORIGIN.search(before):
            found.append((start, end))
    return found


_POSSESSIVE = re.compile(r"['\u2019]s\s+((?:[\w-]+\s+){0,2}[\w-]+)")
# words after a possessive that keep it a place: "Iraq's capital", "South Africa's biggest black township"
_PLACE_AFTER_POSSESSIVE = PLACE_NOUNS | frozenset(
    """capital north south east west northern southern eastern western northeast northwest southeast
    southwest border borders coast territory soil island islands heartland interior centre center
    airspace waters part parts side township""".split()
)


def possessors(text: str, places: Sequence[tuple[int, int, str | None]]) -> list[tuple[int, int]]:
    """Places written as the possessor of something that is no place: never where it happened.

    "in Saddam Hussein's trial", "in front of Ash Shajiri's forces" ("Iraq's capital" stays a place).
    """
    found: list[tuple[int, int]] = []
    for start, end, *_rest in places:
        at = end - 2 if text[end - 2 : end] in ("'s", "\u2019s") else end
        after = _POSSESSIVE.match(text, at)
        if after is not None and not set(str.lower(after.group(1)).split()) & _PLACE_AFTER_POSSESSIVE:
            found.append((start, end))
    return found
