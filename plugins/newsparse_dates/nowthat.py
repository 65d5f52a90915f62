"""Whether "now" opens the conjunction "now that" ("But now that we know ..."): no time, as the
guidelines say ("now" in "now that"), where a clause starts just before it."""

from __future__ import annotations

import re

from newsparse_dates.context import Context

_THAT = re.compile(r"\s+that\b")
# what may stand just before a clause's first word: the text's start, a line break, a comma, a colon or
# semicolon, a bracket, a quotation mark or a dash, or a coordinating conjunction ("but", "and", "so")
_CLAUSE_OPENS = re.compile(r"(?:^|[\n,;:(\"“‘—–]\s*|\s-\s*|\b(?:but|and|so|yet|or)\s+)$")


def conjunction_now(start: int, end: int, ctx: Context) -> bool:
    """Whether the "now" at ``start``-``end`` is followed by "that" and opens a clause (capitalised, or
    after :data:`_CLAUSE_OPENS`): "Now that ...", ", now that ...", "But now that ...", "— now that ..."."""
    if not _THAT.match(ctx.text, end):
        return False
    return ctx.text[start] == "N" or _CLAUSE_OPENS.search(ctx.before(start, 8)) is not None
