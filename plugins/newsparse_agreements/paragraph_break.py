"""A premodifier chain stops at a paragraph break: a title's last words are no side of the next
paragraph's agreement head ("... the Quick Response Team" + blank line + "Agreement creates ...")."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from .context import Hit

__all__ = ["within_paragraph"]

# A blank line: a line break, then nothing but spaces or tabs up to the next one (paragraphs, a
# headline or title above its body).
_BLANK_LINE: Final = re.compile(r"\n[^\S\n]*\n")


def within_paragraph(text: str, chain: Sequence[Hit], head: int) -> list[Hit]:
    """The names of ``chain`` that stand in the paragraph of the head starting at ``head``.

    A name before the last blank line ahead of the head belongs to the paragraph above (a title, a
    headline), so it is dropped: no premodifier reads across a paragraph."""
    if not chain:
        return []
    cut = max((blank.end() for blank in _BLANK_LINE.finditer(text, chain[0].start, head)), default=-1)
    return [hit for hit in chain if hit.start >= cut]
