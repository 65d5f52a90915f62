"""A verb of knowing, seeing or adding with a plain noun-phrase object: another sense, no claim.

"knows nothing", "see the irony", "considered the matter", "adding levity", "accepted the invitation":
these verbs attribute a proposition (a clause, a quotation, a small clause), so with only an object noun
phrase after them they report nothing. Speech acts whose object is their content ("criticised the
decision", "denied any involvement", "promised a veto", guidelines/claims.md) are not in the class, nor
"say", whose contents the tagger too often reads as a noun phrase ("said the security services and
police backed his measures"). The decision is read from the ``syntax`` layer's tree of the cue's
sentence: the cue verb has an object after it, no clausal complement (``ccomp``, ``xcomp``,
``parataxis``, ``csubj``) and no second object, and the content holds no verb or auxiliary and no small
clause ("considers Mrs. Clinton untrustworthy", "see black votes as key"). Only a short unquoted
content after such a cue asks for the tree, so few sentences are analysed.
"""

from __future__ import annotations

from typing import Final

from newsparse.syntax import SyntaxTree
from newsparse_claims.found import Found
from newsparse_claims.heads import SourceHeads

__all__ = ["OBJECT_SENSE_CUES", "plain_object"]

# Verbs whose claim is a proposition; with a plain object they have another sense ("said a prayer").
# "tell" is left out: its person object is not its content, and the tree test never removed a claim of
# it on outside text while it sent ~4 bench sentences a pass to the syntax layer.
OBJECT_SENSE_CUES: Final = frozenset(
    """
    add adds added adding know knows knew see sees saw
    feel feels felt think thinks thought believe believes believed consider considers considered
    recognize recognizes recognized accept accepts accepted
    """.split()
)
MAX_PLAIN_WORDS: Final = 6  # longer contents hold a clause far more often than a plain object
_CLAUSAL: Final = frozenset({"ccomp", "xcomp", "parataxis", "csubj"})
_QUOTE_MARKS: Final = "\"“”'‘’`"
_INNER_QUOTES: Final = "\"“”‘`"  # "'" and "’" are apostrophes too
# Words that open or hold a clause: a subject pronoun, an auxiliary or modal, a question word.
_CLAUSE_WORDS: Final = frozenset(
    """
    i we you he she they is are was were has have had will would can could may might should must
    what when who whom how why which where whether if
    """.split()
)


def plain_object(text: str, heads: SourceHeads, item: Found) -> bool:
    """Whether the claim's cue verb takes only a plain noun-phrase object: no proposition, no claim."""
    start, end = item.content
    if start < item.cue[1] or end <= start:
        return False  # a content before its cue: a statement
    cue = str.lower(text[item.cue[0] : item.cue[1]])
    if cue not in OBJECT_SENSE_CUES and (" " not in cue or cue.rsplit(" ", 1)[1] not in OBJECT_SENSE_CUES):
        return False  # most claims ("said"): one set look-up
    content = text[start:end]
    if content[0] in _QUOTE_MARKS or any(mark in content for mark in _INNER_QUOTES):
        return False  # a quotation in the content: a statement (not the apostrophe of "Anil's")
    words = str.lower(content).split()
    if not words or len(words) > MAX_PLAIN_WORDS or words[0] == "to" or not _CLAUSE_WORDS.isdisjoint(words):
        return False  # a long content, an infinitive, or a subject, auxiliary or question word: a clause
    tree = heads.tree(item.cue[0])
    if tree is None:
        return False
    verb = tree.word_at(item.cue[1] - 1)
    return verb is not None and _object_only(tree, verb, item.cue[1], (start, end))


def _object_only(tree: SyntaxTree, cue: int, cue_end: int, content: tuple[int, int]) -> bool:
    """Whether word ``cue`` has one object after it, no clausal complement, and ``content`` no verb nor
    small clause."""
    after = [tree.words[k].deprel for k in tree.dependents(cue) if tree.words[k].start >= cue_end]
    if after.count("obj") + after.count("iobj") != 1 or "obj" not in after or not _CLAUSAL.isdisjoint(after):
        return False
    start, end = content
    for k, word in enumerate(tree.words):
        if not start <= word.start < end:
            continue
        if word.upos in ("VERB", "AUX") or str.lower(tree.text[word.start : word.end]) == "as":
            return False  # a clause the tree did not attach, or a small clause ("see the votes as key")
        if word.upos == "ADJ" and word.head is not None and word.head < k:
            return False  # an adjective after its noun: a small clause ("considers Clinton untrustworthy")
    return True
