"""A comma-led participle in -ing that the parse left unattached ("topped the chart, displacing
Ocean's 12", "fired into the crowd, killing 4") is an adverbial clause (``advcl``) of the predicate
of the clause the comma closes, as UD attaches it. Run after the parse, on its heads and labels:
the relational layers then find the participle's actor through its head (``SyntaxTree.subject``
with ``shared``), where before it hung on nothing. Counted on UD EWT dev and outside news
(docs/design.md, session 31).
"""

from __future__ import annotations

from typing import Final

from newsparse_syntax.parser import Parse
from newsparse_syntax.participles import PREPOSITIONAL

__all__ = ["attach_comma_participles", "comma_participles"]

# relations of a verb heading a clause the comma may close: the main clause, a conjunct, a complement
# (not a subordinate "while"/"after" clause, "advcl", whose participle may tell of the main clause's
# act, and not a modifier of a noun, "acl"); "xcomp" is climbed to its controller
_CLAUSAL: Final = frozenset({"root", "ccomp", "conj", "parataxis", "csubj"})
_UNDECIDED: Final = frozenset({"advcl", "acl", "acl:relcl"})
_NOMINAL: Final = frozenset({"NOUN", "PROPN", "ADJ", "PRON", "NUM"})  # predicates only with a copula
_OWN: Final = frozenset({"nsubj", "nsubj:pass", "aux", "aux:pass", "mark", "cop"})  # a clause of its own
_BARRIERS: Final = frozenset(';"“”‘’`') | frozenset({"''", "``"})  # no attachment across these
_REACH: Final = 40  # how far back the clause's predicate may stand


def comma_participles(forms: list[str], lower: list[str], tags: list[str], parse: Parse) -> Parse:
    """``parse`` with its free comma-led participles attached (itself when the sentence has none);
    ``forms`` are the words as written, ``lower`` in lower case."""
    rels = parse.rels
    if not any(
        tag == "VERB"
        and k > 1
        and rels[k] is None
        and lower[k].endswith("ing")
        and (lower[k - 1] == "," or tags[k - 1] == "ADV")
        for k, tag in enumerate(tags)
    ):
        return parse
    heads, labels = list(parse.heads), list(rels)
    attach_comma_participles(forms, lower, tags, heads, labels)
    return Parse(tuple(heads), tuple(labels))


def attach_comma_participles(
    forms: list[str], lower: list[str], tags: list[str], heads: list[int | None], rels: list[str | None]
) -> None:
    """Attach, in place, every VERB in -ing right after a comma (or a comma and one or two adverbs:
    ", thereby raising") that has no head, no label and no subject, auxiliary or mark of its own,
    to the predicate of the clause before the comma: ``advcl`` (``acl`` when that is a bare noun
    heading a fragment: "A blast in Kabul, killing 12"). Not an item of a list (a comma or a
    conjunction right after it, or one of a series of gerunds: "focus on restoring order, trying to
    lower taxes and giving power"), not capitalised ("Richfield Avenue, Reading"), not "including",
    "according" and the other prepositional ones, and never across a semicolon or a quotation mark."""
    n = len(tags)
    for p in range(2, n):
        if tags[p] != "VERB" or heads[p] is not None or rels[p] is not None:
            continue
        word = lower[p]
        if not word.endswith("ing") or word in PREPOSITIONAL or not forms[p].islower():
            continue
        comma = p - 1
        while comma > 0 and tags[comma] == "ADV" and p - comma < 3:
            comma -= 1
        if lower[comma] != "," or comma == 0:
            continue
        if p + 1 < n and (lower[p + 1] in (",", "-") or tags[p + 1] == "CCONJ"):
            continue  # "filming, editing and producing": a list; "working - class": a compound
        if _has_own(heads, rels, p) or _noun_item(forms, lower, tags, p):
            continue
        head = _clause_predicate(tags, heads, rels, comma - 1)
        if head < 0 or head >= comma or any(lower[k] in _BARRIERS for k in range(head + 1, p)):
            continue
        if lower[head].endswith("ing") and (_series(lower, tags, p) or not _has_own(heads, rels, head)):
            continue  # after a bare gerund ("Far from improving services, spending money has led")
        if any(_comma_gerund(lower, tags, k) for k in range(head + 1, comma)):
            continue  # "by increasing tuition, shifting enrollment ..., increasing class sizes": a list
        fragment = tags[head] in ("NOUN", "PROPN") and not _has_own(heads, rels, head)
        heads[p] = head
        rels[p] = "acl" if fragment else "advcl"


def _series(lower: list[str], tags: list[str], p: int) -> bool:
    """Whether a conjunction and another verb in -ing follow ``p`` before a semicolon or colon
    ("scrapping council tax ..., and providing free care"): ``p`` is an item of a series."""
    for k in range(p + 1, min(len(tags) - 1, p + _REACH)):
        if tags[k] == "CCONJ":
            return tags[k + 1] == "VERB" and lower[k + 1].endswith("ing")
        if lower[k] in (";", ":"):
            return False
    return False


def _noun_item(forms: list[str], lower: list[str], tags: list[str], p: int) -> bool:
    """Whether ``p`` modifies the common noun after it in a list of noun phrases ("advertising costs,
    retraining costs and the strain", "wages, banking reform and climate change"): the noun is
    followed by a comma or a conjunction that no verb in -ing follows ("killing civilians and
    wounding" stays a clause)."""
    n = len(tags)
    if p + 3 >= n or tags[p + 1] != "NOUN" or not forms[p + 1].islower():
        return False
    if lower[p + 2] != "," and tags[p + 2] != "CCONJ":
        return False
    return not (tags[p + 3] == "VERB" and lower[p + 3].endswith("ing"))


def _first_conjunct_rel(heads: list[int | None], rels: list[str | None], k: int) -> str | None:
    """The relation of the first conjunct of the chain of ``conj`` relations ``k`` sits in."""
    for _ in range(len(heads)):
        head = heads[k]
        if rels[k] != "conj" or head is None or head >= k:
            return rels[k]
        k = head
    return rels[k]


def _comma_gerund(lower: list[str], tags: list[str], k: int) -> bool:
    """Whether word ``k`` is a verb in -ing right after a comma (an earlier item of a series)."""
    return tags[k] == "VERB" and lower[k].endswith("ing") and lower[k - 1] == ","


def _has_own(heads: list[int | None], rels: list[str | None], p: int) -> bool:
    """Whether a subject, auxiliary, copula or mark hangs on ``p`` (its clause stands on its own)."""
    return any(heads[k] == p and rels[k] in _OWN for k in range(len(heads)))


def _clause_predicate(tags: list[str], heads: list[int | None], rels: list[str | None], k: int) -> int:
    """The predicate of the clause word ``k`` sits in, climbing its heads: the first verb heading a
    clause (root, complement, adverbial, conjunct) or a root; through an ``xcomp`` to the verb that
    controls it ("spent a month trying to find it, eventually raiding it": the spending's); -1 if
    the climb meets an unattached word, a subordinate clause ("while Sanders prevailed in Vermont,
    allowing her": either clause may allow), a noun's modifier clause ("companies vying for ...")
    or goes beyond ``_REACH``."""
    start = k
    for _ in range(len(tags)):
        if k < 0 or tags[k] == "PUNCT" or start - k > _REACH:
            return -1
        rel = rels[k]
        if rel == "root":
            return k
        if rel == "conj" and _first_conjunct_rel(heads, rels, k) in _UNDECIDED:
            return -1  # "the difficulty of navigating and battling within the chaos"
        if rel in _CLAUSAL and (tags[k] == "VERB" or (tags[k] in _NOMINAL and _has_copula(heads, rels, k))):
            return k
        if rel in _UNDECIDED:
            return -1
        head = heads[k]
        if head is None:
            return -1
        k = head
    return -1


def _has_copula(heads: list[int | None], rels: list[str | None], k: int) -> bool:
    """Whether a copula hangs on ``k`` ("was unrepentant about it": the adjective is the predicate)."""
    return any(heads[j] == k and rels[j] == "cop" for j in range(len(heads)))
