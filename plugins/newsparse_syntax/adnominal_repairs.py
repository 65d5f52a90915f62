"""An infinitive right after a noun that the parse left without a head, or hung on the noun as
``xcomp``, is the noun's ``acl``: "the decision to provoke a fight", "a good place to eat", "no
time to explain" (UD: an infinitival clause modifying a noun is ``acl``; ``xcomp`` belongs to
verbs and adjectives).

The parse leaves such an infinitive free, or makes it the root of a sentence whose only verb it is
("Best place to sleep"), when the noun is not one of the nouns ``reported.noun_infinitives`` knows.
Taken only where the noun is modified (a determiner, adjective, number, possessive or compound
before it: a bare "plans to" is usually a verb mistagged) or is an indefinite pronoun
("something to say"), and where the noun is free, the root, an object or a conjunct: after a
preposition's noun the infinitive is as often the verb's purpose ("came from Phoenix to eat"),
so that is left alone (counts on UD EWT dev's tuning part in ``docs/design.md``, session 40).
"""

from __future__ import annotations

from newsparse_syntax.parser import Parse

__all__ = ["repair_noun_infinitives"]

# what the noun may be in the parse for its infinitive to be its own (not a purpose of a verb)
_NOUN_ROLES = frozenset({"root", "obj", "conj"})
# dependents before the noun that show a noun phrase, not a mistagged verb
_MODIFIERS = frozenset({"det", "amod", "nummod", "nmod:poss", "compound"})
# indefinite pronouns, a closed class: "something to say", "nothing to lose"
_INDEFINITE = frozenset(
    "something anything nothing everything someone anyone everyone somebody anybody nobody".split()
)


def repair_noun_infinitives(parse: Parse, forms: list[str], tags: list[str]) -> Parse:
    """``parse`` with each infinitive after a noun made the noun's ``acl`` (see the module); the
    same ``parse`` where there is none."""
    found: list[tuple[int, int, int]] = []  # noun, "to", verb
    n = len(tags)
    for to in range(1, n - 1):
        if tags[to] != "PART" or str.lower(forms[to]) != "to":
            continue
        verb = to + 1
        while verb < n - 1 and tags[verb] == "ADV":
            verb += 1
        if tags[verb] not in ("VERB", "AUX") or not _takes(parse, forms, tags, to - 1, verb):
            continue
        found.append((to - 1, to, verb))
    if not found:
        return parse
    heads, rels = list(parse.heads), list(parse.rels)
    for noun, to, verb in found:
        if rels[verb] == "root":
            heads[noun], rels[noun] = None, "root"  # "Best place to sleep": the noun heads the fragment
        heads[verb], rels[verb] = noun, "acl"
        if heads[to] is None:
            heads[to], rels[to] = verb, "mark"
    return Parse(tuple(heads), tuple(rels))


def _takes(parse: Parse, forms: list[str], tags: list[str], noun: int, verb: int) -> bool:
    """Whether infinitive ``verb`` is the ``acl`` of ``noun``, the word right before its "to"."""
    heads, rels = parse.heads, parse.rels
    tag = tags[noun]
    if tag == "PRON":
        if str.lower(forms[noun]) not in _INDEFINITE:
            return False
    elif tag not in ("NOUN", "PROPN") or not any(
        heads[k] == noun and rels[k] in _MODIFIERS for k in range(max(0, noun - 4), noun)
    ):
        return False
    if rels[verb] == "xcomp":
        return heads[verb] == noun
    if heads[verb] is not None:
        return False
    if rels[verb] == "root":
        return heads[noun] is None and rels[noun] is None  # the noun then heads the fragment
    if rels[verb] is not None:
        return False
    if heads[noun] is None:
        return True
    return rels[noun] in _NOUN_ROLES and not _depends_on(heads, noun, verb)


def _depends_on(heads: tuple[int | None, ...], word: int, ancestor: int) -> bool:
    """Whether ``ancestor`` is among ``word``'s heads (attaching the other way would make a cycle)."""
    at = heads[word]
    for _ in range(len(heads)):
        if at is None:
            return False
        if at == ancestor:
            return True
        at = heads[at]
    return True
