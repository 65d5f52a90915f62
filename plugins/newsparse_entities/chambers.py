"""Legislative chambers named by their head alone: "the Senate", "the House" (and "the House of
Representatives") are organisations, which the chunker drops as common words when none is named whole."""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from typing import Final

from newsparse_entities.gazetteer import slug
from newsparse_entities.resolve import Resolved
from newsparse_entities.words import Words

__all__ = ["chamber_mentions"]

# The chambers' head words, as written after "the" ("the Senate voted", "the House and Senate").
_CHAMBERS: Final = frozenset(["Senate", "House"])
_LOWER: Final = frozenset(["senate", "house"])
# The chambers named "House of X": the only "of" names taken whole ("House of Fraser" is a shop).
_HOUSES_OF: Final = frozenset(["Representatives", "Commons", "Lords", "Delegates", "Assembly"])
_HOUSES_LOWER: Final = frozenset(str.lower(w) for w in _HOUSES_OF)
# Words of a congress beside "the House" (the House of Representatives) and of Westminster (not it).
_CONGRESS: Final = frozenset(["senate", "congress", "congressional", "senator", "senators"])
_BRITISH: Final = frozenset(["commons", "lords", "mps", "peers", "westminster"])


def chamber_mentions(
    words: Words, resolved: Sequence[Resolved], doc_text: str, headlines: frozenset[int]
) -> list[Resolved]:
    """The decided mentions with every uncovered "the Senate", "the House" (or "the House and Senate")
    and "House of Representatives" in running text added as an organisation, linked to the chamber
    named whole before if there is one ("House of Commons" ... "the House")."""
    if _LOWER.isdisjoint(words.vocabulary):
        return list(resolved)  # most documents: neither word
    text, sent = words.text, words.sent
    covered = sorted((r.start, r.end) for r in resolved)
    starts = [a for a, _b in covered]
    found: list[Resolved] = []
    for u in words.caps:
        if text[u] not in _CHAMBERS or sent[u] in headlines:
            continue
        last = _chamber_end(words, u)
        if last is None:
            continue
        s, e = words.start[u], words.end[last]
        k = bisect.bisect_left(starts, e)
        if any(b > s for _a, b in covered[max(0, k - 8) : k]):
            continue  # inside a name found already ("the White House", "U.S. Senate")
        found.append(_chamber(resolved, doc_text, s, e, words.vocabulary))
    return [*resolved, *found] if found else list(resolved)


def _chamber_end(words: Words, u: int) -> int | None:
    """The last word of the chamber named at word ``u``: "House of Representatives" (or Commons, Lords)
    wherever it stands, "the Senate" or "the House" before no capitalised word, "of" or "for" ("the
    Senate Foreign Relations Committee", "the House of Saud" are other names); None for no chamber."""
    text, sent, n = words.text, words.sent, len(words.text)
    if u + 1 < n and sent[u + 1] == sent[u] and (words.cap[u + 1] or text[u + 1] in ("of", "for")):
        if text[u] == "House" and text[u + 1] == "of" and u + 2 < n and sent[u + 2] == sent[u]:
            return u + 2 if text[u + 2] in _HOUSES_OF else None
        return None
    return u if _after_the(words, u) else None


def _after_the(words: Words, u: int) -> bool:
    """Whether word ``u`` follows "the" in its sentence, or "and" after a chamber that does ("the House
    and Senate")."""
    if u == 0 or words.sent[u - 1] != words.sent[u]:
        return False
    before = words.lower[u - 1]
    if before == "the":
        return True
    return before == "and" and u >= 3 and words.text[u - 2] in _CHAMBERS and words.lower[u - 3] == "the"


def _chamber(
    resolved: Sequence[Resolved], doc_text: str, s: int, e: int, vocabulary: frozenset[str]
) -> Resolved:
    """The chamber's mention: an alias of the one organisation named whole before it whose name opens
    ("House of Commons") or ends ("U.S. Senate") with the same head, else a name of its own; no alias
    where the text names another house too ("the Commons" beside "House of Lords": which is meant?).
    A lone "House" beside a senate or congress is the House of Representatives."""
    name = " ".join(doc_text[s:e].split())
    head = name.split()[0]
    earlier = {
        r.id: r
        for r in resolved
        if r.type == "ORG" and r.end <= s and _names_chamber(doc_text[r.start : r.end].split(), head)
    }
    if len(earlier) == 1:
        org = next(iter(earlier.values()))
        house = str.lower(doc_text[org.start : org.end].split()[-1])
        if head == "Senate" or all(w == house or w not in vocabulary for w in _HOUSES_LOWER):
            return Resolved(s, e, org.id, "ORG", org.canonical, "alias", org.identifiers)
    if name == "House" and not _CONGRESS.isdisjoint(vocabulary) and _BRITISH.isdisjoint(vocabulary):
        name = "House of Representatives"  # "the House and Senate", "Congress ... the House"
    return Resolved(s, e, "org:" + slug(name), "ORG", name, "name", {})


def _names_chamber(parts: list[str], head: str) -> bool:
    """Whether an organisation's words name a chamber with ``head``: "House of Lords", "U.S. Senate";
    not "White House" (no chamber)."""
    if len(parts) < 2:
        return False
    if parts[0] == head and parts[1] == "of":
        return len(parts) == 3 and parts[2] in _HOUSES_OF
    return head == "Senate" and parts[-1] == head
