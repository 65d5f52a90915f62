"""The one "name openers" pass gives what session 34's three passes gave one after the other: a
compass point before a known place, then "Jan" before a name, then a place's head and "of" (session 35).

The three passes are kept here as they were (compass_places.py, given_jan.py, place_heads.py at
4cfc64e8, their word lists now read from :mod:`newsparse_entities.name_openers`), the reference: on
passages and on generated texts full of the openers, the chains of openers and heads read apart, both
must give the same candidates.
"""

from __future__ import annotations

from collections.abc import Sequence

from hypothesis import example, given, settings
from hypothesis import strategies as st

from newsparse import Document
from newsparse_entities.chunk_context import in_score_line
from newsparse_entities.chunks import chunks
from newsparse_entities.company_forms import company_edges
from newsparse_entities.connectors import without_compass_pairs, without_leading_joiner
from newsparse_entities.gazetteer import Gazetteer, country_ids, load
from newsparse_entities.initials import joined_initials
from newsparse_entities.long_names import joined_long_names
from newsparse_entities.name_openers import (
    _HEADS,
    _MONTH_BEFORE,
    _PLACE_TYPES,
    _POINTS,
    COMPASS_POINTS,
    FEATURE_HEADS,
    STATE_HEADS,
    with_name_openers,
)
from newsparse_entities.particles import joined_particles
from newsparse_entities.place_demonyms import split_place_demonyms
from newsparse_entities.recognise import gazetteer_matches
from newsparse_entities.result_rows import result_row_side
from newsparse_entities.rules import STOP_CAPS
from newsparse_entities.title_surnames import title_surnames
from newsparse_entities.words import Candidate, Words, headline_sentences, words_of
from newsparse_entities.works import joined_titles


def _compass_places(
    words: Words, cands: Sequence[Candidate], gaz: Gazetteer, headlines: frozenset[int], text: str
) -> list[Candidate]:
    """The candidates with each known place that a capitalised compass point inside a sentence
    precedes widened to that word, as a region's name (LOC)."""
    texts = words.text
    out = list(cands)
    for k, c in enumerate(out):
        p = c.i - 1
        if p < 0 or texts[p] not in COMPASS_POINTS or c.kind != "gaz":
            continue  # most candidates: no compass word before
        if _region_of(words, out, k, gaz, headlines, text):
            out[k] = _c_widened(words, c, gaz, text)
    return out


def _c_widened(words: Words, c: Candidate, gaz: Gazetteer, text: str) -> Candidate:
    """The place ``c`` with the compass word before it: the gazetteer's entry for the whole name where
    there is one ("North Carolina-based", which the look-up missed for its hyphen); a state named by a
    bare point before a country ("West Germany", "North Vietnam"); a side of a result row, a team; else
    a region (LOC)."""
    p = c.i - 1
    point = words.text[p]
    key = f"{point} {c.text}"
    if key in gaz.names and (found := gaz.candidates(key)):
        return Candidate(p, c.j, words.start[p], c.end, key, "gaz", found)
    if in_score_line(words, p, c.j) or result_row_side(words, p, c.j):
        evidence: tuple[str, ...] = ("fixture",)  # "Northampton 46 West Hartlepool 20": a team
    elif point in _POINTS and c.cands[0][0] in country_ids(gaz):
        evidence = ("place_opener",)
    else:
        evidence = ("loc_opener",)
    return Candidate(p, c.j, words.start[p], c.end, text[words.start[p] : c.end], "chunk", (), evidence)


def _region_of(
    words: Words, cands: Sequence[Candidate], k: int, gaz: Gazetteer, headlines: frozenset[int], text: str
) -> bool:
    """Whether the gazetteer match ``cands[k]`` names a place (not a demonym) and the compass word before
    it stands inside its sentence, one space before it, outside a headline and outside any other name."""
    c = cands[k]
    p = c.i - 1
    if not c.cands or c.cands[0][1] == "demonym":
        return False
    row = gaz.entities.get(c.cands[0][0])
    if row is None or row[0] not in _PLACE_TYPES:
        return False
    if words.sent[p] != words.sent[c.i] or words.initial[p] or words.sent[p] in headlines:
        return False  # "Northern Iraq has been ...": a sentence's first word may be capitalised for it
    if text[words.end[p] : c.start] != " " or (k > 0 and cands[k - 1].j > p):
        return False
    q = p - 1  # a capitalised word before the compass point: a longer name the chunker cut elsewhere
    return not (q >= 0 and words.sent[q] == words.sent[p] and words.cap[q] and not words.initial[q])


def _given_jan_pass(
    words: Words, cands: Sequence[Candidate], headlines: frozenset[int], text: str
) -> list[Candidate]:
    """The candidates with each person-like name right after a given-name "Jan" widened over it."""
    texts = words.text
    out = list(cands)
    for k, c in enumerate(out):
        p = c.i - 1
        if p < 0 or texts[p] != "Jan":
            continue  # most candidates: no "Jan" before
        if _given(words, out, k, headlines, text):
            out[k] = Candidate(
                p, c.j, words.start[p], c.end, text[words.start[p] : c.end], "chunk", (), ("first_name",)
            )
    return out


def _given(words: Words, cands: Sequence[Candidate], k: int, headlines: frozenset[int], text: str) -> bool:
    """Whether the "Jan" before ``cands[k]`` opens a person's name: a name chunk one space after it,
    in its sentence, outside a headline, with no day's number, no time preposition and no other name
    before it."""
    c = cands[k]
    p = c.i - 1
    if c.kind != "chunk":
        return False  # a known place or body after "Jan": a month's heading ("Jan Germany exports")
    if words.text[c.i] in STOP_CAPS or not words.cap[c.i] or words.upper[c.i]:
        return False  # "Jan Feb", "JAN SALES"
    if words.sent[p] != words.sent[c.i] or words.sent[p] in headlines:
        return False
    if text[words.end[p] : c.start] != " " or (k > 0 and cands[k - 1].j > p):
        return False
    q = p - 1
    if q < 0 or words.sent[q] != words.sent[p]:
        return True
    before = words.text[q]
    return not (before.isdigit() or words.lower[q] in _MONTH_BEFORE)  # "7-5 Jan Siemerink": a score


def _place_heads_pass(
    words: Words, cands: Sequence[Candidate], gaz: Gazetteer, headlines: frozenset[int], text: str
) -> list[Candidate]:
    """The candidates with each name after a place's head and "of" widened over both."""
    texts = words.text
    out: list[Candidate] = []
    for c in cands:
        p = c.i - 2
        if p < 0 or texts[c.i - 1] != "of" or (head := texts[p]) not in _HEADS:
            out.append(c)  # most candidates: no "Republic of", "Bay of" before
            continue
        alone = out.pop() if out and out[-1].i == p and out[-1].j == p + 1 else None  # "Gulf" read apart
        widened = None
        if head in FEATURE_HEADS or _h_state(c, gaz):
            widened = _h_widened(words, out, c, headlines, text)
        if widened is None and alone is not None:
            out.append(alone)
        out.append(widened or c)
    return out


def _h_state(c: Candidate, gaz: Gazetteer) -> bool:
    """Whether ``c`` is a gazetteer match of a state or a place (not a demonym)."""
    if c.kind != "gaz" or not c.cands or c.cands[0][1] == "demonym":
        return False
    row = gaz.entities.get(c.cands[0][0])
    return row is not None and row[0] in _PLACE_TYPES


def _h_widened(
    words: Words, before: Sequence[Candidate], c: Candidate, headlines: frozenset[int], text: str
) -> Candidate | None:
    """``c`` widened over the head and "of" before it (the same state after a state's head, else a place
    of its own), or None where they stand apart, in a headline, inside another name or after a
    capitalised word (a longer name: "People's Republic of China", "Persian Gulf")."""
    p = c.i - 2
    if words.sent[p] != words.sent[c.i] or words.sent[p] in headlines or words.upper[p]:
        return None
    if text[words.end[p] : c.start] != " of " or (before and before[-1].j > p):
        return None
    q = p - 1
    if q >= 0 and words.sent[q] == words.sent[p] and words.cap[q] and not words.initial[q]:
        return None
    span = text[words.start[p] : c.end]
    if words.text[p] in STATE_HEADS:
        return Candidate(p, c.j, words.start[p], c.end, span, "gaz", c.cands)
    return Candidate(p, c.j, words.start[p], c.end, span, "chunk", (), ("loc_opener",))


def reference_openers(
    words: Words, cands: Sequence[Candidate], gaz: Gazetteer, headlines: frozenset[int], text: str
) -> list[Candidate]:
    """Session 34's three passes, one after the other, as extract.py called them."""
    cands = _compass_places(words, cands, gaz, headlines, text)
    cands = _given_jan_pass(words, cands, headlines, text)
    return _place_heads_pass(words, cands, gaz, headlines, text)


def _both(text: str) -> tuple[list[Candidate], list[Candidate]]:
    """The candidates of ``text`` after the one pass and after the reference, from the candidates
    extract.py hands them (the chunker and its joins before)."""
    gaz = load()
    words = words_of(Document(text))
    if not words:
        return [], []
    headlines = headline_sentences(words)
    matches = gazetteer_matches(words, gaz, headlines)
    cands = joined_long_names(words, chunks(words, matches, gaz, headlines), gaz)
    cands = joined_initials(joined_particles(words, cands, text), text)
    cands = split_place_demonyms(words, cands, gaz)
    cands = joined_titles(words, title_surnames(words, cands, gaz))
    cands = company_edges(words, without_compass_pairs(words, without_leading_joiner(words, cands, matches)))
    return with_name_openers(words, cands, gaz, headlines, text), reference_openers(
        words, cands, gaz, headlines, text
    )


_PASSAGES = (
    "Rebels in the strategic North Caucasus met envoys from West Germany and North Africa.",
    "Czech Foreign Minister Jan Kavan said on 5 Jan that Jan Siemerink would play.",
    "Tankers left the Gulf of Mexico, the Strait of Hormuz and the western Gulf of Venezuela.",
    "Steve Finnan believes the Republic of Ireland can qualify from the Bay of Biscay.",
    "Sydney Bulldogs 17 South Queensland 16\nNorth Sydney 46 South Sydney 4",
    "Northern Iraq has been calm. The People's Republic of China and the Persian Gulf of Oman.",
    "He met Jan North in the Republic of Ireland, then Jan West Germany and Gulf of Mexico.",
    "Jan North Africa grew. We saw the Bay of West Germany and the Lake of North Africa.",
    "JAN SALES\nJan Germany exports rose. Jan Feb sales fell since Jan Kroslak won 7-5 Jan Siemerink.",
)


def test_the_one_pass_gives_what_the_three_gave_on_passages() -> None:
    widened = 0
    for text in _PASSAGES:
        found, reference = _both(text)
        assert found == reference, text
        widened += sum(c.text.split()[0] in _HEADS | COMPASS_POINTS | {"Jan"} for c in found)
    assert widened >= 10  # the passages make every opener fire


_PIECES = (
    *"North South West East Northern Western North-East".split(),
    *"Jan Jan Kavan Siemerink Ove Pedersen Feb".split(),
    *"of of the The Republic Kingdom Gulf Bay Strait Isle Sea Lake".split(),
    *"Ireland Mexico Germany Africa Caucasus Carolina-based Atlantic Hormuz Biscay Korea Venezuela".split(),
    *"in on since 5 7-5 17 said , . Mr People's Persian".split(),
    "\n",
)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=30).map(" ".join))
@example("He said Jan North Africa and the Gulf of Mexico")
@example("the Gulf of Jan Kavan")
def test_the_one_pass_gives_what_the_three_gave_on_generated_texts(text: str) -> None:
    found, reference = _both(text)
    assert found == reference
