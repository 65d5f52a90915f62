"""Long organisation names cut at their inner "and", "for", "in" or comma, joined again from their form.

- Spelled acronym: a run of names and connectors whose capitalised words' initials give the acronym in
  the brackets that follow is one name ("Economic Commission for Latin America and the Caribbean
  (ECLAC)", "Organisation for Security and Cooperation in Europe (OSCE)").
- "and Co": "Mabon, Nugent and Co", "Goldman, Sachs and Co" are one company.
- Common words joined to an organisation head: "Securities and Exchange Commission", "Test and County
  Cricket Board" (the first part is all common words, so no name of its own).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from newsparse_entities.gazetteer import Gazetteer
from newsparse_entities.rules import NON_ENTITY_ACRONYMS, ORG_HEADS, ROLES, TITLES
from newsparse_entities.words import Candidate, Words

__all__ = ["joined_long_names"]

# Lowercase words (and marks) that may stand between the parts of one long name.
_INNER: Final = frozenset(["and", "for", "of", "in", "the", "on", "de", "&", ","])
# Words that stand between the parts of a spelled name, without a comma ("X, Y (XY)" is a list).
_SPELLED_INNER: Final = tuple(_INNER - {","})
# Company forms after "and": "Mabon, Nugent and Co".
_AND_CO: Final = frozenset(["Co", "Co.", "Company", "Sons"])
_MAX_PARTS: Final = 5
_AND: Final = frozenset(["and", "&"])
# Organisation heads that also name a field of work, so that two common words ending with one after
# "and" may be the second field of an "of"/"for" head ("Center for Economic and Policy Research",
# "Institute of Politics and Public Service"); "Foreign Office", "Central Bank" stay names of their own.
_FIELD_HEADS: Final = frozenset(["Research", "Service", "Services"])
# Last words of spelled names that are no organisation ("British Sign Language (BSL)").
_NOT_ORG_HEADS: Final = frozenset(
    "Language Act Bill Treaty Plan Programme Scheme Index Syndrome Disease".split()
)


def joined_long_names(words: Words, cands: Sequence[Candidate], gaz: Gazetteer) -> list[Candidate]:
    """The candidates with the long names their form shows joined into one chunk each."""
    if not cands:
        return []
    out = list(cands)
    names: set[tuple[str, ...]] = set()
    k = len(out) - 1
    text, n = words.text, len(words.text)
    while k >= 0:
        c = out[k]
        if not ((c.j < n and text[c.j] == "(") or (c.i > 0 and text[c.i - 1] in _AND)):
            k -= 1  # most candidates: no bracket after, no "and" before
            continue
        first = _joined_from(words, out, k, gaz)
        opener = _spelled_words(words, out, k) if first == k else None
        if opener is not None:  # "Industrial and Commercial Bank (ICBC)": its first words no candidate
            out[k] = _merged(words, opener, c.j, True)
        elif first == k and _common_word_before(words, out, k, gaz):
            out[k] = _merged(words, c.i - 2, c.j)  # "the Finance and Economy Ministry"
        elif first < k:
            merged = _merged(words, out[first].i, out[k].j, _spelled_before(words, out[k].j))
            names.add(tuple(words.text[merged.i : merged.j]))
            out[first : k + 1] = [merged]
            k = first
        k -= 1
    return _same_names(words, out, names) if names else out


def _same_names(words: Words, cands: list[Candidate], names: set[tuple[str, ...]]) -> list[Candidate]:
    """The candidates with every other occurrence of a joined name joined too (the full name once
    spelled out before its acronym is the same name without it)."""
    firsts = {name[0] for name in names}
    k = 0
    while k < len(cands):
        c = cands[k]
        if words.text[c.i] in firsts:
            for name in names:
                end = c.i + len(name)
                if tuple(words.text[c.i : end]) != name:
                    continue
                last = next(
                    (m for m in range(k, min(k + _MAX_PARTS + 1, len(cands))) if cands[m].j == end), None
                )
                if last is not None and last > k and words.sent[c.i] == words.sent[end - 1]:
                    cands[k : last + 1] = [_merged(words, c.i, end)]
                    break
        k += 1
    return cands


def _joined_from(words: Words, cands: Sequence[Candidate], k: int, gaz: Gazetteer) -> int:
    """The index of the first candidate of the long name ending with candidate ``k`` (``k`` if none)."""
    end = cands[k]
    text, n = words.text, len(words.text)
    if end.j + 2 < n and text[end.j] == "(" and text[end.j + 2] == ")":
        first = _spelled(words, cands, k, text[end.j + 1])
        if first < k and text[end.j - 1] not in _NOT_ORG_HEADS:
            return first
    if end.j - end.i == 1 and text[end.i] in _AND_CO and end.i > 0 and text[end.i - 1] in ("and", "&"):
        return _and_co(words, cands, k)
    if (
        text[end.j - 1] in ORG_HEADS
        and end.j - end.i >= 2
        and words.lower[end.i] in gaz.words
        and text[end.i] not in TITLES  # "Fiat and General Motors": a title word opens a name
        and end.i > 0
        and text[end.i - 1] == "and"
    ):  # "Securities and Exchange Commission"; not "Apple Computer and Cisco Systems"
        prev = _before(words, cands, k, ("and",))
        if prev is not None and _common_words(words, cands[prev], gaz):
            return prev
    if end.i > 0 and text[end.i - 1] == "and" and _common_words(words, end, gaz, _FIELD_HEADS):
        prev = _before(words, cands, k, ("and",))
        if prev is not None and _head_of_common_words(words, cands[prev], gaz):
            return prev  # "Ministry of Petroleum and Minerals", "Center for Economic and Policy Research"
    return k


def _common_word_before(words: Words, cands: Sequence[Candidate], k: int, gaz: Gazetteer) -> bool:
    """Whether candidate ``k``, common words and an organisation's head ("Economy Ministry"), follows
    "and" and a capitalised common word that no candidate holds ("Finance"): one name, as "Securities
    and Exchange Commission" is when "Securities" is a candidate; not after a comma (a list)."""
    end = cands[k]
    p = end.i - 2
    text, lower = words.text, words.lower
    return (
        p >= 0
        and text[p + 1] == "and"
        and end.j - end.i >= 2
        and text[end.j - 1] in ORG_HEADS
        and lower[end.i] in gaz.words
        and words.cap[p]
        and not words.initial[p]  # "Intel and Advanced Micro Devices plan": a capital first says nothing
        and not words.poss[p]
        and words.sent[p] == words.sent[end.i]
        and lower[p] in gaz.words
        and lower[p] not in ROLES  # "the President and Foreign Ministry": two; "Finance" opens titles too
        and text[p] not in gaz.first_names
        and (k == 0 or cands[k - 1].j <= p)
        and (p == 0 or text[p - 1] != ",")
    )


def _head_of_common_words(words: Words, cand: Candidate, gaz: Gazetteer) -> bool:
    """Whether a candidate ends with an organisation's head, "of" or "for", then capitalised common
    words only ("Ministry of Petroleum", "Organisation for Security"): its "of" phrase may go on past an
    "and" with more common words ("... and Minerals")."""
    text = words.text
    k = cand.j - 1
    while k > cand.i and words.cap[k] and words.lower[k] in gaz.words and text[k] not in ORG_HEADS:
        k -= 1
    return k < cand.j - 1 and k > cand.i and text[k] in ("of", "for") and text[k - 1] in ORG_HEADS


def _before(
    words: Words, cands: Sequence[Candidate], k: int, joiners: Sequence[str], adjacent: bool = False
) -> int | None:
    """The candidate right before candidate ``k`` with only ``joiners`` between them (or nothing, when
    ``adjacent``), in one sentence."""
    if k == 0:
        return None
    prev = cands[k - 1]
    gap = words.text[prev.j : cands[k].i]
    if (
        words.sent[prev.i] != words.sent[cands[k].i]
        or not (gap or adjacent)
        or any(w not in joiners for w in gap)
    ):
        return None
    return k - 1


def _spelled(words: Words, cands: Sequence[Candidate], k: int, acronym: str) -> int:
    """The first candidate of the run whose initials spell ``acronym`` ("OSCE"), or ``k``."""
    if (
        not (3 <= len(acronym) <= 8 and acronym.isalpha() and acronym[0].isupper())
        or acronym in NON_ENTITY_ACRONYMS
    ):
        return k
    want = str.lower(acronym)
    if _spells(want, _initials(words, cands[k].i, cands[k].j)):
        return k  # the candidate spells it alone: "the BPI and the British Association of ... (BARD)"
    first = k
    for _ in range(_MAX_PARTS):
        prev = _before(words, cands, first, _SPELLED_INNER, adjacent=True)
        if prev is None:
            return k
        first = prev
        if _spells(want, _initials(words, cands[first].i, cands[k].j)):
            return first
    return k


def _spelled_words(words: Words, cands: Sequence[Candidate], k: int) -> int | None:
    """The first word of the name whose initials give the acronym in brackets after candidate ``k``,
    when the words before the candidate that complete it are capitalised words no candidate holds (a
    sentence's first word, "Industrial and Commercial Bank (ICBC)"); the acronym may add one last
    letter for an "of" phrase left out ("ICBC" for "... Bank of China")."""
    c = cands[k]
    text = words.text
    if not (c.j + 2 < len(text) and text[c.j] == "(" and text[c.j + 2] == ")"):
        return None
    acronym = text[c.j + 1]
    if acronym in NON_ENTITY_ACRONYMS or not (
        3 <= len(acronym) <= 8 and acronym.isalpha() and acronym.isupper()
    ):
        return None
    want = str.lower(acronym)
    own = _initials(words, c.i, c.j)
    if not own or _spells(want, own):
        return None  # the candidate is the whole name already
    floor = cands[k - 1].j if k > 0 else 0
    p = c.i - 1
    while p >= floor and words.sent[p] == words.sent[c.i] and c.i - p <= 6:
        if words.cap[p] and not words.poss[p]:
            initials = _initials(words, p, c.j)
            if initials == want or (want[:-1] == initials and len(initials) >= 3):
                return p
        elif text[p] not in _SPELLED_INNER:
            return None
        p -= 1
    return None


def _initials(words: Words, i: int, j: int) -> str:
    """The initials of the capitalised words (and of their hyphenated parts) of words ``i:j``."""
    out = []
    for w in words.text[i:j]:
        if "." in w:
            out += [ch for ch in w if ch.isalpha()]
        else:
            out += [p[0] for p in w.split("-") if p and p[0].isupper()]
    return str.lower("".join(out))


def _spells(acronym: str, initials: str) -> bool:
    """Whether an acronym spells the initials: the same, or a subsequence with the same first and
    last letters missing at most two ("RDR" for "Rally for the Return of Refugees and Democracy in
    Rwanda", "LIFFE" for "London International Financial Futures and Options Exchange")."""
    if acronym == initials:
        return True
    if not initials or acronym[0] != initials[0] or acronym[-1] != initials[-1]:
        return False
    if len(initials) - len(acronym) > 2:
        return False
    letters = iter(initials)
    return all(ch in letters for ch in acronym)


def _and_co(words: Words, cands: Sequence[Candidate], k: int) -> int:
    """The first candidate of "Mabon, Nugent and Co" (one-word names joined by commas), or ``k``."""
    prev = _before(words, cands, k, ("and", "&"))
    if prev is None:
        return k
    first = prev
    for _ in range(_MAX_PARTS):
        before = _before(words, cands, first, (",",))
        if before is None or cands[before].j - cands[before].i > 1:
            break
        first = before
    return first


def _common_words(words: Words, cand: Candidate, gaz: Gazetteer, heads: frozenset[str] = frozenset()) -> bool:
    """Whether a candidate is one or two common words, no name of its own and no list item
    ("Securities", "State Law"); two may end with one of ``heads``, a field ("Policy Research")."""
    text = words.text
    return (
        cand.kind == "chunk"
        and cand.j - cand.i <= 2
        # "Foreign Office and ...": a name; "... and Policy Research": a field, when asked
        and (cand.j - cand.i == 1 or text[cand.j - 1] not in ORG_HEADS or text[cand.j - 1] in heads)
        and not (cand.i > 0 and text[cand.i - 1] == ",")  # "Paramount, Universal and Warner Bros": a list
        and all(
            w in gaz.words and w.capitalize() not in gaz.first_names for w in words.lower[cand.i : cand.j]
        )
    )


def _spelled_before(words: Words, j: int) -> bool:
    """Whether an acronym in brackets follows word ``j - 1``."""
    text = words.text
    return j + 2 < len(text) and text[j] == "(" and text[j + 2] == ")"


def _merged(words: Words, i: int, j: int, spelled: bool = False) -> Candidate:
    """One organisation chunk over words ``i:j`` (its acronym, when ``spelled``, follows in brackets)."""
    evidence = ("head", "acronym_follows") if spelled else ("head",)
    return Candidate(i, j, words.start[i], words.end[j - 1], " ".join(words.text[i:j]), "chunk", (), evidence)
