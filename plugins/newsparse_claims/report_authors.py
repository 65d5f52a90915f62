"""A report, poll or survey as the body that made it ("The report said" after "a report by Oxfam").

The claims guidelines give a common-noun source the entity it clearly refers to, and the gold gives
"the report" the body whose report it is (the Electoral Commission, the Fraser of Allander
Institute). The noun's earlier mentions are read in the syntax layer: a "by"/"from" phrase on the
noun or on a participle over it ("a report released by X"), a possessor ("Oxfam's report"), a named
modifier ("a BBC World Service poll"), or the subject of the verb the noun is the object of or is
"in" ("X published a report", "X says in a report"; the "in" only on a verb of saying or finding,
not "In last year's survey, Keane were followed by ..."). "The statement" after "X said in a
statement" is read alike. Linked only when every earlier mention that names an author names the
same one (the link is clear). A mention's sentence naming no organisation or person is not parsed:
the maker must be one named inside a phrase of its tree, so that sentence's tree could give none.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

from newsparse import Sentence, Span
from newsparse.syntax import SyntaxTree
from newsparse_claims.builders import build_span
from newsparse_claims.lexicon import BELIEF_CUES, CUE_VERBS

__all__ = ["DOCUMENT_NOUNS", "report_author"]

# nouns of a document whose maker speaks through it
DOCUMENT_NOUNS: Final = frozenset("report poll survey study research statement".split())
# prepositions naming a document's maker: "a report by X", "a report from analysts Gartner"
_MAKER_CASES: Final = frozenset({"by", "from"})
_NOUNS: Final = frozenset({"NOUN", "PROPN"})
# verbs of saying or finding, the only verbs whose subject made the document they say "in"
_SAYING: Final = CUE_VERBS - BELIEF_CUES

Named = Callable[[int, int], "str | None"]  # the organisation or person named inside a stretch
Trees = Callable[[int], "SyntaxTree | None"]  # the tree of the sentence holding an offset
Sentences = Callable[[int], "Sentence | None"]  # the sentence whose tree ``Trees`` gives for an offset


def report_author(
    text: str, source: Span, tree_at: Trees, named: Named, sentence_at: Sentences | None = None
) -> tuple[Span | None, str | None]:
    """The earlier phrase naming the maker of a "the <document noun>" source and the maker's entity,
    when the noun's earlier mentions name exactly one maker; else (None, None).

    ``sentence_at`` gives the sentence whose tree ``tree_at`` reads for an offset: a mention in a
    sentence where ``named`` finds no one is skipped before its tree is asked for (the same result:
    every phrase :func:`_maker` reads lies inside that sentence, and ``named`` finds a body inside a
    phrase only where it finds one inside the sentence holding it). Without it every mention's
    sentence is parsed.
    """
    words = str.lower(source.text).split()
    if len(words) != 2 or words[0] != "the" or words[1] not in DOCUMENT_NOUNS:
        return None, None  # most sources: one split
    noun = words[1]
    lowered = str.lower(text[: source.start])
    makers: dict[str, Span] = {}
    at = lowered.find(noun)
    while at != -1:
        end = at + len(noun)
        whole = (at == 0 or not lowered[at - 1].isalnum()) and (
            end == len(lowered) or not lowered[end].isalnum()
        )
        tree = tree_at(at) if whole and _may_name(at, named, sentence_at) else None
        index = tree.word_at(at) if tree is not None else None
        if tree is not None and index is not None and tree.words[index].upos in _NOUNS:
            found = _maker(tree, index, named)
            if found is not None:
                makers.setdefault(found[1], found[0])
        at = lowered.find(noun, end)
    if len(makers) != 1:
        return None, None
    ident, phrase = next(iter(makers.items()))
    return phrase, ident


def _may_name(at: int, named: Named, sentence_at: Sentences | None) -> bool:
    """Whether the sentence whose tree is read at ``at`` may name a maker: ``named`` finds an
    organisation or person inside it (always, without ``sentence_at``)."""
    if sentence_at is None:
        return True
    sentence = sentence_at(at)
    return sentence is not None and named(sentence.start, sentence.end) is not None


def _maker(tree: SyntaxTree, noun: int, named: Named) -> tuple[Span, str] | None:
    """The phrase and entity of the maker of the document noun at word ``noun``, if the tree names one."""
    candidates: list[int] = []
    for k in tree.dependents(noun, "nmod", "nmod:poss", "compound"):
        deprel = tree.words[k].deprel
        if deprel != "nmod" or _case(tree, k) in _MAKER_CASES:
            candidates.append(k)
    for participle in tree.dependents(noun, "acl"):  # "a report released in September by X"
        agents = tree.dependents(participle, "obl", "obl:agent")
        candidates += [k for k in agents if _case(tree, k) in _MAKER_CASES]
    for k in candidates:
        phrase = tree.noun_phrase(k)
        ident = named(phrase.start, phrase.end)
        if ident is not None:
            return build_span(phrase.start, phrase.end, phrase.text), ident
    deprel = tree.words[noun].deprel
    verb = tree.head_of(noun)
    if verb is None or not (deprel == "obj" or (deprel == "obl" and _said_in(tree, noun, verb))):
        return None
    subject = tree.subject(verb)
    if subject is None:
        return None
    ident = named(subject.start, subject.end)
    return (build_span(subject.start, subject.end, subject.text), ident) if ident is not None else None


def _said_in(tree: SyntaxTree, noun: int, verb: int) -> bool:
    """Whether the document noun is "in" on a verb of saying or finding ("X says in a report")."""
    return _case(tree, noun) == "in" and str.lower(tree.words[verb].text) in _SAYING


def _case(tree: SyntaxTree, k: int) -> str | None:
    """The preposition of word ``k``'s phrase in lower case ("by"), None without one."""
    case = tree.dependents(k, "case")
    return str.lower(tree.words[case[0]].text) if case else None
