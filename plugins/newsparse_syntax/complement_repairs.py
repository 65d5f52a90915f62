"""A "that" right after a verb of saying or thinking, or after a copula whose subject is a noun, that
opens a clause is a subordinator: "added that around 1,100 cartoons were submitted", "believed that
RFID tags could be read", "The problem is that customers ... are". UD tags it SCONJ (``mark``); the
tagger reads a pronoun or a determiner of the next noun, and the parser then makes "that" the
verb's object. Read off UD EWT dev's cross-validated errors and counted on outside news
(docs/design.md, session 29).
"""

from __future__ import annotations

from typing import Final

from newsparse_syntax.sentence_state import indices

__all__ = ["SAYING_VERBS", "repair_complement_that"]

# verbs whose object is a clause: saying, thinking, showing (their -s, -ed and -ing forms as they
# occur); not "find", "tell", "report" or "state", whose "that" is as often a pronoun or a noun's
SAYING_VERBS: Final = frozenset(
    "said says say saying added adding announced announce announces warned warns warn argued argues "
    "argue claimed claim insisted insists insist noted believe believes believed think thinks thought "
    "know knows knew suggested suggest revealed reveals reveal confirmed confirms confirm admitted "
    "admits admit acknowledged acknowledges agreed agrees agree explained explains explain indicated "
    "indicates indicate showed show feared fear hope hopes hoped expect expects expected ensure "
    "ensures ensured realised realized realise realize mean means meant".split()
)
# what may open the clause after "that": its subject or a fronted adverbial ("that in 2012 it paid");
# not a verb or an auxiliary ("think that 's", "think that means": the pronoun is the subject)
_OPENERS: Final = frozenset({"DET", "NOUN", "PROPN", "ADJ", "NUM", "PRON", "ADV", "ADP"})
# what ends the search for the clause's verb: a punctuation mark, a conjunction, a relative word
_BREAKS: Final = frozenset({"PUNCT", "SCONJ", "CCONJ"})
# a copula whose predicate is the clause ("The problem is that", "What made us uncomfortable was that")
_COPULAS: Final = frozenset("is was are were 's ’s".split())
_RELATIVES: Final = frozenset({"that", "who", "which"})
_REACH: Final = 10  # how many words after the opener the clause's verb may stand


def repair_complement_that(forms: list[str], tags: list[str], copular: bool) -> None:
    """Retag, in place, "that" tagged PRON or DET as SCONJ when it opens a clause: a subject or an
    adverbial follows it (not "to": "tell that to"), then a verb or auxiliary before any punctuation,
    conjunction or relative word ("know that pressure , but" and "find that purpose that you were
    given" keep their determiner). ``copular`` False (before the parse, which then makes it the
    clause's ``mark``): a verb of saying tagged VERB stands right before it ("added that around 1,100
    cartoons were"). True (after the parse, whose relations stand, as the parser would drop the
    copula's subject): a copula after a noun or an adjective ("The problem is that customers are")."""
    n = len(forms)
    for k in indices(forms, "that"):
        if k < 2 or k + 2 >= n or tags[k] not in ("PRON", "DET"):
            continue
        if not (_after_copula(forms, tags, k - 1) if copular else _after_saying(forms, tags, k - 1)):
            continue
        if tags[k + 1] not in _OPENERS or str.lower(forms[k + 1]) == "to":
            continue
        if _verb_follows(forms, tags, k + 2):
            tags[k] = "SCONJ"


def _after_saying(forms: list[str], tags: list[str], k: int) -> bool:
    """Whether the word at ``k`` is a verb of saying or thinking tagged VERB."""
    return tags[k] == "VERB" and str.lower(forms[k]) in SAYING_VERBS


def _after_copula(forms: list[str], tags: list[str], k: int) -> bool:
    """Whether the word at ``k`` is a copula tagged AUX after a noun or an adjective, its subject's
    head ("The problem is", "What made us uncomfortable was")."""
    return tags[k] == "AUX" and str.lower(forms[k]) in _COPULAS and tags[k - 1] in ("NOUN", "ADJ")


def _verb_follows(forms: list[str], tags: list[str], start: int) -> bool:
    """Whether a verb or auxiliary stands at ``start`` or within ``_REACH`` words after it, before any
    punctuation, conjunction or relative word."""
    for j in range(start, min(len(forms), start + _REACH)):
        tag = tags[j]
        if tag in _BREAKS or str.lower(forms[j]) in _RELATIVES:
            return False
        if tag == "VERB" or tag == "AUX":
            return True
    return False
