"""A sale or a transfer told by a verb the token rules do not read: in the passive ("the developer was
bought by Microsoft", "which was in turn bought by Rosneft"), as a participle modifying what changed
hands ("a steel mill sold to Mittal", "Ian Rush, the Welsh striker signed from Liverpool"), or as a
prospect under an intent word or a modal ("plans to demerge its arm and sell its media business",
"will also sell its stake in Changyu", "is due to merge with Rosneft").

The token rules of :mod:`.deals` read a finite verb with its object after it, a passive only after a
listed subject and a prospect only right after its auxiliary.  Here the clause structure (the
``syntax`` layer, consulted for a sentence only when the cheap pattern matches and the sentence
names no agreement) decides: what changed hands is the passive subject (through "which" to its
antecedent) or the noun a participle (``acl``) modifies, and must be a firm's name or a business
noun; a person there makes a player's transfer.  The sides come from the obliques: "by" (the buyer
of a purchase, the seller of a sale), "to" (the buyer of a sale), "from" (the seller, the club a
player left), "with" (the other side of a merger).  A prospect's doer is the subject up its chain of
open complements ("Telstra plans to sell"), its object a business.  Done deals are ``in_force`` (a
transfer ``signed``); "will", "would" an announced one (``signed``, as :mod:`.deals`
reads "will buy"); another modal or an intent word ``proposed``.  Negated verbs, verbs with no named
side, and spots the token rules already read make nothing (session 39, issue 17).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator, Mapping

from newsparse import Document
from newsparse.syntax import SyntaxTree

from .context import EntityIndex, Hit, unique_hits
from .deals import VerbDeal, find_verb_deals, verb_candidates
from .gerunds import verb_tree
from .triggers import Trigger

__all__ = ["SALE_STEMS", "sale_deals", "sale_spots"]

# The verbs read, as lower-case stems of the layer's one stem scan (:class:`.stemscan.StemScan`).
# ("sell " and "merge " with their space: a base form with its object or oblique after it; "sell" alone
# would share the scan's group of "sells", found inside a word.)
SALE_STEMS = ("sold", "bought", "acquire", "purchase", "sell ", "buy", "merge ", "signed")
# A participle with its side's preposition within six words ("was in turn bought by", "sold to").
_DONE = re.compile(
    r"(?P<verb>sold|bought|acquired|purchased|signed)(?:\s+[^\s.;:!?]+){0,6}?\s+(?:to|by|from)\s",
    re.IGNORECASE,
)
# A base form after "to" or a modal within three words ("plans to partially sell", "will also sell").
_AHEAD = re.compile(r"(?P<verb>sell|buy|acquire|purchase|merge)\b", re.IGNORECASE)
_AHEAD_BEFORE = re.compile(
    r"\b(?:to|will|would|could|may|might|should|shall|must|can|'ll|’ll)(?:\s+[a-z]+){0,2}\s+$", re.IGNORECASE
)
_LEMMA = {
    "sold": "sell", "bought": "buy", "acquired": "buy", "purchased": "buy", "signed": "sign",
    "sell": "sell", "buy": "buy", "acquire": "buy", "purchase": "buy", "merge": "merge",
}  # fmt: skip
# The head nouns of what changed hands when it is a business ("the developer", "a steel mill").
_BUSINESS = frozenset(
    """
    stake stakes business businesses unit units division divisions arm company companies firm firms label
    labels subsidiary subsidiaries brand brands chain operations group maker operator airline bank developer
    mill mills plant plants refinery factory hotel hotels newspaper newspapers station stations studio
    carrier retailer producer publisher insurer brewer brewery franchise venture
    """.split()
)
# Words governing a prospect's verb beside the core's intent verbs ("due to merge", "set to sell").
_AHEAD_WORDS = frozenset(
    """
    agree agreed plan plans planned planning want wants wanted intend intends intended expect expects
    expected hope hopes hoped seek seeks sought aim aims aimed decide decides decided prepare prepares
    prepared consider considers considered propose proposes proposed offer offers offered try tries tried
    due set poised likely looking seeking hoping aiming preparing trying move decision plan intention bid
    """.split()
)
_ANNOUNCED = frozenset({"will", "would", "shall", "'ll", "’ll", "due", "set"})
_MODALS = frozenset("would could might may should must will can shall 'll ’ll".split())
_RELATIVE_WORDS = frozenset({"which", "that", "who"})
_SIDES = frozenset({"ORG", "PERSON", "GPE"})
_POSSESSOR = re.compile(r"['’]s?\b")  # "Smith's house was sold": the owner, not what was sold
_CHAIN = frozenset({"xcomp", "conj"})
# The first preposition after the verb (no stop between) and a name a few lower-case words after it.
_PREPOSITION = re.compile(r"(?:\s+[^\s.,;:!?]+){0,4}?\s+(?P<prep>by|to|from|with)\s", re.IGNORECASE)
_PREP_REACH = 40
_NAME_REACH = 50
_GAP = re.compile(r"(?:(?:the|a|an|[a-z][\w-]*)\s+){0,3}")
# Between a name and the noun that describes it: a comma, maybe after a bracket ("Rush, the striker").
_COMMA_GAP = re.compile(r"\s*(?:\([^()]{0,20}\)\s*)?,\s*")


def sale_spots(text: str, found: Mapping[str, list[int]]) -> list[re.Match[str]]:
    """The participles with a side's preposition shortly after and the base forms after "to" or a
    modal, where the scan ``found`` their stems (cheap: no parsing)."""
    spots = []
    for at in sorted({i for stem in SALE_STEMS for i in found.get(stem, ())}):
        if at and text[at - 1].isalnum():
            continue
        match = _DONE.match(text, at)
        if match is None:
            match = _AHEAD.match(text, at)
            if match is None or not _AHEAD_BEFORE.search(text, max(0, at - 30), at):
                continue
        spots.append(match)
    return spots


def sale_deals(
    doc: Document, entities: EntityIndex, taken: Collection[int], found: Mapping[str, list[int]]
) -> Iterator[VerbDeal]:
    """The deals the parse reads at :func:`sale_spots`, in sentences naming no agreement (``taken``:
    the starts of those that do) and not at a verb the token rules of :mod:`.deals` read."""
    read: set[int] | None = None
    for match in sale_spots(doc.text, found):
        placed = verb_tree(doc, match.start(), taken)
        deal = _read(placed[0], entities, placed[1], match) if placed is not None else None
        if deal is None:
            continue
        if read is None:  # the token rules' verbs, looked at only once a reading is made
            read = set()
            for told in find_verb_deals(doc, entities, verb_candidates(doc, taken)):
                read.update(range(told.trigger.start, told.trigger.end))
        if deal.trigger.start not in read:
            yield deal


def _read(tree: SyntaxTree, entities: EntityIndex, verb: int, match: re.Match[str]) -> VerbDeal | None:
    """The deal of ``verb``: done (a passive or a participle) or ahead (a prospect); None if neither."""
    word = tree.words[verb]
    if word.upos != "VERB" or tree.modality(verb).negated:
        return None
    lemma = _LEMMA[str.lower(match.group("verb"))]
    if str.lower(word.text).endswith("ed") or str.lower(word.text) in ("sold", "bought"):
        return _done(tree, entities, verb, match, lemma)
    return _ahead(tree, entities, verb, match, lemma)


def _done(
    tree: SyntaxTree, entities: EntityIndex, verb: int, match: re.Match[str], lemma: str
) -> VerbDeal | None:
    """ "X was bought by Y", "a mill sold to Y", "which was bought by Y", "Rush, signed from Liverpool"."""
    if tree.dependents(verb, "obj", "iobj"):
        return None  # an object after the verb: the token rules' active reading
    head = _changed_hands(tree, verb)
    if head is None:
        return None
    sides = _obliques(tree, entities, verb)
    phrase = tree.noun_phrase(head)
    hits = [h for h in entities.within(phrase.start, phrase.end) if not _POSSESSOR.match(tree.text, h.end)]
    at = tree.words[head].start
    named = next((h for h in hits if h.start <= at < h.end or h.end == phrase.end), None)
    if named is None and tree.words[head].upos == "NOUN":  # "Ian Rush, the Welsh striker signed from"
        before = entities.last_before(phrase.start, 0)
        if (
            before is not None
            and before.type == "PERSON"
            and _COMMA_GAP.fullmatch(tree.text, before.end, phrase.start)
        ):
            named = before
    modality = tree.modality(verb)
    start, end = match.span("verb")
    if named is not None and named.type == "PERSON":
        return _transfer(tree, match, lemma, named, sides, modality.modal)
    if lemma == "sign":
        return None
    if named is not None and named.type != "ORG":
        return None
    if named is None and str.lower(tree.words[head].text) not in _BUSINESS:
        return None
    if lemma == "sell":
        roles = (("seller", sides.get("by", ())), ("acquirer", sides.get("to", ())))
    else:
        roles = (("acquirer", sides.get("by", ())), ("seller", sides.get("from", ())))
    parties = tuple(unique_hits([*roles[0][1], *roles[1][1]]))
    if not parties:
        return None  # no side named: "the plant was sold last year"
    target = (("target", (named,)),) if named is not None else ()
    kept = tuple((r, h) for r, h in (*roles, *target) if h)
    status = _status(modality.modal, "in_force")
    return VerbDeal(Trigger(start, end, match.group("verb"), "acquisition"), status, kept, parties)


def _changed_hands(tree: SyntaxTree, verb: int) -> int | None:
    """The head of what changed hands: the passive subject (a relative pronoun's antecedent), the
    noun a participle modifies (through an apposition: "Ian Rush, the Welsh striker signed")."""
    relation = tree.words[verb].deprel
    if relation == "acl":
        head = tree.head_of(verb)
    else:
        own = tree.dependents(verb, "nsubj:pass")
        bare = tree.dependents(verb, "nsubj")  # "a steel mill sold to X" parsed as a clause of its own
        if not own and bare and bare[0] == verb - 1 and not tree.dependents(verb, "aux", "aux:pass"):
            signed = str.lower(tree.words[verb].text) == "signed"  # "the Welsh striker signed from"
            own = bare if signed or str.lower(tree.words[bare[0]].text) in _BUSINESS else ()
        if not own:
            return None
        head = own[0]
        if str.lower(tree.words[head].text) in _RELATIVE_WORDS:
            head = tree.head_of(verb) if relation == "acl:relcl" else None
    if head is not None and tree.words[head].deprel == "appos":
        head = tree.head_of(head)
    return head


def _obliques(tree: SyntaxTree, entities: EntityIndex, verb: int) -> dict[str, tuple[Hit, ...]]:
    """The first named side of each of the verb's "by", "to", "from", "with" obliques (a name in the
    phrase, not a demonym describing it: "to fellow producer Edward Germano", "by Rosneft")."""
    out: dict[str, tuple[Hit, ...]] = {}
    for k in tree.dependents(verb, "obl"):
        case = tree.dependents(k, "case")
        prep = str.lower(tree.words[case[0]].text) if case else ""
        if prep not in ("by", "to", "from", "with") or prep in out:
            continue
        phrase = tree.noun_phrase(k)
        side = [h for h in entities.within(phrase.start, phrase.end) if h.type in _SIDES and not h.country]
        side = side or [h for h in entities.within(phrase.start, phrase.end) if h.end == phrase.end]
        if side:
            out[prep] = (side[-1],)
    found = _PREPOSITION.match(tree.text, tree.words[verb].end, tree.words[verb].end + _PREP_REACH)
    if found is not None and str.lower(found.group("prep")) not in out:
        after = entities.within(found.end(), found.end() + _NAME_REACH)
        near = next((h for h in after if _GAP.fullmatch(tree.text, found.end(), h.start)), None)
        if near is not None and near.type in _SIDES and not near.country:
            out[str.lower(found.group("prep"))] = (near,)  # the parse left it unattached: "sold to | X"
    return out


def _transfer(
    tree: SyntaxTree,
    match: re.Match[str],
    lemma: str,
    player: Hit,
    sides: Mapping[str, tuple[Hit, ...]],
    modal: str | None,
) -> VerbDeal | None:
    """A player's move: "signed / bought / acquired from" the club he left, "sold to" the one he joined."""
    club = sides.get("to" if lemma == "sell" else "from", ())
    if not club or club[0].type not in ("ORG", "GPE") or club[0].country or club[0].id == player.id:
        return None
    start, end = match.span("verb")
    roles = (("club", club), ("player", (player,)))
    status = _status(modal, "signed")
    return VerbDeal(Trigger(start, end, match.group("verb"), "transfer"), status, roles, (*club, player))


def _ahead(
    tree: SyntaxTree, entities: EntityIndex, verb: int, match: re.Match[str], lemma: str
) -> VerbDeal | None:
    """ "Telstra plans to sell its media business", "will also sell its stake in Changyu", "is due to
    merge with Rosneft": a prospect's doer up the chain of open complements, its business object."""
    modal, doer = _governed(tree, verb)
    if modal is None or doer is None:
        return None
    if tree.words[doer].upos == "PRON" and str.lower(tree.words[doer].text) not in ("it", "they"):
        return None  # "I'll sell to able-bodied people", "we will buy": no firm
    phrase = tree.noun_phrase(doer)
    named = [h for h in entities.within(phrase.start, phrase.end) if h.type in _SIDES]
    named = [h for h in named if not _POSSESSOR.match(tree.text, h.end) and not h.country][-1:]
    sides = _obliques(tree, entities, verb)
    start, end = match.span("verb")
    status = _status(modal, "proposed")
    if lemma == "merge":
        partner = sides.get("with", ())
        if not named or not partner or partner[0].id == named[0].id:
            return None
        trigger = Trigger(start, end, match.group("verb"), "merger")
        return VerbDeal(trigger, status, (), (named[0], *partner))
    target = _business(tree, entities, verb)
    if target is None or not (named or target):
        return None  # "the state agency will sell 10% of its stake in Changyu": the firm is named
    own, other = (("seller", "acquirer"), "to") if lemma == "sell" else (("acquirer", "seller"), "from")
    roles = ((own[0], tuple(named)), (own[1], sides.get(other, ())), ("target", target))
    kept = tuple((r, h) for r, h in roles if h)
    parties = tuple(unique_hits([*named, *sides.get(other, ())]))
    return VerbDeal(Trigger(start, end, match.group("verb"), "acquisition"), status, kept, parties)


def _governed(tree: SyntaxTree, verb: int) -> tuple[str | None, int | None]:
    """The modal or intent word over ``verb`` (up its conjuncts and open complements) and the head of
    the subject of the chain: ("plans", Telstra) for "Telstra plans to demerge X and sell Y"."""
    modal: str | None = None
    k = verb
    for _ in range(8):
        auxiliaries = [str.lower(tree.words[c].text) for c in tree.dependents(k, "aux")]
        modal = modal or next((w for w in auxiliaries if w in _MODALS), None)
        subject = tree.dependents(k, "nsubj")
        if subject and str.lower(tree.words[subject[0]].text) in _RELATIVE_WORDS:  # "Gazprom, which is
            return modal, tree.head_of(k) if tree.words[k].deprel == "acl:relcl" else None  # due to merge"
        if subject:
            return modal, subject[0]
        head = tree.head_of(k)
        if head is None or tree.words[k].deprel not in _CHAIN:
            return modal, None
        if tree.words[k].deprel == "xcomp" and str.lower(tree.words[head].text) in _AHEAD_WORDS:
            modal = modal or str.lower(tree.words[head].text)
        k = head
    return modal, None


def _business(tree: SyntaxTree, entities: EntityIndex, verb: int) -> tuple[Hit, ...] | None:
    """The firm a prospect's object names (empty when a business is unnamed: "its media business");
    None when the object is no business ("new planes", "shares", "autographs")."""
    objects = tree.dependents(verb, "obj")
    if not objects:
        return None
    if tree.words[objects[0]].upos == "NUM" or str.lower(tree.words[objects[0]].text) in ("stake", "stakes"):
        for prep, oblique in tree.obliques(verb):  # "sell 10% of its stake in Changyu"
            firms = [h for h in entities.within(oblique.start, oblique.end) if h.type == "ORG"]
            if (
                prep == "in"
                and firms
                and "stake" in str.lower(tree.text[tree.words[verb].end : oblique.start])
            ):
                return (firms[0],)
        if tree.words[objects[0]].upos == "NUM":
            return None
    phrase = tree.noun_phrase(objects[0], modifiers=True)
    head = str.lower(tree.words[objects[0]].text)
    named = [h for h in entities.within(phrase.start, phrase.end) if h.type == "ORG"]
    at = tree.words[objects[0]].start
    if any(h.start <= at < h.end for h in named):
        return tuple(h for h in named if h.start <= at < h.end)[:1]
    if head in _BUSINESS:
        return tuple(named[:1]) if head in ("stake", "stakes") else ()
    return None


def _status(modal: str | None, done: str) -> str:
    """The state a modal gives: none, the deal ``done``; "will", "would" announced (``signed``);
    another modal or an intent word ``proposed``."""
    if modal is None:
        return done
    return "signed" if modal in _ANNOUNCED else "proposed"
