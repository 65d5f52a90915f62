"""A sentence-opening adverb derived from a common word is no name ("Substantively the agreement ...").

A capitalised word opening a sentence is a common word when the lexicon holds it; an adverb the
lexicon lacks ("Substantively", "Procedurally") then stays a lone name and is typed by a guess (an
organisation). English forms such adverbs from an adjective by a closed set of endings (-ly, -ily for
-y, -bly / -ply for -ble / -ple, -ically for -ic), so the word is an adverb when, less its ending, the
lexicon holds the adjective, and a comma, a determiner or a pronoun follows it (a name's verb does
not: "Whitely said"). Such a word is kept as a name when it carries evidence (a title, a
descriptor) or the text writes it capitalised inside a sentence too ("Lively said ... Blake Lively").
Session 41 (issue 17): PA-X's descriptions open sentences with "Substantively the agreement ...".
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

from newsparse_entities.words import Candidate, Words

__all__ = ["derived_adverb", "without_opening_adverbs"]

_SHORTEST: Final = 6  # "Kelly", "Italy", "Manly": too short to hold an adjective and an ending
_STEM: Final = 4  # the shortest adjective read ("able" is none: "Ably" is too short anyway)
# What follows a sentence adverb: a comma, a determiner or a pronoun opening the clause it modifies
# ("Substantively the agreement", "Procedurally, the court"); a name is followed by its verb
# ("Whitely said", "Lively was").
_AFTER: Final = frozenset(
    ", the a an this that these those its it their they there we he she his her our i".split()
)


def derived_adverb(low: str, lexicon: Mapping[str, None]) -> bool:
    """Whether lower-case ``low`` is an adverb in "-ly" of an adjective the lexicon holds (not itself)."""
    if len(low) < _SHORTEST or not low.endswith("ly") or low in lexicon:
        return False
    stems = (low[:-2], low[:-3] + "y", low[:-1] + "e", low[:-4])  # -ly, -ily, -bly/-ply, -ically
    return any(len(stem) >= _STEM and stem in lexicon for stem in stems)


def without_opening_adverbs(
    words: Words, cands: list[Candidate], lexicon: Mapping[str, None]
) -> list[Candidate]:
    """``cands`` less the one-word chunks without evidence that open a sentence with a derived adverb
    before a comma, a determiner or a pronoun, and are written capitalised nowhere else in a sentence.
    The capitalised words are read first (one pass over few); the candidates only when one fits."""
    lower, initial, caps = words.lower, words.initial, words.caps
    last = len(lower) - 1
    openers = {
        u
        for u in caps
        if initial[u]
        and lower[u].endswith("ly")
        and u < last
        and lower[u + 1] in _AFTER
        and derived_adverb(lower[u], lexicon)
    }
    if not openers:
        return cands
    # "... Blake Lively": a name the text writes capitalised inside a sentence too
    inside = {lower[k] for k in caps if not initial[k]}
    openers = {u for u in openers if lower[u] not in inside}
    fired = {c.i for c in cands if c.i in openers and c.j == c.i + 1 and c.kind == "chunk" and not c.evidence}
    if not fired:
        return cands
    return [c for c in cands if not (c.j == c.i + 1 and c.i in fired)]
