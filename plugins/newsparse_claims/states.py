"""An unnamed government source as its story's state ("OSLO - ..., government officials said": Norway).

The claims guideline gives unnamed members of a state their state and "an unnamed ministry (`the
finance ministry`) its state"; the state a story's unnamed government speaks for is the one of its
dateline's city ("OSLO" -> Norway), when the story names that state. Without a dateline, or when
the source names a nation or another body, nothing is changed.
"""

from __future__ import annotations

from typing import Final

from newsparse import Document, Span
from newsparse.syntax import dateline_end

__all__ = ["HomeState", "generic_ministry", "governmental", "home_source"]

# the words that make a source phrase a state's government or one of its ministries
_GOVERNMENT_WORDS: Final = frozenset("government ministry cabinet government's ministry's".split())
# words that make it another government's, a part's or a past one's ("the opposition", "local government")
_OTHER_GOVERNMENT: Final = frozenset(
    """
    opposition former ex shadow local regional provincial state city municipal county federal rebel
    foreign-backed exiled interim transitional puppet previous new their his her its other
    """.split()
)
# the portfolios of a ministry named without its state ("the Foreign Ministry", "Ministry of Finance")
_PORTFOLIOS: Final = frozenset(
    """
    foreign finance defence defense interior home trade economy economic economics health
    agriculture justice information oil petroleum industry labour labor education energy
    environment transport communications culture commerce treasury fisheries mines planning
    affairs and of the ministry
    """.split()
)


def governmental(source: str) -> bool:
    """Whether a source phrase is a state's government, ministry or their members ("government officials")."""
    low = str.lower(source)
    if "official" in low and _BARE_OFFICIALS.issuperset(low.split()):
        return True  # "Officials", "the officials", "senior officials": unnamed, so the story's state's
    if "government" not in low and "ministry" not in low and "cabinet" not in low:
        return False  # most sources: one search each, no split
    words = low.replace("-", " ").split()
    return bool(_GOVERNMENT_WORDS.intersection(words)) and not _OTHER_GOVERNMENT.intersection(words)


# a source of officials and nothing more that says whose they are
_BARE_OFFICIALS: Final = frozenset("official officials the a an some senior top two three several".split())


def generic_ministry(canonical: str) -> bool:
    """Whether an organisation's name is a ministry without its state ("Foreign Ministry")."""
    words = str.lower(canonical).split()
    return "ministry" in words and _PORTFOLIOS.issuperset(words)


class HomeState:
    """The state of a document's dateline, read from its entities on first use (None without one).

    Only an unnamed government source reads it: most documents never pay for it.
    """

    __slots__ = ("_doc", "_read", "_state")

    def __init__(self, doc: Document) -> None:
        self._doc = doc
        self._read = False
        self._state: str | None = None

    def only_state_before(self, offset: int) -> str | None:
        """The one state the document names before ``offset``, by name or adjective, else None."""
        states = {
            e.id
            for e in self._doc.entities
            if e.type in ("GPE", "NORP") and "iso3166" in e.identifiers and e.start < offset
        }
        return states.pop() if len(states) == 1 else None

    def generic(self, ident: str) -> bool:
        """Whether entity ``ident`` is a ministry named without its state ("Foreign Ministry")."""
        entities = self._doc.entities
        return any(e.id == ident and e.type == "ORG" and generic_ministry(e.canonical) for e in entities)

    def state(self) -> str | None:
        """The entity id of the state whose city (or itself) opens the dateline, when the story names it."""
        if not self._read:
            self._read = True
            self._state = _dateline_state(self._doc)
        return self._state


def _dateline_state(doc: Document) -> str | None:
    """The state of the dateline opening ``doc`` ("OSLO, March 17 -" -> Norway), if the document names it."""
    if not doc.sentences:
        return None
    first = doc.sentences[0].start
    end = dateline_end(doc.text, first)
    if end == first:
        return None
    codes = set()
    for entity in doc.entities:
        if entity.type == "GPE" and any(first <= m.start and m.end <= end for m in entity.mentions):
            code = entity.identifiers.get("country") or entity.identifiers.get("iso3166")
            if code:
                codes.add(code)
    if len(codes) != 1:
        return None
    (code,) = codes
    states = [e.id for e in doc.entities if e.type == "GPE" and e.identifiers.get("iso3166") == code]
    return states[0] if len(states) == 1 else None


def home_source(source: Span, entity: str | None, home: HomeState) -> str | None:
    """The source's entity, or the story's state for an unnamed government source ("government
    officials", "the finance ministry") or a ministry named without its state ("Foreign Ministry")."""
    if not governmental(source.text) or (entity is not None and not home.generic(entity)):
        return entity
    return home.state() or home.only_state_before(source.start) or entity
