"""Growth rates stated with a copula: "growth for the whole of 2004 was 1.6%" is a rise of 1.6%.

The quantities guideline reads a growth rate as a change (``up``) whatever verb states it; the
context pass finds "growth of 3%" and "grew 3%", this step the rate that is the predicate of a
clause whose subject is growth ("Growth was 1.1%", "growth would be just 1%", "remains at 9.1%").
Also here: the test that a second change of a level follows the first after a phrase of period
("rose 0.6% on the month and 6.1% on the year"), read by the context pass.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from .found import Found, replaced
from .numbers import Words

__all__ = ["cut_after", "growth_rates", "is_owner", "period_and"]

_CHANGE_OF_LEVEL: Final = frozenset({"percent", "currency"})  # the kinds a change of a level is stated for

# "growth" as the subject, then up to 120 characters of its own phrase (no clause break), then a
# copula and at most "at", "just", "an annual rate of", "a breakneck" before the amount
_GROWTH_IS: Final = re.compile(
    r"\bgrowth\b(?P<phrase>[^.;:,!?\"()]{0,150}?)\s"
    r"(?:was|is|were|are|be|been|remains|remained|stood|stands)"
    r"(?:\s+(?:at|just|only|an annual rate of|a [a-z]+))*\s+$",
    re.IGNORECASE,
)
_CLAUSE_WORDS: Final = re.compile(r"\b(?:and|but|while|which|that|said|says|than|whereas)\b", re.IGNORECASE)


# an aside between dashes ("growth - the main target of curbs on credit and investment - was")
_ASIDE: Final = re.compile(r"\s[-\u2013\u2014]\s.*?\s[-\u2013\u2014](?:\s|$)")


def growth_rates(words: Words, found: Sequence[Found]) -> list[Found]:
    """The amounts, a percentage or money with no change that its words state as a change made one:
    "growth ... was 1.6%", "the rise was 8.2 percent", "2.5 percent GDP growth", "off 47.5 percent"."""
    return [_stated(words.text, f) if f.kind in _CHANGE_OF_LEVEL and f.change is None else f for f in found]


def _stated(text: str, f: Found) -> Found:
    """``f`` with the direction its neighbouring words state (:func:`growth_rates`), if any."""
    before = text[max(0, f.start - 40) : f.start]
    if "off" in before and _OFF.search(before):
        return replaced(f, change="down")  # "totalled 3,684 tonnes, off 47.5 percent from 7,011"
    if f.kind != "percent" or f.modifier is not None:
        return f
    noun = _NOUN_IS.search(before) if before.endswith(_COPULA_ENDS) else None
    if noun is None:
        noun = _NOUN_AFTER.match(text, f.end)
    if noun is not None:
        return replaced(f, change="down" if str.lower(noun.group("noun")) in _FALLS else "up")
    return _growth(text, f)


# "off" right after a comma or a verb of a level before the amount: a fall ("shares were off 12 cents")
_OFF = re.compile(r"(?:,|\b(?:was|were|is|are|closed|ended|finished|trading|traded|stood))\s+off\s+$", re.I)
_FALLS: Final = frozenset({"fall", "decline", "drop", "decrease"})
_COPULA_ENDS: Final = ("was ", "is ", "were ", "be ")  # (a cheap test before _NOUN_IS)
# a change noun as the subject right before the copula: "The year-on-year rise was 8.2 percent"
_NOUN_IS: Final = re.compile(
    r"\b(?P<noun>rise|increase|gain|fall|decline|drop|decrease)\s+(?:was|is|were|would be|will be)\s+$", re.I
)
# a change noun after a percentage and one to three words of what grows: "2.5 percent GDP growth"
_NOUN_AFTER: Final = re.compile(
    r"\s+(?:(?:[A-Z]{2,5}|(?i:annual|yearly|quarterly|monthly|year-on-year|year-over-year|real|nominal|"
    r"underlying|average|economic|gross|domestic|national|product|industrial|sales|earnings|profit|"
    r"revenue|price|wage|pay|output|export|import|production|volume|money|supply|credit|loan|"
    r"job|employment|population|traffic|passenger|dividend|rent))\s+){1,3}"
    r"(?P<noun>growth|rise|increase|gain|fall|decline|drop|decrease)\b"
)


def _growth(text: str, f: Found) -> Found:
    """``f`` as a rise when the words before it say "growth ... was" (module docstring)."""
    if f.modifier is not None or "growth" not in str.lower(text[max(0, f.start - 190) : f.start]):
        return f
    match = _GROWTH_IS.search(text, max(0, f.start - 190), f.start)
    if match is None or _CLAUSE_WORDS.search(_ASIDE.sub(" ", match.group("phrase"))):
        return f
    return replaced(f, change="up")


# a short phrase of period or comparison between two changes of a level: "rose 0.6% on the month and
# 6.1% on the year", "up $5 from last Friday and $7 over the last quote" (percentages and money only)
_PERIOD_AND: Final = re.compile(
    r"\s*(?:on|in|over|from|for|during|against)\b[^.;:()!?]{0,30}?\b(?:and|or)\s*", re.IGNORECASE
)
_SHARE_OF: Final = re.compile(r"\s+of\b", re.IGNORECASE)


def period_and(words: Words, f: Found, between: str) -> bool:
    """Whether a percentage or an amount of money follows a change of the same unit after a short
    phrase of period and "and"/"or" (:data:`_PERIOD_AND`), and is no share ("20% of staff")."""
    if f.kind not in _CHANGE_OF_LEVEL or _PERIOD_AND.fullmatch(between) is None:
        return False
    return _SHARE_OF.match(words.text, f.end) is None


_OWNERS: Final = frozenset("'s ’s its their his her our the an".split())
_PRONOUN_HAS: Final = frozenset("it he she that there what who which".split())


def is_owner(word: str) -> bool:
    """A possessive or determiner ("Gencor's", "its"; not "it's", it has) before a participle makes
    the participle an adjective: "Gencor's increased 41.5 percent stake" states no change."""
    return word in _OWNERS or (word.endswith(("'s", "’s")) and word[:-2] not in _PRONOUN_HAS)


# "30,000 jobs are to go", "560 will be lost", "104,000 jobs would be cut", "posts have been axed":
# after the amount (and its counted noun) a passive of a cut or "to go" says the amount is cut
_CUT_AUX = frozenset("will would could may might are is were was have has had be been to also now".split())
_BE: Final = frozenset({"be", "been", "are", "is", "were", "was"})
_GONE_AT = frozenset("at in from by over across as under within with and after before during next".split())
_CUT_VERBS: Final = frozenset("lost cut axed shed slashed scrapped eliminated".split())
# the nouns whose cut is the size of a fall ("10,000 phones are lost or stolen", "six units would be
# scrapped" count what went)
_CUT_KINDS: Final = frozenset({"number", "currency"})  # ("8% were lost": a share, not a count cut)
_LOST_FALLS: Final = frozenset("jobs posts positions places seats members staff workers".split())


def cut_after(words: Words, f: Found, last: int) -> str | None:
    """``down`` when a passive of a cut ("will be lost", "had been axed") or "are to go" follows the
    amount ending at word ``last`` and its counted noun: the amount is the size of a fall (guideline:
    jobs lost or cut are changes); "of them" may come between ("31,000 to 160,000 of them could be lost")."""
    lower, n = words.lower, words.size
    if f.kind not in _CUT_KINDS or (f.counted is not None and lower[f.counted[1]] not in _LOST_FALLS):
        return None  # "The bottom two income tax rates were also cut": a count of what was cut
    k = max(last, f.counted[1] if f.counted is not None else last) + 1
    if k + 1 < n and lower[k] == "of" and lower[k + 1] in ("them", "those"):
        k += 2
    start, passive = k, False
    while k < n and k - start < 4 and lower[k] in _CUT_AUX:
        passive = passive or lower[k] in _BE
        k += 1
    if k >= n or k == start or not words.texts[k].isalpha():
        return None
    verb = lower[k]
    if verb == "go":  # "30,000 jobs are to go, ...", "400 are to go at the Inland Revenue" (not "go home")
        after = lower[k + 1] if k + 1 < n else "."
        gone = k - start == 2 and lower[start] in ("are", "is") and (not after.isalpha() or after in _GONE_AT)
        return "down" if gone else None
    return "down" if verb in _CUT_VERBS and passive else None

