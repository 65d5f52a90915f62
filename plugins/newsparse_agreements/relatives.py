"""A deal told by a verb in a relative clause: "the Oatleys, who founded the label and sold it to
Southcorp", "the Oatley family, which ... later merged it into Southcorp".

The token rules of :mod:`.deals` need a transaction object after the verb ("sold its unit to") and
a subject before it; here the object is a pronoun for what was sold and the subject is "who" /
"which".  The clause structure (the ``syntax`` layer, consulted for the sentence only when the
cheap pattern matches) gives both sides: the relative clause's antecedent, whose the business was,
and the firm of the verb's "to" / "into" oblique.  "sold it to X" is an acquisition (the antecedent
sells, X buys), "merged it into X" a merger of the two; both are done (``in_force``).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator, Mapping

from newsparse import Document
from newsparse.syntax import SyntaxTree

from .context import EntityIndex, Hit, unique_hits
from .deals import VerbDeal
from .gerunds import GERUND_STEMS, gerund_deals, gerund_spots, verb_tree
from .triggers import Trigger

__all__ = ["CLAUSE_STEMS", "clause_cues", "clause_deals", "relative_deals"]

# "sold it to", "merged them into": a deal verb whose object is a pronoun for what changed hands.
_PRONOUN_DEAL = re.compile(r"(?P<verb>sold|merged)\s+(?:it|them)\s+(?:to|into)\s", re.IGNORECASE)
_RELATIVE_STEMS = ("sold it", "sold them", "merged it", "merged them")
# The stems of both clause readers, found by the layer's one stem scan (:class:`.stemscan.StemScan`).
CLAUSE_STEMS = (*_RELATIVE_STEMS, *GERUND_STEMS)
# A relative pronoun shortly before the verb (the clause it opens may hold another verb first).
_RELATIVE = re.compile(r"\b(?:who|which)\b", re.IGNORECASE)
_RELATIVE_REACH = 100
_RELATIVE_WORDS = frozenset({"who", "which"})
_SIDES = frozenset({"ORG", "PERSON", "GPE"})


def clause_cues(text: str, found: Mapping[str, list[int]]) -> bool:
    """Whether the stem scan ``found`` a deal verb only the clause readers see (cheap: no parsing)."""
    if not any(stem in found for stem in CLAUSE_STEMS):
        return False
    return bool(_relative_spots(text, found) or gerund_spots(text, found))


def _relative_spots(text: str, found: Mapping[str, list[int]]) -> list[re.Match[str]]:
    """The "sold it to" / "merged it into" the scan ``found`` shortly after "who" / "which"."""
    spots = []
    for at in sorted(i for stem in _RELATIVE_STEMS for i in found.get(stem, ())):
        match = _PRONOUN_DEAL.match(text, at)
        if match is not None and _RELATIVE.search(text, max(0, at - _RELATIVE_REACH), at) is not None:
            spots.append(match)
    return spots


def clause_deals(
    doc: Document, entities: EntityIndex, taken: Collection[int], found: Mapping[str, list[int]]
) -> Iterator[VerbDeal]:
    """The deals told by a verb the token rules do not read: in a relative clause, then as a gerund
    (``found``: where the stems of the layer's scan occur)."""
    if any(stem in found for stem in CLAUSE_STEMS):
        yield from relative_deals(doc, entities, taken, found)
        yield from gerund_deals(doc, entities, taken, found)


def relative_deals(
    doc: Document, entities: EntityIndex, taken: Collection[int], found: Mapping[str, list[int]]
) -> Iterator[VerbDeal]:
    """The deals told by "who / which ... sold it to X" / "merged it into X" in sentences naming no
    agreement (``taken``: the starts of those that do; their noun's record tells the deal)."""
    for match in _relative_spots(doc.text, found):
        placed = verb_tree(doc, match.start(), taken)
        deal = _read(placed[0], entities, placed[1], match) if placed is not None else None
        if deal is not None:
            yield deal


def _read(tree: SyntaxTree, entities: EntityIndex, verb: int, match: re.Match[str]) -> VerbDeal | None:
    """The deal of the relative clause's verb: its antecedent and the firm it went to (None when the
    verb heads no relative clause with "who" / "which" for its subject, or a side is unnamed)."""
    antecedent = _antecedent(tree, verb)
    if antecedent is None:
        return None
    phrase = tree.noun_phrase(antecedent)
    owners = [h for h in entities.within(phrase.start, phrase.end) if h.type in _SIDES][-1:]
    others: list[Hit] = []
    for prep, oblique in tree.obliques(verb):
        if prep in ("to", "into"):
            others = [h for h in entities.within(oblique.start, oblique.end) if h.type == "ORG"][:1]
            break
    if not owners or not others or owners[0].id == others[0].id:
        return None
    start, end = match.span("verb")
    if str.lower(match.group("verb")) == "merged":
        return VerbDeal(
            Trigger(start, end, match.group("verb"), "merger"), "in_force", (), (*owners, *others)
        )
    roles = (("seller", tuple(owners)), ("acquirer", tuple(others)))
    parties = tuple(unique_hits([*owners, *others]))
    return VerbDeal(Trigger(start, end, match.group("verb"), "acquisition"), "in_force", roles, parties)


def _antecedent(tree: SyntaxTree, verb: int) -> int | None:
    """The noun a relative clause holding ``verb`` (as its head or a later conjunct of it) modifies,
    when "who" / "which" is the clause's subject: "the Oatleys" of "the Oatleys, who ... sold it"."""
    k = verb
    for _ in range(len(tree.words)):
        head = tree.head_of(k)
        if tree.words[k].deprel != "conj" or head is None or head >= k:
            break
        k = head
    if tree.words[k].deprel != "acl:relcl":
        return None
    own = tree.dependents(verb, "nsubj") or tree.dependents(k, "nsubj")
    if not own or str.lower(tree.words[own[0]].text) not in _RELATIVE_WORDS:
        return None
    return tree.head_of(k)
