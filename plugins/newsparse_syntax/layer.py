"""The built-in ``syntax`` layer: segment words, tag them (one numpy pass per document), parse by rules.

A dateline opening a paragraph ("MOSCOW:", "BEIRUT (Reuters) -") is tagged but kept out of the
sentence's parse, so the city never becomes anyone's subject.
"""

from __future__ import annotations

import itertools
import operator
from collections.abc import Mapping, Sequence
from typing import Protocol

from newsparse import Document
from newsparse.syntax import Word, dateline_end
from newsparse_syntax.complement_repairs import repair_complement_that
from newsparse_syntax.conjunct_repairs import repair_conjuncts
from newsparse_syntax.degree_repairs import (
    DEGREE_CUES,
    SUPERLATIVE_CUES,
    repair_degree_participles,
    repair_enough,
    repair_superlatives,
)
from newsparse_syntax.function_repairs import (
    CUES,
    has_apostrophe_name,
    repair_apostrophe_names,
    repair_degree,
    repair_function_words,
    repair_marks,
    repair_with_clauses,
)
from newsparse_syntax.news_repairs import repair_news
from newsparse_syntax.noun_verb_repairs import repair_noun_verbs
from newsparse_syntax.parser import parse_sentence
from newsparse_syntax.participle_repairs import attributive_tags
from newsparse_syntax.relative_repairs import repair_relatives
from newsparse_syntax.repairs import repair_existential, repair_names, repair_tags, repair_words
from newsparse_syntax.series_repairs import repair_series
from newsparse_syntax.tagger import Tagger, default_tagger
from newsparse_syntax.word_columns import words_from_columns
from newsparse_syntax.word_repairs import NAME_CUES, repair_name_particles
from newsparse_syntax.words import split_columns

__all__ = ["analyse", "analyse_text", "analyse_within", "sentences_within"]

_FIRST, _SECOND, _THIRD = operator.itemgetter(0), operator.itemgetter(1), operator.itemgetter(2)
_HAVE = frozenset("have has had 've ’ve having Have Has Had Having HAVE HAS HAD".split())


class Stretch(Protocol):
    """Anything with character offsets into the document (a ``Span``, a ``Sentence``)."""

    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


def analyse(doc: Document) -> list[Word]:
    """The ``syntax`` layer of ``doc``."""
    return analyse_text(doc.text, [(s.start, s.end) for s in doc.sentences], default_tagger())


def analyse_within(doc: Document, span: Stretch) -> list[Word]:
    """The words of ``span`` alone (a sentence, usually), ``head`` an index into the returned list.

    Tags and relations are those the whole-document analysis gives the same sentences: sentences
    are tagged and parsed independently, so asking for one costs only that sentence.
    """
    return analyse_text(doc.text, sentences_within(doc, span.start, span.end), default_tagger())


def sentences_within(doc: Document, start: int, end: int) -> list[tuple[int, int]]:
    """The document's sentences overlapping ``[start, end)``, clipped to it, as offsets."""
    found: list[tuple[int, int]] = []
    sentences = doc.sentences
    for k in range(doc.sentence_index(start), len(sentences)):
        sentence = sentences[k]
        if sentence.start >= end:
            break
        lo, hi = max(sentence.start, start), min(sentence.end, end)
        if lo < hi:
            found.append((lo, hi))
    return found


def analyse_text(text: str, sentences: Sequence[tuple[int, int]], tagger: Tagger) -> list[Word]:
    """One :class:`Word` per word of the ``sentences`` of ``text`` (offsets), tagged and parsed."""
    columns = [split_columns(text, start, end) for start, end in sentences]
    forms = list(map(_THIRD, columns))
    tagged = tagger.tag(forms)
    lexicon, word_classes = tagger.lexicon, tagger.word_classes
    retaggable = tagger.past_nouns  # the words repair_noun_verbs may retag
    lead = len(text) - len(text.lstrip())  # a dateline can open the text after white space only
    heads: list[int | None] = []
    rels: list[str | None] = []
    for (start, end), (_, ends, sentence_forms), tags in zip(sentences, columns, tagged, strict=True):
        opens_paragraph = start <= lead or text[start - 1] in "\r\n"
        skip = _dateline_words(text, start, ends) if opens_paragraph else 0
        for k in range(skip):
            if sentence_forms[k].isalpha():
                tags[k] = "PROPN"
        if has_apostrophe_name(text, start, end):
            repair_apostrophe_names(sentence_forms, tags)  # O'Neill (before the other repairs)
        words = set(sentence_forms)  # every cue test below is a look-up here (no repair edits a form)
        _repair(sentence_forms, tags, lexicon, word_classes, words)
        cued = not CUES.isdisjoint(words)
        if cued:
            repair_degree(sentence_forms, tags)
        repair_news(sentence_forms, tags, word_classes, words)
        if not NAME_CUES.isdisjoint(words):
            repair_name_particles(sentence_forms, tags)  # "al - Sadr", "bin Laden"
        if not DEGREE_CUES.isdisjoint(words):
            repair_degree_participles(sentence_forms, tags)  # "is too complicated", "very worried"
        enough = "enough" in words
        if enough:
            repair_enough(sentence_forms, tags, attributive=False)  # "far enough to", "well enough"
        that = "that" in words
        if that:
            repair_complement_that(sentence_forms, tags, copular=False)  # "added that around 1,100 were"
        if "NOUN" in tags and not retaggable.isdisjoint(words):
            # "a policeman shot and injured"
            repair_noun_verbs(sentence_forms, tags, lexicon, word_classes, retaggable)
        shown = attributive_tags(sentence_forms[skip:], tags[skip:], lexicon)  # "armed men shot": ADJ
        parse = parse_sentence(list(map(str.lower, sentence_forms[skip:])), shown, lexicon)
        parse = repair_series(parse, sentence_forms[skip:], tags[skip:], lexicon)  # "met X, said Y and left"
        # "a poll released by X found", "armed men driving a car shot"
        parse = repair_relatives(parse, sentence_forms[skip:], tags[skip:], lexicon)
        if "conj" in parse.rels:  # "wants to turn the tables and is inviting"
            parse = repair_conjuncts(parse, sentence_forms[skip:], tags[skip:], lexicon)
        if "ADP" in tags and "mark" in parse.rels:
            repair_marks(tags, parse.rels, skip)
        if cued:
            repair_function_words(sentence_forms, tags)
        if "with" in words or "With" in words:
            repair_with_clauses(sentence_forms, tags)  # ", with the winners being awarded"
        if enough:
            repair_enough(sentence_forms, tags, attributive=True)  # "large enough percentages"
        if that:
            repair_complement_that(sentence_forms, tags, copular=True)  # "The problem is that they"
        if not SUPERLATIVE_CUES.isdisjoint(words):
            repair_superlatives(sentence_forms, tags)  # "at least 12 people", "most of the victims"
        offset = len(heads) + skip
        if skip:
            heads += [None] * skip
            rels += [None] * skip
        heads += parse.heads if not offset else [None if h is None else h + offset for h in parse.heads]
        rels += parse.rels
    chain = itertools.chain.from_iterable
    return words_from_columns(
        list(chain(map(_FIRST, columns))),
        list(chain(map(_SECOND, columns))),
        list(chain(forms)),
        list(chain(tagged)),
        heads,
        rels,
    )


def _repair(
    forms: list[str],
    tags: list[str],
    lexicon: Mapping[str, str],
    word_classes: Mapping[str, str],
    words: set[str],
) -> None:
    """Run, in place, the tag repairs whose cue the sentence has (``words``: the set of its forms)."""
    if "VERB" in tags and not _HAVE.isdisjoint(words):
        repair_tags(forms, tags, lexicon)
    if "NOUN" in tags:
        repair_names(forms, tags, lexicon, word_classes)  # and nationality words before a noun
    repair_words(forms, tags, words)
    if "there" in words or "There" in words:
        repair_existential(forms, tags)


def _dateline_words(text: str, start: int, ends: Sequence[int]) -> int:
    """How many of the sentence's first words (their ``ends``) are its dateline."""
    end = dateline_end(text, start)
    count = 0
    if end > start:
        while count < len(ends) and ends[count] <= end:
            count += 1
        if count == len(ends):
            return 0  # a sentence that is only a dateline-like line is parsed as a sentence
    return count
