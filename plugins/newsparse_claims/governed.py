"""Cues governed by another verb or phrase: "went on to say", "continued to insist", "made it clear".

PolNeAR's cues (and the real-news guidelines' "with their auxiliaries") include a speech verb
under a verb of continuing, trying or seeming ("continued to insist that ...", "appeared to
suggest ...", "was quick to point out ...") and the phrases "made (it) clear/plain" and "made the
case". The speech verb is the cue word; its source is the subject of the governing verb, read
from where that verb's auxiliaries start (the caller's subject rules). Only the closed word lists
below fire, so the rule costs nothing where none of them stands before "to".
"""

from __future__ import annotations

from typing import Final

from newsparse_claims.intents import INTENT_WORDS, intends

__all__ = ["GOVERNED_TRIGGERS", "TO_CUES", "governing_start", "rare_cue_fits", "yields_to_governed"]

# Speech verbs in their base form: cues only after a governing verb and "to" ("went on to insist").
TO_CUES: Final = frozenset(
    """
    say suggest argue insist deny blame warn defend criticize criticise accuse explain note
    dismiss reject tout describe question praise predict admit concede stress emphasize emphasise
    imply urge indicate acknowledge reassure portray characterize highlight remind assure declare
    announce mock attack slam blast complain mention cast paint dispute point
    """.split()
)
# Verbs that govern a speech verb through "to" without making it hypothetical ("continued to say");
# not "want", "plan", "hope", "seek": those say nothing was said yet; not a participle ("trying to"),
# whose subject the word rules cannot find; not "claim" ("went on to claim the title").
_GOVERNORS: Final = frozenset(
    """
    continue continues continued seem seems seemed appear appears appeared try tries tried attempt
    attempts attempted hastened proceeded
    """.split()
)
_GO_ON: Final = frozenset({"went", "goes", "go", "going", "gone"})  # "went on to say"
_BE: Final = frozenset({"is", "are", "was", "were", "be", "been", "'s", "’s"})
_QUICK: Final = frozenset({"quick", "careful", "eager", "keen"})  # "was quick to point out"
_MAKE: Final = frozenset({"made", "makes"})  # not "should make clear": a demand, not a statement
_CLEAR: Final = frozenset({"clear", "plain"})  # "made (it) clear", "made plain"
_CASE_AFTER: Final = frozenset({"that", "for", "against", "to"})  # "made the case that / for ..."

# Words that end a governed cue and are not speech verbs ("made it clear", "made the case").
GOVERNED_TRIGGERS: Final = TO_CUES | _CLEAR | {"case"}


def governing_start(low: list[str], lo: int, i: int) -> int | None:
    """For a cue word at ``i`` governed by a verb before it, the index of that verb; else None.

    "continued to insist" → "continued"; "went on to say" → "went"; "was quick to note" → "was";
    "made it clear" → "made"; "made the case that" → "made". The caller reads the subject before it.
    """
    word = low[i]
    if word in _CLEAR:
        if i - 1 >= lo and low[i - 1] in _MAKE:
            return i - 1
        if i - 2 >= lo and low[i - 1] == "it" and low[i - 2] in _MAKE:
            return i - 2
        return None
    if word == "case":
        after = low[i + 1] if i + 1 < len(low) else ""
        if i - 2 >= lo and low[i - 1] == "the" and low[i - 2] in _MAKE and after in _CASE_AFTER:
            return i - 2
        return None
    if i - 2 < lo or low[i - 1] != "to":
        return None
    k = i - 2
    if low[k] in _GOVERNORS:
        return k
    if low[k] == "on" and k - 1 >= lo and low[k - 1] in _GO_ON:
        return k - 1
    if low[k] in _QUICK and k - 1 >= lo and low[k - 1] in _BE:
        return k - 1
    return None


def yields_to_governed(low: list[str], lo: int, i: int) -> bool:
    """Whether the verb at ``i`` governs a speech verb after "to" ("continued to say"): that is the cue."""
    if i + 2 >= len(low) or low[i + 1] != "to":
        return False
    return low[i + 2] in TO_CUES and governing_start(low, lo, i + 2) == i


def rare_cue_fits(low: list[str], k: int, that_words: frozenset[str]) -> bool:
    """Whether a rare cue word at ``k`` stands where it can be a cue: the cheap prefilter of the rules.

    A speech verb after "to", "clear" after "made"/"it", "case" after "the", and a word of
    ``that_words`` (the that-cues and noun cues) before "that" ("point out that" too).
    """
    word = low[k]
    before = low[k - 1] if k > 0 else ""
    after = low[k + 1] if k + 1 < len(low) else ""
    if word in that_words and (after == "that" or (word == "point" and after == "out")):
        return True
    if word in INTENT_WORDS:
        return intends(low, k, len(low))  # "is planning to", "is demanding that"
    if word in _CLEAR:
        return before in _MAKE or before == "it"
    if word == "case":
        return before == "the"
    return before == "to" and word in TO_CUES
