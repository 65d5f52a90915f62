"""Which earlier claims a "he"/"she" source may stand for: only one that can be a person.

'"...," New Labour said. ... "...," he said': "he" is not New Labour, an organisation whose name is
the whole earlier source phrase; nor what a "which" stood for ("a book which tells ... he said"). Such a
claim is passed over, and "he" goes on to an earlier source or the latest person named. A person's
description ("the England coach", "an ntl spokesman") is kept: a person is meant; a plural with no
entity ("opposition parties said ... She said") is not, nor a phrase with no entity opening with a
lower-case word that opens no such description ("soon", "presidents can't": a misread source).
"""

from __future__ import annotations

from typing import Final, Protocol

from newsparse_claims.lexicon import RELATIVE_SOURCES
from newsparse_claims.model import Claim

__all__ = ["passed_over"]

MentionRow = tuple[int, int, str, str]  # start, end, entity id, entity type


class Mentions(Protocol):
    """The document's entity mentions by start offset (``resolve.Index``)."""

    def starting_in(self, start: int, end: int) -> tuple[MentionRow, ...]:
        """The mentions starting in ``[start, end)``."""
        ...


def passed_over(mentions: Mentions, claim: Claim, said: str) -> bool:
    """Whether a "he"/"she" must pass over an earlier ``claim``: its source is "who"/"which" naming no
    person, a plural with no entity ("opposition parties"), or an organisation that is the whole
    source phrase ("New Labour", "The Liberal Democrats"; not "a spokeswoman for the Electoral
    Commission"), or a phrase with no entity that opens with no person's description ("soon")."""
    if said not in ("he", "she") or claim.source_text is None:
        return False
    if claim.source is None:
        written = str.lower(claim.source_text.text)
        return written in RELATIVE_SOURCES or _plural(claim) or _no_noun_phrase(claim)
    phrase = claim.antecedent or claim.source_text
    inside = mentions.starting_in(phrase.start, phrase.end)  # the phrase's own mentions: a short look
    if str.lower(claim.source_text.text) in RELATIVE_SOURCES:
        return not any(m[2] == claim.source and m[3] == "PERSON" for m in inside)
    first = phrase.start + 4 if phrase.text[:4] in ("the ", "The ") else phrase.start
    whole = (first, phrase.end, claim.source, "ORG")
    return any(m == whole for m in inside)  # an organisation's name is the whole phrase


def _plural(claim: Claim) -> bool:
    """Whether a claim's source phrase (or what it stands for) ends in a lower-case plural noun
    ("opposition parties", "Other surveys", "figures"): several speakers or things, never "he"."""
    phrase = claim.antecedent or claim.source_text
    if phrase is None:
        return False
    words = phrase.text.split()
    last = words[-1] if words else ""
    if len(last) <= 3 or not last.isalpha() or not last.islower():
        return False
    return last.endswith("s") and not last.endswith(_SINGULAR_ENDS)


# endings of singular words in -s ("boss", "campus", "analysis", "news")
_SINGULAR_ENDS: Final = ("ss", "us", "is", "ews")


def _no_noun_phrase(claim: Claim) -> bool:
    """Whether a claim's source phrase with no entity opens with a lower-case word that opens no noun
    phrase naming one person ("soon", "set out the choices he", "presidents can't"): no "he" is meant.
    An age ("year-old", cut from "The 41-year-old") names a person and is kept."""
    phrase = claim.antecedent or claim.source_text
    if phrase is None:
        return False
    words = phrase.text.split()
    first = words[0] if words else ""
    return first.islower() and first not in _PERSON_OPENERS and "year-old" not in first


# lower-case words that open a phrase naming a person ("the man", "a spokesman", "one pupil")
_PERSON_OPENERS: Final = frozenset(
    "the a an one another this that his her their its our my your some each every any".split()
)
