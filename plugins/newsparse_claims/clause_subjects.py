"""A cue verb's subject that carries a relative clause or an "including" phrase, read from the parse.

"many trial lawyers, including big contributors to Democratic candidates, fiercely opposed ...",
"people who have battled other online threats say ...", "most presidents, including President
Obama, have supported ...": the word rules read a source back from the cue only over a short noun
phrase, and ``long_subjects`` only over a stretch opening the sentence; a subordinate clause ("While
...", "even though ...") or a fronted clause before the subject leaves such a cue without a source.
The parse gives the subject: the cue verb's own ``nsubj``, whose words run up to the cue. The source
is its noun phrase cut before the relative clause or the "including" phrase (those say which or
name examples; an example named there is no source entity). Only a sentence whose words before the
cue hold a relative word or "including" is analysed.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from typing import Final

from newsparse import Document
from newsparse.syntax import SyntaxTree, sentence_tree
from newsparse_claims.found import Found
from newsparse_claims.structure import complement, content_before

Span = tuple[int, int]

__all__ = ["clause_subject"]

# a relative word or "including" between the sentence's start and the cue: the only sentences analysed
_MARKERS: Final = re.compile(r"\b(?:who|which|that|whom|whose|including)\b", re.IGNORECASE)
_SOURCE_HEADS: Final = frozenset({"NOUN", "PROPN", "NUM", "PRON"})
# pronouns that head no speaker's noun phrase with a relative clause: relatives, personal, possessive
_NOT_HEADS: Final = frozenset(
    "who which that what whom whose it its he she they his her their him them i we you me us".split()
)
_BETWEEN: Final = frozenset({"aux", "aux:pass", "advmod", "neg"})  # the cue's auxiliaries and adverbs
_RELATIVE: Final = "acl:relcl"
_INCLUDING: Final = frozenset({"including"})
_TRAIL: Final = frozenset(",;:—–-\"“”'’‘(")


def clause_subject(
    doc: Document, sentence_starts: Sequence[int], found: Sequence[Found], n: int
) -> tuple[Span, Span] | None:
    """The source and content of the source-less cue verb ``found[n]`` from its subject in the parse.

    None for a participle ("-ing"), a cue inside another claim's content, a sentence with no relative
    word or "including" before the cue, and where :func:`_subject_words` finds no such subject.
    """
    item = found[n]
    cue = item.cue
    text = doc.text
    at = bisect.bisect_right(sentence_starts, cue[0]) - 1
    if at < 0 or text[cue[1] - 3 : cue[1]] == "ing" or _inside_other(found, n):
        return None
    if _MARKERS.search(text, sentence_starts[at], cue[0]) is None:
        return None
    tree = sentence_tree(doc, doc.sentences[at])
    verb = tree.word_at(cue[0]) if tree is not None else None
    if tree is None or verb is None:
        return None
    subject = _subject_words(tree, verb)
    if subject is None:
        return None
    first, cut = subject
    start, end = tree.words[first].start, tree.words[cut - 1].end
    while end > start and text[end - 1] in _TRAIL:
        end -= 1
    if end <= start:
        return None
    source = (start, end)
    content = item.content
    if content[1] <= cue[0] and content[0] < start:  # read before the cue over the subject
        content = content_before(text, content, source)
        if content[1] <= content[0] or not text[content[1] : start].strip(" ,").endswith(_QUOTES):
            return None
    elif content[0] < cue[1]:
        return None
    else:
        content = _within_clause(tree, verb, _complement_start(tree, verb, cue, content))
    return source, content


def _complement_start(tree: SyntaxTree, verb: int, cue: Span, content: Span) -> Span:
    """A content after the cue opened past the cue's particle and "that" ("have pointed out that it
    is still difficult ..." → "it is still difficult ..."), or at its complement clause."""
    after = complement(tree, verb, cue)
    if after is not None and content[0] <= after[0] < content[1]:
        return (after[0], content[1])
    k = tree.word_at(content[0])
    if k is not None and k in tree.dependents(verb, "compound:prt") and k + 1 < len(tree.words):
        k += 1
    if k is not None and str.lower(tree.words[k].text) == "that" and k + 1 < len(tree.words):
        k += 1
    start = tree.words[k].start if k is not None else content[0]
    return (start, content[1]) if content[0] <= start < content[1] else content


def _within_clause(tree: SyntaxTree, verb: int, content: Span) -> Span:
    """A content after a cue of a subordinate clause ("While X opposed those decisions, the base ...")
    cut where the clause's words end, before the main clause."""
    if tree.words[verb].deprel != "advcl":
        return content
    end = tree.words[max(_subtree(tree, verb))].end
    while end > content[0] and tree.text[end - 1] in _TRAIL:
        end -= 1
    return (content[0], end) if content[0] < end < content[1] else content


_QUOTES: Final = ("'", '"', "”", "’")


def _subject_words(tree: SyntaxTree, verb: int) -> tuple[int, int] | None:
    """The cue verb's subject (its first word, the word after the cut) when it carries a relative clause
    or an "including" phrase and its words run up to the cue (its auxiliaries and adverbs between)."""
    subjects = [s for s in tree.dependents(verb, "nsubj") if s < verb]
    if not subjects:
        return None
    head = subjects[0]
    word = tree.words[head]
    if word.upos not in _SOURCE_HEADS or str.lower(word.text) in _NOT_HEADS:
        return None
    inside = _subtree(tree, head)
    first, last = min(inside), max(inside)
    for k in range(first, last + 1):
        if k not in inside and tree.words[k].upos != "PUNCT":
            return None  # the subject's words are not one stretch
    for k in range(last + 1, verb):
        if k in inside:
            continue
        w = tree.words[k]
        if not (w.upos == "PUNCT" or (w.deprel in _BETWEEN and tree.head_of(k) == verb)):
            return None  # another word between the subject and the cue
    cut = _cut(tree, head, inside)
    if cut is None or cut <= first:
        return None
    return first, cut


def _cut(tree: SyntaxTree, head: int, inside: set[int]) -> int | None:
    """Where the subject's noun phrase ends: the first word of its relative clause or "including"
    phrase (None when it has neither)."""
    starts = []
    for k in inside:
        w = tree.words[k]
        if w.deprel == _RELATIVE:
            starts.append(min(_subtree(tree, k)))
        elif str.lower(w.text) in _INCLUDING and k > head:
            starts.append(k)
    return min(starts) if starts else None


def _subtree(tree: SyntaxTree, head: int) -> set[int]:
    """The word ``head`` and every word under it in the parse."""
    seen = {head}
    stack = [head]
    while stack:
        k = stack.pop()
        for child in tree.children[k]:
            if child not in seen:
                seen.add(child)
                stack.append(child)
    return seen


def _inside_other(found: Sequence[Found], n: int) -> bool:
    """Whether the cue of ``found[n]`` lies inside the content of another claim the word rules found."""
    at = found[n].cue[0]
    return any(k != n and not f.unresolved and f.content[0] <= at < f.content[1] for k, f in enumerate(found))
