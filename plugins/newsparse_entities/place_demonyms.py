"""A demonym no list holds, formed from a known place, before a person's full name ("Californian Thomas
Slattery", "Texan Michael Chicoine", "New Yorker Rebecca Weinstein"): the place, then the person.

The gazetteer lists the demonyms of countries and continents only, so the chunker reads a state's or a
city's demonym before a name as the person's first word.  A chunk of three words or more whose first one
or two words, less a demonym's ending ("-n", "-an", "-ian", "-er"; "Texan" from "Texas"), are a place
the gazetteer knows, and whose next word is a first name, is split: the opening words are a demonym
mention of that place, the rest the person's name.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from newsparse_entities.gazetteer import Gazetteer
from newsparse_entities.words import Candidate, Words

__all__ = ["split_place_demonyms"]


def split_place_demonyms(words: Words, cands: Sequence[Candidate], gaz: Gazetteer) -> list[Candidate]:
    """The candidates with each chunk that opens with a place's demonym before a full name split in two."""
    text = words.text
    spots = [
        k
        for k, c in enumerate(cands)
        if c.j - c.i >= 3
        and c.kind == "chunk"
        and (text[c.i][-1:] in ("n", "r") or text[c.i + 1][-1:] == "r")
    ]
    if not spots:
        return list(cands)  # most documents: no such chunk
    out = list(cands)
    for k in reversed(spots):
        taken = out[k - 1].j if k else 0  # the word before the chunk may join it if no candidate holds it
        split = _split(words, out[k], gaz, taken)
        if split:
            out[k : k + 1] = split
    return out


def _split(words: Words, c: Candidate, gaz: Gazetteer, taken: int) -> list[Candidate]:
    """The demonym and the person of chunk ``c``, or nothing when its opening words are no demonym of a
    known place followed by a first name and at least one more name word (words before ``taken`` are
    another candidate's)."""
    text = words.text
    for size in (1, 2):
        rest = c.i + size
        if c.j - rest < 2 or text[rest] not in gaz.first_names or text[c.i] in gaz.first_names:
            continue  # "Susan Roosevelt Weld" opens with a first name, no demonym of Susa
        first = c.i
        place = None
        joinable = first > taken and words.cap[first - 1] and words.sent[first - 1] == words.sent[first]
        if size == 1 and joinable:
            # a sentence's first word, left out of the chunk as a common word ("New Yorker Dick Morris")
            place = _place_of(f"{text[first - 1]} {text[first]}", gaz)
            first -= place is not None
        if place is None:
            place = _place_of(" ".join(text[c.i : rest]), gaz)
        if place is None:
            continue
        end, begin = words.end[rest - 1], words.start[first]
        name = " ".join(text[first:rest])
        demonym = Candidate(first, rest, begin, end, name, "gaz", ((place, "demonym"),))
        start = words.start[rest]
        person = Candidate(rest, c.j, start, c.end, c.text[start - c.start :], "chunk", (), ("first_name",))
        return [demonym, person]
    return []


# A demonym's endings and what the place's name ends with instead ("Texan" -> "Texas").
_ENDINGS: Final = (("ian", ""), ("er", ""), ("an", "a"), ("n", ""), ("an", "as"), ("n", "s"))


def _place_of(word: str, gaz: Gazetteer) -> str | None:
    """The id of the town, region or country (GPE) whose demonym ``word`` is, if the gazetteer knows it."""
    for ending, restored in _ENDINGS:
        if word.endswith(ending) and len(word) > len(ending) + 3:
            for ident, form in gaz.candidates(word[: -len(ending)] + restored):
                row = gaz.entities.get(ident)
                if form == "name" and row is not None and row[0] == "GPE":
                    return ident
    return None
