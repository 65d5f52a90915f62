"""A noun of speech as the object of a verb of giving or making is a cue: "Bush offered a retort on ...".

"X offered her firmest promise yet that ...", "X made comments about ...", "X made an impassioned
call for ...", "X voiced concern over ...": PolNeAR marks the verb and its noun as the cue, the
verb's subject as the source and the noun's complement (a "that" clause or an "about"/"on"/"for"
... phrase) as the content. The word rules read none of them (the verb alone says nothing). The
sentence is analysed only where the text holds the shape (a verb of the list, then such a noun
before its complement within a few words), and the parse must make the noun the verb's object and
give the verb a subject that can speak. A noun with no complement ("issued a statement.") is no claim.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from typing import Final

from newsparse import Document
from newsparse.syntax import SyntaxTree, sentence_tree
from newsparse_claims.found import Found
from newsparse_claims.lexicon import CONTENT_CUTS, PARTICIPLE_CUES

Span = tuple[int, int]

__all__ = ["speech_act_claims"]

_VERBS: Final = (
    "offered offers issued issues made makes gave gives delivered delivers raised raises voiced voices "
    "expressed expresses renewed renews repeated repeats reiterated reiterates sounded sounds leveled "
    "levelled levels"
)
_NOUNS: Final = (
    "promises? pledges? vows? warnings? apology assurances? claims? accusations? allegations? arguments? "
    "case calls? pleas? demands? predictions? comments? remarks statements? announcement concerns? "
    "criticism complaints? retort defen[cs]e rebuttal denials? admission explanation descriptions?"
)
_OPENERS: Final = frozenset("that about on of for against over".split())
# the shape in the text: a verb of the list, up to 60 characters with no sentence or quotation mark,
# a noun of speech and its complement's first word
_SHAPE: Final = re.compile(
    r"\b(?:" + "|".join(_VERBS.split()) + r")\b[^.;:!?\"“”\n]{0,60}?\b(" + "|".join(_NOUNS.split())
    + r")\s+(?:yet\s+)?(?:" + "|".join(sorted(_OPENERS)) + r")\b",
    re.IGNORECASE,
)
_LIGHT: Final = frozenset(_VERBS.split())
_SOURCE_HEADS: Final = frozenset({"NOUN", "PROPN", "PRON"})
# no speaker: the writer or reader, a relative pronoun (its antecedent is not read here)
_NOT_SOURCES: Final = frozenset("i we you me us that which who whom what it this".split())


def speech_act_claims(doc: Document, sentences: Sequence[Span], found: Sequence[Found]) -> list[Found]:
    """The claims of a verb of giving or making whose object is a noun of speech with a complement.

    None where a claim the word rules found already holds the words (its cue, or its content: an
    attribution inside another's content is not annotated), or where the parse does not confirm it.
    """
    text = doc.text
    out: list[Found] = []
    starts = [start for start, _ in sentences]
    for match in _SHAPE.finditer(text):
        noun_at = match.start(1)
        at = bisect.bisect_right(starts, noun_at) - 1
        if at < 0 or _held(found, match.start(), match.end()):
            continue
        tree = sentence_tree(doc, doc.sentences[at])
        claim = None if tree is None else _claim(tree, noun_at)
        if claim is not None and not any(claim.cue == other.cue for other in out):
            out.append(claim)
    return out


def _held(found: Sequence[Found], start: int, end: int) -> bool:
    """Whether a found claim's cue or content overlaps ``[start, end)``."""
    return any(
        (f.cue[0] < end and start < f.cue[1]) or (f.content[0] < end and start < f.content[1]) for f in found
    )


def _claim(tree: SyntaxTree, noun_at: int) -> Found | None:
    """The claim of the noun at ``noun_at`` when the parse makes it a listed verb's object."""
    noun = tree.word_at(noun_at)
    if noun is None or tree.words[noun].deprel != "obj" or tree.words[noun].upos != "NOUN":
        return None
    verb = tree.head_of(noun)
    if verb is None or verb > noun or tree.words[verb].upos != "VERB":
        return None
    said = str.lower(tree.words[verb].text)
    if said not in _LIGHT or (str.lower(tree.words[noun].text) == "case" and not said.startswith("ma")):
        return None  # "raised the case of a man": only "made the case" is an argument
    subjects = [k for k in tree.dependents(verb, "nsubj") if k < verb]
    if not subjects:
        return None
    head = tree.words[subjects[0]]
    if head.upos not in _SOURCE_HEADS or str.lower(head.text) in _NOT_SOURCES:
        return None
    source = _source(tree, subjects[0], tree.words[verb].start)
    content = _content(tree, noun, verb)
    if source is None or content is None:
        return None
    return Found((tree.words[verb].start, tree.words[noun].end), content, source)


def _source(tree: SyntaxTree, head: int, cue_start: int) -> Span | None:
    """The subject's noun phrase with its modifiers, ended before the cue and its punctuation."""
    whole = tree.noun_phrase(head, modifiers=True)
    start, end = whole.start, min(whole.end, cue_start)
    while end > start and not tree.text[end - 1].isalnum() and tree.text[end - 1] not in ").":
        end -= 1
    return (start, end) if end > start else None


def _content(tree: SyntaxTree, noun: int, verb: int) -> Span | None:
    """The noun's complement: after "that" or the preposition, to the clause's end.

    The end is the sentence's, or the first ";", a comma before "but"/"however" or a speech participle
    (", tweeting at him ..."), or the verb's own next conjunct ("issued a warning about X but said ...").
    """
    words = tree.words
    k = noun + 1
    if k < len(words) and str.lower(words[k].text) == "yet":
        k += 1
    if k >= len(words) or str.lower(words[k].text) not in _OPENERS:
        return None
    opener = str.lower(words[k].text)
    if opener == "that" and (k + 1 >= len(words) or words[k + 1].upos in {"VERB", "AUX"}):
        return None  # "the claims that were made": a relative clause
    first = k + 1  # the complement without "that" or its preposition (PolNeAR's content: "love and unity")
    if first >= len(words):
        return None
    conjuncts = set(tree.dependents(verb, "conj"))
    stop = min([_subtree_start(tree, d) for d in tree.dependents(verb) if d > noun], default=len(words))
    last = first
    for j in range(first + 1, len(words)):
        low = str.lower(words[j].text)
        if low in _BREAKS or j in conjuncts or (j >= stop and stop > first):
            break  # "; ...", "— including ...", "... but said", "... during a call": not the content
        if low == "," and str.lower(_word_after_marks(tree, j)) in _CUT_WORDS:
            break
        if low in {"but", "and"} and tree.head_of(j) in conjuncts:
            break
        last = j
    while last > first and not any(ch.isalnum() for ch in words[last].text):
        last -= 1
    return words[first].start, words[last].end


_BREAKS: Final = frozenset({";", "—", "–", "--"})
_CUT_WORDS: Final = CONTENT_CUTS | PARTICIPLE_CUES
_MARKS: Final = frozenset({'"', "”", "“", "'", "’", "''"})


def _word_after_marks(tree: SyntaxTree, k: int) -> str:
    """The word after word ``k`` past quotation marks ('values," saying': "saying"), or ""."""
    for j in range(k + 1, len(tree.words)):
        if tree.words[j].text not in _MARKS:
            return tree.words[j].text
    return ""


def _subtree_start(tree: SyntaxTree, head: int) -> int:
    """The index of the first word of ``head``'s subtree ("during a call": "during")."""
    lo, stack, seen = head, [head], {head}
    while stack:
        k = stack.pop()
        lo = min(lo, k)
        fresh = [c for c in tree.children[k] if c not in seen]  # a malformed tree may hold a cycle
        seen.update(fresh)
        stack.extend(fresh)
    return lo
