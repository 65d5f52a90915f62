"""A firm described by its kind ("the company", "the bank") as the organisation quoted just before.

'Macrovision said it would ... The company said ...' gives "The company" the entity of the latest
earlier claim whose source is an organisation (Macrovision), within ``MAX_FIRM_DISTANCE``
characters: the nearest fitting named source, as for a pronoun. With no organisation quoted before,
nothing (the nearest organisation named is not trusted: "the company" after "IBM ... Linux").
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Final

from newsparse import Span
from newsparse_claims.model import Claim

__all__ = ["FIRM_NOUNS", "MAX_FIRM_DISTANCE", "firm_source"]

MAX_FIRM_DISTANCE: Final = 2400  # characters back to the claim whose organisation "the company" repeats
# nouns naming an organisation by its kind
FIRM_NOUNS: Final = frozenset(
    "company firm group bank airline carrier retailer insurer giant broadcaster network operator".split()
)


def firm_source(
    claims: Sequence[Claim], source: Span, is_organisation: Callable[[Claim], bool]
) -> tuple[Span | None, str | None]:
    """The earlier source a two-word "the <firm noun>" source repeats and its entity: the latest
    earlier claim whose source ``is_organisation`` says is one; else (None, None)."""
    words = str.lower(source.text).split()
    if len(words) != 2 or words[0] != "the" or words[1] not in FIRM_NOUNS:
        return None, None
    for claim in reversed(claims):
        if claim.end < source.start - MAX_FIRM_DISTANCE:
            break  # the claims are in text order: none further back is near
        earlier = claim.antecedent or claim.source_text
        if earlier is None or earlier.start >= source.start or source.start - earlier.end > MAX_FIRM_DISTANCE:
            continue
        if claim.source is not None and is_organisation(claim):
            return earlier, claim.source
    return None, None
