"""A definite description by title ("the King", "the president") as the person titled so earlier.

'King Fahd said ... The King replied: "..."' gives "The King" the entity of King Fahd: the latest
person mentioned before it with that title, when only one person carries the title in the
window (the link is clear); otherwise nothing.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from newsparse import Document, Span

__all__ = ["MAX_TITLE_DISTANCE", "TitledPeople"]

MAX_TITLE_DISTANCE = 2400  # characters back to the titled mention of the person a description names
_MAX_TITLE_WORDS = 4  # words of a title a "the <title>" source is matched to whole ("home affairs spokesman")


def _office(title: str) -> str:
    """The office a title names, its last word before any "of" ("Wales coach" -> "coach", "President
    of Romania" -> "president"); "" for a deputy's ("Deputy Mayor" is not "the mayor") or a former one's."""
    words = title.lower().split()
    if "of" in words:
        words = words[: words.index("of")]
    return "" if not words or _OTHER_OFFICE.intersection(words) else words[-1]


_OTHER_OFFICE = frozenset("deputy vice assistant acting former ex shadow junior under associate".split())


# after a title, the "of" that names what the office is of ("President of (the) Romania")
_OF_AFTER = re.compile(r"\s+of\s+(?:the\s+)?")


def _places(text: str, title: Span, named: Sequence[tuple[int, int, str]]) -> frozenset[str]:
    """The non-person entities named in a title, in the three words before it, or in an "of X" just
    after it ("Traian Basescu, the President of Romania": Romania), so "the Romanian President"
    links by the entity its adjective names."""
    of = _OF_AFTER.match(text, title.end)
    lo, hi = _words_before(text, title.start), title.end
    limit = of.end() if of is not None else hi
    found = set()
    for start, end, ident in named[bisect.bisect_left(named, (lo,)) :]:
        if start > limit:
            break
        if end <= hi or (of is not None and start == limit):
            found.add(ident)
    return frozenset(found)


def _words_before(text: str, at: int) -> int:
    """Where the (at most) three words written just before offset ``at`` start."""
    found = _THREE_WORDS.search(text, max(0, at - 40), at)
    return found.start() if found is not None else at


_THREE_WORDS = re.compile(r"(?:\S+\s+){1,3}\Z")


def _qualifiers(text: str, title: Span) -> tuple[str, ...]:
    """The lower-cased words of a title and the three written before it ("Tory leader" -> tory)."""
    before = text[max(0, title.start - 40) : title.start].split()[-3:]
    return tuple(w.strip(".,;:'\"").lower() for w in (*before, *title.text.split()))


class TitledPeople:
    """The persons' mentions with a title in a document, read from its entities on first use.

    Only a source "the <word>" reads them: most documents never pay for the index.
    """

    __slots__ = ("_doc", "_ends", "_named", "_rows")

    def __init__(self, doc: Document) -> None:
        self._doc = doc
        self._ends: list[int] | None = None
        # (mention end, title's office, entity id, the title's words and the three before it, title)
        self._rows: list[tuple[int, str, str, tuple[str, ...], Span]] = []
        # the mentions of non-persons as (start, end, entity id), read only for a qualified source
        self._named: list[tuple[int, int, str]] | None = None

    def _index(self) -> list[int]:
        """The mention ends, ascending (``_rows`` in the same order), built once."""
        if self._ends is None:
            text = self._doc.text
            self._rows = sorted(
                (m.end, _office(m.title.text), e.id, _qualifiers(text, m.title), m.title)
                for e in self._doc.entities
                if e.type == "PERSON"
                for m in e.mentions
                if m.title is not None and m.title.text
            )
            self._ends = [row[0] for row in self._rows]
        return self._ends

    def _qualifier_entity(self, at: int) -> tuple[list[tuple[int, int, str]], str | None]:
        """The non-person mentions (built once) and the entity of the one starting at ``at``, if any."""
        if self._named is None:
            others = [e for e in self._doc.entities if e.type != "PERSON"]
            self._named = sorted((m.start, m.end, e.id) for e in others for m in e.mentions)
        named = self._named
        k = bisect.bisect_left(named, (at,))
        return named, (named[k][2] if k < len(named) and named[k][0] == at else None)

    def referent(self, source: Span) -> str | None:
        """The entity id of the person a "the <title>" source names, if the link is clear: "the King"
        by the title's office, "the home secretary" by the title's last words ("Home Secretary Charles
        Clarke"), none of the titles a shadow's, deputy's or former holder's."""
        words = source.text.lower().split()
        if not 2 <= len(words) <= _MAX_TITLE_WORDS + 1 or words[0] != "the" or not words[-1].isalpha():
            return None
        ends = self._index()
        if not ends:
            return None
        first = bisect.bisect_left(ends, source.start - MAX_TITLE_DISTANCE)
        last = bisect.bisect_right(ends, source.start)
        if len(words) == 2:
            people = {row[2] for row in self._rows[first:last] if row[1] == words[1]}
        else:  # the words of the title and those before it end with the source's ("Home" + "Secretary")
            whole, n = tuple(words[1:]), len(words) - 1
            rows = self._rows[first:last]
            people = {row[2] for row in rows if row[3][-n:] == whole and _OTHER_OFFICE.isdisjoint(row[3])}
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
        people = {row[2] for row in rows if qualifier in row[3]}
        if not people and rows:  # "the Romanian President" after "Basescu, the President of Romania"
            named, ident = self._qualifier_entity(source.start + source.text.index(words[1], 4))
            text = self._doc.text
            people = {row[2] for row in rows if ident is not None and ident in _places(text, row[4], named)}
        if any(_OTHER_OFFICE.intersection(row[3]) for row in rows):
            return None  # "shadow foreign secretary Michael Ancram": the office is not clear
        return people.pop() if len(people) == 1 else None
