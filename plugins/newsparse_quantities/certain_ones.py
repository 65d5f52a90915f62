"""A "one" in the sense of "a certain", read from the tree: the subject of what it did in the story.

The guideline keeps "one" before a noun in the sense of "a certain" out ("one official told
Reuters"); the scanner already drops it before or after a verb of saying (``conventions``) and a
sentence's first "One" that the sentence describes (``structure``). Here the general form: "one"
modifying the noun that is the active subject of a verb of the narrative ("one lawmaker took a
private moment", "when one voter brought up immigration", "One user has already created a dock"):
the story tells what a certain person or thing did, not how many did it. Left as counts: a "one"
marked as a count ("only one", "just one", "not one", "that one"), the subject of "be" ("there is
one place", "One locomotive was stationary"), of a passive ("One person was killed"), of a verb
of dying ("One soldier died"), of a verb under a modal ("if one GameBoy can make music"), and a
"one" whose sentence goes on to a rate or a casualty ("One person ... every 10 seconds", "One
protester received a minor arm injury").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from newsparse import Document
from newsparse.syntax import SyntaxTree, sentence_tree

from .found import Found

__all__ = ["without_certain_ones"]

Counted = tuple[int, int] | None
Trees = dict[int, SyntaxTree | None]  # the trees of the sentences read so far, by sentence index

# the word before "one" that marks it a count or a pronoun's antecedent, not "a certain"
_COUNT_BEFORE: Final = frozenset(
    """
    only just not single sole the that this a an any no every each than of at 's ’s his her their
    its my our your whose
    """.split()
)
_BE: Final = frozenset("is was are were be been being 's ’s am".split())
_DYING: Final = frozenset("die dies died dying".split())
_MODALS: Final = frozenset("can could will would may might must should shall 'll wo ca".split())
# words after "one" in its sentence that make it a count: a rate ("One person ... every 10 seconds",
# "one person in each household") or a casualty ("One protester received a minor arm injury")
_COUNTING_AFTER: Final = frozenset(
    """
    every each per injury injuries injured wounded wounds hurt killed dead death died
    """.split()
)
_WORD_BEFORE: Final = re.compile(r"([\w'’]+)\W*$")


def without_certain_ones(
    doc: Document, trees: Trees, found: Sequence[Found], counted: Sequence[Counted]
) -> tuple[list[Found], list[Counted]]:
    """The amounts less each "one" that is "a certain": the active subject of a narrative verb."""
    text = doc.text
    kept_found: list[Found] = []
    kept: list[Counted] = []
    for f, noun in zip(found, counted, strict=True):
        if noun is not None and _maybe_certain(text, f) and _subject_of_an_act(doc, trees, f):
            continue
        kept_found.append(f)
        kept.append(noun)
    return kept_found, kept


def _maybe_certain(text: str, f: Found) -> bool:
    """Whether ``f`` is a bare "one" with no word before it that makes it a count."""
    if f.modifier is not None or f.unit is not None or f.start != f.number_start:
        return False
    if str.lower(text[f.number_start : f.number_end]) != "one":
        return False
    before = _WORD_BEFORE.search(text, max(0, f.start - 20), f.start)
    return before is None or str.lower(before.group(1)) not in _COUNT_BEFORE


def _subject_of_an_act(doc: Document, trees: Trees, f: Found) -> bool:
    """Whether the noun "one" modifies is the active subject of a verb that is no "be", no verb of
    dying and has no modal, in a sentence with no rate or casualty after it (the sentence's tree)."""
    at = doc.sentence_index(f.start)
    if at >= len(doc.sentences):
        return False
    if at not in trees:
        trees[at] = sentence_tree(doc, doc.sentences[at])
    tree = trees[at]
    number = tree.word_at(f.number_start) if tree is not None else None
    if tree is None or number is None or tree.words[number].deprel != "nummod":
        return False
    noun = tree.head_of(number)
    if noun is None or tree.words[noun].deprel != "nsubj":
        return False
    verb = tree.head_of(noun)
    if verb is None or tree.words[verb].upos != "VERB":
        return False
    low = str.lower(tree.words[verb].text)
    if low in _BE or low in _DYING or tree.dependents(verb, "cop", "aux:pass", "nsubj:pass"):
        return False
    if any(str.lower(tree.words[k].text) in _MODALS for k in tree.dependents(verb, "aux")):
        return False
    return all(str.lower(word.text) not in _COUNTING_AFTER for word in tree.words[number + 1 :])
