"""Quotations signed after a dash: '“We are afraid.” ― Sonya Herridge' (a vox-pop or an epigraph).

The name after the dash is the source, the quotation before it (back to the line start or the
previous signature) the content, and the dash the cue.
"""

from __future__ import annotations

import re
from typing import Final

from newsparse_claims.recognise import Found

__all__ = ["SIGNATURE_DASHES", "find_signed_quotes"]

SIGNATURE_DASHES: Final = "―—–"  # the dashes that sign a quotation
# a closing quotation mark, a dash, then a capitalised name of at most six words to the line's end
_SIGNED: Final = re.compile(
    r"[”\"’][^\S\n]*(?P<dash>[―—–])[^\S\n]*(?P<name>[A-Z][\w.'’-]*(?:[^\S\n]+[A-Z][\w.'’-]*){0,5}?)"
    r"[^\S\n]*(?=\n|$|[“\"”])"
)


def find_signed_quotes(text: str) -> list[Found]:
    """Every quotation signed by a name after a dash, as claims (cue: the dash, source: the name)."""
    if not any(dash in text for dash in SIGNATURE_DASHES):
        return []
    found = []
    previous = 0
    for match in _SIGNED.finditer(text):
        end = match.start() + 1  # the closing quotation mark stays inside the content
        start = max(text.rfind("\n", 0, match.start()) + 1, previous)
        while start < end and text[start].isspace():
            start += 1
        previous = match.end()
        if end - start < 2:
            continue
        name_start, name_end = match.span("name")
        if text[name_end - 1] == ".":
            name_end -= 1
        found.append(Found(cue=match.span("dash"), content=(start, end), source=(name_start, name_end)))
    return found
