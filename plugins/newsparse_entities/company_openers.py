"""A common word that opens a sentence and still names a company, by what follows it.

Moved from :mod:`newsparse_entities.chunks` (at its size limit) unchanged."""

from __future__ import annotations

from typing import Final

from newsparse_entities.chunk_context import its_own
from newsparse_entities.rules import ORG_DESCRIPTORS, ORG_PLURAL_DESCRIPTORS, ROLES, SAYING_VERBS
from newsparse_entities.words import Words

# Lower-case nouns before a name that announce an organisation (chunks' ``_BEFORE_ORG``).
BEFORE_ORG: Final = ORG_DESCRIPTORS | ORG_PLURAL_DESCRIPTORS
# What a company's name owns after "'s" when a common word opens the sentence ("Shell's shares"): the
# few of ORG_POSSESSIONS a country, an industry or a party has no claim to.
_COMPANY_POSSESSIONS: Final = frozenset("shares stock shareholders subsidiary ceo chief-executive".split())
# Common words that open a sentence before "said its" as a group of people or a body, never a company.
_COMMON_OPENERS: Final = frozenset("police government army military court party team club".split())


def company_opener(words: Words, u: int) -> bool:
    """Whether a sentence-initial common word is a company by what follows it: "Kingfisher said its
    profit rose", "Shell's shares fell" (a plural, a role or a descriptor says nothing)."""
    lower, n, sent = words.lower, len(words.text), words.sent
    w = lower[u]
    if (w.endswith("s") and not w.endswith("ss")) or w in ROLES or w in BEFORE_ORG or w in _COMMON_OPENERS:
        return False
    if words.poss[u]:
        return u + 1 < n and sent[u + 1] == sent[u] and lower[u + 1] in _COMPANY_POSSESSIONS
    if u + 3 >= n or lower[u + 1] not in SAYING_VERBS:
        return False
    k = u + 2
    if lower[k] == "on" and words.cap[k + 1]:
        k += 2  # "said on Wednesday it had bought"
    if k + 1 >= n or sent[k + 1] != sent[u]:
        return False
    if lower[k] == "its" or lower[k : k + 3] == ["in", "a", "statement"]:
        return True
    return lower[k] == "it" and its_own(lower, u, k + 1, n)  # "said it had", not "said it was"
