"""A definite description by role ("the King", "the home secretary") as the person it stands for.

The entities layer records on a person the role nouns that stand for it ("The King replied" after
"King Fahd", "the Tory leader" after "Tory leader Michael Howard"): :attr:`newsparse.Entity.descriptions`,
only where the document gives that role to one person.  A source "the <role>" names that person when
its words after "the" are one of those descriptions; otherwise nothing (the phrase stays as text).
"""

from __future__ import annotations

from newsparse import Document, Span

__all__ = ["DescribedPeople"]


class DescribedPeople:
    """The entities' descriptions of a document by span, read from its entities on first use.

    Only a source opening with "the" reads them: most documents never pay for the index.
    """

    __slots__ = ("_doc", "_spans")

    def __init__(self, doc: Document) -> None:
        self._doc = doc
        self._spans: dict[tuple[int, int], str] | None = None

    def referent(self, source: Span) -> str | None:
        """The entity id of the person a "the <role>" source stands for: the entity with a description
        spanning the source's words after "the" exactly ("The home secretary" -> Charles Clarke)."""
        if source.text[:4] not in ("the ", "The "):
            return None  # most sources: one look at four characters
        if self._spans is None:
            self._spans = {(d.start, d.end): e.id for e in self._doc.entities for d in e.descriptions}
        return self._spans.get((source.start + 4, source.end)) if self._spans else None
