"""Texts that copy another text (one article under two ids, session 34), dropped from outside lists and draws.

The news corpus holds some articles twice, under two ids: an outside scan could then read a text a gold
set names, or one story in both of its halves, and a draw could pick a copy of a set's text. These
functions compare normalised texts, not ids; they print ids and counts only, never a text.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

import attrs


def normalise(text: str) -> str:
    """The text lower-cased with its white space collapsed: two ids of one article compare equal."""
    return " ".join(text.lower().split())


@attrs.frozen
class Dropped:
    """One dropped item: its id, the id whose text it copies, and whether that is a named text (a set's or
    a test's) or an earlier item of the same list."""

    key: str
    copies: str
    named: bool


def named_index(texts: Mapping[str, str], named: Iterable[str]) -> dict[str, str]:
    """Normalised text -> id, for each id of ``named`` whose text ``texts`` holds (the first id of a text
    wins); empty texts left out."""
    index: dict[str, str] = {}
    for key in named:
        text = normalise(texts.get(key, ""))
        if text and text not in index:
            index[text] = key
    return index


def drop_copies(
    items: Iterable[tuple[str, str]], named: Mapping[str, str]
) -> tuple[list[str], list[Dropped]]:
    """The ids of ``items`` ((id, text) in list order) kept, and those dropped: every item whose normalised
    text is a named text (``named``: normalised text -> its id, see :func:`named_index`), then every later
    copy of a kept item. An empty text is never a copy."""
    kept: list[str] = []
    dropped: list[Dropped] = []
    seen: dict[str, str] = {}
    for key, text in items:
        norm = normalise(text)
        if norm and norm in named:
            dropped.append(Dropped(key, named[norm], True))
        elif norm and norm in seen:
            dropped.append(Dropped(key, seen[norm], False))
        else:
            if norm:
                seen[norm] = key
            kept.append(key)
    return kept, dropped


def describe(label: str, total: int, dropped: Sequence[Dropped]) -> str:
    """One line (two with drops) saying what :func:`drop_copies` dropped from a list, by ids and counts."""
    of_named = [d for d in dropped if d.named]
    head = (
        f"{label}: {total - len(dropped)} of {total} texts kept; {len(dropped)} dropped as copies "
        f"({len(of_named)} of a text a set or test names, {len(dropped) - len(of_named)} of an earlier text "
        "of the list)"
    )
    if not dropped:
        return head
    pairs = " ".join(f"{d.key}={d.copies}{'(named)' if d.named else ''}" for d in dropped)
    return f"{head}\n    dropped: {pairs}"
