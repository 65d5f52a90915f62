"""Sources from sentence structure: the subject of a cue verb the word rules left without a source.

The claims layer consults the ``syntax`` layer sentence by sentence (``consults=("syntax",)``), and
only for the few cue verbs whose source the word rules did not find (a long subject, an inverted
cue), since analysing a sentence costs more than reading every claim of the article. Without a
syntax producer (or when the analysis attaches no subject) such a cue gives no claim, as before.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from typing import Final

from newsparse import Document
from newsparse.syntax import SyntaxTree, sentence_tree
from newsparse_claims.lexicon import INVERTIBLE_CUES, PREPOSITIONS, SOURCE_NOUNS

Span = tuple[int, int]

__all__ = ["content_before", "structure_source", "worth_analysing"]

_SOURCE_HEADS: Final = frozenset({"NOUN", "PROPN", "PRON", "NUM"})
# Words after an inverted cue that name a time, not a speaker ("..., said Tuesday").
_NOT_SPEAKERS: Final = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday today yesterday tonight".split()
)


def worth_analysing(text: str, cue: tuple[int, int]) -> bool:
    """Whether the sentence of a source-less cue is worth its analysis: an inverted speech verb.

    A speech verb after a comma or a quotation and before a capitalised word is the shape the word
    rules miss and the analysis gets right ('"...," said Ann Lee, a lawyer who ..., but ...'). Other
    source-less cues ('Ann Lee, who ..., said') almost never gained a source (19 of the 22 sentences
    analysed in 300 news articles gave none; PolNeAR's train split lost no attribution without
    them), while each analysed sentence costs about as much as all the claims of an article.
    """
    before = text[max(0, cue[0] - 3) : cue[0]].rstrip()
    after = text[cue[1] : cue[1] + 2].lstrip()
    return (
        bool(before)
        and before[-1] in ",\"”’"
        and (after[:1].isupper() or _preposition_after(text, cue))
        and str.lower(text[cue[0] : cue[1]]) in _ANALYSED_CUES
    ) or conjoined(text, cue) or participle_after_comma(text, cue) or participle_after_by(text, cue)


def participle_after_comma(text: str, cue: tuple[int, int]) -> bool:
    """Whether the cue is a participle after a comma ("A U.S. judge sided with them, saying ...").

    The word rules found no subject for it (a long one); the parse's subject of the clause's verb
    before the comma is its source (PolNeAR train: the participles missed for want of a subject).
    """
    return text[cue[1] - 3 : cue[1]] == "ing" and text[max(0, cue[0] - 2) : cue[0]].rstrip().endswith(",")


def participle_after_by(text: str, cue: tuple[int, int]) -> bool:
    """Whether the cue is a participle after "by" ("A Chinese official responded by saying ...").

    The word rules found no subject for it; the verb the "by" phrase modifies has the source as its
    subject (PolNeAR train tuning texts hold 17 "by" + speech participles, 14 of them gold cues).
    """
    return text[cue[1] - 3 : cue[1]] == "ing" and text[max(0, cue[0] - 4) : cue[0]].rstrip().endswith(" by")


def _preposition_after(text: str, cue: tuple[int, int]) -> bool:
    """Whether a preposition follows the cue ('Ann Lee, a lawyer at X, said of the plan'): no speaker.

    The word rules leave such a cue without a source; its subject comes before it, past an apposition.
    """
    words = text[cue[1] : cue[1] + 8].split(maxsplit=1)
    return bool(words) and words[0] in PREPOSITIONS


def conjoined(text: str, cue: tuple[int, int]) -> bool:
    """Whether the cue verb is the second of two conjoined verbs ("Lee met the press and said ...").

    Its subject is the first verb's, which the analysis gives (``SyntaxTree.subject(shared=True)``).
    """
    return _CONJOINED.search(text, max(0, cue[0] - 30), cue[0]) is not None


# "and"/"but", an adverb or auxiliary perhaps, just before the cue ("and later said", "but has denied").
_CONJOINED: Final = re.compile(r"\b(?:and|but)\s+(?:(?:also|later|then|has|have|had|\w+ly)\s+)?\Z")


_ANALYSED_CUES: Final = INVERTIBLE_CUES | {"responded", "told", "says"}
_NOT_SUBJECTS: Final = frozenset("which that his her its their my our your".split())


def _inverted(text: str, cue: tuple[int, int], subject: tuple[int, int]) -> bool:
    """Whether the cue closes a quotation or clause ('"...," said X, a ...') and X follows it directly.

    Only a cue that may be inverted ("said", not "told"), and X ends at a comma or the sentence end.
    """
    before = text[max(0, cue[0] - 3) : cue[0]].rstrip()
    after = text[subject[1] : subject[1] + 2].lstrip()
    return (
        str.lower(text[cue[0] : cue[1]]) in INVERTIBLE_CUES
        and bool(before)
        and before[-1] in ",\"”’"
        and not text[cue[1] : subject[0]].strip()
        and (not after or after[0] in ",.;")
    )


def structure_source(
    doc: Document, sentence_starts: Sequence[int], cue: tuple[int, int], content: tuple[int, int]
) -> tuple[Span, Span] | None:
    """The source of the cue verb at ``cue`` as the subject of the verb in its sentence's tree, and the
    content, if any.

    The subject must be a noun phrase that stays clear of the content; its appositions and relative
    clauses are kept ("Ann Lee, a lawyer who ..."), cut where they would reach the cue. A content read
    back over such a subject with no quotation before it is the verb's complement clause instead.
    """
    at = bisect.bisect_right(sentence_starts, cue[0]) - 1
    if at < 0 or not worth_analysing(doc.text, cue):
        return None
    tree = sentence_tree(doc, doc.sentences[at])
    if tree is None:
        return None
    verb = tree.word_at(cue[0])
    if verb is None:
        return None
    if participle_after_comma(doc.text, cue):
        return _participle_source(tree, verb, cue, content)
    if participle_after_by(doc.text, cue):
        return _by_source(tree, verb, cue, content)
    if conjoined(doc.text, cue):
        shared = tree.subject(verb, shared=True)
        if shared is None or shared.end > cue[0] or not _speaker(tree, shared.head):
            return None
        source = _clear_of(tree, shared.head, cue, content)
        return None if source is None else (source, content)
    subjects = tree.dependents(verb, "nsubj")
    if not subjects or tree.words[subjects[0]].upos not in _SOURCE_HEADS:
        return None
    source = _clear_of(tree, subjects[0], cue, content)
    if source is not None:
        return source, content_before(doc.text, content, source)
    after = _complement(tree, verb, cue)
    if after is None or tree.noun_phrase(subjects[0]).end > cue[0]:
        return None
    source = _clear_of(tree, subjects[0], cue, after)
    if source is not None and doc.text[source[1] : cue[0]].strip(" ,\n"):
        core = tree.noun_phrase(subjects[0])  # a relative clause the parse cut short: the name alone
        source = (core.start, core.end)
    return None if source is None else (source, after)


def _participle_source(tree: SyntaxTree, verb: int, cue: Span, content: Span) -> tuple[Span, Span] | None:
    """The subject of the nearest verb before a participle cue that has one before it, and the content.

    "A U.S. District Court judge sided with the Democrats, saying ...": "sided" → "A U.S. District
    Court judge". The subject must be a name, pronoun or noun phrase, clear of the cue.
    """
    for k in range(verb - 1, -1, -1):
        word = tree.words[k]
        if word.upos != "VERB":
            continue
        subjects = [s for s in tree.dependents(k, "nsubj") if s < k]
        if subjects:
            head = tree.words[subjects[0]]
            if head.upos not in _SOURCE_HEADS or str.lower(head.text) in _NOT_SUBJECTS:
                return None  # "which", "his": a relative or a possessive the parse took for the subject
            source = _clear_of(tree, subjects[0], cue, content)
            return None if source is None else (source, content)
    return None


def _by_source(tree: SyntaxTree, verb: int, cue: Span, content: Span) -> tuple[Span, Span] | None:
    """The source of a participle after "by": the subject of the verb the phrase modifies, the nearest
    verb before it ("Netanyahu rallied supporters by warning ..."), or the verb that verb complements
    ("Axelrod tried offering an olive branch by telling ..."). It must be a speaker (``_speaker``).
    """
    k = next((k for k in range(verb - 1, -1, -1) if tree.words[k].upos == "VERB"), None)
    for _ in range(_MAX_COMPLEMENTS):
        if k is None:
            return None
        subjects = [s for s in tree.dependents(k, "nsubj") if s < k]
        if subjects:
            if not _speaker(tree, subjects[0]):
                return None  # "The messages try to trick people ... by promising ..."
            source = _clear_of(tree, subjects[0], cue, content)
            return None if source is None else (source, content)
        k = tree.head_of(k) if tree.words[k].deprel == "xcomp" else None
    return None


_MAX_COMPLEMENTS: Final = 3  # verbs climbed through "xcomp" ("tried offering", "wanted to begin")


def _complement(tree: SyntaxTree, verb: int, cue: Span) -> Span | None:
    """The complement clause after the cue verb ("Ann Lee, who ..., told Reuters the talks failed").

    From its first word to the sentence end (the parse may leave its last words unattached), without
    the complementiser "that" and the final punctuation; None when the verb has none.
    """
    clauses = [k for k in tree.dependents(verb, "ccomp") if tree.words[k].start >= cue[1]]
    if not clauses:
        return None
    lo = clauses[0]
    stack, seen = [clauses[0]], {clauses[0]}
    while stack:  # where the clause's subtree starts; it runs to the sentence end
        k = stack.pop()
        lo = min(lo, k)
        fresh = [c for c in tree.children[k] if c not in seen]  # a malformed tree may hold a cycle
        seen.update(fresh)
        stack.extend(fresh)
    hi = len(tree.words) - 1
    if str.lower(tree.words[lo].text) == "that" and lo < hi:
        lo += 1
    while hi > lo and not any(ch.isalnum() for ch in tree.words[hi].text):
        hi -= 1
    return tree.words[lo].start, tree.words[hi].end


def _speaker(tree: SyntaxTree, head: int) -> bool:
    """Whether a shared subject may speak: a name or pronoun, or a speaker's or body's noun.

    Not "The upgrade closed loopholes and added features", "A fan jumped on stage and attacked".
    """
    word = tree.words[head]
    noun = str.lower(word.text)
    return word.upos in {"PROPN", "PRON"} or (
        word.upos == "NOUN" and (noun in SOURCE_NOUNS or noun.removesuffix("s") in SOURCE_NOUNS)
    )


def _clear_of(
    tree: SyntaxTree, head: int, cue: tuple[int, int], content: tuple[int, int]
) -> tuple[int, int] | None:
    """The noun phrase of ``head`` with its modifiers, kept on its side of the cue, outside the content."""
    core = tree.noun_phrase(head)
    whole = tree.noun_phrase(head, modifiers=True)
    start, end = whole.start, whole.end
    if core.end <= cue[0]:
        end = min(end, cue[0])
    elif not _inverted(tree.text, cue, (core.start, core.end)) or str.lower(core.text) in _NOT_SPEAKERS:
        return None  # an object read as a subject ("told The Post", "said Tuesday")
    else:  # an inverted speaker ('..., said Ann Lee, a lawyer'): the name, as the word rules give it
        start, end = max(core.start, cue[1]), core.end
    while end > start and not tree.text[end - 1].isalnum() and tree.text[end - 1] not in ").":
        end -= 1
    overlaps = start < content[1] and content[0] < end
    if end <= start or (overlaps and not _quoted_before(tree.text, content, start)):
        return None  # a quotation before the subject is the content (``content_before``)
    return start, end


def _quoted_before(text: str, content: tuple[int, int], start: int) -> bool:
    """Whether the content opens before the subject at ``start`` and a quotation closes just before it."""
    before = text[content[0] : start].rstrip()
    return content[0] < start and before.endswith(_CLOSING_QUOTES)


_CLOSING_QUOTES: Final = ("'", '"', "”", "’")


def content_before(text: str, content: tuple[int, int], source: tuple[int, int]) -> tuple[int, int]:
    """The content cut where the source found before the cue starts ('"...," Ann Lee, a lawyer, said').

    The word rules read a source-less cue's content up to the comma before it, over the subject.
    """
    if not content[0] < source[0] < content[1]:
        return content
    end = source[0]
    while end > content[0] and (text[end - 1].isspace() or text[end - 1] in _CONTENT_TAIL):
        end -= 1
    return (content[0], end) if end > content[0] else content


_CONTENT_TAIL: Final = frozenset(",;:'\"“”‘’—–-")
