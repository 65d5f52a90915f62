"""A belief or perception inside the reported content of another claim is no claim of its own.

'He wants to see a phased withdrawal, he said in London': only the outermost attribution is a
claim (the guidelines', after PolNeAR's one label per token), and "wants" lies wholly, with its
source, inside what "said" reports; so does "show" in 'Other surveys show a slowdown, she pointed
out'. (Speech cues are left alone: a content read back before an inverted cue often reaches too far.)
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from newsparse_claims.model import Claim

__all__ = ["without_enclosed_attitudes"]

_INNER_KINDS: Final = frozenset({"belief", "perception"})


def without_enclosed_attitudes(claims: Sequence[Claim]) -> list[Claim]:
    """``claims`` less each belief or perception lying wholly, source and all, inside the content of
    a claim of another kind."""
    beliefs = [c for c in claims if c.kind in _INNER_KINDS]
    if not beliefs or len(beliefs) == len(claims):
        return list(claims)
    inner = {
        id(b)
        for b in beliefs
        if any(
            c.kind not in _INNER_KINDS and c.content.start <= b.start and b.end <= c.content.end
            for c in claims
            if c is not b
        )
    }
    return [c for c in claims if id(c) not in inner] if inner else list(claims)
