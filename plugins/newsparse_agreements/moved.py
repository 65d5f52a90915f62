"""A player's transfer told with the player before the verb: "Juninho was signed from Middlesbrough",
"Ian Rush, the Welsh striker signed from Liverpool", "Gabrich, who signed for an undisclosed fee from
Newell Old Boys", "Wickman, acquired from the New York Yankees", "Smith was sold to Chelsea".

The token rules of :mod:`.deals` read a club subject and a player object ("QPR have signed Rossi from
Porto"); a passive, a participle or a relative clause puts the player first and names only the other
club. The clause structure (the ``syntax`` layer, consulted for the sentence only when the cheap
pattern matches: "signed", "acquired", "bought" shortly before "from", "sold" before "to") gives both:
the player is the person heading the verb's subject (its passive or intransitive subject, the noun a
participle modifies, the antecedent of "who"), never a possessor ("Smith's painting was sold"); the
club is the firm (or a town that is no country) of the verb's "from" (the club he left) or, for
"sold", "to" (the club he joined). A verb with an object ("signed Rossi from") is left to the token
rules; a negated one makes nothing, a modal one a ``proposed`` transfer (session 38, issue 17).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator, Mapping

from newsparse import Document
from newsparse.syntax import SyntaxTree

from .context import EntityIndex, Hit
from .deals import VerbDeal
from .gerunds import verb_tree
from .triggers import Trigger

__all__ = ["MOVED_STEMS", "moved_deals", "moved_spots"]

# The verbs read, as lower-case stems of the layer's one stem scan (:class:`.stemscan.StemScan`).
MOVED_STEMS = ("signed", "acquire", "bought", "sold")
# The verb, then at most five words without a stop or a name (an object: "signed Rossi from" is the
# token rules'), then the preposition naming the other club.
_SPOT = re.compile(
    r"(?P<verb>signed|acquired|bought|sold)(?:\s+(?!(?-i:[A-Z]))[^\s.;:!?]+){0,5}?\s+(?P<prep>from|to)\s",
    re.IGNORECASE,
)
# A sale only in the passive or as a participle ("was sold to", ", sold to"): an active "sold its
# stake to" is the token rules'.
_SOLD_BEFORE = re.compile(r"(?:\b(?:was|were|been|is|are|being)\s+|,\s*)$", re.IGNORECASE)
_PREPOSITION = {"signed": "from", "acquired": "from", "bought": "from", "sold": "to"}
_RELATIVE_WORDS = frozenset({"who", "that"})
_NAME_REACH = 40  # how far a club's name may run past the oblique's phrase
# Between a name and the participle describing it: a comma, maybe after a bracket ("(5-1), ").
_COMMA_GAP = re.compile(r"\s*(?:\([^()]{0,20}\)\s*)?,\s*")


def moved_spots(text: str, found: Mapping[str, list[int]]) -> list[re.Match[str]]:
    """The verbs the scan ``found`` that have their club's preposition shortly after (cheap)."""
    spots = []
    for at in sorted(i for stem in MOVED_STEMS for i in found.get(stem, ())):
        match = _SPOT.match(text, at)
        if match is None:
            continue
        verb = str.lower(match.group("verb"))
        if _PREPOSITION[verb] != str.lower(match.group("prep")):
            continue
        if verb == "sold" and not _SOLD_BEFORE.search(text, max(0, at - 8), at):
            continue
        spots.append(match)
    return spots


def moved_deals(
    doc: Document, entities: EntityIndex, taken: Collection[int], found: Mapping[str, list[int]]
) -> Iterator[VerbDeal]:
    """The transfers told with the player before the verb, in sentences naming no agreement
    (``taken``: the starts of those that do; their noun's record tells the deal)."""
    for match in moved_spots(doc.text, found):
        placed = verb_tree(doc, match.start(), taken)
        deal = _read(placed[0], entities, placed[1], match) if placed is not None else None
        if deal is not None:
            yield deal


def _read(tree: SyntaxTree, entities: EntityIndex, verb: int, match: re.Match[str]) -> VerbDeal | None:
    """The transfer of ``verb``: a player heading its subject and the club of its oblique (None when
    either is missing, the verb has an object or is negated)."""
    if tree.words[verb].upos != "VERB" or tree.dependents(verb, "obj", "iobj"):
        return None
    modality = tree.modality(verb)
    if modality.negated:
        return None
    player = _player(tree, entities, verb)
    prep = _PREPOSITION[str.lower(match.group("verb"))]
    club = _club(tree, entities, verb, prep)
    if player is None or club is None or player.id == club.id:
        return None
    start, end = match.span("verb")
    status = "proposed" if modality.modal is not None else "signed"
    roles = (("club", (club,)), ("player", (player,)))
    return VerbDeal(Trigger(start, end, match.group("verb"), "transfer"), status, roles, (club, player))


def _player(tree: SyntaxTree, entities: EntityIndex, verb: int) -> Hit | None:
    """The person the verb tells of: its subject's head, the noun a participle modifies or the antecedent
    of "who" (through an apposition: "Ian Rush, the Welsh striker signed from")."""
    relation = tree.words[verb].deprel
    head: int | None
    if relation == "acl":
        head = tree.head_of(verb)
    elif relation == "acl:relcl":
        own = tree.dependents(verb, "nsubj", "nsubj:pass")
        if not own or str.lower(tree.words[own[0]].text) not in _RELATIVE_WORDS:
            return None
        head = tree.head_of(verb)
    else:
        subject = tree.subject(verb, shared=True)
        if subject is None:  # "Bob Wickman (5-1), acquired from": a participle the parse leaves alone
            return _named_before(tree, entities, tree.words[verb].start)
        head = subject.head
    if head is not None and tree.words[head].deprel == "appos":
        head = tree.head_of(head)
    if head is None:
        return None
    phrase = tree.noun_phrase(head)
    at = tree.words[head].start
    people = [h for h in entities.within(phrase.start, phrase.end) if h.type == "PERSON"]
    # the name covers the head, or ends its phrase ("Striker Alan Thompson"; not "Smith's house")
    person = next((h for h in people if h.start <= at < h.end or h.end == phrase.end), None)
    if person is None and tree.words[head].upos == "NOUN":  # "Ian Rush, the Welsh striker signed"
        return _named_before(tree, entities, phrase.start)
    return person


def _named_before(tree: SyntaxTree, entities: EntityIndex, at: int) -> Hit | None:
    """The person named right before ``at`` with only a comma (after a bracket) between them."""
    before = entities.last_before(at, 0)
    if before is None or before.type != "PERSON" or not _COMMA_GAP.fullmatch(tree.text, before.end, at):
        return None
    return before


def _club(tree: SyntaxTree, entities: EntityIndex, verb: int, prep: str) -> Hit | None:
    """The club of the verb's ``prep`` oblique: a firm, or a town that is no country ("Liverpool")."""
    for k in tree.dependents(verb, "obl"):
        case = tree.dependents(k, "case")
        if not case or str.lower(tree.words[case[0]].text) != prep:
            continue
        phrase = tree.noun_phrase(k, modifiers=True)
        # a name starting inside the phrase (the parse may cut "Manchester | United")
        for hit in entities.within(phrase.start, phrase.end + _NAME_REACH):
            if hit.start < phrase.end and (hit.type == "ORG" or (hit.type == "GPE" and not hit.country)):
                return hit
        return None
    return None
