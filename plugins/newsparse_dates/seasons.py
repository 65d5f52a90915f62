"""Seasons ("last fall", "this summer", "the winter of 1994"): which one the text means, and its year."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from newsparse_dates.context import Context, _date, _mod, _norm, _Partial
from newsparse_dates.lexicon import SEASONS
from newsparse_dates.pieces import _REL

# the seasons in the order of a year as the layer counts it: a winter ("2015-WI") runs from its
# December to February, so it closes the year that names it
_CYCLE = ("SP", "SU", "FA", "WI")

_FALL_NOUN = re.compile(
    r"(?i)\s+(?:of|in|from|to|on|by)\b(?!\s+(?:(?:the|last|this|next|that)\s+)?(?:(?:1[6-9]|20)\d\d|year)\b)"
)


# a noun after "the <season>" ("the winter snow line"), not a word that makes the season a time of its
# own ("the winter months", "the summer of 1994", "the spring when ...", "the summer saw ...")
_SEASON_NOUN_AFTER = re.compile(
    r" (?!(?:months?|weeks?|days?|season|period|time|of|from|to|and|or|in|on|at|by|for|before|after|since"
    r"|until|than|is|was|were|are|has|had|have|will|would|could|may|might|should|the|a|an|that|which|when"
    r"|as|with|saw|brought|began|came|too|also|again|ahead|alone|there|here|so|it|we|he|she|they|instead"
    r"|though|anyway|yet|now|then|already|still|either|onwards)\b)"
    r"(?![a-z]+ed\b)[a-z]{3,}\b"
)


def _h_season(m: re.Match[str], ctx: Context) -> _Partial | None:
    """Seasons: "last fall", "this summer", "the winter of 1994", "spring 2011"."""
    season = SEASONS[str.lower(m["s"])]
    rel = _norm(m["rel"])
    mod = _mod(rel) if rel in ("early", "late", "mid") else None
    if m["year"]:
        return _date("DATE", f"{m['year']}-{season}", False, mod)
    if m["the"] and not rel and _SEASON_NOUN_AFTER.match(ctx.text, m.end()):
        return None  # "the winter snow line", "the spring collection": the season names a kind, no time
    if str.lower(m["s"]) == "fall" and not rel and _FALL_NOUN.match(ctx.text, m.end()):
        return None  # "the fall of Ouadi Doum", "the fall in rice production": a collapse, a drop
    if not rel and not m["the"]:
        prev = ctx.before(m.start(), 12).split()
        if not prev or prev[-1] not in (
            "in",
            "during",
            "since",
            "until",
            "by",
            "this",
            "over",
            "through",
            "an",
        ):
            return None
        if str.lower(m["s"]) == "fall":
            return None  # "prices fall": the verb
    if m["s"][0].isupper() and m.start() > 0 and ctx.text[m.start() - 2 : m.start()].strip() not in ("", "."):
        return None  # "Arab Spring" and other names
    ref = ctx.ref
    if ref is None:
        return _Partial("DATE", f"XXXX-{season}", mod)
    offset = _REL.get(rel, 0) if rel not in ("early", "late", "mid") else 0
    tense = ctx.tense(m.start(), m.end(), reporting=False)  # "said" dates the report
    lo, hi = ctx.sentence(m.start())
    said_if = lambda: bool(_CONDITIONAL.search(ctx.text, lo, hi))  # noqa: E731
    year = season_year(season, ref, offset, tense, rel.startswith("this"), said_if)
    return _date("DATE", f"{year:04d}-{season}", True, mod)


def _season_now(ref: dt.date) -> int:
    """The season ``ref`` falls in, as a count of seasons: year * 4 + its place in :data:`_CYCLE`
    (January and February are the winter that began the December before)."""
    if ref.month < 3:
        return (ref.year - 1) * 4 + 3
    return ref.year * 4 + (ref.month - 3) // 3


def season_year(
    season: str, ref: dt.date, offset: int, tense: int, this: bool, conditional: Callable[[], bool]
) -> int:
    """The year of the ``season`` a text of ``ref`` means: "last" (``offset`` -1) the one before the
    season ``ref`` is in, "next" the one after it; in a past clause (``tense`` -1, not "this") the last
    one before it, unless this year's is still ahead and the sentence is ``conditional``; in a future
    clause the one ``ref`` is in or the next (in December, "this summer will" is next year's); else
    this calendar year's. Seasons run spring to winter, a winter from its December, as its interval does."""
    now = _season_now(ref)
    place = _CYCLE.index(season)
    this_year = (ref.year - 1 if season == "WI" and ref.month < 3 else ref.year) * 4 + place
    if offset < 0:
        found = now - ((now - place) % 4 or 4)
    elif offset > 0:
        found = now + ((place - now) % 4 or 4)
    elif tense < 0 and not this:
        found = this_year if this_year > now and conditional() else now - ((now - place) % 4 or 4)
    elif tense > 0:
        found = now + (place - now) % 4
    else:
        found = this_year
    return found // 4


_CONDITIONAL = re.compile(r"(?i)\b(?:if|unless|would|will|could|might|expected|plans?)\b")
