"""Short forms of institutions named earlier: "the Senate" after "U.S. Senate", "the Fund" after
"International Monetary Fund" name the same organisation again (the chunker drops a lone head word)."""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from operator import itemgetter
from typing import Final

from newsparse_entities.resolve import Resolved
from newsparse_entities.words import Words

__all__ = ["head_aliases"]

# Last words of institutions' names that stand alone after "the" for the institution named before.
# Not "Government", "Parliament", "Cabinet", "Administration": the guidelines keep those as common
# nouns, named or not.
INSTITUTION_HEADS: Final = frozenset(
    """Senate Fund Commission Council Committee Agency Bank Federation Association Organisation
    Organization Authority Tribunal Court Congress Assembly Board Bureau Institute Foundation""".split()
)


def head_aliases(
    words: Words, resolved: Sequence[Resolved], doc_text: str, headlines: frozenset[int]
) -> list[Resolved]:
    """The decided mentions with every later "the <Head>" added as an alias of the one organisation
    of two words or more named earlier whose name ends with that head word (or opens it before "of")."""
    text = words.text
    if INSTITUTION_HEADS.isdisjoint(map(text.__getitem__, words.caps)):  # capitalised, as they are
        return list(resolved)  # most documents: no such word
    named: dict[str, list[Resolved]] = {}  # head word -> the organisations named with it, in order
    for r in sorted(resolved, key=_START):
        if (
            r.type == "ORG" and len(parts := doc_text[r.start : r.end].split()) >= 2
        ):  # any space, a line break
            # "U.S. Senate" ends with its head; "Bank of England" opens with it
            head = parts[0] if parts[1] == "of" else parts[-1]
            if head in INSTITUTION_HEADS:
                named.setdefault(head, []).append(r)
    if not named:
        return list(resolved)
    covered = sorted((r.start, r.end) for r in resolved)
    reach = max((b - a for a, b in covered), default=0)
    earlier = {head: _earlier(rs) for head, rs in named.items()}
    sent, n = words.sent, len(text)
    found = []
    for u in words.caps:
        ends, firsts = earlier.get(text[u], ((), ()))
        at = bisect.bisect_right(ends, words.start[u])  # those named before end by the word's start
        if not at or (org := firsts[at - 1]) is None or sent[u] in headlines:
            continue  # none named before, or two ("Central Bank", "Bank of England"): which is meant?
        if u == 0 or words.lower[u - 1] != "the" or sent[u - 1] != sent[u]:
            continue
        if u + 1 < n and sent[u + 1] == sent[u] and (words.cap[u + 1] or text[u + 1] in ("of", "for", "on")):
            continue  # "the Fund for Peace", "the Senate Foreign Relations Committee": another name
        s, e = words.start[u], words.end[u]
        near = covered[bisect.bisect_left(covered, (s - reach,)) : bisect.bisect_left(covered, (e,))]
        if any(s < b for _a, b in near):
            continue
        found.append(Resolved(s, e, org.id, org.type, org.canonical, "alias", org.identifiers))
    return [*resolved, *found] if found else list(resolved)


def _earlier(named: Sequence[Resolved]) -> tuple[list[int], list[Resolved | None]]:
    """The ends of ``named`` (in text order) ascending and, for those ending by each, the first named
    if they all share one id, else None: looked up by bisection, not rescanned for every capital."""
    ends: list[int] = []
    firsts: list[Resolved | None] = []
    order = sorted(range(len(named)), key=lambda k: named[k].end)
    first, mixed = len(named), False
    for k in order:
        first = min(first, k)
        mixed = mixed or named[k].id != named[order[0]].id
        ends.append(named[k].end)
        firsts.append(None if mixed else named[first])
    return ends, firsts


def _START(r: Resolved) -> int:
    """A decided mention's start (the sort key of the text order)."""
    return r.start


_TYPE: Final = itemgetter(3)  # a decided mention's type (Resolved's fourth field)


def code_aliases(resolved: Sequence[Resolved], doc_text: str) -> list[Resolved]:
    """The decided mentions with every code name ("PS2") that spells the capitals and number of a
    product named in the article ("PlayStation 2") made a mention of that product."""
    if "PRODUCT" not in map(_TYPE, resolved):
        return list(resolved)  # most documents: no product at all (a C-level scan of the types)
    products: dict[str, Resolved] = {}
    for r in resolved:
        if r.type == "PRODUCT" and (surface := doc_text[r.start : r.end])[-1:].isdigit():
            products.setdefault(_capitals(surface), r)
    if not products:
        return list(resolved)  # most documents: no numbered product
    out = []
    for r in resolved:
        code = doc_text[r.start : r.end]
        if r.type == "ORG" and len(code) >= 3 and code[-1:].isdigit() and code.isalnum():
            # "PS2" for "PlayStation 2", and for "Sony PlayStation 2" (capitals "SPS2")
            p = next((v for k, v in products.items() if k.endswith(code)), None)
            if p is not None:
                r = Resolved(r.start, r.end, p.id, p.type, p.canonical, "acronym", p.identifiers)
        out.append(r)
    return out


def _capitals(name: str) -> str:
    """The capitals and digits of a name, in order ("PlayStation 2" -> "PS2")."""
    return "".join(ch for ch in name if ch.isupper() or ch.isdigit())
