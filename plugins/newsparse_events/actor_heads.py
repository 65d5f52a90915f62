"""A perpetrator given as a name that only modifies the actor's noun takes that noun's phrase: "GNA air
force killed" is "GNA air force", "shells fired by alleged LNA forces" is "LNA forces", "FARDC soldiers",
"pro-Houthi forces"; and before an instrument, the modifiers up to the actor's noun: "by an Afghan
military airstrike" is "Afghan military", "Saudi-led coalition airstrikes" is "Saudi-led coalition"
(session 43, issue 16).

Issue 16's perpetrator is an actor (a group, force, state or person), anchored in the text like the
victims' head noun phrase. The readers of the layer anchor the entity mention inside the actor's
phrase, so a name that premodifies the phrase's noun is left alone: an acronym ("LNA"), a demonym
("Afghan"), the first part of a name the entities layer cuts short ("Al" of "Al shabaab militants").
``actors.structural_actor`` already gives the phrase for a place name there ("US troops", with the
state's id); this step does the same for every name, whichever reader found it. The structural test:
the name's last word hangs, through modifier relations only, on a noun after it, every word between
hangs inside that noun's phrase, and the noun (or, when it is an instrument, its last premodifier
before it) is an actor or armed body noun. The span grows to that noun; the actor's id is kept. No
word is taken across punctuation other than a hyphen, from the victims' phrase or the trigger, or
past an "anti-" ("anti-Houthi forces" are not the Houthis).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

import attrs

from newsparse import Document, Span
from newsparse.syntax import SyntaxTree, sentence_tree
from newsparse_events.clause_attackers import BODY_NOUNS
from newsparse_events.lexicon import ACTOR_NOUNS, INSTRUMENTS
from newsparse_events.model import Event

__all__ = ["actor_head", "with_actor_heads"]

# relations by which a word premodifies a noun (the parse reads some acronyms as determiners or
# numbers: "GNA air force", "FARDC soldiers")
_MODIFIERS: Final = frozenset({"compound", "amod", "det", "nummod", "flat", "nmod:poss", "punct"})
_ACTORS: Final = ACTOR_NOUNS | BODY_NOUNS
_INSTRUMENT_WORDS: Final = frozenset(w for phrase in INSTRUMENTS for w in phrase.split())
_MAX_CLIMB: Final = 4  # modifier steps from the name to the phrase's noun
_NOUNS: Final = frozenset({"NOUN", "PROPN"})


def _lower(tree: SyntaxTree, k: int) -> str:
    return str.lower(tree.words[k].text)


def _phrase_noun(tree: SyntaxTree, n: int) -> int | None:
    """The noun after word ``n`` that ``n`` hangs on through modifier relations only, else None."""
    k = n
    for _ in range(_MAX_CLIMB):
        head = tree.head_of(k)
        if tree.words[k].deprel not in _MODIFIERS or head is None or head <= k:
            break
        k = head
    return k if k > n and tree.words[k].upos in _NOUNS else None


def actor_head(tree: SyntaxTree, first: int, n: int) -> int | None:
    """The word that ends the actor's phrase of a name at words ``[first, n]``, else None.

    The name's noun when it is an actor or body noun ("LNA forces"); when it is an instrument, its
    last actor or body premodifier after the name ("Afghan military airstrike"). Every word between
    the name and that noun must hang inside the noun's phrase, and none may be punctuation but a
    hyphen.
    """
    if _lower(tree, n) in _ACTORS or _lower(tree, n) in _INSTRUMENT_WORDS:
        return None  # the name's phrase already ends at a noun of its own
    noun = _phrase_noun(tree, n)
    if noun is None:
        return None
    for k in range(n + 1, noun):
        head = tree.head_of(k)
        if head is None or not n < head <= noun or tree.words[k].deprel not in _MODIFIERS:
            return None
        if tree.words[k].upos == "PUNCT" and tree.words[k].text != "-":
            return None
    if any(_lower(tree, k) == "anti" for k in range(max(0, first - 2), first)):
        return None
    if _lower(tree, noun) in _ACTORS:
        return noun
    if _lower(tree, noun) not in _INSTRUMENT_WORDS:
        return None
    return next((k for k in range(noun - 1, n, -1) if _lower(tree, k) in _ACTORS), None)


def _overlaps(span: Span | None, start: int, end: int) -> bool:
    return span is not None and span.start < end and start < span.end


def _widened(doc: Document, event: Event, tree: SyntaxTree) -> Event | None:
    """``event`` with its perpetrator grown to the actor's noun, or None when the test does not hold."""
    perp = event.perpetrator_text
    if perp is None:
        return None
    first, n = tree.word_at(perp.start), tree.word_at(perp.end - 1)
    if first is None or n is None or tree.words[n].end != perp.end:
        return None
    end_word = actor_head(tree, first, n)
    if end_word is None:
        return None
    end = tree.words[end_word].end
    if _overlaps(event.victims, perp.end, end) or _overlaps(event.trigger, perp.end, end):
        return None
    return attrs.evolve(event, perpetrator_text=Span.of(doc.text, perp.start, end))


def with_actor_heads(doc: Document, events: Sequence[Event]) -> list[Event]:
    """The events, each perpetrator that is a name premodifying an actor's noun grown to that noun."""
    out = list(events)
    trees: dict[int, SyntaxTree | None] = {}
    for i, event in enumerate(events):
        if event.perpetrator_text is None:
            continue
        here = doc.sentence_index(event.perpetrator_text.start)
        if here >= len(doc.sentences):
            continue
        if here not in trees:
            trees[here] = sentence_tree(doc, doc.sentences[here])
        tree = trees[here]
        widened = None if tree is None else _widened(doc, event, tree)
        if widened is not None:
            out[i] = widened
    return out
