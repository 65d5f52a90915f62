"""The built-in ``syntax`` layer: segment words, tag them (one numpy pass per document), parse by rules.

A dateline opening a paragraph ("MOSCOW:", "BEIRUT (Reuters) -") is tagged but kept out of the
sentence's parse, so the city never becomes anyone's subject.
"""

from __future__ import annotations

from collections.abc import Sequence

from newsparse import Document
from newsparse.syntax import Word, dateline_end
from newsparse_syntax.parser import parse_sentence
from newsparse_syntax.tagger import Tagger, default_tagger
from newsparse_syntax.words import split_words

__all__ = ["analyse", "analyse_text", "break_cycles"]


def analyse(doc: Document) -> list[Word]:
    """The ``syntax`` layer of ``doc``."""
    return analyse_text(doc.text, [(s.start, s.end) for s in doc.sentences], default_tagger())


def analyse_text(text: str, sentences: Sequence[tuple[int, int]], tagger: Tagger) -> list[Word]:
    """One :class:`Word` per word of the ``sentences`` of ``text`` (offsets), tagged and parsed."""
    spans = [split_words(text, start, end) for start, end in sentences]
    forms = [[text[a:b] for a, b in sentence] for sentence in spans]
    tagged = tagger.tag(forms)
    lexicon = tagger.lexicon
    words: list[Word] = []
    for (start, _), sentence, sentence_forms, tags in zip(sentences, spans, forms, tagged, strict=True):
        base = len(words)
        skip = _dateline_words(text, start, sentence)
        for k in range(skip):
            if sentence_forms[k].isalpha():
                tags[k] = "PROPN"
        lower = [w.lower() for w in sentence_forms[skip:]]
        parse = parse_sentence(lower, tags[skip:], lexicon)
        offset = base + skip
        for k, (a, b) in enumerate(sentence):
            head: int | None = None
            rel: str | None = None
            if k >= skip:
                local = parse.heads[k - skip]
                head = None if local is None else local + offset
                rel = parse.rels[k - skip]
            words.append(Word(a, b, sentence_forms[k], tags[k], head, rel))
    return break_cycles(words)


def _dateline_words(text: str, start: int, sentence: Sequence[tuple[int, int]]) -> int:
    """How many of the sentence's first words are its dateline."""
    end = dateline_end(text, start)
    count = 0
    if end > start:
        while count < len(sentence) and sentence[count][1] <= end:
            count += 1
        if count == len(sentence):
            return 0  # a sentence that is only a dateline-like line is parsed as a sentence
    return count


def break_cycles(words: list[Word]) -> list[Word]:
    """Detach any word whose head chain loops back (linear: each word is walked once)."""
    state = [0] * len(words)  # 0 new, 1 on the current path, 2 done
    detach: set[int] = set()
    for first in range(len(words)):
        path = []
        k: int | None = first
        while k is not None and state[k] == 0:
            state[k] = 1
            path.append(k)
            head = words[k].head
            if head is not None and state[head] == 1:
                detach.add(k)
                break
            k = head
        for p in path:
            state[p] = 2
    if not detach:
        return words
    return [
        Word(w.start, w.end, w.text, w.upos, None, None) if k in detach else w for k, w in enumerate(words)
    ]
