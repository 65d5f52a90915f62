"""Seasons ("last fall", "this summer", "the winter of 1994"): which one the text means, and its year."""

from __future__ import annotations

import re

from newsparse_dates.context import Context, _date, _mod, _norm, _Partial
from newsparse_dates.lexicon import SEASONS
from newsparse_dates.pieces import _REL

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
    cur_season = {12: "WI", 1: "WI", 2: "WI", 3: "SP", 4: "SP", 5: "SP", 6: "SU", 7: "SU", 8: "SU"}.get(
        ref.month, "FA"
    )
    order = ["WI", "SP", "SU", "FA"]
    year = ref.year
    offset = _REL.get(rel, 0) if rel not in ("early", "late", "mid") else 0
    tense = ctx.tense(m.start(), m.end(), reporting=False)  # "said" dates the report
    if offset < 0 or (offset == 0 and tense < 0 and not rel.startswith("this")):
        ahead = order.index(season) > order.index(cur_season) and season != "WI"
        lo, hi = ctx.sentence(m.start())
        if not (ahead and offset == 0 and _CONDITIONAL.search(ctx.text, lo, hi)):
            # (a season still ahead in a sentence that says "if" or "would" is this year's)
            if order.index(season) >= order.index(cur_season):
                year -= 1
    elif offset > 0 and order.index(season) <= order.index(cur_season):
        year += 1
    if season == "WI" and ref.month in (1, 2):
        year -= 1
    return _date("DATE", f"{year:04d}-{season}", True, mod)


_CONDITIONAL = re.compile(r"(?i)\b(?:if|unless|would|will|could|might|expected|plans?)\b")
