"""A source described by a role noun ("the spokesman", "its report") as the entity named earlier.

'A Bayern spokesman said ... "...," the spokesman said' gives "the spokesman" the entity of the
earlier "A Bayern spokesman" (Bayern): the source of the latest earlier claim whose source phrase
ends in the same noun, when every such claim in the window speaks for one entity (the link is
clear). A body's possessive ("its report", "their statement") stands for the possessor, resolved
as the pronoun it is ("its" as "it"). Only nouns of a body's own voice (``VOICE_NOUNS``) are read.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from newsparse import Span
from newsparse_claims.lexicon import PRONOUNS
from newsparse_claims.model import Claim

__all__ = ["MAX_DESCRIPTION_DISTANCE", "POSSESSIVES", "VOICE_NOUNS", "possessor", "same_noun_source"]

MAX_DESCRIPTION_DISTANCE: Final = 2400  # characters back to the claim whose source the description repeats
# a possessive determiner opening a source, and the pronoun it is resolved as: only a body's own
# voice ("its report"), not "his lawyer" or "her agent" (another person, who speaks for them)
POSSESSIVES: Final = {"its": "it", "their": "they"}
# nouns naming a body's own voice: "its report" is the body's, "the spokesman" repeats "an X spokesman"
VOICE_NOUNS: Final = frozenset(
    """
    report statement spokesman spokeswoman spokesperson spokespeople spokesmen website survey study
    letter announcement filing figures ministry
    """.split()
)


def possessor(source: Span) -> str | None:
    """The pronoun a short possessive source stands for ("its report" -> "it"), else None."""
    words = str.lower(source.text).split()
    if not 2 <= len(words) <= 3 or words[-1] not in VOICE_NOUNS:
        return None
    return POSSESSIVES.get(words[0])


def same_noun_source(claims: Sequence[Claim], source: Span) -> tuple[Span | None, str | None]:
    """The earlier source a two-word "the <noun>" source repeats, and its entity, if the link is clear."""
    words = str.lower(source.text).split()
    if len(words) != 2 or words[0] != "the" or words[1] not in VOICE_NOUNS:
        return None, None
    found: tuple[Span, str] | None = None
    entities: set[str] = set()
    for claim in reversed(claims):
        earlier = claim.source_text
        if earlier is None or earlier.start >= source.start:
            continue
        if source.start - earlier.end > MAX_DESCRIPTION_DISTANCE:
            break
        written = str.lower(earlier.text).split()
        if len(written) < 2 or written[-1] != words[1] or str.lower(earlier.text) in PRONOUNS:
            continue
        if claim.source is None:
            continue
        entities.add(claim.source)
        if found is None:
            found = (earlier, claim.source)
    if found is None or len(entities) != 1:
        return None, None
    return found
