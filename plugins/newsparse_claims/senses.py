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


def other_sense(texts: Sequence[str], low: list[str], lo: int, i: int) -> bool:
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
    if after == "off":
        return True  # "Siemens showed off a system": a display, not a finding
    if word == "show" and texts[i] == "show" and named_show(texts, low, lo, i):
        return True  # "a tsunami benefit show", "the Channel 4 show": the noun
    return after == "up" and not _up_to_number(low, i + 2)


def named_show(texts: Sequence[str], low: list[str], lo: int, i: int) -> bool:
    """Whether "show" at ``i`` is the noun after a singular modifier ("talent show", "the BBC show").

    The verb "show" (not "shows") needs a plural subject, a modal or "to" before it ("figures show",
    "can show", "to show"): a singular word, a number or a name before it makes it the noun. Not
    before "that" or a possessive (a clause: "figures ... show Singapore's economy grew"); a name
    counts only after a determiner or possessive ("the Fox show", not "Chelsea show their class").
    """
    after = low[i + 1] if i + 1 < len(low) else ""
    if i <= lo or after == "that" or after.endswith(("'s", "’s")):
        return False
    before, written = low[i - 1], texts[i - 1]
    if before in _VERB_BEFORE or before in _PLURAL_NOUNS or before.endswith(("s", "ly", "ed")):
        return False  # "figures show", "can show", "clearly show", "helped show", "data show"
    if not (before.isalpha() or before[:1].isdigit() or "-" in before):
        return False  # punctuation, "children's"
    k = i - 1
    while k > lo and i - k < 4 and _modifier(texts[k - 1], low[k - 1]):
        k -= 1  # back over the modifiers: "the West End show", "a tsunami benefit show"
    if k <= lo:
        return written.islower() or before[:1].isdigit()  # "TV talent show The X Factor"
    if low[k - 1] in _SHOW_DETERMINERS:
        return not _subject_of_preposition(low, lo, k - 1)  # not "figures from the trade ministry show"
    if low[k - 1].endswith(("'s", "’s", "s'")):
        return True  # "Andrew Collins' afternoon show", "BBC 6 Music's chart show"
    return written.islower() or before[:1].isdigit()


def _modifier(written: str, word: str) -> bool:
    """Whether a word may stand inside the noun phrase before "show": a name, number or plain word."""
    if written[:1].isupper() or written[:1].isdigit():
        return True
    return (word.isalpha() or "-" in word) and word not in _VERB_BEFORE and word not in _SHOW_DETERMINERS


def _subject_of_preposition(low: list[str], lo: int, det: int) -> bool:
    """Whether the determiner at ``det`` opens the object of a preposition after a plural noun or a
    participle ("pictures of the animations for the new film show that", "Data collected by the
    Bureau show"): the phrase before "show" is then the tail of the verb's subject."""
    if det - 2 < lo or low[det - 1] not in _SUBJECT_PREPOSITIONS:
        return False
    head = low[det - 2]
    return head in _PLURAL_NOUNS or (head.endswith(("s", "ed")) and not head.endswith(("'s", "’s")))


_VERB_BEFORE: Final = frozenset(
    """
    to not n't n’t can could will would may might must should shall do did does didn't doesn't don't
    let help make made and or but who which that they we you i also still even often never just now
    then only all both each there here again today yesterday
    """.split()
)
_PLURAL_NOUNS: Final = frozenset(
    "data media people police men women children staff public criteria cattle personnel".split()
)
_SHOW_DETERMINERS: Final = frozenset("the a an his her their its our my your whose this".split())
_SUBJECT_PREPOSITIONS: Final = frozenset("of from by for in at on with".split())


def _up_to_number(low: list[str], k: int) -> bool:
    """Whether "to" and a number follow at ``k`` ("show up to 40 percent"): a quantity, not "show up"."""
    if k + 1 >= len(low) or low[k] != "to":
        return False
    nxt = low[k + 1]
    return nxt[:1].isdigit() or nxt[:1] in "$£€" or nxt in _NUMBER_WORDS


def adverbs_only(low: list[str], j: int, i: int) -> bool:
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
