"""Organisation descriptions ("the company", "the bank", "the club") as the named entity they
stand for, recorded on it as descriptions of form ``description`` (never names: the scorers and the
annotation guidelines count no common-noun description).

The rule (session 31): a "the <noun>" whose noun is a kind of organisation, written after an
organisation named earlier, stands for it when the link is clear:
exactly one fitting entity named in its sentence before it or in the two sentences before, and no
other fitting entity named more often before it.  None near, or two: nothing (no guess; "the
document's salient one" with none near was tried and withdrawn; "the government", which needs the
document's home state, was left out: design.md, session 31).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from operator import attrgetter
from typing import Final

import attrs

from newsparse import Entity, Mention

__all__ = ["DESCRIPTION_FORM", "ORG_NOUNS", "with_org_descriptions"]

DESCRIPTION_FORM: Final = "description"
# nouns naming an organisation by its kind ("the company said"); each fits an ORG entity
# ("the group" and "the concern" are left out: on the odd half of the outside text "the group" was
# a rebel group, a band or an investor group as often as the named organisation, 10 wrong of 21)
ORG_NOUNS: Final = frozenset(
    """company firm bank carrier airline club retailer insurer broadcaster operator maker
    manufacturer brewer conglomerate lender""".split()
)
_NEAR_SENTENCES: Final = 2  # sentences before the description's own where a candidate is near


def _fits(entity: Entity) -> bool:
    """Whether an entity can be what a company noun describes: an organisation that is no public body
    ("the bank" is not the Senate, "the firm" not the Conservative Party)."""
    return entity.type == "ORG" and entity.canonical.rsplit(" ", 1)[-1] not in _PUBLIC_BODIES


# last words of the names of public bodies, which no company noun describes
_PUBLIC_BODIES: Final = frozenset(
    """Senate House Congress Parliament Assembly Court Party Commission Council Committee Ministry
    Department Office Agency Administration Government Police Army Union Nations Organization
    Organisation""".split()
)


def _description_spans(text: str, lowered: str) -> list[tuple[int, int]]:
    """Spans (the noun only) of "the <noun>" / "The <noun>" phrases whose noun is written in
    lower case, ends a word and is neither followed by "of" nor by a capitalised word (a name)."""
    found = []
    n = len(text)
    i = lowered.find("the ")
    while i != -1:
        if i == 0 or not text[i - 1].isalnum():
            a = i + 4
            b = a
            while b < n and text[b].isalpha() and text[b].islower():
                b += 1
            noun = text[a:b]
            if noun in ORG_NOUNS and (b == n or not text[b].isalnum()) and not _other_phrase(text, b):
                found.append((a, b))
        i = lowered.find("the ", i + 4)
    return found


def _other_phrase(text: str, b: int) -> bool:
    """Whether what follows the noun at ``b`` makes it part of another phrase: "the group of seven",
    "the company Acme" (a name in apposition), "the bank holiday" (a compound noun)."""
    rest = text[b : b + 24]
    if rest.startswith((" of ", " for ")):
        return True
    if len(rest) > 1 and rest[0] == " " and rest[1].isupper():
        return True
    word = rest[1:].split(" ", 1)[0] if rest[:1] == " " else ""
    return word in _COMPOUND_NEXT


# words after the noun that make a compound noun ("the group stage", "the club captain")
_COMPOUND_NEXT: Final = frozenset(
    """stage stages captain captains chairman secretary chief boss spokesman spokeswoman official
    officials sources source holiday holidays account accounts manager managers level levels
    leader leaders member members bonds bond minister ministers rate rates""".split()
)


def _inside_name(spans: Sequence[tuple[int, int]], a: int, b: int) -> bool:
    """Whether ``a:b`` overlaps a name's span (sorted by start)."""
    k = bisect_right(spans, (b, b))
    return any(s < b and a < e for s, e in spans[max(0, k - 3) : k])


def _referent(at: int, near_from: int, entities: Sequence[Entity]) -> int | None:
    """Index of the entity the "the <noun>" at ``at`` stands for: the one fitting entity named in
    ``[near_from, at)``, unless another fitting entity is named more often before ``at``."""
    near: list[int] = []
    counts: dict[int, int] = {}
    for k, entity in enumerate(entities):
        if not _fits(entity):
            continue
        before = [m for m in entity.mentions if m.end <= at]
        if not before:
            continue
        counts[k] = len(before)
        if any(m.start >= near_from for m in before):
            near.append(k)
    if len(near) != 1:
        return None  # none near (the document's salient one was wrong 12 times of 19), or two
    return near[0] if counts[near[0]] == max(counts.values()) else None


def with_org_descriptions(entities: list[Entity], text: str, sentence_starts: Sequence[int]) -> list[Entity]:
    """The entities, each organisation given the later "the <noun>"
    phrases that stand for it (the noun's span) as descriptions of form ``description``."""
    if not any(e.type == "ORG" for e in entities):
        return entities
    lowered = str.lower(text)
    if len(lowered) != len(text):  # a letter whose lower case is longer ("İ"): offsets would shift
        lowered = "".join([c if len(str.lower(c)) != 1 else str.lower(c) for c in text])
    phrases = _description_spans(text, lowered)
    if not phrases:
        return entities
    names = sorted((m.start, m.end) for e in entities for m in e.mentions)
    found: dict[int, list[Mention]] = {}
    for a, b in phrases:
        if _inside_name(names, a - 4, b):
            continue
        own = max(0, bisect_right(sentence_starts, a) - 1)
        near_from = sentence_starts[max(0, own - _NEAR_SENTENCES)] if sentence_starts else 0
        k = _referent(a - 4, near_from, entities)
        if k is not None:
            found.setdefault(k, []).append(Mention(a, b, text[a:b], form=DESCRIPTION_FORM))
    if not found:
        return entities
    return [_described(e, found[k]) if k in found else e for k, e in enumerate(entities)]


def _described(entity: Entity, more: list[Mention]) -> Entity:
    """The entity with ``more`` descriptions beside its own (its role nouns), in text order."""
    return attrs.evolve(entity, descriptions=tuple(sorted([*entity.descriptions, *more], key=_START)))


_START: Final = attrgetter("start")
