"""A place named inside a source phrase that only qualifies its head, so is not the source's entity.

"Police in southwest China", "two non-Iranian sources", "The Syrian opposition", "Japanese firms",
"three US insurance executives": the guideline gives collective and unofficial sources no entity
(a nation's firms, critics or consumers are not the nation speaking); "Iranian officials" and
"Russian authorities" keep their state.
"""

from __future__ import annotations

from typing import Final

__all__ = ["place_modifier"]

# Prepositions that put a place in a modifier of the source's head ("Police in southwest China",
# "councillors from Nottingham").
_PLACE_PREPOSITIONS: Final = frozenset("in at across outside inside throughout around from".split())
# Heads that a nation adjective does not make that nation's voice ("The Syrian opposition"; "the
# German company": a firm of that nation), in any case.
_NATION_HEADS: Final = frozenset(
    """
    sources source opposition rebels rebel insurgents militants dissidents exiles refugees analysts
    analyst experts diplomats traders dealers witnesses residents observers economists critics
    activists protesters media press newspapers villagers survivors
    company firm giant group club bank carrier airline retailer maker manufacturer insurer operator
    team side
    """.split()
)
# the same heads and more, read only written in lower case (a capital makes a name: "the Scottish
# Executive"), a plural as its singular
_COLLECTIVE_HEADS: Final = _NATION_HEADS | frozenset(
    """
    investor broker executive consumer politician pundit professional player fan supporter voter
    viewer customer shopper worker student scientist researcher doctor academic commentator
    journalist reporter broadcaster channel station university producer exporter importer farmer
    business boy girl motorist
    """.split()
)

# words that make a run of lower-case words before a collective head the state's own
_OFFICIAL_WORDS: Final = frozenset("state government official military army national".split())


def _collective(word: str) -> bool:
    """Whether a lower-case head word names a collective or unofficial source ("firms", "companies")."""
    if not word.islower():
        return False
    if word in _COLLECTIVE_HEADS:
        return True
    if word.endswith("ies"):
        return word[:-3] + "y" in _COLLECTIVE_HEADS  # "companies"
    if word.endswith("es") and word[:-2] in _COLLECTIVE_HEADS:
        return True  # "businesses"
    return word.endswith("s") and word[:-1] in _COLLECTIVE_HEADS  # "firms", "executives"


def place_modifier(text: str, start: int, end: int, m_start: int, m_end: int) -> bool:
    """Whether the place mention ``[m_start, m_end)`` only qualifies the source phrase ``[start, end)``.

    It follows "in"/"from" ..., is written "non-X", or is an adjective before a collective head:
    the word right after it, or the last word of a run of lower-case words ("US insurance executives").
    """
    before = str.lower(text[start:m_start])
    if before.endswith("non-"):
        return True  # "two non-Iranian sources"
    words = before.replace(",", " ").split()
    if _PLACE_PREPOSITIONS.intersection(words):
        return True  # "Police in southwest China", "officials at the scene in Homs"
    after = text[m_end:end].replace(",", " ").split()
    if not after:
        return False
    if str.lower(after[0]) in _NATION_HEADS or _collective(after[0]):
        return True  # "The Syrian opposition", "Japanese firms this week" (not "the Scottish Executive")
    if _OFFICIAL_WORDS.intersection(after):
        return False  # "Chinese state media", "US government economists": the state's own voice
    return all(w.isalpha() and w.islower() for w in after) and _collective(after[-1])
