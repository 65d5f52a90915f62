"""Reports of a report: "X was quoted (by Y) as saying ..." is X's claim; "Y quoted X as saying ..."
(a newspaper, an agency) is one claim of Y, the outermost attribution, whose cue is "quoted" and
whose content is what X said: after "as saying", or the quotation before it ('"...," AP quoted
prosecutor Ann Lee as saying.'). The quoted speaker stays inside, as the claims guideline annotates.
"""

from __future__ import annotations

from typing import Final

from newsparse.text import TokenColumns
from newsparse_claims.lexicon import PASSIVE_MARKERS, PREPOSITIONS, PUNCT_BREAK
from newsparse_claims.phrases import clause_start, comma_before, skip_back, source_before, trim

__all__ = ["MAX_QUOTED_BY", "MAX_QUOTED_SPEAKER", "quoted_as", "quoted_saying", "quoting", "quoting_content"]

# tokens between "quoted" and "as saying" ("quoted by the state news agency as saying")
MAX_QUOTED_BY: Final = 6
MAX_QUOTED_SPEAKER: Final = 12  # tokens of the speaker of "Y quoted X as saying" ("an officer in the Amherst,
# N.Y., Police Department"): commas inside it, no other break
_SPEAKER_BREAKS: Final = PUNCT_BREAK - {","}


def quoted_as(cols: TokenColumns, low: list[str], lo: int, i: int) -> tuple[int, int] | None:
    """The subject of "X was quoted [by Y] as saying" for the "saying" at ``i``, if it is one."""
    if i - 3 < lo or low[i - 1] != "as":
        return None
    for q in range(i - 2, max(lo, i - 2 - MAX_QUOTED_BY) - 1, -1):
        if low[q] == "quoted":
            break
        if low[q] in PUNCT_BREAK:
            return None
    else:
        return None
    be = skip_back(low, lo, q)
    if be <= lo or low[be - 1] not in PASSIVE_MARKERS:
        return None
    src = source_before(cols, low, lo, skip_back(low, lo, be - 1))
    return src if src[0] < src[1] else None


def quoting(cols: TokenColumns, low: list[str], lo: int, i: int) -> tuple[int, tuple[int, int]] | None:
    """For the "saying" at ``i`` of an active "Y quoted X as saying": the index of "quoted" and Y's
    tokens (the subject before it), else None (a passive "was quoted" is :func:`quoted_as`'s)."""
    if i - 3 < lo or low[i - 1] != "as":
        return None
    for q in range(i - 3, max(lo, i - 2 - MAX_QUOTED_SPEAKER) - 1, -1):
        if low[q] == "quoted":
            break
        if low[q] in _SPEAKER_BREAKS:
            return None
    else:
        return None
    be = skip_back(low, lo, q)
    if be <= lo or low[be - 1] in PASSIVE_MARKERS or low[be - 1] in PUNCT_BREAK:
        return None
    src = source_before(cols, low, lo, be)
    return (q, src) if src[0] < src[1] else None


def quoted_saying(
    cols: TokenColumns, low: list[str], lo: int, i: int
) -> tuple[str, int, int, tuple[int, int]] | None:
    """The cue of a quoted speaker's "saying" at ``i``, as the word rules hold cues: "Lee was quoted
    (by AP) as saying" (a verb, Lee its source), "AP quoted Lee as saying" (AP's quoting); else None."""
    if (quoted := quoted_as(cols, low, lo, i)) is not None:
        return ("verb", i, i + 1, quoted)
    if (active := quoting(cols, low, lo, i)) is not None:
        return ("quoting", active[0], i + 1, active[1])
    return None


def quoting_content(
    low: list[str], lo: int, said: int, who: tuple[int, int], cut: int
) -> tuple[int, int]:
    """The content of "Y quoted X as saying" (``said`` the index after "saying", ``who`` Y): what
    follows before ``cut``, unless a quotation ends with a comma before Y and only an adverbial
    follows ('"...," Apcom quoted lawmakers as saying in a statement.'): then that quotation."""
    after = trim(low, said, cut)
    comma = comma_before(low, lo, who[0])
    if comma is None or (after[0] < after[1] and low[after[0]] not in PREPOSITIONS):
        return after
    return trim(low, clause_start(low, lo, comma, cuts=False), comma)
