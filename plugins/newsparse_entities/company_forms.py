"""Company names cut at their edges: an opening "First" ("First Chicago Corp", which the chunker drops
as an ordinal) and the period of an abbreviated suffix inside a sentence ("Barnett Banks Inc. in")."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Final

from newsparse_entities.rules import COMPANY_SUFFIXES, LEGAL_SUFFIXES
from newsparse_entities.words import Candidate, Words

__all__ = ["company_edges", "legal_variant", "without_legal_suffix"]

# Suffixes written with a period ("Inc.", "Corp.").
_ABBREVIATED: Final = frozenset(["Inc", "Corp", "Co", "Ltd", "Bros", "Cos"])
# Marks after which the period of "Inc." does not end the sentence.
_GOES_ON: Final = frozenset([",", ";", ":", ")", "."])


def company_edges(words: Words, cands: Sequence[Candidate]) -> list[Candidate]:
    """The candidates with company names widened to an opening "First" and to their suffix's period."""
    text, n = words.text, len(words.text)
    out: list[Candidate] = []
    firsts: set[str] = set()  # "Boston" of "First Boston Inc": "First Boston" alone is the company too
    for c in cands:
        last = text[c.j - 1]
        if last in COMPANY_SUFFIXES and c.j - c.i >= 2:
            i, j, name, start, end = c.i, c.j, c.text, c.start, c.end
            if i > 0 and text[i - 1] == "First" and words.sent[i - 1] == words.sent[i]:
                i, start, name = i - 1, words.start[i - 1], "First " + name  # "First Chicago Corp"
                firsts.add(text[c.i])
            if last in _ABBREVIATED and _period_inside(words, j, n):
                j, end, name = j + 1, words.end[j], name + "."  # "Barnett Banks Inc. in Jacksonville"
            if (i, j) != (c.i, c.j):
                c = Candidate(i, j, start, end, name, "chunk", (), (*c.evidence, "head"))
        out.append(c)
    return _first_again(words, out, firsts) if firsts else out


def _first_again(words: Words, cands: list[Candidate], firsts: set[str]) -> list[Candidate]:
    """The candidates with "First" joined again before a short name of a "First ..." company."""
    text, sent = words.text, words.sent
    for k, c in enumerate(cands):
        if (
            c.j - c.i == 1
            and c.text in firsts
            and c.i > 0
            and text[c.i - 1] == "First"
            and sent[c.i - 1] == sent[c.i]
        ):
            i = c.i - 1
            cands[k] = Candidate(i, c.j, words.start[i], c.end, "First " + c.text, "chunk", (), ("head",))
    return cands


def _period_inside(words: Words, j: int, n: int) -> bool:
    """Whether word ``j`` is a period glued to the word before it that does not end the sentence."""
    if j + 1 >= n or words.text[j] != "." or words.start[j] != words.end[j - 1]:
        return False
    nxt = words.text[j + 1]
    return words.sent[j + 1] == words.sent[j] and (nxt in _GOES_ON or nxt[0].islower() or nxt[0].isdigit())


def without_legal_suffix(name: str) -> str:
    """A company's common name: "Du Pont Co" -> "Du Pont", "Allied-Lyons PLC" -> "Allied-Lyons"."""
    parts = name.split()
    while len(parts) >= 2 and parts[-1] in LEGAL_SUFFIXES:
        parts.pop()
    if len(parts) >= 2 and parts[-1] in ("&", "and"):
        parts.pop()  # "Smith & Co"
    return " ".join(parts) if parts else name


def legal_variant(short: str, full: str, decided: Mapping[str, str | None]) -> bool:
    """Whether ``short`` is ``full`` without its legal form, both decided organisations ("Erbamont"
    beside "Erbamont N.V."): one firm, however strong the evidence typing the short name alone."""
    return (
        decided.get(short) == "ORG"
        and decided.get(full) == "ORG"
        and full.startswith(short + " ")
        and full[len(short) + 1 :] in LEGAL_SUFFIXES
    )
