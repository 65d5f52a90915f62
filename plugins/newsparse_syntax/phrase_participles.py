"""A past participle after the noun of a prepositional phrase, left unattached by the parser: "a copy
of the letter reviewed by The Post", "a debate in Brooklyn hosted by CNN", "a guy named Joe".

The parser hangs the noun on the verb the phrase serves (``obl``, ``nmod``) and, finding no role for
the participle, leaves it with no head. Where the participle has no subject, no object follows it
and the lexicon reads it as a participle, it is the noun's reduced relative clause (``acl``, as UD
attaches it); the clause's verb and subject stay as they are (docs/design.md, Session 34: syntax).
"""

from __future__ import annotations

from collections.abc import Mapping

from newsparse_syntax.parser import Parse
from newsparse_syntax.sentence_state import indices

__all__ = ["attach_phrase_participles"]

_NOMINAL = frozenset({"NOUN", "PROPN"})
_PHRASE_NOUNS = frozenset({"obl", "nmod"})  # how the parse attaches a prepositional phrase's noun
_SUBJECTS = frozenset({"nsubj", "nsubj:pass"})
# the words of the noun phrase between the preposition and the participle (no conjunction: "in the
# fifth and Melvin Nieves and Damion Easley belted")
_NOUN_PHRASE = frozenset({"NOUN", "PROPN", "ADJ", "DET", "NUM", "PART"})
# prepositions that also open a clause, whose noun is then the subject of the verb after it ("as
# the surging Blue Jays held off", "after the number of minors spiked", "like his mother wanted")
_CLAUSE_OPENERS = frozenset("as like after before since until till than".split())
_QUESTION_WORDS = frozenset("what which whatever whichever whose".split())
# what after the verb makes it a finite verb with its object or predicate ("given a ban", "proved
# decisive"), not a participle
_OBJECT_STARTS = frozenset({"DET", "NUM", "PRON", "NOUN", "ADJ"})


def attach_phrase_participles(
    parse: Parse, forms: list[str], tags: list[str], lexicon: Mapping[str, str]
) -> Parse:
    """``parse`` with each unattached participle after a prepositional phrase's noun made that
    noun's ``acl`` (see the module); the same ``parse`` where there is none."""
    heads, rels = parse.heads, parse.rels
    found: list[tuple[int, int]] = []
    n = len(tags)
    for p in indices(tags, "VERB"):
        if p < 2 or heads[p] is not None or rels[p] is not None or tags[p - 1] not in _NOMINAL:
            continue
        noun = p - 1
        above = heads[noun]
        if (
            rels[noun] not in _PHRASE_NOUNS
            or above is None
            or above == p
            or not _participle(forms, p, lexicon)
        ):
            continue
        if (
            rels[above] is None
            and above > 0
            and tags[above - 1] in _NOMINAL
            and _participle(forms, above, lexicon)
        ):
            continue  # "ballots counted in each state divided by": the phrase is another participle's
        if _after_preposition(forms, tags, noun) and not _finite_here(tags, heads, rels, p, n):
            target = _modified(tags, noun)
            if not _under(heads, target, p):
                found.append((p, target))
    if not found:
        return parse
    new_heads, new_rels = list(heads), list(rels)
    for p, target in found:
        new_heads[p], new_rels[p] = target, "acl"
    return Parse(tuple(new_heads), tuple(new_rels))


def _under(heads: tuple[int | None, ...], word: int, top: int) -> bool:
    """Whether ``top`` is ``word`` or one of its heads (attaching ``top`` there would make a cycle)."""
    seen = 0
    k: int | None = word
    while k is not None and seen < len(heads):
        if k == top:
            return True
        k = heads[k]
        seen += 1
    return False


def _modified(tags: list[str], noun: int) -> int:
    """The noun the participle after ``noun`` modifies: ``noun``, or, where ``noun`` is a name, the
    noun right before the name's preposition ("a debate in Brooklyn hosted by CNN", "the Cup
    against Pakistan scheduled for")."""
    if tags[noun] != "PROPN":
        return noun
    k = noun - 1
    while tags[k] in _NOUN_PHRASE:
        k -= 1
    return k - 1 if k > 0 and tags[k - 1] in _NOMINAL else noun


def _participle(forms: list[str], p: int, lexicon: Mapping[str, str]) -> bool:
    """Whether word ``p`` reads as a past participle: lower case and a participle by the lexicon
    ("released", "taken", "named"), or a past in "-ed" before "by" ("a letter signed by")."""
    form = forms[p]
    if not str.islower(form):
        return False
    known = lexicon.get(form, "")
    if known == "VBN":
        return True
    return known == "VBD" and form.endswith("ed") and p + 1 < len(forms) and forms[p + 1] == "by"


def _after_preposition(forms: list[str], tags: list[str], noun: int) -> bool:
    """Whether a preposition that opens no clause opens the noun phrase ending at ``noun``, and that
    phrase is no name after a common noun ("the same arguments Obama used": a relative clause)."""
    k = noun - 1
    while k >= 0 and tags[k] in _NOUN_PHRASE:
        if str.lower(forms[k]) in _QUESTION_WORDS:
            return False  # "in what police described as": a free relative clause
        k -= 1
    if k < 0 or tags[k] != "ADP" or str.lower(forms[k]) in _CLAUSE_OPENERS:
        return False
    if tags[noun] == "PROPN":
        first = noun
        while tags[first - 1] == "PROPN":
            first -= 1
        return tags[first - 1] != "NOUN"
    return True


def _finite_here(
    tags: list[str], heads: tuple[int | None, ...], rels: tuple[str | None, ...], p: int, n: int
) -> bool:
    """Whether verb ``p`` acts as a finite verb: it has a subject, or an object or predicate follows
    it (past any adverbs)."""
    if any(heads[k] == p and rels[k] in _SUBJECTS for k in range(n)):
        return True
    after = p + 1
    while after < n - 1 and tags[after] == "ADV":
        after += 1
    return after < n and tags[after] in _OBJECT_STARTS
