"""A claim as the word rules find it: token-free character offsets, before its source is resolved.

Kept apart from the rules (``recognise``) so that they may be compiled (mypyc) while this class stays
a slotted attrs class, which its trusted builder (``newsparse.trusted``) needs.
"""

from __future__ import annotations

import attrs

from newsparse.trusted import trusted_builder

__all__ = ["Found", "build_found"]


@attrs.frozen
class Found:
    """One claim as token-free character offsets; ``parent`` is the index of the claim it continues."""

    cue: tuple[int, int]
    content: tuple[int, int]
    source: tuple[int, int] | None
    parent: int | None = None
    unresolved: bool = False  # a cue verb whose source the word rules did not find (see ``structure``)

    # the copies below are what ``attrs.evolve`` gives, built directly (evolve reads the class's
    # fields on every call: a tenth of a claim's cost in the layer), by the trusted builder below

    def with_content(self, content: tuple[int, int]) -> Found:
        """This claim with another content."""
        return build_found(self.cue, content, self.source, self.parent, self.unresolved)

    def with_parent(self, parent: int | None) -> Found:
        """This claim continuing another claim (its index renumbered)."""
        return build_found(self.cue, self.content, self.source, parent, self.unresolved)

    def resolved(self, source: tuple[int, int]) -> Found:
        """This claim with the source found for it after the word rules (no longer unresolved)."""
        return build_found(self.cue, self.content, source, self.parent, False)


# A claim found by the rules (``recognise``) is built without ``Found.__init__``'s per-field
# ``__setattr__`` calls: every field is given, in order (under half the cost of a keyword call to it).
build_found = trusted_builder(Found)
