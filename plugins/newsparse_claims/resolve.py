"""Turn found claims into :class:`Claim` annotations: resolve sources to entities and pronouns to antecedents.

The ``entities``, ``quantities`` and ``dates`` layers are read through the core's public types'
fields (``Entity.mentions``, ``Quantity.value``/``low``/``high``, ``TimeExpression.interval``).
"""

from __future__ import annotations

import bisect
import functools
import operator
import re
from collections.abc import Callable, Container, Iterable, Iterator, Sequence
from typing import Any, Final

from newsparse import Document, Entity, Quantity, Span, TimeExpression
from newsparse.syntax import dateline_end
from newsparse.trusted import trusted_builder
from newsparse_claims.after_trailer import continued_after_trailer
from newsparse_claims.antecedents import MAX_PRONOUN_DISTANCE, pronoun_antecedent
from newsparse_claims.builders import build_claim, build_span
from newsparse_claims.bylines import SIGNATURE_DASHES, find_signed_quotes
from newsparse_claims.conjoined import without_conjoined_predicate
from newsparse_claims.continuation import continued_quotation
from newsparse_claims.descriptions import possessor, same_noun_source
from newsparse_claims.firms import firm_source
from newsparse_claims.fronted import within_fronted_clause
from newsparse_claims.heads import SourceHeads
from newsparse_claims.lexicon import BELIEF_CUES, PERCEPTION_CUES, PRONOUNS, RELATIVE_SOURCES
from newsparse_claims.long_subjects import long_subject
from newsparse_claims.model import Claim, DateRef, QuantityRef
from newsparse_claims.nesting import without_enclosed_attitudes
from newsparse_claims.object_contents import object_contents
from newsparse_claims.open_quotations import run_to_quotation_end
from newsparse_claims.parts import content_parts
from newsparse_claims.place_modifiers import place_modifier
from newsparse_claims.plain_objects import plain_object
from newsparse_claims.quoting import Quotation, claim_quotations, wire_mark_columns
from newsparse_claims.recognise import Found, find_claims
from newsparse_claims.relatives import relative_noun
from newsparse_claims.report_authors import report_author
from newsparse_claims.resumptions import resumed_after_tail
from newsparse_claims.states import HomeState, home_source
from newsparse_claims.structure import structure_source
from newsparse_claims.time_openers import without_time_opener
from newsparse_claims.time_sources import without_time_source
from newsparse_claims.titles import DescribedPeople

__all__ = ["claim_kind", "cue_qualifiers", "extract", "mention_index", "merge_found"]

# "did not say", "never said", "didn't say"; "would say", "may have said" (read back from the cue)
_NEGATION_BEFORE: Final = re.compile(r"(?:\b(?:not|never)|n[’']t)\s+(?:\w+\s+)?$", re.IGNORECASE)
_MODAL_BEFORE: Final = re.compile(
    r"\b(would|could|may|might|will|should|must|can|shall)\s+(?:not\s+|never\s+)?(?:have\s+)?$", re.IGNORECASE
)

MAX_QUOTATION: Final = 3000  # characters back to look for the opening of a quotation
# characters: a dateline is no longer (as ``newsparse.syntax.dateline_end`` reads it)
MAX_DATELINE: Final = 80


class Index:
    """Items sorted by start offset, to take those starting in a range in logarithmic time.

    A plain class, not attrs: compiled (mypyc), its fields are read and its methods called natively,
    where an attrs class stays a Python class whose every look-up goes through the interpreter.
    """

    __slots__ = ("items", "starts")

    def __init__(self, items: tuple[Any, ...], starts: tuple[int, ...]) -> None:
        self.items: Final[tuple[Any, ...]] = items
        self.starts: Final[tuple[int, ...]] = starts

    @classmethod
    def of(cls, items: Iterable[Any], start: Callable[[Any], int]) -> Index:
        """An index of ``items`` by ``start(item)``."""
        ordered = sorted(items, key=start)
        return cls(tuple(ordered), tuple(map(start, ordered)))

    def starting_in(self, start: int, end: int) -> tuple[Any, ...]:
        """The items that start in ``[start, end)``, in order."""
        starts = self.starts
        return self.items[bisect.bisect_left(starts, start) : bisect.bisect_left(starts, end)]

    def last_starting_in(self, start: int, end: int) -> Any | None:
        """The last item that starts in ``[start, end)`` (None when none does), found by one search."""
        at = bisect.bisect_left(self.starts, end) - 1
        return self.items[at] if at >= 0 and self.starts[at] >= start else None


def mention_index(entities: Iterable[Entity]) -> list[tuple[int, int, str, str]]:
    """Every entity mention as ``(start, end, entity id, entity type)``, sorted by offset."""
    return sorted(
        [
            (mention.start, mention.end, entity.id, entity.type)
            for entity in entities
            for mention in entity.mentions
        ]
    )


def _entity_in(
    text: str, mentions: Index, start: int, end: int, heads: SourceHeads | None = None
) -> str | None:
    """The entity named inside ``[start, end)``: a person first ("Acme analyst Ann Lee"), else the longest.

    On a tie, the last mention. A place that only qualifies the phrase's head is no source entity.
    Of several persons, the one heading the phrase in the syntax layer (``heads``), if it says.
    """
    best: tuple[bool, bool, int, int] | None = None
    found = None
    people: list[tuple[int, int, str]] = []
    for m_start, m_end, ident, kind in mentions.starting_in(start, end):
        if m_start >= start and m_end <= end:
            if kind in _PLACE_TYPES and place_modifier(text, start, end, m_start, m_end):
                continue
            owner = text.startswith(("'s", "’s"), m_end)  # "Kiir's minister, Michael Makuei": not Kiir
            key = (kind == "PERSON" and not owner, kind == "PERSON", m_end - m_start, m_start)
            if kind == "PERSON" and not owner:
                people.append((m_start, m_end, ident))
            if best is None or key > best:
                best, found = key, ident
    if len(people) < 2:
        return found
    head = None
    if heads is not None and _MODIFIER_WORD.search(text, people[0][1], people[-1][0]):
        head = heads.person(Span.of(text, start, end), people)  # the parse only where it may help
    return head or _head_person(text, people, found)


# a word opening a relative clause or a prepositional phrase between two persons of one source: only
# then is the syntax layer asked which of them heads it ("Bosworth, who came with Orlando Bloom")
_MODIFIER_WORD: Final = (
    re.compile(r"\b(?:who|whom|whose|which|that|of|with|for|to|at|in|by|from|on|against)\b")
)


def _head_person(text: str, people: Sequence[tuple[int, int, str]], found: str | None) -> str | None:
    """The person heading a source that names several: one named after the chosen one across title
    words only ("Hillary Clinton spokesman Brian Fallon" -> Brian Fallon), else the chosen one."""
    at = next((n for n, person in enumerate(people) if person[2] == found), None)
    if at is None:
        return found
    while at + 1 < len(people) and _TITLE_GAP.fullmatch(text, people[at][1], people[at + 1][0]):
        at += 1
    return people[at][2]


# between a modifier naming a person and the person heading the phrase: title words, no comma or "of"
_TITLE_GAP: Final = re.compile(r"(?:\s+(?!(?:of|for|and|with|by|from|to|or|the)\b)[A-Za-z][\w.-]*)+\s+")


_PLACE_TYPES: Final = frozenset({"GPE", "LOC", "NORP"})
def _described(text: str, mentions: Index, source: Span) -> str | None:
    """The organisation a definite description names ("the commission" -> Electoral Commission), if any.

    The latest organisation mentioned before it within ``MAX_PRONOUN_DISTANCE`` * 4 characters whose
    name ends in the description's noun.
    """
    words = str.lower(source.text).split()
    if len(words) != 2 or words[0] != "the" or not words[1].isalpha():
        return None
    noun = words[1]
    latest_first = mentions.starting_in(max(0, source.start - 4 * MAX_PRONOUN_DISTANCE), source.start)[::-1]
    for start, end, ident, kind in latest_first:  # a reversed slice: mypyc cannot compile ``reversed`` here
        if kind == "ORG" and end <= source.start and str.lower(text[start:end]).endswith(" " + noun):
            return str(ident)
    return None


# The claims and the refs inside them are built from offsets and values the pipeline has checked
# (the other layers) or that this layer just took from the text; the pipeline checks every claim
# it returns once, so their constructors' checks are skipped (``newsparse.trusted``).
_BUILD_QUANTITY_REF: Final = trusted_builder(QuantityRef)
_BUILD_DATE_REF: Final = trusted_builder(DateRef)


def _quantity_ref(q: Quantity) -> QuantityRef:
    """A ref to quantity ``q`` that carries its value and bounds."""
    return _BUILD_QUANTITY_REF(q.start, q.end, q.text, q.value, q.low, q.high, q.modifier)


def _time_ref(t: TimeExpression) -> DateRef:
    """A ref to time expression ``t`` that carries its value and interval."""
    interval = t.interval
    first = interval.first if interval is not None else None
    last = interval.last if interval is not None else None
    return _BUILD_DATE_REF(t.start, t.end, t.text, t.value, first, last)


def _inside(items: Index, start: int, end: int) -> list[Any]:
    """The indexed items lying wholly inside ``[start, end)``."""
    if not items.starts:
        return []  # a document without quantities (or dates): no search
    return [a for a in items.starting_in(start, end) if a.end <= end]


_FIRST: Final = operator.itemgetter(0)
_START_OF: Final = operator.attrgetter("start")  # an annotation's start offset (the key of an :class:`Index`)
_END_OF: Final = operator.attrgetter("end")


def _description(
    text: str, made: Sequence[Claim], mentions: Index, source: Span, heads: SourceHeads
) -> tuple[Span | None, str | None]:
    """What a described source with no entity stands for: the possessor of "its report" (as "it"
    would be resolved, never a person for "its"), the earlier source "the spokesman" repeats, the
    organisation quoted before "the company", or the maker named with an earlier "a report"."""
    word = possessor(source)
    if word is None:
        if str.lower(source.text[:4]) != "the ":
            return None, None  # the rules below read "the <noun>" only: most sources, one slice
        antecedent, ident = same_noun_source(made, source)
        if ident is None:
            antecedent, ident = firm_source(made, source, lambda claim: _organisation(mentions, claim))
        if ident is None:
            # (with the sentences: a sentence naming no organisation or person is not parsed)
            named = functools.partial(_body_in, mentions)
            antecedent, ident = report_author(text, source, heads.tree, named, heads.sentence)
        return antecedent, ident
    antecedent, ident = pronoun_antecedent(text, made, mentions, source, word)
    if word == "it" and ident is not None and _is_person(mentions, ident):
        return None, None
    return antecedent, ident


def _body_in(mentions: Index, start: int, end: int) -> str | None:
    """The organisation or person named inside ``[start, end)`` (the longest mention), if any."""
    inside = [m for m in mentions.starting_in(start, end) if m[1] <= end and m[3] in ("ORG", "PERSON")]
    return str(max(inside, key=lambda m: m[1] - m[0])[2]) if inside else None


def _organisation(mentions: Index, claim: Claim) -> bool:
    """Whether a claim's source entity is an organisation, read from its mentions in the claim's
    source phrase (or the phrase it stands for)."""
    phrase = claim.antecedent or claim.source_text
    if phrase is None:
        return False
    inside = mentions.starting_in(phrase.start, phrase.end)
    return any(m[2] == claim.source and m[3] == "ORG" for m in inside)


def _apposed_person(text: str, mentions: Index, source: Span) -> tuple[int, int, str] | None:
    """The person named right before a source that is its apposition ("Hugo Lee, European director
    at Acme, said": the source phrase was read from the title on), when the phrase names no person."""
    if source.start < 2 or text[source.start - 2 : source.start] != ", ":
        return None  # most sources: one look at two characters
    before = mentions.last_starting_in(max(0, source.start - MAX_RELATIVE_NAME), source.start)
    if before is None or before[3] != "PERSON" or before[1] != source.start - 2:
        return None
    if any(m[3] == "PERSON" for m in mentions.starting_in(source.start, source.end)):
        return None
    if _SUBJECT_BEFORE.search(text, max(0, before[0] - 80), before[0]) is None:
        return None  # "sent to Ann Lee, the men's solicitor says": the name is an object, not the speaker
    return before[0], before[1], str(before[2])


# what stands before a name that opens a clause as its subject, titles aside ("Dr", "Labour MP"): a
# text's, sentence's, paragraph's or quotation's end (not a line break inside a wire paragraph), a
# comma, "but"/"and", or an inverted speech verb ("said Dr X")
_SUBJECT_BEFORE: Final = re.compile(
    r"(?:\A|[.!?:;,\"”]|\n\s*\n|\n[ \t]+|\b(?:but|and|said|says|added|explained|told))[ \t]*"
    r"(?:[A-Z][\w.'’-]*\s+)*\Z"
)


def _is_person(mentions: Index, ident: str) -> bool:
    """Whether entity ``ident`` is a person (read from its mentions)."""
    return any(m[2] == ident and m[3] == "PERSON" for m in mentions.items)



def extract(doc: Document) -> Iterator[Claim]:
    """The claims of ``doc`` with their sources resolved and the figures and dates they contain."""
    text = doc.text
    sentence_starts = list(map(_START_OF, doc.sentences))
    sentences = list(zip(sentence_starts, map(_END_OF, doc.sentences), strict=True))
    wire = wire_mark_columns(text)  # ``...,'' he said: each pair of marks one token
    if wire is None:
        found = find_claims(doc.token_columns, sentences, _person_names(doc), doc.token_lowers)
    else:
        found = find_claims(wire[0], wire[1], _person_names(doc))
    found = merge_found(found, find_signed_quotes(text))
    found = merge_found(found, object_contents(doc, sentence_starts, found))  # "rejects the plan"
    if not found:
        return  # the other layers are not indexed for nothing
    ordered = mention_index(doc.entities)  # already sorted by start
    mentions = Index(tuple(ordered), tuple(map(_FIRST, ordered)))
    quantities = Index.of(doc.quantities, _START_OF)  # contract types: offsets checked by the pipeline
    dates = Index.of(doc.dates, _START_OF)
    quoted = claim_quotations(text)  # already in text order: no sort
    quotes = Index(quoted, tuple([quote.start for quote in quoted]))
    titled = DescribedPeople(doc)
    home = HomeState(doc)
    heads = SourceHeads(doc)
    made: list[Claim] = []
    kept: dict[int, int] = {}  # index in ``found`` -> index in ``made``
    timeless: set[int] = set()  # indices in ``found`` whose content was only a time ("responded Friday")
    silent: set[int] = set()  # indices in ``made`` of cues with no content ("declined to comment")
    # an attribution inside a quotation belongs to the quoted speaker's words: no claim
    quoted_cues = [_quoted(quotes, f.cue) and text[f.cue[0]] not in SIGNATURE_DASHES for f in found]
    for n, item in enumerate(found):
        if quoted_cues[n]:
            continue
        if item.unresolved:
            analysed = structure_source(doc, sentence_starts, item.cue, item.content)
            if analysed is None:
                analysed = _long_subject(text, sentence_starts, item)
            if analysed is None:
                continue  # no source: no claim
            item = item.with_content(analysed[1]).resolved(analysed[0])
        placed = item.source is not None and _in_dateline(text, sentence_starts, item)
        if placed and not _speaker_label(text, item):
            continue  # "MOSCOW: ..." is the place of writing, not a speaker
        if item.content[1] - item.content[0] <= MAX_TIME_CONTENT and _only_time(text, item.content):
            timeless.add(n)
            continue  # "Apple announced today": the content is a time, nothing is reported
        if _NO_CONTENT.match(text, item.content[0]):
            silent.add(len(made))  # "BP declined to comment": no claim, but a pronoun's antecedent still
        item = without_time_opener(text, _without_dateline(text, sentence_starts, item))
        item = within_fronted_clause(text, sentence_starts, item)
        item = without_time_source(doc, sentence_starts, item)
        if text.find(_INDENTED_BREAK, item.content[0], item.content[1]) >= 0:
            item = _within_paragraph(text, item)
        item = without_conjoined_predicate(text, heads, item)
        if plain_object(text, heads, item):  # "he knows nothing": another sense of the verb, no claim
            silent.add(len(made))
        parent = None if item.parent is None else kept.get(item.parent)
        if item.parent is not None and parent is None and item.parent not in timeless:
            continue  # its parent gave no claim; but "X responded Friday, saying ...": the participle's
        if parent != item.parent:
            item = item.with_parent(parent)
        item = _whole_quotation(text, item, quotes)
        limit = _next_start(found, n, len(text), quoted_cues)
        item = resumed_after_tail(text, item, quotes.items, quotes.starts, limit)
        item = continued_quotation(text, item, quotes.items, quotes.starts, limit)
        item = run_to_quotation_end(text, item, quotes.items, quotes.starts, limit)
        if item.content[1] <= item.cue[0]:  # a quotation before its cue: one call in five
            item = continued_after_trailer(
                text, item, n, found, quoted_cues, quotes.items, quotes.starts, sentences, sentence_starts
            )
        kept[n] = len(made)
        made.append(_claim(text, item, made, (mentions, titled, home, heads), quantities, dates, quotes))
    said = [claim for k, claim in enumerate(made) if k not in silent] if silent else made
    yield from without_enclosed_attitudes(said)


def _long_subject(text: str, sentence_starts: Sequence[int], item: Found) -> tuple[Span_, Span_] | None:
    """A source-less cue verb's source as the long noun phrase opening its sentence, with its content.

    Not for a participle ("..., saying"), whose subject is the clause's before its comma.
    """
    if text[item.cue[1] - 3 : item.cue[1]] == "ing":
        return None
    at = bisect.bisect_right(sentence_starts, item.cue[0]) - 1
    found = long_subject(text, sentence_starts[at], item.cue) if at >= 0 else None
    if found is None:
        return None
    source, quotation = found
    content = quotation or item.content
    if content[0] < source[1] <= content[1]:
        return None
    return source, content


Span_ = tuple[int, int]


def _person_names(doc: Document) -> Container[int]:
    """Where the persons' names of ``doc`` start: a recipient's name ends before one ("told X Ann Lee")."""
    return _PersonNames(doc)


class _PersonNames:
    """The start offsets of the persons' names of a document, read from its entities on first use.

    Only the recipient of "told" reads them, in a few documents: most never pay for the index.
    """

    __slots__ = ("_doc", "_starts")

    def __init__(self, doc: Document) -> None:
        self._doc = doc
        self._starts: frozenset[int] | None = None

    def __contains__(self, offset: object) -> bool:
        """Whether a person's name starts at ``offset``."""
        if self._starts is None:
            people = (e for e in self._doc.entities if e.type == "PERSON")
            self._starts = frozenset(m.start for e in people for m in e.mentions)
        return offset in self._starts


def _next_start(found: Sequence[Found], n: int, default: int, quoted_cues: Sequence[bool]) -> int:
    """Where the claim after ``found[n]`` begins: its source, cue or content, whichever comes first.

    A cue inside a quotation (``quoted_cues``) gives no claim (it is the quoted speaker's words:
    '"... To those I say the following: ..."'), so it does not stop a quotation continuing ``found[n]``.
    """
    for m in range(n + 1, len(found)):
        if quoted_cues[m]:
            continue
        after = found[m]
        return min(after.cue[0], after.content[0], after.source[0] if after.source else after.cue[0])
    return default


def merge_found(found: Sequence[Found], extra: Sequence[Found]) -> list[Found]:
    """Two lists of found claims as one in cue order, the ``parent`` indices renumbered."""
    if not extra:
        return list(found)
    tagged = sorted(
        [(f.cue[0], 0, n) for n, f in enumerate(found)] + [(f.cue[0], 1, n) for n, f in enumerate(extra)]
    )
    new_index = {(src, n): k for k, (_start, src, n) in enumerate(tagged)}
    out = []
    for _start, src, n in tagged:
        item = (found, extra)[src][n]
        if item.parent is not None:
            item = item.with_parent(new_index[(src, item.parent)])
        out.append(item)
    return out


def _in_dateline(text: str, sentence_starts: Sequence[int], item: Found) -> bool:
    """Whether the claim's source and cue lie in the dateline opening their sentence ("MOSCOW: ...").

    Only the sentence of the source is read (``dateline_end``), not every sentence of the text.
    """
    assert item.source is not None
    at = bisect.bisect_right(sentence_starts, item.source[0]) - 1
    start = sentence_starts[at] if at >= 0 else 0
    if item.source[0] - start > MAX_DATELINE or not text[start : start + 2].isupper():
        return False  # a dateline opens with two capitals ("MOSCOW", "U.S."): most sentences are out at once
    end = dateline_end(text, start)
    if end == start:
        return False
    stop = end  # the dateline without its separator, then room for it, as ``datelines`` gives
    while stop > start and not text[stop - 1].isalnum() and text[stop - 1] != ")":
        stop -= 1
    return item.cue[0] <= stop + 3


def _speaker_label(text: str, item: Found) -> bool:
    """Whether a capitals-and-colon opening ("TAPPER: ...") is a transcript's speaker, not a dateline.

    A transcript opens several paragraphs so; a story opens with one dateline. The other labels are
    looked for near the claim only (``MAX_LABEL_GAP``), so that the work stays linear in the text.
    """
    if text[item.cue[0] : item.cue[1]] != ":":
        return False
    if len(_LOWER_WORD.findall(text, *item.content)) < _SPOKEN_WORDS:
        return False  # a table's field ("ISSUER: Marion County Board of Education") is no speech
    near = (max(0, item.cue[0] - MAX_LABEL_GAP), min(len(text), item.cue[1] + MAX_LABEL_GAP))
    first = _OPENING_LABEL.match(text, 0, near[1]) if near[0] == 0 else None  # a label opening the text
    labels = _SPEAKER_LABEL.finditer(text, *near)  # the others follow a line break: found by its character
    return any(not label.start() <= item.cue[0] < label.end() for label in (first, *labels) if label)


MAX_LABEL_GAP: Final = 2000  # characters between two speakers' labels of a transcript, at the most
_SPOKEN_WORDS: Final = 3  # lower-case words of a speaker's line, at the least
_LOWER_WORD: Final = re.compile(r"\b[a-z]+\b")
# a paragraph opening with a word or two in capitals and a colon ("TAPPER:", "JAKE TAPPER:"), then a
# line of prose (three lower-case words)
_LABEL: Final = (
    r"[ \t]*[A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+)?:[ \t]"
    r"(?=[^\r\n]*?\b[a-z]+\b[^\r\n]*?\b[a-z]+\b[^\r\n]*?\b[a-z]+\b)"
)
_OPENING_LABEL: Final = re.compile(_LABEL)
_SPEAKER_LABEL: Final = re.compile(r"[\r\n]" + _LABEL)


def _without_dateline(text: str, sentence_starts: Sequence[int], item: Found) -> Found:
    """The claim with its content past the dateline opening its sentence ("TOKYO, June 2 - Revenues ...")."""
    start = item.content[0]
    at = bisect.bisect_right(sentence_starts, start) - 1
    if at < 0 or start - sentence_starts[at] > MAX_DATELINE:
        return item
    opening = sentence_starts[at]
    if opening > 0 and text[opening - 1] not in "\r\n":
        return item  # only a sentence opening a paragraph carries a dateline (as ``dateline_end`` reads)
    if not text[opening : opening + 2].isupper():
        return item  # nor one opening without two capitals (every dateline pattern's first two characters)
    end = dateline_end(text, opening)
    if start < end < item.content[1]:
        while end < item.content[1] and text[end].isspace():
            end += 1
        return item.with_content((end, item.content[1]))
    return item


def _within_paragraph(text: str, item: Found) -> Found:
    """The content kept to the paragraph of its cue, where a wire story's indented paragraph break
    falls inside it outside a quotation ("... Telephone Corp.\n    The sale of ...": the sentence
    splitter read "Corp." as an abbreviation)."""
    start, end = item.content
    brk = text.find(_INDENTED_BREAK, start, end)
    if sum(map(text[start:brk].count, _DOUBLE_MARKS)) % 2 == 1:
        return item  # a quotation running over paragraphs
    if end <= item.cue[0]:  # the content before its cue: it opens after the break
        after = brk
        while after < end and (text[after].isspace() or text[after] in _DOUBLE_MARKS):
            after += 1
        return item.with_content((after, end))
    before = brk
    while before > start and (text[before - 1].isspace() or text[before - 1] in ".,;:"):
        before -= 1
    return item.with_content((start, before)) if before > start else item


# a line break and an indent of three spaces: a new paragraph of a wire story
_INDENTED_BREAK: Final = "\n   "
_DOUBLE_MARKS: Final = ('"', "“", "”")


def _only_time(text: str, content: tuple[int, int]) -> bool:
    """Whether a short content holds nothing but words of time ("today", "on Monday", "last week")."""
    words = str.lower(text[content[0] : content[1]]).split()
    return bool(words) and all(word.strip(".,") in _TIME_WORDS for word in words)


# "declined to comment (on the report)", "refused to elaborate": a cue with no content (guideline); dropped
# last, so that it still ends the content before it, lends its subject and stands for a later "it"
_NO_CONTENT: Final = re.compile(r"to (?:comment|elaborate)\b")
MAX_TIME_CONTENT: Final = 30  # characters: a longer content is more than a time
_TIME_WORDS: Final = frozenset(
    "today yesterday tonight tomorrow on last this next week month year earlier later "
    "monday tuesday wednesday thursday friday saturday sunday".split()
)


def _quoted(quotes: Index, cue: tuple[int, int]) -> bool:
    """Whether the cue lies inside a quotation (closed, on one paragraph)."""
    quote: Quotation | None = quotes.last_starting_in(max(0, cue[0] - MAX_QUOTATION), cue[0])
    if quote is None:
        return False
    opens = quote.text[1:2] not in ("", " ", "\n")  # a stray closing mark opens no quotation
    return bool(opens and quote.start < cue[0] and cue[1] < quote.end and quote.text[-1:] in _CLOSING_MARKS)


_CLOSING_MARKS: Final = frozenset('"”\'')  # the last character of a closed quotation ('' is two apostrophes)


def cue_qualifiers(text: str, cue_start: int) -> tuple[bool, str | None]:
    """Negation and modal of the cue starting at ``cue_start``: "did not say" -> (True, None), "would say"."""
    before = text[max(0, cue_start - 30) : cue_start]
    # the patterns are read only where one of their words stands (most cues have none); a text that
    # is not ASCII is always read, as its letters may match the patterns' without case ("ſ", "K")
    if before.isascii() and _QUALIFIER_WORDS.search(str.lower(before)) is None:
        return False, None
    modal = _MODAL_BEFORE.search(before)
    return _NEGATION_BEFORE.search(before) is not None, str.lower(modal.group(1)) if modal else None


# every word the two patterns above need, as a plain search of the lower-cased text before the cue
_QUALIFIER_WORDS: Final = re.compile(r"not|never|n't|would|could|may|might|will|should|must|can|shall")


def claim_kind(text: str, cue: Span, content: Span, quotes: Index) -> str:
    """How the claim attributes: "according_to", a belief, a perception, a direct quote or reported speech."""
    word = str.lower(cue.text)
    if word.startswith("according") or word == "in":  # "in a CNN poll": the poll is the source
        return "according_to"
    if " " in word:
        word = word.rsplit(None, 1)[-1]  # "is expected": the participle
    if word in BELIEF_CUES:
        return "belief"
    if word in PERCEPTION_CUES:
        return "perception"
    quoted = 0
    # quotations are disjoint and in order: only the last one opening before the content can reach it
    before = bisect.bisect_left(quotes.starts, content.start) - 1
    first = quotes.starts[before] if before >= 0 else 0
    quote: Quotation
    for quote in quotes.starting_in(max(first, content.start - MAX_QUOTATION), content.end):
        quoted += max(0, min(quote.end, content.end) - max(quote.start, content.start))
    return "direct" if 2 * quoted >= content.end - content.start else "indirect"


def _relative_antecedent(text: str, mentions: Index, pronoun: Span) -> tuple[Span | None, str | None]:
    """What "who"/"which" stands for: the name just before it ("Tory leader Michael Howard, who said").

    Only a name ending right before the pronoun (spaces, a comma, a dash or ", 49," between) of a
    fitting type (a person or a body for "who", a body, or a place set off by a comma, for "which"),
    not after a preposition unless set off ("for Labour, which" yes; "in Tehran, which" no).
    """
    before = mentions.last_starting_in(max(0, pronoun.start - MAX_RELATIVE_NAME), pronoun.start)
    if before is None:
        return None, None
    start, end, ident, kind = before
    who = str.lower(pronoun.text) == "who"
    gap = _RELATIVE_GAP.fullmatch(text, end, pronoun.start)
    set_off = gap is not None and gap.group().strip() != ""  # "Beijing, which", "Staunton, 49, who"
    wanted = _WHO_NAMES if who else (_WHICH_NAMES | _WHICH_STATES if set_off else _WHICH_NAMES)
    if kind not in wanted or end > pronoun.start or gap is None:
        return None, None
    if kind == "GPE" and _NAME_WORD_BEFORE.search(text, max(0, start - 20), start):
        return None, None  # "the European Roma Rights Centre, which": the place ends a longer name
    if _PREPOSITION_BEFORE.search(text, max(0, start - 6), start) and not (set_off and kind != "GPE"):
        return None, None  # "a conference in Tehran which ...": the name ends a phrase, not the subject
    return Span.of(text, start, end), ident


MAX_RELATIVE_NAME: Final = 80  # characters of a name before "who"/"which"
_WHO_NAMES: Final = frozenset({"PERSON", "ORG", "GROUP", "NORP"})
_WHICH_NAMES: Final = frozenset({"ORG", "GROUP"})
_NAME_WORD_BEFORE: Final = re.compile(r"[A-Z][\w.'’-]*\s+\Z")
# a capital or state set off by a comma speaks: "Beijing, which said"
_WHICH_STATES: Final = frozenset({"GPE"})
# between a name and its relative pronoun: nothing, a comma or dash, an age in commas ("Staunton, 49, who")
_RELATIVE_GAP: Final = re.compile(r"\s*(?:,\s*(?:\d{1,3}\s*,\s*)?|\s[-–—]\s*)?")
_PREPOSITION_BEFORE: Final = re.compile(r"\b(?:in|at|of|from|by|for|with|on|to|into)\s+$", re.IGNORECASE)


def _whole_quotation(text: str, item: Found, quotes: Index) -> Found:
    """A content quoted before its cue, widened to the whole quotation when it runs over several sentences."""
    start, end = item.content
    if start >= item.cue[1]:
        return _quotation_after(text, item, quotes)
    if end > item.cue[0]:
        return _resumed_quotation(text, item, quotes)
    quote: Quotation | None = quotes.last_starting_in(max(0, start - MAX_QUOTATION), start)
    if quote is not None and end <= quote.end <= item.cue[0]:
        first = quote.start + 1
        while first < start and (text[first].isspace() or text[first] in "\"“”'‘’`"):
            first += 1
        return item.with_content((first, end))
    return item


def _resumed_quotation(text: str, item: Found, quotes: Index) -> Found:
    """A content split by its cue, run to the end of the quotation it resumes in ('"A," X said, "B. C."')."""
    start, end = item.content
    quote: Quotation | None = quotes.last_starting_in(item.cue[1], end)
    if quote is None or quote.end <= end or quotes.last_starting_in(max(0, start - 3), start) is None:
        return item  # not a quoted content resumed after its cue ("X is expected to ... Nakasone"s visit")
    last = quote.end
    while last > end and (text[last - 1].isspace() or text[last - 1] in '"“”'):
        last -= 1
    if not text[end:last].strip(" .,!?"):
        return item  # only the quotation's last mark after the content: as it was
    return item.with_content((start, last))


def _quotation_after(text: str, item: Found, quotes: Index) -> Found:
    """A content that opens a quotation after its cue, run to the quotation's end ('said: "A. B."')."""
    start, end = item.content
    quote: Quotation | None = quotes.last_starting_in(max(item.cue[1], start - MAX_QUOTATION), start)
    if quote is not None and quote.start >= item.cue[1] and start - quote.start <= 2 and quote.end > end:
        last = quote.end
        while last > end and (text[last - 1].isspace() or text[last - 1] in '"“”'):
            last -= 1
        if last - 2 >= end and text[last - 2 : last] == "''":  # the wire's closing mark: 'moment.'''
            last -= 2
        return item.with_content((start, last))
    return item


def _relative(
    text: str, names: tuple[Index, DescribedPeople, HomeState, SourceHeads], pronoun: Span
) -> tuple[Span | None, str | None]:
    """What a "who"/"which" source stands for: the name right before it, else the common noun its
    relative clause hangs from in the syntax layer ("some senior Conservative members, who say")."""
    mentions, titled, home, heads = names
    antecedent, source = _relative_antecedent(text, mentions, pronoun)
    if antecedent is not None:
        return antecedent, source
    found = relative_noun(heads.tree(pronoun.start), pronoun)
    if found is None:
        return None, None
    phrase = build_span(found[0], found[1], text[found[0] : found[1]])
    named = (
        titled.referent(phrase)
        or _entity_in(text, mentions, found[0], found[1], heads)
        or _described(text, mentions, phrase)
    )
    return phrase, home_source(phrase, named, home)


def _claim(
    text: str,
    item: Found,
    made: Sequence[Claim],
    names: tuple[Index, DescribedPeople, HomeState, SourceHeads],
    quantities: Index,
    dates: Index,
    quotes: Index,
) -> Claim:
    """A found claim as a :class:`Claim` (a participle takes its parent's source, a pronoun its referent).

    ``names`` are the document's entity mentions, the persons its role nouns stand for ("the King" ->
    King Fahd) and its dateline's state ("government officials" in a story from Oslo -> Norway).
    """
    mentions, titled, home, heads = names
    cue_start, cue_end = item.cue
    content_start, content_end = item.content
    cue = build_span(cue_start, cue_end, text[cue_start:cue_end])
    content = build_span(content_start, content_end, text[content_start:content_end])
    source_text: Span | None = None
    antecedent: Span | None = None
    source: str | None = None
    # the claim spans its cue, content and (unless it continues another claim) its own source
    start = min(cue_start, content_start)
    end = max(cue_end, content_end)
    if item.parent is not None and item.parent < len(made):
        parent = made[item.parent]
        source_text, antecedent, source = parent.source_text, parent.antecedent, parent.source
    elif item.source is not None:
        source_start, source_end = item.source
        source_text = build_span(source_start, source_end, text[source_start:source_end])
        if item.parent is None:
            start = min(start, source_start)
            end = max(end, source_end)
        written = str.lower(source_text.text)
        if written in PRONOUNS:
            antecedent, source = pronoun_antecedent(text, made, mentions, source_text)
        elif written in RELATIVE_SOURCES:
            antecedent, source = _relative(text, names, source_text)
        else:
            source = home_source(
                source_text,
                titled.referent(source_text)
                or _entity_in(text, mentions, source_start, source_end, heads)
                or _described(text, mentions, source_text),
                home,
            )
            if source is None:
                antecedent, source = _description(text, made, mentions, source_text, heads)
            apposed = _apposed_person(text, mentions, source_text)
            if apposed is not None:
                source_text = build_span(apposed[0], source_end, text[apposed[0] : source_end])
                source = apposed[2]
                start = min(start, apposed[0]) if item.parent is None else start
    negated, modality = cue_qualifiers(text, cue_start)
    figures = _inside(quantities, content_start, content_end)
    times = _inside(dates, content_start, content_end)
    return build_claim(
        start,
        end,
        text[start:end],
        cue,
        content,
        source,
        source_text,
        antecedent,
        tuple(map(_quantity_ref, figures)) if figures else (),
        tuple(map(_time_ref, times)) if times else (),
        claim_kind(text, cue, content, quotes),
        negated,
        modality,
        content_parts(text, item.content, item.cue, item.source),
    )
