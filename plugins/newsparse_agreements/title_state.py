"""A title's agreement takes the state of the paragraph under it when that paragraph opens with
the same document: "Treaty for Brotherhood ...", blank line, "Agreement lays out provisions ..."
(session 43, issue 17).

A document's title stands as a paragraph of its own, and the paragraph right under it often opens
by naming the document again with a bare or generic head ("Agreement ...", "This agreement ...", "A
short ceasefire agreement ...", "Six point ceasefire agreement which includes ..."). That opening
noun phrase is the titled document, but the records can stay apart (the title's head is a treaty or
a memorandum, the opening head a generic "agreement"; the title's bracketed other name takes the
opening mention; a title's last words are read into the opening head across the blank line). A
state the text gives the opening mention ("lays out", "signed in several versions", "implemented")
is then the title's, and the title's record says nothing.

So a record with no state whose every mention lies on a title line takes the state of another
record whose mention opens the next paragraph, when:

- the title line is a paragraph of its own (the text's start or a blank line before it, a blank
  line after it) and holds no sentence's end;
- the record is the first on that line (the title's head; a later one is a document it cites),
  and is no talks or zone (they take no state);
- the opening mention's head has before it, in its paragraph, only words of its own noun phrase
  (a determiner, adjectives, numbers, nouns whose head chain reaches it: "A short", "Six point
  ceasefire"), at most five, none of them inside a name of the entities layer ("Accra Agreement
  ..." names another agreement).

Only the paragraph structure, the sentence's tree and the names decide; no word comes from PA-X.
The state is copied with the opening record's status evidence (or the mention), nothing else.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from typing import Final

import attrs

from newsparse import Agreement, Document, Evidence, Span
from newsparse.syntax import SyntaxTree, sentence_tree

from .described import mention_head
from .lexicon import ZONE_KINDS

__all__ = ["opening_mention", "title_line", "titled_states"]

_BLANK: Final = re.compile(r"\n[ \t\r]*\n")
_BLANK_BEFORE: Final = re.compile(r"\n[ \t\r]*\n\Z")
# A sentence's end on the title's line (``titled_phrase``'s test): running text, not a title.
_SENTENCE_END: Final = re.compile(r"[.!?][\"”’']?(?:[ \t]+[A-Z]|[ \t\r]*\Z)")
_NO_STATE_KINDS: Final = frozenset({"talks"}) | ZONE_KINDS
# The words of an opening noun phrase before its head, by part of speech and relation.
_PHRASE_TAGS: Final = frozenset({"DET", "ADJ", "NUM", "NOUN", "PROPN", "PUNCT", "X"})
_PHRASE_RELATIONS: Final = frozenset({"det", "amod", "compound", "nummod", "punct", "flat", "nmod:poss"})
_MOST_BEFORE: Final = 5
_REACH: Final = 80  # how far into the paragraph its opening mention may start


def title_line(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The line holding ``start:end`` and where the next paragraph starts, when that line is a
    paragraph of its own with no sentence's end (a title); else None."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    if line_end < 0 or end > line_end:
        return None
    if line_start > 0 and _BLANK_BEFORE.search(text, max(0, line_start - 16), line_start) is None:
        return None
    after = _BLANK.match(text, line_end)
    if after is None or _SENTENCE_END.search(text[line_start:line_end]) is not None:
        return None
    return line_start, after.end()


def titled_states(doc: Document, agreements: Iterable[Agreement]) -> Iterator[Agreement]:
    """Each agreement; a title's stateless record given the state of the next paragraph's opening
    mention of another record."""
    records = list(agreements)
    if len(records) < 2 or "\n" not in doc.text:
        yield from records
        return
    given = {id(r): s for r, s in _title_states(doc, records)}
    for record in records:
        state = given.get(id(record))
        if state is None:
            yield record
            continue
        status, evidence = state
        yield attrs.evolve(record, status=status, evidence=(*record.evidence, evidence))


def _title_states(
    doc: Document, records: Sequence[Agreement]
) -> Iterator[tuple[Agreement, tuple[str, Evidence]]]:
    """(title record, (state, evidence)) for each title line whose first record has no state."""
    text = doc.text
    by_line: dict[tuple[int, int], list[tuple[int, Agreement]]] = {}
    for record in records:
        for mention in record.mentions:
            line = title_line(text, mention.start, mention.end)
            if line is not None:
                by_line.setdefault(line, []).append((mention.start, record))
    for (line_start, paragraph), held in by_line.items():
        title = min(held, key=lambda pair: pair[0])[1]
        if title.status is not None or title.kind in _NO_STATE_KINDS:
            continue
        if any(title_line(text, m.start, m.end) != (line_start, paragraph) for m in title.mentions):
            continue
        opening = _opening(doc, records, title, paragraph)
        if opening is not None:
            yield title, opening


def _opening(
    doc: Document, records: Sequence[Agreement], title: Agreement, paragraph: int
) -> tuple[str, Evidence] | None:
    """The state and its evidence of another record whose mention opens the paragraph at
    ``paragraph``, or None."""
    for record in records:
        if record is title or record.status is None or record.kind in _NO_STATE_KINDS:
            continue
        for mention in record.mentions:
            near = paragraph < mention.end and mention.start < paragraph + _REACH
            if near and opening_mention(doc, mention, paragraph):
                cue = next((e for e in record.evidence if e.field == "status"), None)
                span = cue or Evidence("status", mention.start, mention.end, mention.text)
                return record.status, Evidence("status", span.start, span.end, span.text)
    return None


def opening_mention(doc: Document, mention: Span, paragraph: int) -> bool:
    """Whether ``mention``'s head opens the paragraph starting at ``paragraph``: only words of its own
    noun phrase before it, at most five, none inside a name."""
    sentence = doc.sentence_of(max(mention.start, paragraph))
    tree = sentence_tree(doc, sentence) if sentence is not None else None
    if tree is None:
        return False
    head = mention_head(tree, mention)
    if head is None:
        return False
    before = [i for i, w in enumerate(tree.words) if paragraph <= w.start < tree.words[head].start]
    first = tree.words[before[0] if before else head].start
    if len(before) > _MOST_BEFORE or first != _first_word(doc.text, paragraph):
        return False
    if any(not _in_phrase(tree, i, head) for i in before):
        return False
    return not _named(doc, paragraph, tree.words[head].start)


def _first_word(text: str, paragraph: int) -> int:
    """Where the paragraph's first word starts."""
    return paragraph + len(text[paragraph:]) - len(text[paragraph:].lstrip())


def _in_phrase(tree: SyntaxTree, index: int, head: int) -> bool:
    """Whether the word at ``index`` belongs to ``head``'s noun phrase as a modifier."""
    word = tree.words[index]
    if word.upos not in _PHRASE_TAGS:
        return False
    seen = 0
    while index != head and seen < _MOST_BEFORE + 1:
        if tree.words[index].deprel not in _PHRASE_RELATIONS:
            return False
        up = tree.head_of(index)
        if up is None:
            return False
        index, seen = up, seen + 1
    return index == head


def _named(doc: Document, start: int, end: int) -> bool:
    """Whether a name of the entities layer covers a word between ``start`` and ``end``."""
    return any(m.start < end and m.end > start for e in doc.entities for m in e.mentions)
