"""Role nouns standing for a named holder ("the chancellor" after "Chancellor Gerhard Schroeder"):
recorded on the person as descriptions (form ``role``), only where the document gives exactly one
person that title, before the role noun.  ("the company" is left alone: on unused news, the one
company written with a legal form was the wrong referent three times out of four.)

The names stay the entity's mentions; a description is no name (the annotation guidelines count no
common-noun description), so it is kept in :attr:`newsparse.Entity.descriptions`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from operator import attrgetter
from typing import Final

import attrs

from newsparse import Entity, Mention
from newsparse_entities.rules import FUNCTION_WORDS, ROLES, TITLES

__all__ = ["with_descriptions"]

# Words after a role noun that make it another phrase: "the minister of ...", "the company's ..." is
# kept; "the chancellor Gerhard Schroeder" is a title already (a capitalised word follows).
_NOT_AFTER: Final = re.compile(r"\s+(?:of|for|in|at|from|who|whom|whose|[A-Z])")
# Nouns a role ends with: the roles and titles, less the words that qualify a title or are honorifics
# ("the lord chancellor" is no lord; "Former", "Acting" are no roles).
_ROLE_NOUNS: Final = (
    ROLES | frozenset(str.lower(t) for t in TITLES) | {"referee", "skipper", "officer"}
) - frozenset(
    """lord lady sir dame mr mrs ms dr former acting deputy vice crown field prime foreign defense
    defence interior finance father brother sister saint chief""".split()
)
# Last words of titles that are no role alone: "the general public", "the justice system", "the major
# banks", "the Exchequer" (the whole title, "attorney general", still is).
_NOT_ALONE: Final = frozenset("general major justice exchequer marshal state".split())
# Words opening a title whose holder is not the holder of its last word ("deputy mayor", "shadow
# chancellor"): only the whole title is a key.
_QUALIFIERS: Final = frozenset(
    "deputy vice shadow assistant acting former junior ex associate interim".split()
)


def _person_roles(entity: Entity, text: str, named: _Named) -> dict[str, int]:
    """Role keys of a person's titles ("prime minister", "minister", "tory leader"), each with the end
    of the first titled mention: the title in lower case, its last word, and the title with the words
    or the named place that qualify it ("Tory leader", "President of Romania" -> "romanian president")."""
    keys: dict[str, int] = {}
    seen: set[str] = set()
    for m in entity.mentions:
        title = m.title
        if title is None or title.text in seen:
            continue  # "President Bush" five times: the first gives the keys (the earliest end)
        seen.add(title.text)
        words = str.lower(title.text).split()
        if "of" in words:  # "Chief Operating Officer of Sony": the office is before the "of"
            words = words[: words.index("of")]
        if not words or not all(w.isalpha() for w in words) or words[-1] not in _ROLE_NOUNS:
            continue  # "Gen.", "Lord": no role noun written alone after "the"
        end = max(m.end, title.end)  # an apposition's role ("Tommy Haas, the third seed") is no description
        before = _words_before(text, title.start)
        lowered = [str.lower(w) for w in before]
        if _QUALIFIERS.intersection(lowered):  # "Shadow foreign secretary": only that whole office
            at = max(i for i, w in enumerate(lowered) if w in _QUALIFIERS)
            keys.setdefault(" ".join([*lowered[at:], *words]), end)
            continue
        if len(words) > 1 or words[0] not in _NOT_ALONE:  # "General Mattis": "the general public"
            keys.setdefault(" ".join(words), end)
        if not _QUALIFIERS.intersection(words) and words[-1] not in _NOT_ALONE:
            keys.setdefault(words[-1], end)
        for key in _qualified_keys(text, title.end, before, words, named):
            keys.setdefault(key, end)
    return keys


def _qualified_keys(text: str, at: int, before: list[str], words: list[str], named: _Named) -> list[str]:
    """Keys of a title with what qualifies it: the words just before it ("Tory leader", "home" +
    "Secretary"), each capitalised one of them with the office ("Tory party leader": "tory leader"),
    and the names of the place or body after its "of" ("President of Romania": "romanian president")."""
    of_after = text.startswith(" of ", at)
    if (not before and not of_after) or _QUALIFIERS.intersection(words):
        return []  # most titles: nothing written before them on their phrase
    office = words[-1]
    keys = []
    if before:
        lowered = [str.lower(w) for w in before]
        cut = max([k + 1 for k, w in enumerate(lowered) if w in _NO_QUALIFIER], default=0)  # "said the"
        lowered, before = lowered[cut:], before[cut:]
        keys = [" ".join([*lowered[k:], *words]) for k in range(max(0, len(lowered) - 2), len(lowered))]
        keys += [f"{w} {office}" for w, raw in zip(lowered, before, strict=True) if raw[0].isupper()]
    of = _OF_AFTER.match(text, at) if of_after else None
    if of is not None:
        keys += [f"{surface} {office}" for surface in named.surfaces(of.end())]
    return keys


def _words_before(text: str, at: int) -> list[str]:
    """The (at most three) words of letters written just before offset ``at`` on its line with no
    punctuation between, as written: a slice and a split, no regular expression (it ran per title)."""
    if at == 0 or text[at - 1] not in " \t":
        return []
    lo = max(0, at - 40)
    chunk = text[lo:at]
    line = chunk.rfind("\n") + 1
    found = chunk[line:].split()
    if line == 0 and lo > 0 and not text[lo - 1].isspace() and not chunk[0].isspace():
        found = found[1:]  # the first word is cut by the slice
    found = found[-3:]
    for k in range(len(found) - 1, -1, -1):
        if not found[k].isalpha():
            return found[k + 1 :]
    return found


# after a title, the "of" naming what the office is of ("President of (the) Romania")
_OF_AFTER: Final = re.compile(r"\s+of\s+(?:the\s+)?(?=[A-Z])")
# capitalised words before a title that qualify no office ("The Tory leader": "the" is no qualifier)
_NO_QUALIFIER: Final = FUNCTION_WORDS | frozenset("mr mrs ms dr sir said says told".split())


class _Named:
    """The surfaces of the non-person entities by the start of their mentions, built on first use
    (only a title followed by "of" asks)."""

    __slots__ = ("_by_start", "_entities")

    def __init__(self, entities: Sequence[Entity]) -> None:
        self._entities = entities
        self._by_start: dict[int, Entity] | None = None

    def surfaces(self, start: int) -> list[str]:
        """The lower-cased one-word names of the entity with a mention starting at ``start`` ("Romania",
        "Romanian"), none when no non-person entity starts there."""
        if self._by_start is None:
            self._by_start = {m.start: e for e in self._entities if e.type != "PERSON" for m in e.mentions}
        found = self._by_start.get(start)
        if found is None:
            return []
        return sorted({str.lower(m.text) for m in found.mentions if m.text.isalpha()})


def _holders(entities: Sequence[Entity], text: str) -> dict[str, tuple[int, int]]:
    """Role key -> (index of its one holder, end of the holder's first titled mention); keys held
    by two entities or more are left out."""
    found: dict[str, tuple[int, int]] = {}
    shared: set[str] = set()
    named = _Named(entities)
    for index, entity in enumerate(entities):
        if entity.type != "PERSON":
            continue  # most entities: no person (a person without a title gives no key)
        for key, end in _person_roles(entity, text, named).items():
            if key in found and found[key][0] != index:
                shared.add(key)
            else:
                found[key] = (index, end)
    return {k: v for k, v in found.items() if k not in shared} if shared else found


def _after_the_spans(text: str, lowered: str, key: str, start: int) -> list[tuple[int, int]]:
    """Spans of ``key`` written right after "the " or "The " from ``start`` on, as news writes it
    ("chancellor", "Chancellor", "Prime Minister"), ending a word.  One ``str.find`` over the text in
    lower case (``lowered``, of the same length): a regular expression per document cost more to
    compile (half a millisecond) than the whole scan."""
    spans = []
    n = len(text)
    needle = "he " + key
    i = lowered.find(needle, start)
    while i != -1:
        a, b = i + 3, i + len(needle)
        forms = (key, key[:1].upper() + key[1:], key.title())  # built on a hit only (most keys: none)
        if (b == n or not text[b].isalnum()) and text[a:b] in forms and _after_the(text, i):
            spans.append((a, b))
        i = lowered.find(needle, i + 1)
    return spans


def _after_the(text: str, h: int) -> bool:
    """Whether the "he" at ``h`` ends the word "the" or "The"."""
    return h >= 1 and text[h - 1] in "Tt" and (h == 1 or not text[h - 2].isalnum())


def with_descriptions(entities: list[Entity], text: str) -> list[Entity]:
    """The entities, each named holder of a role written once in the document given the later "the
    <role>" phrases (the role word's span) as descriptions of form ``role``."""
    holders = _holders(entities, text)
    if not holders:
        return entities  # most documents: no titled person
    begin = max(min([end for _, end in holders.values()]) - 1, 0)  # after the first titled name
    lowered = str.lower(text)
    if len(lowered) != len(text):  # a letter whose lower case is longer ("İ"): offsets would shift
        lowered = "".join([c if len(str.lower(c)) != 1 else str.lower(c) for c in text])
    found: dict[int, list[Mention]] = {}
    for key, (index, first_end) in holders.items():
        for a, b in _after_the_spans(text, lowered, key, begin):
            start = a - 4  # the "t" of "the"
            if start < first_end or _NOT_AFTER.match(text, b) or _named(text, start, a, b):
                continue
            found.setdefault(index, []).append(Mention(a, b, text[a:b], form="role"))
    if not found:
        return entities
    return [
        attrs.evolve(e, descriptions=tuple(sorted(found[k], key=_START))) if k in found else e
        for k, e in enumerate(entities)
    ]


_START: Final = attrgetter("start")


def _named(text: str, start: int, a: int, b: int) -> bool:
    """Whether a capitalised role at ``a:b`` (after "the" at ``start``) is part of a name rather than
    its holder: one capitalised word with a possessive ("the Queen's song", "the Director's Guild") or
    a role after "of" ("the Office of the Deputy Prime Minister"); "The King replied" is the King."""
    if not text[a].isupper():
        return False
    if " " in text[a:b].strip():
        return text[max(0, start - 3) : start] == "of "
    return text[b : b + 2] in _POSSESSIVES or text[max(0, start - 3) : start] == "of "


_POSSESSIVES: Final = ("'s", "’s")
