"""A definite description by title ("the King", "the president") as the person titled so earlier.

'King Fahd said ... The King replied: "..."' gives "The King" the entity of King Fahd: the latest
person mentioned before it with that title, when only one person carries the title in the
window (the link is clear); otherwise nothing.
"""

from __future__ import annotations

import bisect

from newsparse import Document, Span

__all__ = ["MAX_TITLE_DISTANCE", "TitledPeople"]

MAX_TITLE_DISTANCE = 2400  # characters back to the titled mention of the person a description names


def _office(title: str) -> str:
    """The office a title names, its last word ("Wales coach" -> "coach"); "" for a deputy's
    ("Deputy Mayor" is not "the mayor") or a former holder's."""
    words = title.lower().split()
    return "" if not words or _OTHER_OFFICE.intersection(words) else words[-1]


_OTHER_OFFICE = frozenset("deputy vice assistant acting former ex shadow junior under associate".split())


def _qualifiers(text: str, title: Span) -> tuple[str, ...]:
    """The lower-cased words of a title and the three written before it ("Tory leader" -> tory)."""
    before = text[max(0, title.start - 40) : title.start].split()[-3:]
    return tuple(w.strip(".,;:'\"").lower() for w in (*before, *title.text.split()))


class TitledPeople:
    """The persons' mentions with a title in a document, read from its entities on first use.

    Only a source "the <word>" reads them: most documents never pay for the index.
    """

    __slots__ = ("_doc", "_ends", "_rows")

    def __init__(self, doc: Document) -> None:
        self._doc = doc
        self._ends: list[int] | None = None
        # (mention end, title's last word, entity id, the title's words and the three before it)
        self._rows: list[tuple[int, str, str, tuple[str, ...]]] = []

    def _index(self) -> list[int]:
        """The mention ends, ascending (``_rows`` in the same order), built once."""
        if self._ends is None:
            self._rows = sorted(
                (m.end, _office(m.title.text), e.id, _qualifiers(self._doc.text, m.title))
                for e in self._doc.entities
                if e.type == "PERSON"
                for m in e.mentions
                if m.title is not None
            )
            self._ends = [row[0] for row in self._rows]
        return self._ends

    def referent(self, source: Span) -> str | None:
        """The entity id of the person a two-word "the <title>" source names, if the link is clear."""
        words = source.text.lower().split()
        if len(words) != 2 or words[0] != "the" or not words[1].isalpha():
            return None
        ends = self._index()
        if not ends:
            return None
        first = bisect.bisect_left(ends, source.start - MAX_TITLE_DISTANCE)
        last = bisect.bisect_right(ends, source.start)
        people = {ident for _end, office, ident, _words in self._rows[first:last] if office == words[1]}
        return people.pop() if len(people) == 1 else None

    def qualified(self, source: Span) -> str | None:
        """The person a "the <Qualifier> <title>" source names ("the Tory leader" after "Tory leader
        Michael Howard"): the only one in the window whose title is that office and is written with
        that qualifier (in the title or just before it), none of them a deputy's, former or shadow."""
        if source.text[:4] not in ("the ", "The "):
            return None  # most sources: one look at four characters
        words = source.text.split()
        if len(words) != 3 or not words[1][:1].isupper():
            return None
        qualifier, office = words[1].lower(), words[2].lower()
        ends = self._index()
        if not ends or not office.isalpha():
            return None
        first = bisect.bisect_left(ends, source.start - MAX_TITLE_DISTANCE)
        last = bisect.bisect_right(ends, source.start)
        rows = [row for row in self._rows[first:last] if row[1] == office]
        people = {ident for _end, _office, ident, near in rows if qualifier in near}
        if any(_OTHER_OFFICE.intersection(near) for _end, _office, _ident, near in rows):
            return None  # "shadow foreign secretary Michael Ancram": the office is not clear
        return people.pop() if len(people) == 1 else None
