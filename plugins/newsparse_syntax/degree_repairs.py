"""A participle after a degree adverb is an adjective: "is too complicated", "was very worried",
"feel so honoured", "very experienced governors". "very", "too", "so" and "extremely" grade a
property, never an event, so UD tags the participle ADJ; the tagger reads the -ed/-ing form as VERB.

"least" in "at least" and "most" in "at most", "most of" are adjectives as UD EWT tags them ("at
least 12 people", "most of the victims"); the tagger reads some of them as adverbs.

Read off UD EWT dev's cross-validated errors and counted on outside news (docs/design.md, sessions
27 and 35).
"""

from __future__ import annotations

from typing import Final

__all__ = [
    "DEGREE_CUES",
    "SUPERLATIVE_CUES",
    "repair_degree_participles",
    "repair_enough",
    "repair_superlatives",
]

# adverbs of degree that grade an adjective or adverb, not an event (not "increasingly", "highly",
# "really", "well": "are increasingly ignored", "highly recommended", "really enjoyed" are verbs)
_DEGREE: Final = frozenset("very too so extremely incredibly terribly quite".split())
DEGREE_CUES: Final = _DEGREE | frozenset(word.capitalize() for word in _DEGREE)
# copular verbs whose predicate the graded participle is ("is so upset", "feel very relaxed"); not
# "become" or "get", whose adjective predicate the parser does not attach ("is becoming increasingly
# crowded" would lose its subject)
_COPULAS: Final = frozenset(
    "be is are was were been being am 's 're 'm ’s ’re ’m seem seems seemed seeming feel feels felt "
    "feeling remain remains remained appear appears appeared look looks looked".split()
)
# what may follow a predicate participle that is retagged: its end, a complement's preposition or
# "to", a conjunction ("so thrilled and so grateful"); not a noun phrase or a clause ("was very
# worried voters would", "so saturated it can not"), which the parser would hang on the adjective
_AFTER_PREDICATE: Final = frozenset({"PUNCT", "ADP", "PART", "CCONJ", "SCONJ"})
# what may stand between the copula and the degree adverb ("was not so", "are very, very")
_BETWEEN: Final = frozenset("not n't n’t never also still now all just ,".split()) | _DEGREE
_ATTRIBUTIVE: Final = frozenset({"DET", "ADJ", "PRON"})  # before "very experienced governors"
_ENDINGS: Final = ("ed", "ing", "en")
# what "enough" grades when it follows it ("big enough", "well enough"): UD tags it ADV (advmod)
_GRADED_BY_ENOUGH: Final = frozenset({"ADJ", "ADV"})
# what makes "ADJ enough" attributive ("large enough percentages"): the parse keeps the base tags there
_NOMINAL: Final = frozenset({"NOUN", "PROPN", "NUM", "ADJ"})
# the superlatives UD EWT tags ADJ after "at" ("at least", "at most") and "most" before "of"
SUPERLATIVE_CUES: Final = frozenset("least most Least Most LEAST MOST".split())


def repair_degree_participles(forms: list[str], tags: list[str]) -> None:
    """Retag, in place, a participle tagged VERB right after "very", "too", "so", "extremely" ... as
    ADJ when a copula stands before the adverb and the predicate ends or takes a preposition or "to"
    ("is too complicated", "was so committed to") or, but for "so", a determiner or adjective stands
    before it and a noun after the participle ("a very advanced market"). Not before "by" (an agent
    makes it a passive verb: "so encouraged by her form")."""
    n = len(forms)
    for k in range(1, n):
        if tags[k] != "VERB" or forms[k - 1] not in DEGREE_CUES:
            continue
        word = str.lower(forms[k])
        degree = str.lower(forms[k - 1])
        if len(word) < 5 or not word.endswith(_ENDINGS):
            continue
        if k + 1 < n and str.lower(forms[k + 1]) == "by":
            continue
        i = k - 2
        while i >= 0 and str.lower(forms[i]) in _BETWEEN:
            i -= 1
        if i < 0:
            continue
        if str.lower(forms[i]) in _COPULAS:
            if k + 1 == n or tags[k + 1] in _AFTER_PREDICATE:
                tags[k] = "ADJ"
        elif degree != "so" and tags[i] in _ATTRIBUTIVE and k + 1 < n and tags[k + 1] == "NOUN":
            tags[k] = "ADJ"


def repair_enough(forms: list[str], tags: list[str], attributive: bool) -> None:
    """Retag, in place, "enough" right after an adjective or adverb as ADV: it grades that word ("big
    enough", "far enough to", "large enough percentages"; the tagger reads an ADJ of the next noun or
    an object). ``attributive`` False (before the parse): a predicate use, the next word not nominal
    ("went far enough to", "well enough against"); True (after the parse, whose relations stand, as
    the parser hangs nothing right on "ADJ ADV NOUN"): an adjective's, before a noun ("big enough
    players"). Not an adverb's before a noun: "will con enough people" has "con" mistagged ADV."""
    last = len(forms) - 1
    for k in range(1, len(forms)):
        if forms[k] != "enough" or tags[k] == "ADV" or tags[k - 1] not in _GRADED_BY_ENOUGH:
            continue
        if k < last and tags[k + 1] in _NOMINAL:
            if attributive and tags[k - 1] == "ADJ":
                tags[k] = "ADV"
        elif not attributive:
            tags[k] = "ADV"


def repair_superlatives(forms: list[str], tags: list[str]) -> None:
    """Retag, in place, "least" or "most" right after "at" ("at least 12 people", "at least for the
    moment") and "most" before "of" ("most of the victims", "make the most of"; not "most of all")
    as ADJ, as UD EWT tags them whatever follows; the tagger takes some for adverbs or nouns."""
    n = len(forms)
    for k, form in enumerate(forms):
        if form not in SUPERLATIVE_CUES or tags[k] == "ADJ":
            continue
        if k and str.lower(forms[k - 1]) == "at":
            tags[k] = "ADJ"
        elif str.lower(form) == "most" and k + 1 < n and str.lower(forms[k + 1]) == "of":
            if k + 2 >= n or str.lower(forms[k + 2]) != "all":
                tags[k] = "ADJ"
