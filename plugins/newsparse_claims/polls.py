"""Polls as sources: "In a CNN poll, Clinton led ..." and "... a 24-point lead in a CNN poll".

PolNeAR marks "in" before a poll or survey as the cue of an attribution whose source is the poll (as
"according to" is): the real-news guideline's "polls, figures and reports are sources". The poll
word is the trigger (rare in a sentence, so no sentence is read for a common "in"); the rule looks
back from it over the words of one noun phrase to the "in" that opens it.
"""

from __future__ import annotations

from typing import Final

from newsparse_claims.lexicon import PUNCT_BREAK

__all__ = ["POLL_WORDS", "poll_phrase_start"]

POLL_WORDS: Final = frozenset({"poll", "polls", "survey", "surveys"})
# words between "in" and the poll word ("in a new NBC News/Wall Street Journal poll")
MAX_POLL_WORDS: Final = 9

# Words that cannot stand inside the noun phrase "in ... poll": a clause or another phrase opens there.
_NOT_IN_PHRASE: Final = frozenset(
    """
    that which who whom whose and or but to by for of on at with from into about as than after before
    is are was were be been has have had will would could should can may might must do does did
    said says say told showed shows found finds conducted released published taken carried
    """.split()
)


def poll_phrase_start(low: list[str], lo: int, k: int) -> int | None:
    """The index of the "in" opening the noun phrase that the poll word at ``k`` heads, if any.

    ``low`` are the lower-cased token texts and ``lo`` the first token that may be read. Only the
    words of one noun phrase stand between them ("in the latest Reuters/Ipsos poll"); a
    punctuation mark, a verb or a preposition other than "in" ends the search.
    """
    article = False  # an article read since the last word: it must open the phrase ("in Iowa the poll": no)
    for j in range(k - 1, max(lo, k - 1 - MAX_POLL_WORDS) - 1, -1):
        word = low[j]
        if word == "in":
            return j if j + 1 < k and not (article and low[j + 1] not in _ARTICLES) else None
        if (word in PUNCT_BREAK and word not in _IN_NAME_MARKS) or word in _NOT_IN_PHRASE:
            return None
        article = article or word in _ARTICLES
    return None


_ARTICLES: Final = frozenset({"a", "an", "the"})


_IN_NAME_MARKS: Final = frozenset({"'", "’"})  # "Reuters’ poll": a possessive's apostrophe inside the phrase
