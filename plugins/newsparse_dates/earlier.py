""" "earlier" as the time of a report: "the army said earlier it was preparing to withdraw", "PTT
earlier announced a rise", "Earlier, Mr Howard said ..." are ``PAST_REF``, as the guidelines write
it (before publication); "earlier" that orders events ("had earlier failed", "a year earlier",
"earlier forecasts") is not tagged."""

from __future__ import annotations

import re

from newsparse_dates.context import Context, Found

__all__ = ["earlier_reports"]

_REPORTING = (
    r"(?:said|says|told|reported|announced|denied|stated|added|confirmed|claimed|insisted|warned|disclosed"
    r"|revealed|admitted|wrote|estimated|forecast|predicted)"
)
_WORD = re.compile(r"(?i)\bearlier\b")
# the same on the folded lower-cased text, case-sensitive: its literal first (a search skips to it at
# C speed), the edge before it tested after it
_WORD_LOWER = re.compile(r"earlier(?<!\wearlier)\b")
# "said earlier it was": the reporting verb right before, and a clause (or the sentence's end) after
_AFTER_VERB = re.compile(rf"(?i)\b{_REPORTING}\s+$")
_CLAUSE_AFTER = re.compile(
    r"(?i)\s*(?:[,.;:!?\"'”’)]|$)|\s+(?:that|it|he|she|they|we|i|its|his|her|their|the|a|an|this|on|in)\b"
)
# "PTT earlier announced", "had earlier said": the reporting verb right after
_BEFORE_VERB = re.compile(rf"(?i)\s+{_REPORTING}\b")
# "Earlier, Mr Kennedy told ...": opening its sentence, the clause's reporting verb close after
_OPENING_VERB = re.compile(rf"(?i),?\s+[^.;!?]{{0,70}}?\b{_REPORTING}\b")
_OPENING_REACH = 90
# ... with no other past verb before it ("Earlier Botham arrived ... only to be told": not a report)
_OTHER_PAST = re.compile(r"\b(?:[a-z]{2,}ed|was|were|went|came|took|made|met|left|won|lost|began|played)\b")
# "the panel's earlier forecast", "an earlier estimate": an adjective
_DETERMINER = re.compile(r"(?i)(?:\b(?:the|a|an|its|his|her|their|our|this|that)|['’]s?)\s+$")
# "announced earlier in January", "said earlier on Monday": the date after it is the time meant
_DATE_AFTER = re.compile(r"(?i)\s+(?:(?:in|on|at)\s+(?:the\s+)?)?$")


def earlier_reports(found: list[Found], ctx: Context) -> list[Found]:
    """``found`` with a ``PAST_REF`` for every "earlier" that dates a report, where no expression
    already covers it ("earlier this month", "a year earlier")."""
    lowered = ctx.lowered
    at = lowered.find("earlier")
    if at < 0:
        return found
    extra = []
    i = 0
    same = len(lowered) == len(ctx.text)  # then the folded lower-cased text has the text's offsets
    for m in _WORD_LOWER.finditer(lowered, at) if same else _WORD.finditer(ctx.text, at):
        while i < len(found) and found[i].end <= m.start():
            i += 1
        if i < len(found) and found[i].start < m.end():
            continue  # inside "earlier this month", "a year earlier"
        dated = i < len(found) and _DATE_AFTER.match(ctx.text, m.end(), found[i].start) is not None
        if not dated and _reports(m.start(), m.end(), ctx):
            extra.append(Found(m.start(), m.end(), "DATE", "PAST_REF", kind="earlier", reference="published"))
    return sorted(found + extra, key=lambda f: f.start) if extra else found


def _reports(start: int, end: int, ctx: Context) -> bool:
    """Whether "earlier" at ``start``-``end`` is the time of a reporting verb next to it, or opens a
    sentence whose reporting verb follows closely."""
    text = ctx.text
    if _DETERMINER.search(text, max(0, start - 8), start):
        return False
    if _AFTER_VERB.search(text, max(0, start - 12), start) and _CLAUSE_AFTER.match(text, end):
        return True
    if _BEFORE_VERB.match(text, end):
        return True
    lo, hi = ctx.sentence(start)
    if text[lo:start].strip(" \t\r\n\"'“‘(") != "":
        return False
    m = _OPENING_VERB.match(text, end, min(hi, end + _OPENING_REACH))
    return m is not None and _OTHER_PAST.search(text, end, m.end() - 1) is None
