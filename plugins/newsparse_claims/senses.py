"""Cue words in another sense: "Hundreds more showed up to hear her", "a liberal think tank", "filming
television shows", "who helped found the group", "a news report published Wednesday". The word is a
verb of saying, finding or thinking only outside these phrases; "Polls show up to 40 percent ..." (a
quantity after "up to") still reports, and so does "CBS News reports that ..." (a name, capitalised).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

__all__ = ["OTHER_SENSE_WORDS", "adverbs_only", "other_sense"]

_SHOW: Final = frozenset({"show", "shows", "showed"})
_THINK: Final = frozenset({"think", "thinks"})
_TANKS: Final = frozenset({"tank", "tanks"})
# Nouns before "show(s)" that make it a programme ("his TV show", "radio shows").
_PROGRAMMES: Final = frozenset("tv television radio talk reality game cooking quiz chat variety".split())
_REPORTS: Final = frozenset({"report", "reports"})
_HELP: Final = frozenset({"help", "helps", "helped", "helping"})
OTHER_SENSE_WORDS: Final = _SHOW | _THINK | _REPORTS | {"found"}  # the only words :func:`other_sense` reads
_NUMBER_WORDS: Final = frozenset("a an one two three four five six seven eight nine ten half".split())


def other_sense(texts: Sequence[str], low: Sequence[str], lo: int, i: int) -> bool:
    """Whether the cue word at ``i`` stands in a phrase of another sense ("showed up", "think tank").

    ``texts`` are the tokens as written, ``low`` the same lower-cased.
    """
    word = low[i]
    after = low[i + 1] if i + 1 < len(low) else ""
    if word in _REPORTS:
        return i > lo and texts[i - 1] == "news"  # "a news report", not "CBS News reports"
    if word == "found":  # "who helped found the DLC": established; "a site found to be a threat": passive
        return (i > lo and low[i - 1] in _HELP) or low[i + 1 : i + 3] == ["to", "be"]
    if word in _THINK:
        return after in _TANKS
    if word not in _SHOW:
        return False
    if word != "showed" and i > lo and low[i - 1] in _PROGRAMMES:
        return True  # "his TV show", not "Russian television showed a clip" (a report)
    return after == "up" and not _up_to_number(low, i + 2)


def _up_to_number(low: Sequence[str], k: int) -> bool:
    """Whether "to" and a number follow at ``k`` ("show up to 40 percent"): a quantity, not "show up"."""
    if k + 1 >= len(low) or low[k] != "to":
        return False
    nxt = low[k + 1]
    return nxt[:1].isdigit() or nxt[:1] in "$£€" or nxt in _NUMBER_WORDS


def adverbs_only(low: Sequence[str], j: int, i: int) -> bool:
    """Whether the cue at ``i`` is an adjective after the adverbs ``[j, i)`` ("Hughes's previously
    announced plan"): no auxiliary among them ("Lee's already said" is "Lee has") and a noun after it."""
    after = low[i + 1] if i + 1 < len(low) else ""
    return after.isalpha() and after not in _NOT_NOUNS and not _AUXILIARIES.intersection(low[j:i])


# Auxiliaries and negations a cue may follow: "Lee's already said" is "Lee has already said".
_AUXILIARIES: Final = frozenset(
    "has have had would will did does do not never could may might should must can n't n’t".split()
)
# Words after a cue that open its content or object, not a noun it qualifies.
_NOT_NOUNS: Final = frozenset(
    """
    that to the a an this these those his her its their our my your he she it they we i you him them
    us me what whether if how why when where in on at for of with by from as about and or but
    """.split()
)
