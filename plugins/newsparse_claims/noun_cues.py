"""Noun cues with their possessor as the source: "his suggestion that ...", "Trump's claim that ...".

The guidelines' "a statement (that …)" and PolNeAR's noun cues: a noun of saying or believing
right before a complement "that", after a possessive ("his", "their", "Trump's"; one adjective may
stand between: "Trump's false claim that"). The possessor is the source. Only in object position
("despite Sony's assertion that", "accepted Blair's promise that"): a subject's complement runs to
the main verb, which the word rules do not find. A relative "that" (a verb right after it: "the
claim that was rejected") is no complement. Closed word list, so the
rule costs nothing where none of these nouns stands before "that".
"""

from __future__ import annotations

from typing import Final

from newsparse.text import TokenColumns
from newsparse_claims.lexicon import CLAUSE_VERBS

__all__ = ["THAT_NOUNS", "noun_cue_source"]

THAT_NOUNS: Final = frozenset(
    """
    claim claims assertion assertions suggestion suggestions insistence allegation allegations
    accusation accusations contention argument assurance assurances prediction admission warning
    warnings complaint complaints belief promise pledge statement announcement
    """.split()
)
_POSSESSIVE_PRONOUNS: Final = frozenset({"his", "her", "their", "its"})
_CONJUNCTIONS: Final = frozenset("and but or yet so nor while whereas because although though".split())
_NOT_ADJECTIVE: Final = frozenset("the a an this that these those of and or but to in on for with by".split())


def _possessor(cols: TokenColumns, low: list[str], lo: int, k: int) -> tuple[int, int] | None:
    """The possessor ending at token ``k`` ("his", "Donald Trump's"), as a token range, else None."""
    word = low[k]
    if word in _POSSESSIVE_PRONOUNS:
        return (k, k + 1)
    if not word.endswith(("'s", "’s")) or not cols.texts[k][:1].isupper():
        return None
    a = k
    while a > lo and cols.texts[a - 1][:1].isupper() and low[a - 1] not in _NOT_ADJECTIVE:
        a -= 1
    return (a, k + 1)


def noun_cue_source(cols: TokenColumns, low: list[str], lo: int, i: int) -> tuple[int, int] | None:
    """For a noun cue at ``i`` before a complement "that", its possessor (token range); else None."""
    if i + 2 >= len(low) or low[i + 1] != "that" or not cols.texts[i].islower():
        return None
    nxt = low[i + 2]
    if nxt in CLAUSE_VERBS or nxt.endswith("ed"):
        return None  # "the claim that was rejected", "a statement that surprised": a relative clause
    k = i - 1
    if k < lo:
        return None
    found = _possessor(cols, low, lo, k)
    adjective = cols.texts[k].islower() and low[k] not in _NOT_ADJECTIVE and not low[k].endswith("s")
    if found is None and k - 1 >= lo and adjective:  # not a plural noun: "His lawyers claim that"
        found = _possessor(cols, low, lo, k - 1)  # "Trump's false claim that"
    if found is None or found[0] <= lo or not _governs_object(cols, low, found[0] - 1):
        return None  # "But his argument that A is not shared": where A ends needs the parse
    return found


def _governs_object(cols: TokenColumns, low: list[str], k: int) -> bool:
    """Whether token ``k`` (before a possessor) is a verb or preposition taking it as its object."""
    return cols.texts[k].isalpha() and cols.texts[k].islower() and low[k] not in _CONJUNCTIONS
