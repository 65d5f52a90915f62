"""Join a headline's agreement to the body's record of the same agreement.

A wire story opens with its headline on a line of its own, then its dateline ("Colombia, U.S. reach
aviation agreement." / "MIAMI 1996-08-23" / "The U.S. and Colombian governments reached an
agreement ..."). The headline retells the story's deal in a few words, so an agreement told only
there is the first record of a compatible kind the body tells, unless the two name different sides
(then they are two deals). Without a dateline after the first line there is no headline: a first
paragraph of one line (a lead) is body text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsparse import Agreement
from newsparse.syntax import dateline_end

from .coalesce import _joined

__all__ = ["headline_end", "join_headline"]

_LINE_BREAK = re.compile(r"\r\n?|\n")
_BLANKS = re.compile(r"\s*")
_COMPANY = frozenset({"merger", "acquisition"})
# A player's signing and his contract are one deal ("MILLNS SIGNS FOR BOLAND" ... "a one year contract").
_SIGNING = frozenset({"transfer", "contract"})


def headline_end(text: str) -> int:
    """Where the headline on the text's first line ends (0 when the next paragraph opens with no
    dateline: then the first line is no headline)."""
    start = _BLANKS.match(text).end()  # type: ignore[union-attr]  # r"\s*" always matches
    brk = _LINE_BREAK.search(text, start)
    if brk is None:
        return 0
    after = _BLANKS.match(text, brk.end()).end()  # type: ignore[union-attr]
    return brk.start() if after < len(text) and dateline_end(text, after) > after else 0


def join_headline(text: str, records: Sequence[Agreement]) -> list[Agreement]:
    """``records`` (in text order) with each record told only in the headline joined to the first
    body record of a compatible kind that names no other sides."""
    end = headline_end(text) if records else 0
    out = list(records)
    if not end:
        return out
    heads = [r for r in out if r.end <= end and all(m.end <= end for m in r.mentions)]
    for head in heads:
        body = next((r for r in out if r.start >= end and _compatible(head.kind, r.kind)), None)
        if body is None or not _same_sides(head, body):
            continue
        out[out.index(body)] = _joined(body, head)
        out.remove(head)
    return out


def _compatible(head: str, body: str) -> bool:
    """Whether a headline's kind may name the body's deal: the same, either generic, both company
    deals, or a signing and a contract."""
    pair = {head, body}
    return head == body or "agreement" in pair or pair <= _COMPANY or pair <= _SIGNING


def _same_sides(head: Agreement, body: Agreement) -> bool:
    """Whether the two records may be one deal: either names no party, or they share one."""
    mine, theirs = set(head.parties), set(body.parties)
    return not mine or not theirs or bool(mine & theirs)
