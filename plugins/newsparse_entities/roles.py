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

import attrs

from newsparse import Entity, Mention
from newsparse_entities.rules import ROLES, TITLES

__all__ = ["with_descriptions"]

# Words after a role noun that make it another phrase: "the minister of ...", "the company's ..." is
# kept; "the chancellor Gerhard Schroeder" is a title already (a capitalised word follows).
_NOT_AFTER = re.compile(r"\s+(?:of|for|in|at|from|who|whom|whose|[A-Z])")
# Nouns a role ends with: the roles and titles, less the words that qualify a title or are honorifics
# ("the lord chancellor" is no lord; "Former", "Acting" are no roles).
_ROLE_NOUNS = (ROLES | frozenset(t.lower() for t in TITLES) | {"referee", "skipper", "officer"}) - frozenset(
    """lord lady sir dame mr mrs ms dr former acting deputy vice crown field prime foreign defense
    defence interior finance father brother sister saint chief""".split()
)
# Last words of titles that are no role alone: "the general public", "the justice system", "the major
# banks", "the Exchequer" (the whole title, "attorney general", still is).
_NOT_ALONE = frozenset("general major justice exchequer marshal state".split())
# Words opening a title whose holder is not the holder of its last word ("deputy mayor", "shadow
# chancellor"): only the whole title is a key.
_QUALIFIERS = frozenset("deputy vice shadow assistant acting former junior ex associate interim".split())


def _person_roles(entity: Entity) -> dict[str, int]:
    """Role keys of a person's titles ("prime minister", "minister"), each with the end of the first
    titled mention: the full title in lower case and its last word."""
    keys: dict[str, int] = {}
    for m in entity.mentions:
        title = m.title
        if title is None:
            continue
        words = title.text.lower().split()
        if not words or not all(w.isalpha() for w in words) or words[-1] not in _ROLE_NOUNS:
            continue  # "Gen.", "Lord": no role noun written alone after "the"
        end = max(m.end, title.end)  # an apposition's role ("Tommy Haas, the third seed") is no description
        if len(words) > 1 or words[0] not in _NOT_ALONE:  # "General Mattis": "the general public"
            keys.setdefault(" ".join(words), end)
        if not _QUALIFIERS.intersection(words) and words[-1] not in _NOT_ALONE:
            keys.setdefault(words[-1], end)
    return keys


def _holders(entities: Sequence[Entity]) -> dict[str, tuple[int, int]]:
    """Role key -> (index of its one holder, end of the holder's first titled mention); keys held
    by two entities or more are left out."""
    found: dict[str, tuple[int, int]] = {}
    shared: set[str] = set()
    for index, entity in enumerate(entities):
        if entity.type != "PERSON" or all([m.title is None for m in entity.mentions]):
            continue  # most entities: no person, or no title
        for key, end in _person_roles(entity).items():
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
    forms = (key, key[:1].upper() + key[1:], key.title())
    i = lowered.find(needle, start)
    while i != -1:
        a, b = i + 3, i + len(needle)
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
    holders = _holders(entities)
    if not holders:
        return entities  # most documents: no titled person
    begin = max(min([end for _, end in holders.values()]) - 1, 0)  # after the first titled name
    lowered = text.lower()
    if len(lowered) != len(text):  # a letter whose lower case is longer ("İ"): offsets would shift
        lowered = "".join([c if len(c.lower()) != 1 else c.lower() for c in text])
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


_START = attrgetter("start")


def _named(text: str, start: int, a: int, b: int) -> bool:
    """Whether a capitalised role at ``a:b`` (after "the" at ``start``) is part of a name rather than
    its holder: one capitalised word ("the Queen's song", "the Director's Guild") or after "of"
    ("the Office of the Deputy Prime Minister")."""
    if not text[a].isupper():
        return False
    return " " not in text[a:b].strip() or text[max(0, start - 3) : start] == "of "
