"""A source-less conjoined cue verb's subject as the parse gives it: the subject of the verb it is
joined to, where neither the word rules' shapes nor the long-subject reading found a source.

``structure.worth_analysing`` reads a conjoined verb's shared subject only after "and"/"but" and only
for a speaker's noun or a name ("The upgrade closed loopholes and added features"); the parse also
joins a verb with no subject of its own to one it leaves unattached or joins after a comma
("Lindsay Lohan went on a rant ... and also hinted", "The tribunal upheld the claim ... but said").
Such a verb takes the ``nsubj`` of the first verb of its chain. A verb with a subject of its own is
left to the word rules and ``structure`` (session 34: reading it here counted 9 of 17 right outside).
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from typing import Final

from newsparse import Document
from newsparse.syntax import SyntaxTree, sentence_tree
from newsparse_claims.found import Found
from newsparse_claims.lexicon import BELIEF_CUES, INVERTIBLE_CUES, QUOTE_INVERTIBLE_CUES
from newsparse_claims.openings import TELL
from newsparse_claims.structure import content_before, subject_clear_of

Span = tuple[int, int]

__all__ = ["parsed_source", "parsed_subject"]


def parsed_source(
    doc: Document, sentence_starts: Sequence[int], found: Sequence[Found], n: int
) -> tuple[Span, Span] | None:
    """The source and content of the source-less cue verb ``found[n]`` from its sentence's tree.

    None for a participle ("-ing"), a cue inside another claim's content ("X said the cuts could
    indicate ..."), a content opening with a preposition ("responded to the remarks", "likened to"),
    and where :func:`_parsed_head` finds no subject.
    """
    item = found[n]
    cue, content = item.cue, item.content
    text = doc.text
    if text[cue[1] - 3 : cue[1]] == "ing" or _inside_other(found, n):
        return None
    opening = text[content[0] : content[0] + 12].split(maxsplit=1) if content[0] >= cue[1] else []
    if opening and str.lower(opening[0]) in _OPENERS:
        return None
    at = bisect.bisect_right(sentence_starts, cue[0]) - 1
    tree = sentence_tree(doc, doc.sentences[at]) if at >= 0 else None
    verb = tree.word_at(cue[0]) if tree is not None else None
    if tree is None or verb is None:
        return None
    head = _parsed_head(tree, verb)
    if head is None:
        return None
    source = subject_clear_of(tree, head, cue, content)
    if source is None or source[1] > cue[0] or text[: source[0]].rstrip()[-1:] in _QUOTES:
        return None  # after its cue, or after a quotation ('"...," May wrote'): the word rules' shapes
    return source, content_before(text, _past_recipient(tree, verb, content), source)


def _past_recipient(tree: SyntaxTree, verb: int, content: Span) -> Span:
    """The content after the recipient of "told"/"tell" ("told The Huffington Post she thinks ...")."""
    if str.lower(tree.words[verb].text) not in TELL:
        return content
    taken = [k for k in tree.dependents(verb, "obj", "iobj") if k > verb]
    if not taken:
        return content
    end = tree.noun_phrase(taken[0]).end
    rest = tree.text[end : content[1]]
    start = end + len(rest) - len(rest.lstrip(" ,"))
    if rest.lstrip(" ,").startswith("that "):
        start += 5
    return (start, content[1]) if content[0] <= start < content[1] else content


def _inside_other(found: Sequence[Found], n: int) -> bool:
    """Whether the cue of ``found[n]`` lies inside the content of another claim the word rules found."""
    at = found[n].cue[0]
    return any(k != n and not f.unresolved and f.content[0] <= at < f.content[1] for k, f in enumerate(found))


def _parsed_head(tree: SyntaxTree, verb: int) -> int | None:
    """The subject head of ``verb`` (:func:`parsed_subject`), unless the tree's shape says it is none.

    Not after a subordinator ("when asked", "than expected"); not a possessor ("Sanders' widely
    criticized interview"); not a noun right before a bare "-ed" form, a participle modifying it
    ("a network dubbed Exeem", "7.9% growth expected in 2004", "a professor likened to").
    """
    k = verb
    while k > 0 and str.lower(tree.words[k - 1].text) not in _SUBORDINATORS and (
        tree.words[k - 1].deprel in _VERB_GROUP and tree.head_of(k - 1) == verb
    ):
        k -= 1
    if k > 0 and str.lower(tree.words[k - 1].text) in _SUBORDINATORS:
        return None
    if _speaker_after(tree, verb) or _adds_object(tree, verb):
        return None
    head = parsed_subject(tree, verb)
    if head is None:
        return None
    phrase = tree.noun_phrase(head, modifiers=True)
    core_end = tree.noun_phrase(head).end
    if tree.text[core_end : core_end + 1] in _QUOTES:
        return None  # "Sanders' interview": a possessor
    bare = not tree.dependents(verb, "aux", "aux:pass")
    if bare and tree.words[head].upos == "NOUN" and str.lower(tree.words[verb].text).endswith("ed"):
        between = [w for w in tree.words if phrase.end <= w.start and w.end <= tree.words[verb].start]
        if all(w.deprel == "advmod" for w in between):
            return None
    return head


def _speaker_after(tree: SyntaxTree, verb: int) -> bool:
    """Whether a name right after the cue, attached to it, ends its clause: the speaker of an inverted
    cue ("... the tip of the iceberg thinks Tim Danton, editor of PC Pro"), not its object."""
    after = tree.dependents(verb)
    name = next((k for k in after if k == verb + 1 and tree.words[k].upos == "PROPN"), None)
    if name is None or str.lower(tree.words[verb].text) not in _INVERTED:
        return False  # "endorsed Clinton, saying ...": a verb taking no clause has an object there
    end = tree.noun_phrase(name).end
    rest = tree.text[end : end + 2].lstrip()
    return not rest or rest[0] in ",.;"


def _adds_object(tree: SyntaxTree, verb: int) -> bool:
    """Whether the cue is "add" with a noun object: another sense ("The upgrade ... added features")."""
    return str.lower(tree.words[verb].text) in _ADD and bool(tree.dependents(verb, "obj"))


_ADD: Final = frozenset({"add", "adds", "added"})


def parsed_subject(tree: SyntaxTree, verb: int) -> int | None:
    """The head word of the subject of cue verb ``verb``, a conjunct with no subject of its own: the
    ``nsubj`` before it of the verb it is conjoined to (the first of the chain).

    None when the verb has a subject of its own, when the parse attaches none, or when the subject
    is a relative or possessive word.
    """
    if tree.dependents(verb, "nsubj", "nsubj:pass"):
        return None  # a subject of its own, which the word rules and ``structure`` read
    k = verb
    for _ in range(_MAX_CONJUNCTS):
        head = tree.head_of(k)
        if tree.words[k].deprel != "conj" or head is None or head > k:
            return None
        if tree.words[head].upos not in _VERBS or tree.words[head].deprel not in _CLAUSE_HEADS:
            return None  # a conjunct of a noun, or of a verb inside another clause ("people killed")
        subjects = [s for s in tree.dependents(head, "nsubj") if s < head]
        if subjects:
            return _fitting(tree, subjects[0])
        k = head
    return None


def _fitting(tree: SyntaxTree, head: int) -> int | None:
    """``head`` if it may head a speaker's noun phrase: a noun, name, number or personal pronoun."""
    word = tree.words[head]
    if word.upos not in _SOURCE_HEADS or str.lower(word.text) in _NOT_SUBJECTS:
        return None
    return head


_MAX_CONJUNCTS: Final = 4  # conjuncts walked back to the first ("A joked, declined and told")
_VERBS: Final = frozenset({"VERB", "AUX"})
# a sentence's verb, a conjunct, or a verb the parse left unattached
_CLAUSE_HEADS: Final = frozenset({"root", "conj", None})
_SOURCE_HEADS: Final = frozenset({"NOUN", "PROPN", "PRON", "NUM"})
# a relative or possessive the parse took for the subject; "what" ("what he called") embeds the cue
_NOT_SUBJECTS: Final = frozenset("which that what his her its their my our your".split())
_INVERTED: Final = INVERTIBLE_CUES | QUOTE_INVERTIBLE_CUES | BELIEF_CUES  # cues a speaker may follow
_VERB_GROUP: Final = frozenset({"aux", "aux:pass", "advmod"})
_SUBORDINATORS: Final = frozenset("when if as than unless once while until whether because though".split())
_QUOTES: Final = frozenset({"'", '"', "”", "’", "“", "‘"})
# a content opening with one of these is a complement of another sense ("responded to", "added to")
_OPENERS: Final = frozenset("to on in at for with from into by of".split())
