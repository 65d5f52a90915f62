"""A run of one name word: the candidate it is alone, and a sentence's first common word read as a company.

Split from :mod:`newsparse_entities.chunks` (which finds the runs) by an exact move, so that each stays
under the module size limit; most runs are one word."""

from __future__ import annotations

from typing import Final

from newsparse_entities.chunk_build import build_chunk as _chunk
from newsparse_entities.chunk_context import (
    affiliation,
    closes_name_elsewhere,
    in_score_line,
    its_own,
    named_alone_elsewhere,
    opens_name_elsewhere,
)
from newsparse_entities.chunk_titles import after_title_abbreviation
from newsparse_entities.gazetteer import Gazetteer
from newsparse_entities.rules import (
    ABBREVIATED_TITLES,
    ORG_DESCRIPTORS,
    ORG_PLURAL_DESCRIPTORS,
    ROLES,
    SAYING_VERBS,
    TITLES,
)
from newsparse_entities.words import Candidate, Words


def single_word(
    words: Words, u: int, gaz: Gazetteer, idx: dict[str, list[int]] | None = None
) -> list[Candidate]:
    """The candidate of a run of one name word: what :func:`analyse_run` finds for it, without the tests
    that need two words or more (most runs are one word); ``idx``: :func:`named_alone_elsewhere`'s.
    The tests of :func:`is_abbreviated_title` and :func:`_determiner` are written out (most words)."""
    text, initial = words.text, words.initial
    t = text[u]
    if idx is None:  # the rules below share one index: both run whoever calls (the reference too)
        idx = {}
    if (
        len(t) == 1
        or t in TITLES
        or (t in ABBREVIATED_TITLES and u + 1 < len(text) and text[u + 1] == ".")
        or (
            initial[u]
            and words.lower[u] in gaz.words
            and t not in gaz.first_names
            and not in_score_line(words, u, u + 1)
            # "Apple said" where the text names Apple alone inside a sentence too: a name, as there
            and not named_alone_elsewhere(words, u, idx)
            and not company_opener(words, u)
            and not opens_name_elsewhere(words, u, idx)  # "Travelers had", after "Travelers Life"
            and not closes_name_elsewhere(words, u, idx, gaz)  # "Weaver said", after "Jeff Weaver"
        )
    ):
        return []  # a title alone, an initial, or a sentence-initial common word ("Operating in ...")
    evidence: tuple[str, ...] = ()
    if u >= 2 and text[u - 1] == "." and after_title_abbreviation(words, u):
        evidence = ("title",)
    elif initial[u] and words.lower[u] in gaz.words and company_opener(words, u):
        evidence = ("company_opener",)  # kept above for it: the common word is a company's name
    elif t[0] == "i" and t[1:2].isupper():
        evidence = ("product",)  # "iPod", "iTunes": a product written with a small "i" first
    sent = words.sent
    if u > 0 and sent[u - 1] == sent[u]:
        prev = u - 1
        low = words.lower[prev]
        before = text[prev]
        if before in _HONORIFICS:
            evidence += ("title",)  # "Mr Blair", "Mrs Thatcher": a person whatever else is said
        elif low in SHARED_ROLES:
            pass  # "rival Google", "analyst Gartner": a company as often as a person
        elif low in ROLES and (not words.cap[prev] or initial[prev]):  # "striker Shearer", not
            evidence += ("affiliation",) if affiliation(words, prev, u + 1) else ("role",)  # ", CEO IBM"
        elif low in BEFORE_ORG and not words.cap[prev]:
            evidence += ("descriptor",)  # "the news weekly Der Spiegel", "carmaker Magna"
        elif (before == "the" or (before == "The" and initial[prev])) and not (
            u + 1 < len(text) and words.lower[u + 1] in _EPONYM_NOUNS
        ):
            evidence += ("determiner",)  # "the Phillies", "the CNB said": a person takes no article
    found = _chunk(words, (u,), evidence)
    k = t.rfind("-")
    if k >= 2 and t.endswith("ed") and t[k + 1 :].isalpha() and t[k + 1 :].islower():
        if t[:k].isupper() or words.lower[u][:k] not in gaz.words:  # "ETA-claimed": the name is "ETA"
            return [found._replace(end=found.start + k, text=t[:k])]
        return []  # "State-owned": a common word and a participle, no name
    return [found]


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


# Honorifics right before a name: a person ("Mr Blair"; the title itself is no part of the name).
_HONORIFICS: Final = frozenset("Mr Mrs Ms Miss Dr Sir Dame".split())
# Nouns a person's name qualifies after an article: "the Blair government", "the Ambani family", "the
# Gershon report" say nothing of an organisation (the article belongs to the noun).
_EPONYM_NOUNS: Final = frozenset(
    """government administration era years family report review inquiry affair campaign campaigns camp
    aides allies supporters backers loyalists operatives presidency candidacy brothers""".split()
)
# Roles a company plays too: before one word ("rival Google", "analyst Gartner", "partner Nissan")
# they say nothing of its type; before a full name they still announce the person.
SHARED_ROLES: Final = frozenset("rival rivals opponent partner winner champion analyst counterpart".split())
# Descriptors before a body's name, one or many ("carmaker Magna", "analysts Gartner").
BEFORE_ORG: Final = ORG_DESCRIPTORS | ORG_PLURAL_DESCRIPTORS
# What a company's name owns after "'s" when a common word opens the sentence ("Shell's shares"): the
# few of ORG_POSSESSIONS a country, an industry or a party has no claim to.
_COMPANY_POSSESSIONS: Final = frozenset("shares stock shareholders subsidiary ceo chief-executive".split())
# Common words that open a sentence before "said its" as a group of people or a body, never a company.
_COMMON_OPENERS: Final = frozenset("police government army military court party team club".split())
