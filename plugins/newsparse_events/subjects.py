"""The single victims a casualty clause names outside its own subject: the main clause's subject of
"after being wounded", the subject of "suffered injuries", and a name before ", who was killed".

Split from :mod:`.recognise` (session 15) by theme; each reads a few tokens around its trigger.
"""

from __future__ import annotations

from newsparse import Span
from newsparse.text import TokenColumns
from newsparse_events.context import Sentence
from newsparse_events.singles import singles_before
from newsparse_events.triggers import Trigger

__all__ = ["INJURY_NOUNS", "adjunct_subject", "sufferer", "violent_relative"]


_ADJUNCT_OPENERS = frozenset({"after", "before", "despite"})
_MAIN_VERBS = frozenset({"is", "are", "was", "were", "remains", "remain", "remained"})
MAX_ADJUNCT_SKIP = 2  # adverbs between "being" and the trigger ("after being critically wounded")


def adjunct_subject(text: str, tokens: TokenColumns, s: Sentence, trig: Trigger) -> list[tuple[Span, Span]]:
    """The single subjects of the main clause of "after being wounded": "Another soldier and an
    interpreter are in stable condition after also being wounded" gives the soldier and the interpreter."""
    k = trig.a - 1
    while k > s.lo and trig.a - k <= MAX_ADJUNCT_SKIP and str.lower(tokens.texts[k]).endswith("ly"):
        k -= 1  # "after being seriously wounded"
    if k - 1 < s.lo or str.lower(tokens.texts[k]) != "being":
        return []
    k -= 1
    if str.lower(tokens.texts[k]) == "also":
        k -= 1
    if k < s.lo or str.lower(tokens.texts[k]) not in _ADJUNCT_OPENERS:
        return []
    verb = next((j for j in range(s.lo, k) if str.lower(tokens.texts[j]) in _MAIN_VERBS), None)
    return singles_before(text, tokens, s.lo, verb) if verb is not None else []


INJURY_NOUNS = frozenset({"injury", "injuries", "wound", "wounds"})
_SUFFER_VERBS = frozenset({"suffered", "sustained", "received"})
MAX_INJURY_MODIFIERS = 3  # words between "suffered" and "injury" ("a minor arm injury")


def sufferer(text: str, tokens: TokenColumns, s: Sentence, trig: Trigger) -> list[tuple[Span, Span]]:
    """The single subject of "suffered/sustained/received [a minor arm] injury": "one protester received"."""
    k = trig.a
    while (
        k > s.lo and trig.a - k < MAX_INJURY_MODIFIERS and str.lower(tokens.texts[k - 1]) not in _SUFFER_VERBS
    ):
        if not tokens.texts[k - 1].isalpha() or not tokens.texts[k - 1].islower():
            return []
        k -= 1
    if k <= s.lo or str.lower(tokens.texts[k - 1]) not in _SUFFER_VERBS:
        return []
    return singles_before(text, tokens, s.lo, k - 1)


# triggers that tell a life's end as often as a casualty: "Ray Charles, who died in 2004" is biography
_PLAIN_ENDS = frozenset({"died", "dies", "die", "dead", "death", "injured", "hurt", "wounded", "missing"})


def violent_relative(tokens: TokenColumns, s: Sentence, trig: Trigger, k: int) -> bool:
    """Whether ", who" stands before a violent trigger at token ``k``: "McCartney, who was killed"."""
    if k - 3 < s.lo or str.lower(tokens.texts[k - 1]) != "who" or tokens.texts[k - 2] != ",":
        return False
    return str.lower(tokens.texts[trig.a]) not in _PLAIN_ENDS
