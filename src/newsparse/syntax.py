"""The ``syntax`` layer's contract (:class:`Word`) and the helpers relational extractors read it with.

The layer holds one :class:`Word` per word of the text, in text order: its UPOS tag, the index in
the layer of the word it depends on (``head``) and the Universal Dependencies relation (``deprel``);
``head``/``deprel`` are None where the analysis does not attach a word. :class:`SyntaxTree` answers
the questions extractors ask (the noun phrase of a word, the subject/objects/obliques of a verb,
the clause of a word, negation and modality); :func:`datelines` and :func:`quotations` find the
article's datelines and quoted stretches from the text alone, so every layer agrees on them.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, ClassVar

import attrs

from newsparse.spans import Annotation, Sentence, Span

if TYPE_CHECKING:  # the model imports this module (the syntax layer's contract) itself
    from newsparse.model import Document

__all__ = [
    "CLAUSE_RELATIONS",
    "UPOS_TAGS",
    "Modality",
    "Phrase",
    "SyntaxTree",
    "Word",
    "dateline_end",
    "datelines",
    "paragraph_quotations",
    "quotations",
    "sentence_tree",
]

UPOS_TAGS = (
    "ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM",
    "PART", "PRON", "PROPN", "PUNCT", "SCONJ", "SYM", "VERB", "X",
)  # fmt: skip
# relations that open a clause of their own (its predicate is the dependent)
CLAUSE_RELATIONS = frozenset({"root", "ccomp", "xcomp", "advcl", "acl", "acl:relcl", "parataxis", "csubj"})
_NOUN_PHRASE = frozenset({"det", "amod", "compound", "flat", "nummod", "nmod:poss", "case", "det:poss"})
_MODIFIERS = frozenset({"nmod", "appos", "acl", "acl:relcl", "conj", "cc", "punct"})
_SUBJECTS = ("nsubj", "nsubj:pass", "csubj")
# clauses whose subject a later conjoined verb shares (read on unused news: a first conjunct deep
# in a complement clause was often a wrong attachment, "officials argue that meetings serve ...,
# and accused")
_SHARING = frozenset({"root", "acl:relcl"})
_RELATIVE_WORDS = frozenset({"who", "whom", "which", "that", "where", "when"})  # opening a relative clause
_NEGATION = frozenset({"not", "n't", "n’t", "never", "no"})
_MODALS = frozenset("would could might may should must will can shall 'd 'll ’d ’ll ought".split())
_NEGATING_VERBS = frozenset(
    "refuse refuses refused refusing fail fails failed failing decline declines declined declining "
    "reject rejects rejected rejecting".split()
)
_INTENT_VERBS = frozenset(
    "agree agrees agreed agreeing plan plans planned planning want wants wanted intend intends intended "
    "expect expects expected hope hopes hoped promise promises promised threaten threatens threatened "
    "try tries tried seek seeks sought pledge pledges pledged vow vows vowed offer offers offered "
    "propose proposes proposed decide decides decided aim aims aimed prepare prepares prepared "
    "consider considers considered".split()
)


@attrs.frozen
class Word(Annotation):
    """One word of the ``syntax`` layer: UPOS tag, head (index in the layer or None) and relation.

    Like the other layers' types, its offsets are checked against the text by the pipeline (and
    by ``Document``), not by the class: documents hold hundreds of words.
    """

    # not written to JSON unless asked for (``to_dict(include=["syntax"])``, ``--layers syntax``)
    json_on_request: ClassVar[bool] = True

    start: int
    end: int
    text: str
    upos: str = attrs.field(default="X", validator=attrs.validators.in_(UPOS_TAGS))
    head: int | None = None
    deprel: str | None = None


@attrs.frozen
class Phrase:
    """A stretch of words of the layer: character offsets, its text and the index of its head word."""

    start: int
    end: int
    text: str
    head: int


@attrs.frozen
class Modality:
    """How a verb is qualified: negated ("did not sign", "refused to sign") and its modal or intent."""

    negated: bool
    modal: str | None  # "would", "could", ... or the governing intent verb ("agreed" to freeze)


_ABBREVIATIONS = frozenset(
    "NATO OPEC UNICEF UNESCO ASEAN FIFA NASA UNHCR UNRWA OSCE IAEA ISIS ISIL HAMAS EU UN US UK".split()
)
# "MOSCOW:", "BEIRUT (Reuters) -", "WASHINGTON, Feb 6 (AFP) -", "GAZA CITY, Gaza Strip -",
# "LOWELL, Mass., April 7 -"
_DATELINE = re.compile(
    r"""[A-Z][A-Z.'’\-]+(?:[ ][A-Z][A-Z.'’\-]+){0,3}          # the city, in capitals
        (?:[ ]?,[ ][A-Z][\w.]*(?:[ ][\w.]+){0,3}){0,2}         # ", Texas" / ", Mass., April 7" (" , " too)
        [ ]?(?:\([A-Za-z][\w .&]{0,30}\)[ ]?)?                # "(Reuters)"
        (?::|[ ]?[-–—]{1,2})[ ]""",
    re.VERBOSE,
)
# "LONDON 1996-08-30", "AKRON , Ohio 1996-08-22", "FARMINGTON HILLS , Mich .\n\n1996-08-30": the city in
# capitals and the date alone on their lines (CoNLL-2003)
_DATED_DATELINE = re.compile(
    r"""[A-Z][A-Z.'’\-]+(?:[ ][A-Z][A-Z.'’\-]+){0,3}              # the city, in capitals
        (?:[ ]?,[ ][A-Z][\w.]*(?:[ ][\w.]+){0,2}(?:[ ]\.)?)?       # ", Ohio" / " , Mich ."
        \s+\d{4}-\d\d-\d\d(?=[ ]*(?:[\r\n]|$))                        # the date, ending its line""",
    re.VERBOSE,
)
# "MUNICH Major powers agreed", "NEW YORK Stocks rose": a city in capitals (one word of four letters
# or more, or two or three words), then a capitalised word
_BARE_DATELINE = re.compile(
    r"([A-Z][A-Z'’\-]{3,}(?:[ ][A-Z][A-Z'’\-]+){0,2}|[A-Z]{2,3}(?:[ ][A-Z][A-Z'’\-]+){1,2})[ ]+(?=[A-Z][a-z])"
)


_VISIBLE = re.compile(r"\S")


def dateline_end(text: str, start: int) -> int:
    """Where the dateline opening the sentence at ``start`` ends (``start`` when there is none).

    Only a sentence that opens the text or a paragraph can carry one.
    """
    if start > 0 and text[start - 1] not in "\r\n" and _VISIBLE.search(text, 0, start):
        return start  # text before it, found by a search rather than a copy (linear in long texts)
    match = _DATELINE.match(text, start)
    if match and match.end() - start <= 80:
        return match.end()
    dated = _DATED_DATELINE.match(text, start)
    if dated:
        return dated.end()
    bare = _BARE_DATELINE.match(text, start)
    if bare and bare.group(1).split(" ", 1)[0] not in _ABBREVIATIONS:
        return bare.end()
    return start


def datelines(text: str, sentences: Iterable[Sentence]) -> tuple[Span, ...]:
    """The datelines of a document, one span each (the city and agency, without the separator)."""
    found = []
    for sentence in sentences:
        if not text[sentence.start : sentence.start + 2].isupper():
            continue  # a dateline opens with two capitals ("MOSCOW", "U.S."): most sentences are out at once
        end = dateline_end(text, sentence.start)
        if end > sentence.start:
            stop = end
            while stop > sentence.start and not text[stop - 1].isalnum() and text[stop - 1] != ")":
                stop -= 1
            found.append(Span.of(text, sentence.start, stop))
    return tuple(found)


_QUOTE_MARK = re.compile(r"[\"“”\r\n]")


def _open_quote_end(text: str, opened: int, stop: int) -> int:
    """Where a quotation left open at ``opened`` ends: ``stop`` less the white space before it."""
    while stop > opened + 1 and text[stop - 1].isspace():
        stop -= 1
    return stop


def quotations(text: str, start: int = 0, end: int | None = None) -> tuple[Span, ...]:
    """The quoted stretches of ``text`` (or of its paragraphs ``start:end``), marks included.

    Straight and curly double quotes pair up within a paragraph; a quotation left open runs to the
    end of its paragraph (the wire convention when a quote goes on in the next one).
    """
    stop = len(text) if end is None else end
    spans: list[Span] = []
    opened = -1
    for match in _QUOTE_MARK.finditer(text, start, stop):
        mark, at = match.group(), match.start()
        if mark in "\r\n":  # a line end closes an open quotation, whatever the line endings
            if opened >= 0:
                spans.append(Span.of(text, opened, _open_quote_end(text, opened, at)))
                opened = -1
        elif opened < 0 and mark != "”":
            opened = at
        elif opened >= 0 and mark != "“":
            spans.append(Span.of(text, opened, at + 1))
            opened = -1
    if opened >= 0:
        spans.append(Span.of(text, opened, _open_quote_end(text, opened, stop)))
    return tuple(spans)


def paragraph_quotations(text: str) -> tuple[Span, ...]:
    """The :func:`quotations` of each paragraph (line) of ``text`` in turn, in text order.

    A paragraph ends at "\\n", "\\r\\n" or a bare "\\r", so every line-ending convention gives the
    same quotations. One scan of the whole text: :func:`quotations` closes an open quotation at every
    line end, so the paragraphs need no scan of their own (same spans, half the time). Computed once
    per document (``Document.paragraph_quotes``), so that a tree per sentence does not rescan its whole
    paragraph: that made one long paragraph quadratic.
    """
    return quotations(text)


def _children(words: Sequence[Word]) -> tuple[tuple[int, ...], ...]:
    lists: list[list[int]] = [[] for _ in words]
    for k, word in enumerate(words):
        if word.head is not None and 0 <= word.head < len(words):
            lists[word.head].append(k)
    return tuple(tuple(c) for c in lists)


@attrs.frozen(eq=False)
class SyntaxTree:
    """A document's ``syntax`` layer with each word's dependents, and the questions extractors ask.

    Build it once per document (``SyntaxTree.of(doc.text, doc.layer("syntax"))``); every method
    takes word indexes of the layer.
    """

    text: str
    words: tuple[Word, ...]
    children: tuple[tuple[int, ...], ...]
    quotes: tuple[Span, ...]

    @classmethod
    def of(cls, text: str, words: Iterable[Word], quotes: Iterable[Span] | None = None) -> SyntaxTree:
        """The tree of ``words`` (the ``syntax`` layer) over ``text``; ``quotes`` default to all of it."""
        kept = tuple(words)
        return cls(text, kept, _children(kept), quotations(text) if quotes is None else tuple(quotes))

    def word_at(self, offset: int) -> int | None:
        """The index of the word containing character ``offset``, if any."""
        at = bisect.bisect_right(self.words, offset, key=_word_start) - 1
        if at >= 0 and self.words[at].start <= offset < self.words[at].end:
            return at
        return None

    def dependents(self, index: int, *relations: str) -> tuple[int, ...]:
        """The words attached to ``index`` (only those with one of ``relations`` if given)."""
        kids = self.children[index]
        if not relations:
            return kids
        return tuple(k for k in kids if self.words[k].deprel in relations)

    def _phrase(self, head: int, keep: frozenset[str], *, excluded: bool = False) -> Phrase:
        """The span of ``head`` and the dependents reached through relations in ``keep``.

        With ``excluded``, through every relation but those in ``keep``.
        """
        lo = hi = head
        stack = [head]
        seen = {head}
        while stack:
            k = stack.pop()
            lo, hi = min(lo, k), max(hi, k)
            for child in self.children[k]:
                if child not in seen and (self.words[child].deprel in keep) != excluded:
                    seen.add(child)
                    stack.append(child)
        start, end = self.words[lo].start, self.words[hi].end
        return Phrase(start, end, self.text[start:end], head)

    def noun_phrase(self, head: int, *, modifiers: bool = False) -> Phrase:
        """The noun phrase headed by word ``head``: determiners, adjectives, compounds, possessors.

        With ``modifiers``, prepositional and clausal modifiers, appositions and conjuncts too.
        """
        keep = _NOUN_PHRASE | _MODIFIERS if modifiers else _NOUN_PHRASE
        phrase = self._phrase(head, keep)
        case = [k for k in self.dependents(head, "case") if k < head]
        if case:  # "in the south": the phrase without its preposition
            start = self.words[max(case) + 1].start
            if start < phrase.end:
                phrase = Phrase(start, phrase.end, self.text[start : phrase.end], head)
        return phrase

    def subject(self, verb: int, *, shared: bool = False) -> Phrase | None:
        """The subject noun phrase of predicate ``verb`` (``nsubj`` or ``nsubj:pass``), if attached.

        With ``shared``, a conjoined verb with none of its own takes its first conjunct's when that
        heads the sentence or a relative clause: the rebels of "The rebels attacked the town and
        killed 12 people" for "killed" (UD's basic trees attach it to the first verb only). A
        participle clause (``advcl`` with no auxiliary) takes the subject of the verb it hangs on,
        its controller: the troops of "Troops battled the militia, killing 40 and wounding 12" for
        "killing" and "wounding".
        """
        own = self.dependents(verb, *_SUBJECTS)
        if own or not shared:
            return self.noun_phrase(own[0]) if own else None
        k = verb
        for _ in range(len(self.words)):  # a bounded walk up the chain of conjuncts and participles
            head = self.head_of(k)
            conjunct = self.words[k].deprel == "conj"
            if head is None or not ((conjunct and head < k) or self._participle_clause(k)):
                break
            if self.words[head].upos not in ("VERB", "AUX", "ADJ", "NOUN", "PROPN") or (
                conjunct and self.words[head].upos not in ("VERB", "AUX")
            ):
                return None
            k = head
            found = self.dependents(k, *_SUBJECTS)
            if found:
                if not conjunct:
                    return self.noun_phrase(found[0])
                first = self._first_conjunct(k)
                return self.noun_phrase(found[0]) if self.words[first].deprel in _SHARING else None
        return None

    def _participle_clause(self, k: int) -> bool:
        """Whether word ``k`` heads a participle clause: an ``advcl`` verb with no auxiliary."""
        word = self.words[k]
        return word.deprel == "advcl" and word.upos == "VERB" and not self.dependents(k, "aux", "aux:pass")

    def _first_conjunct(self, index: int) -> int:
        """The first conjunct of the chain of ``conj`` relations ``index`` sits in."""
        k = index
        for _ in range(len(self.words)):
            head = self.head_of(k)
            if self.words[k].deprel != "conj" or head is None or head >= k:
                return k
            k = head
        return k

    def objects(self, verb: int) -> tuple[Phrase, ...]:
        """The direct and indirect objects of ``verb`` (``obj``, ``iobj``), in text order."""
        return tuple(self.noun_phrase(k) for k in self.dependents(verb, "obj", "iobj"))

    def obliques(self, verb: int) -> tuple[tuple[str | None, Phrase], ...]:
        """The ``obl`` phrases of ``verb`` with their preposition ("in", "with"; None if bare)."""
        out = []
        for k in self.dependents(verb, "obl"):
            case = self.dependents(k, "case")
            out.append((self.words[case[0]].text.lower() if case else None, self.noun_phrase(k)))
        return tuple(out)

    def antecedent(self, index: int) -> Phrase | None:
        """The noun phrase a relative clause describes, from its verb or its relative pronoun: "the
        firm" for "sold" (or "which") in "the firm, which later sold it" and for "merged" in "which
        sold it and merged it"; None if ``index`` is in no relative clause (``acl:relcl``)."""
        k = index
        if self.words[k].text.lower() in _RELATIVE_WORDS and self.words[k].deprel != "acl:relcl":
            head = self.head_of(k)
            if head is None:
                return None
            k = head  # the relative pronoun's clause
        k = self._first_conjunct(k)
        noun = self.head_of(k)
        if self.words[k].deprel != "acl:relcl" or noun is None:
            return None
        return self.noun_phrase(noun)

    def head_of(self, index: int) -> int | None:
        """The head of word ``index``; None for a root, an unattached word or a head out of range."""
        head = self.words[index].head
        return head if head is not None and 0 <= head < len(self.words) else None

    def predicate(self, index: int) -> int:
        """The head of the clause word ``index`` sits in (itself if it heads one)."""
        k = index
        for _ in range(len(self.words)):
            word = self.words[k]
            head = self.head_of(k)
            if word.deprel in CLAUSE_RELATIONS or head is None:
                return k
            if word.upos in ("VERB", "AUX") and word.deprel not in ("aux", "aux:pass", "cop"):
                return k
            k = head
        return k

    def clause(self, index: int) -> Phrase:
        """The clause word ``index`` sits in: its predicate with every dependent but other clauses."""
        return self._phrase(self.predicate(index), CLAUSE_RELATIONS, excluded=True)

    def in_quotation(self, start: int, end: int) -> bool:
        """Whether the stretch ``[start, end)`` lies inside a quotation."""
        at = bisect.bisect_right(self.quotes, start, key=_span_start) - 1
        return at >= 0 and self.quotes[at].start <= start and end <= self.quotes[at].end

    def modality(self, verb: int) -> Modality:
        """Negation and modality of ``verb``: "did not sign", "would sign", "refused to sign".

        Up a chain of open complements ("agreed to try to freeze"), each negation flips the
        polarity and the nearest modal or intent verb is the modality.
        """
        negated = False
        modal: str | None = None
        k: int | None = verb
        for _ in range(8):
            if k is None:
                break
            lower = [self.words[c].text.lower() for c in self.children[k]]
            negated ^= any(w in _NEGATION for w in lower)
            # an auxiliary, not any child spelt like one ("signed ... on May 1")
            auxiliaries = (
                w for c, w in zip(self.children[k], lower, strict=True) if _is_auxiliary(self.words[c])
            )
            modal = modal or next((w for w in auxiliaries if w in _MODALS), None)
            word = self.words[k]
            if k != verb:
                governor = word.text.lower()
                negated ^= governor in _NEGATING_VERBS
                if governor in _INTENT_VERBS:
                    modal = modal or governor
            if word.deprel != "xcomp":
                break
            k = self.head_of(k)
        return Modality(negated, modal)


def _is_auxiliary(word: Word) -> bool:
    return word.deprel in ("aux", "aux:pass") or (word.deprel is None and word.upos == "AUX")


def sentence_tree(doc: Document, span: Sentence | Span) -> SyntaxTree | None:
    """The :class:`SyntaxTree` of the words inside ``span`` (a sentence), word indexes local to it.

    From the document's whole ``syntax`` layer when it has one, else through ``doc.consult`` (an
    extractor declaring ``consults=("syntax",)`` gets just the sentences it asks for analysed).
    None when nothing analyses the span: no syntax producer is installed, or it holds no word.
    """
    if "syntax" in doc.layers:
        words = _words_inside(doc.syntax_words, span)
    else:
        words = tuple(word for word in doc.consult("syntax", span) if isinstance(word, Word))
    if not words:
        return None
    quotes = doc.paragraph_quotes  # disjoint, in text order: keep those that reach into the span
    first = max(0, bisect.bisect_right(quotes, span.start, key=_span_start) - 1)
    if first < len(quotes) and quotes[first].end <= span.start:
        first += 1
    last = bisect.bisect_left(quotes, span.end, key=_span_start)
    return SyntaxTree.of(doc.text, words, quotes[first:last])


def _words_inside(words: Sequence[Word], span: Sentence | Span) -> tuple[Word, ...]:
    """The words of a whole layer's words (``Document.syntax_words``) that lie inside ``span``, their
    heads re-indexed to them; only the span's own words are visited (linear over a document)."""
    first = bisect.bisect_left(words, span.start, key=_word_start)
    last = first
    while last < len(words) and words[last].end <= span.end:
        last += 1
    inside = range(first, last)
    return tuple(
        attrs.evolve(word, head=word.head - first if word.head is not None and word.head in inside else None)
        for word in words[first:last]
    )


def _word_start(word: Word) -> int:
    return word.start


def _span_start(span: Span) -> int:
    return span.start
