"""Evidence pooled over the whole document for names whose list reading is wrong there: a town's name
that a company cue marks as the company ("handset maker Nokia", "Nokia's shares"), and a first name
that an award's nouns mark as the award ("Oscar nominations", "the Oscar ceremony")."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from newsparse_entities.gazetteer import Gazetteer
from newsparse_entities.rules import ORG_DESCRIPTORS, ORG_PLURAL_DESCRIPTORS, ORG_POSSESSIONS, SAYING_VERBS
from newsparse_entities.words import Candidate, Words

__all__ = [
    "COMPANY_BEFORE",
    "award_names",
    "award_plurals",
    "company_towns",
    "owned_products",
    "person_guesses",
]

# Nouns before a name that announce a company (not a team: "side", "club" before a town are its club,
# which the sports rules decide; not a party or union; not "daily", an adjective in "a daily Amsterdam
# newspaper").
COMPANY_BEFORE: Final = (ORG_DESCRIPTORS | ORG_PLURAL_DESCRIPTORS) - frozenset(
    """club side team outfit party union federation analysts consultants researchers pollsters daily
    weekly""".split()
)
# Nouns after a name that make it an award or its ceremony ("Oscar nominations", "Emmy nominee").
_AWARD_AFTER: Final = frozenset(
    """nomination nominations nominee nominees ceremony ceremonies statuette statuettes contender
    contenders voters""".split()
)


def company_towns(words: Words, gaz_cands: Sequence[Candidate], text: str) -> set[str]:
    """One-word town names that a company cue marks somewhere in the document: a company noun before
    them ("handset maker Nokia", "gas giant Gazprom"), a company's possession after ("Nokia's
    shares"), or an article before and a verb of saying after ("the Halifax said"); every mention
    of the name is then the company."""
    out: set[str] = set()
    lower, n = words.lower, len(words.text)
    for c in gaz_cands:
        if c.j - c.i != 1 or not c.cands or not c.cands[0][0].startswith("geonames:"):
            continue
        if c.end != words.end[c.i] or words.upper[c.i]:
            continue  # inside a word ("Nokia-made"), or a dateline in capitals
        prev = words.prev(c.i)
        if prev is not None and lower[prev] in COMPANY_BEFORE and not words.cap[prev]:
            out.add(text[c.start : c.end])
        elif words.poss[c.i] and c.j < n and lower[c.j] in ORG_POSSESSIONS:
            out.add(text[c.start : c.end])
        elif prev is not None and lower[prev] == "the" and _says(lower, c.j):
            out.add(text[c.start : c.end])  # "the Halifax has said": a town takes no article
    return out


def _says(lower: list[str], j: int) -> bool:
    """Whether words ``j...`` are a verb of saying ("said", "has said", "says")."""
    k = j + 1 if j < len(lower) and lower[j] in ("has", "had", "have") else j
    return k < len(lower) and lower[k] in SAYING_VERBS


# Words before "a"/"an" and a one-word name that make the name a prize won ("won an Oscar",
# "received an Oscar", "nominated for an Oscar", "winning a Bafta"): a person is not won.
_AWARD_BEFORE: Final = frozenset(
    "won win wins winning received receive receives scooped collected for".split()
)
_ARTICLES: Final = frozenset(["a", "an"])


def award_names(words: Words, chunk_cands: Sequence[Candidate], chunk_keys: Sequence[str]) -> set[str]:
    """One-word name chunks followed somewhere in the document by an award's noun ("Oscar
    nominations", "the Emmy ceremony") or won as a prize ("won an Oscar", "up for a Bafta"): the
    award, not a person of that first name."""
    vocabulary = words.vocabulary
    after = not _AWARD_AFTER.isdisjoint(vocabulary)
    won = ("a" in vocabulary or "an" in vocabulary) and not _AWARD_BEFORE.isdisjoint(vocabulary)
    if not after and not won:
        return set()  # most documents: no award's noun anywhere, nothing won
    lower, sent, text, n = words.lower, words.sent, words.text, len(words.text)
    return {
        key
        for c, key in zip(chunk_cands, chunk_keys, strict=True)
        if c.j - c.i == 1
        and (
            (after and c.j < n and sent[c.j] == sent[c.i] and lower[c.j] in _AWARD_AFTER)
            or (won and c.i >= 2 and text[c.i - 1] in _ARTICLES and _won_as_a_prize(words, c.i))
        )
    }


def _won_as_a_prize(words: Words, i: int) -> bool:
    """Whether word ``i`` follows "a"/"an" (in lower case: "A" may be an initial) after a verb of
    winning or "for", and no capitalised word follows it ("won an Oscar for", not "a Jackson lawyer"
    nor "for a Richard and Judy award" alone: a lower-case noun after it makes it a modifier)."""
    text, n = words.text, len(words.text)
    if i < 2 or text[i - 1] not in ("a", "an") or words.lower[i - 2] not in _AWARD_BEFORE:
        return False
    if words.sent[i - 2] != words.sent[i]:
        return False
    k = i + 1
    return (
        k >= n or words.sent[k] != words.sent[i] or not text[k][:1].isalpha() or text[k] in _PRIZE_FOLLOWERS
    )


# Words after a prize won that show the name stands alone ("won an Oscar in 1973", "for an Oscar for").
_PRIZE_FOLLOWERS: Final = frozenset("in for at and with the this last next on as".split())


def award_plurals(decided: dict[str, str | None], votes: dict[str, dict[str, int]]) -> list[str]:
    """Names written as the plural of an event the document names ("the Oscars" beside "won an Oscar",
    "Grand Slams" beside "Grand Slam"), typed otherwise on weak evidence: the same event."""
    out = []
    for key, kind in decided.items():
        if kind == "EVENT":  # few: the plural of each is looked up
            plural = key + "s"
            other = decided.get(plural)
            if other is not None and other != "EVENT" and max(votes[plural].values(), default=0) < 3:
                out.append(plural)
    return out


# Nouns in the three words after "<company>'s X" that make X a part of the company, not its product
# ("Yukos's Yuganskneftegas unit", "Microsoft's MSN internet division", "Mulroney's Tory government").
_PART_AFTER: Final = frozenset(
    """unit units subsidiary subsidiaries division arm business businesses group chief boss head
    president chairman founder bank brand government party""".split()
)


def owned_products(
    words: Words, chunk_cands: Sequence[Candidate], chunk_keys: Sequence[str], decided: dict[str, str | None]
) -> set[str]:
    """Names written after an organisation's possessive ("Sony's PlayStation", "Microsoft's Xbox",
    "IBM's Cell") or after "its" ("its DS handheld"): the organisation's product, unless a part of it
    follows ("Yukos's X unit") or a word of a firm held or dealt with ("its Vodafone stake")."""
    owner_end = {c.j: key for c, key in zip(chunk_cands, chunk_keys, strict=True) if words.poss[c.j - 1]}
    out: set[str] = set()
    unnamed = "its" in words.vocabulary
    if not owner_end and not unnamed:
        return out  # most documents: no name in the possessive, so no owner
    n, lower = len(words.text), words.lower
    for c, key in zip(chunk_cands, chunk_keys, strict=True):
        if c.i == 0 or words.sent[c.i - 1] != words.sent[c.i]:
            continue
        owner = owner_end.get(c.i)
        if owner is None or decided.get(owner) != "ORG":
            if not (unnamed and lower[c.i - 1] == "its"):
                continue  # "its DS handheld": a firm's, as "it" names no person
        after = lower[c.j : min(n, c.j + 3)]
        if not (after[:1] == ["of"] or any(w in _PART_AFTER or w in _HELD_AFTER for w in after)):
            out.add(key)  # "Microsoft's MSN internet division", "Strathclyde's Fraser of Allander"
    return out


# Nouns after "its X" that make X a firm it holds a part of or deals with ("its Vodafone stake").
_HELD_AFTER: Final = frozenset(
    "stake stakes shares holding holdings rival rivals partner partners deal".split()
)


def person_guesses(
    decided: dict[str, str | None], votes: dict[str, dict[str, int]], gaz: Gazetteer
) -> set[str]:
    """Names of two or three words typed PERSON by default, with no evidence and no known first name
    or surname: marked as guesses too ("Green Day", "Abbey National" as often as "Kenenisa Bekele");
    "G Rowntree" has its initial for evidence. Only marked: lists and links still count them as people."""
    out = set()
    for key in [key for key, kind in decided.items() if kind == "PERSON" and " " in key]:
        parts = key.split()
        if (
            not votes.get(key)
            and len(parts[0]) > 1
            and parts[0] not in gaz.first_names
            and parts[-1] not in gaz.surnames
        ):
            out.add(key)
    return out
