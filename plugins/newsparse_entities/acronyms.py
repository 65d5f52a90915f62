"""Acronyms whose full name the article spells out: "the Office of the Deputy Prime Minister (ODPM)"
gives the acronym's canonical name, and the spelled name is a mention of the same organisation."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from newsparse_entities.resolve import Resolved

__all__ = ["spelled_acronyms"]

_ACRONYM: Final = re.compile(r"[A-Z]{3,7}")
# A run of capitalised words and the small words a name joins them with, opening and closing with
# a capitalised word ("Internet Service Providers' Association", "Department of Trade and Industry").
# Every run is matched, short ones too: a scan that resumes after each run is linear, where one
# asking for three words at least would start again inside a long word that fails it.
_RUN: Final = re.compile(r"[A-Z][A-Za-z&'-]*(?:[ ](?:(?:of|and|for|the|on|de|du|des)[ ])*[A-Z][A-Za-z&'-]*)*")
_WORD: Final = re.compile(r"\S+")
_SMALL: Final = frozenset("of and for the on de du des".split())
_SUFFIXES: Final = frozenset(["Corp", "Inc", "Co", "Ltd", "plc", "Plc", "Corporation", "Group"])  # "NTT Corp"
_LAWS: Final = frozenset(["Act", "Bill", "Law"])  # "Greater London Act" spells no GLA: laws are no names


_Run = tuple[int, str, list[tuple[int, int, str]]]


def _runs(text: str) -> list[_Run]:
    """The capitalised runs of ``text`` with three or more capitalised words (the shortest acronym's
    length), each as its offset, its text and its capitalised words (the small words left out):
    found once for all the acronyms."""
    runs: list[_Run] = []
    for run in _RUN.finditer(text):
        found = run.group()
        if found.count(" ") < 2:  # fewer than three words (most runs: one name, or two)
            continue
        # the run's words are split by single spaces: its words are what ``\S+`` finds
        caps = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(found) if m.group() not in _SMALL]
        if len(caps) >= 3:
            runs.append((run.start(), found, caps))
    return runs


def _spellings(runs: Sequence[_Run], acronym: str) -> dict[str, list[tuple[int, int]]]:
    """Every name in the runs whose capitalised words' initials are ``acronym``, with its spans.

    A name opens at a capitalised word of a run and takes the acronym's length of them: each run's
    capitalised words are listed once (by :func:`_runs`), not again from every word."""
    found: dict[str, list[tuple[int, int]]] = {}
    size = len(acronym)
    for offset, run, caps in runs:
        for k in range(len(caps) - size + 1):  # a name of ``size`` capitalised words from the k-th
            if caps[k][2][0] != acronym[0]:
                continue
            named = caps[k : k + size]
            if any(p[2][0] != ch for p, ch in zip(named, acronym, strict=True)):
                continue
            if any(len(p[2]) > 1 and p[2].isupper() for p in named):
                continue  # a headline in capitals ("RANGERS BEAT INDIANS") spells no acronym
            start = named[0][0]
            name = run[start : named[-1][1]].rstrip("'")
            if acronym not in name and name.rsplit(" ", 1)[-1] not in _LAWS:  # "BT and Tiscali" spells no BT
                found.setdefault(name, []).append((offset + start, offset + start + len(name)))
    return found


def _full_name(text: str, runs: Sequence[_Run], acronym: str) -> tuple[str, list[tuple[int, int]]] | None:
    """The one name the article spells ``acronym`` with: the name before "(ACRONYM)", or the only one."""
    found = _spellings(runs, acronym)
    bracketed = [
        n for n, spans in found.items() if any(text.startswith(f" ({acronym})", e) for _, e in spans)
    ]
    if len(bracketed) == 1:
        return bracketed[0], found[bracketed[0]]
    if len(found) == 1 and not bracketed:
        return next(iter(found.items()))
    return None


def _whole(text: str, start: int, end: int) -> bool:
    """Whether the name at ``start:end`` stands alone, not opening or closing a title ("Grand Theft Auto:
    San Andreas", "Grand Theft Auto Vice City", "CSI: Crime Scene Investigation")."""
    after = text[end : end + 2]
    follows = text[end + 1 : end + 16].split(maxsplit=1)[:1]
    if after[:1] == ":" or (
        after[:1] == " " and after[1:].isupper() and follows[0].strip(">.,") not in _SUFFIXES
    ):
        return False
    return text[max(0, start - 2) : start] != ": "


def spelled_acronyms(resolved: Sequence[Resolved], text: str) -> list[Resolved]:
    """The decided mentions with an organisation named only by its acronym ("ODPM") given the full name
    the article spells it with as canonical, each written full name added as its mention."""
    lone = {
        r.id: r.canonical
        for r in resolved
        # an acronym is in capitals: str.isupper first, a C test that rules out most names unsliced
        if r.type == "ORG"
        and r.canonical.isupper()
        and r.canonical == text[r.start : r.end]
        and _ACRONYM.fullmatch(r.canonical)
    }
    if not lone:
        return list(resolved)
    out = list(resolved)
    runs = _runs(text)
    for ident, acronym in lone.items():
        full = _full_name(text, runs, acronym)
        if full is None:
            continue
        name, spans = full
        first = next(r for r in out if r.id == ident)
        same = [r for r in out if (r.start, r.end) in spans and r.id != ident]
        if same:  # the full name is a mention already: the acronym joins its entity
            t = same[0]
            out = [
                r._replace(id=t.id, type=t.type, canonical=t.canonical, identifiers=t.identifiers)
                if r.id == ident
                else r
                for r in out
            ]
            continue
        out = [r._replace(canonical=name) if r.id == ident else r for r in out]
        taken = {(r.start, r.end) for r in out}
        out.extend(
            Resolved(s, e, ident, "ORG", name, "name", first.identifiers)
            for s, e in spans
            if (s, e) not in taken and _whole(text, s, e)
        )
    return out
