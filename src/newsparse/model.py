"""The document model: frozen attrs classes whose offsets point into the original text.

A :class:`Document` holds the text unchanged, its :class:`Meta`, its sentences and tokens (one
segmentation shared by every extractor), one read-only tuple of annotations per layer, and the
:class:`Problem` records of extractors that failed.  Offsets are Python string indexes, end
exclusive; every annotation's ``text`` equals ``document.text[start:end]``.  The model knows no
plugin: reading JSON with the installed plugins' types is :func:`newsparse.read_json`.
"""

from __future__ import annotations

import bisect
import contextlib
import datetime as dt
from collections.abc import Callable, Iterable, Mapping
from typing import Any

import attrs

from newsparse.contracts import LAYER_CONTRACTS
from newsparse.errors import InvalidInput, SerializationError, UnknownLayer
from newsparse.frozen import FrozenDict
from newsparse.jsondoc import DocumentParts, document_dict, document_json, parts_from_dict, parts_from_json
from newsparse.spans import Annotation, RawAnnotation, Sentence, Span, Token, iter_spans, span_errors
from newsparse.syntax import Word, paragraph_quotations
from newsparse.text import TokenColumns, columns_of, split_sentences, token_columns, tokens_of
from newsparse.validation import annotation_error, raw_span_error

__all__ = [
    "Annotation",
    "Document",
    "Meta",
    "Problem",
    "RawAnnotation",
    "Sentence",
    "Span",
    "Token",
    "iter_spans",
    "span_errors",
]


@attrs.frozen
class Problem:
    """Something that went wrong while parsing one document: the other layers still came out."""

    extractor: str
    error: str
    message: str
    layer: str | None = None


def _parse_published(value: object) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        text = value.strip()
        with contextlib.suppress(ValueError):
            return dt.date.fromisoformat(text)
        try:
            return dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
        except ValueError:
            raise InvalidInput(
                f"published date {value!r} is not an ISO 8601 date or date-time "
                "(for example 2018-02-06 or 2018-02-06T09:30:00+03:00)"
            ) from None
    raise InvalidInput(f"published must be a date, a datetime or an ISO string, not {type(value).__name__}")


def _optional_str(value: object) -> str | None:
    if value is None or isinstance(value, str):
        return value
    raise InvalidInput(f"expected a string or None, got {type(value).__name__}")


def _language(value: object) -> str:
    if isinstance(value, str):
        return value
    raise InvalidInput(f"language must be a string, not {type(value).__name__}")


@attrs.frozen
class Meta:
    """What is known about the article besides its text; ``id`` says which input it came from."""

    published: dt.date | None = attrs.field(default=None, converter=_parse_published)
    title: str | None = attrs.field(default=None, converter=_optional_str)
    url: str | None = attrs.field(default=None, converter=_optional_str)
    language: str = attrs.field(default="en", converter=_language)
    id: str | None = attrs.field(default=None, converter=_optional_str)

    @property
    def published_date(self) -> dt.date | None:
        """The publication day (a datetime is reduced to its date)."""
        if isinstance(self.published, dt.datetime):
            return self.published.date()
        return self.published


def _sentence_end(sentence: Sentence) -> int:
    return sentence.end


def _default_sentences(doc: Document) -> tuple[Sentence, ...]:
    return split_sentences(doc.text)


def _sentences(value: Iterable[Sentence]) -> tuple[Sentence, ...]:
    return tuple(value)


def _problems(value: Iterable[Problem]) -> tuple[Problem, ...]:
    return tuple(value)


def _tokens(value: Iterable[Token] | None) -> tuple[Token, ...] | None:
    return None if value is None else tuple(value)


def _to_layers(value: Mapping[str, Any]) -> Mapping[str, tuple[Annotation, ...]]:
    return FrozenDict({str(name): tuple(items) for name, items in value.items()})


def _check_text(instance: Any, attribute: attrs.Attribute[str], value: object) -> None:
    if not isinstance(value, str):
        raise InvalidInput(f"text must be a str, not {type(value).__name__}")


def _layer_error(item: object, text: str) -> str | None:
    if isinstance(item, RawAnnotation):
        return raw_span_error(item.data, text)
    return annotation_error(item, text)


@attrs.frozen
class Document:
    """A parsed article: the original text, its metadata, segmentation, layers and problems.

    Build one with :func:`newsparse.parse`; change one with ``attrs.evolve`` (or
    :meth:`with_layer`), which returns a new document.
    """

    text: str = attrs.field(validator=_check_text)
    meta: Meta = attrs.field(factory=Meta)
    sentences: tuple[Sentence, ...] = attrs.field(
        default=attrs.Factory(_default_sentences, takes_self=True), converter=_sentences
    )
    layers: Mapping[str, tuple[Annotation, ...]] = attrs.field(factory=dict, converter=_to_layers)
    problems: tuple[Problem, ...] = attrs.field(default=(), converter=_problems)
    _tokens: tuple[Token, ...] | None = attrs.field(
        default=None, alias="tokens", converter=_tokens, eq=False, repr=False
    )
    # what answers ``consult`` for layers read span by span (set by the pipeline, never serialised)
    _consultants: Mapping[str, Consultant] | None = attrs.field(
        default=None, alias="consultants", eq=False, repr=False
    )
    # the tokens as columns, computed on first use (derived data, like the tokens)
    _columns: TokenColumns | None = attrs.field(default=None, init=False, eq=False, repr=False)
    # the quotations of every paragraph, computed on first use (derived data, like the tokens)
    _quotes: tuple[Span, ...] | None = attrs.field(default=None, init=False, eq=False, repr=False)
    # the ``syntax`` layer's words, computed on first use (derived data, like the tokens)
    _words: tuple[Word, ...] | None = attrs.field(default=None, init=False, eq=False, repr=False)
    # the tokens' texts lower-cased, computed on first use (derived data, like the tokens)
    _lowered: tuple[str, ...] | None = attrs.field(default=None, init=False, eq=False, repr=False)

    def __attrs_post_init__(self) -> None:
        for sentence in self.sentences:
            if sentence.end > len(self.text):
                raise InvalidInput(f"sentence [{sentence.start}, {sentence.end}) ends beyond the text")
        for name, items in self.layers.items():
            for item in items:
                error = _layer_error(item, self.text)
                if error is not None:
                    raise InvalidInput(f"layer {name!r}: {error}")

    @property
    def tokens(self) -> tuple[Token, ...]:
        """The words, numbers and punctuation marks of the text, shared by every extractor.

        Derived from the text, so computed on first use and then kept: a document that crossed a
        process boundary (``parse_many``) or was read back from JSON only tokenises if asked to.
        """
        tokens = self._tokens
        if tokens is None:
            tokens = tokens_of(self.token_columns)
            object.__setattr__(self, "_tokens", tokens)  # a cache of derived data, not a change
        return tokens

    @property
    def token_columns(self) -> TokenColumns:
        """The same tokens as three columns (``starts``, ``ends``, ``texts``), for scans over every token.

        Cheaper than :attr:`tokens` when it is computed first (no object per token); computed on
        first use and then kept, from the tokens the document was given if any.
        """
        columns = self._columns
        if columns is None:
            tokens = self._tokens
            columns = token_columns(self.text) if tokens is None else columns_of(tokens)
            object.__setattr__(self, "_columns", columns)  # a cache of derived data, not a change
        return columns

    @property
    def built_token_columns(self) -> TokenColumns | None:
        """:attr:`token_columns` if they are computed already (or the tokens were given), else None.

        For an extractor that can do with less than the whole text's tokens when no one shares them
        (a pipeline builds them first when one of its extractors ``reads_tokens``)."""
        if self._columns is None and self._tokens is None:
            return None
        return self.token_columns

    @property
    def token_lowers(self) -> tuple[str, ...]:
        """The tokens' texts lower-cased (``str.lower``), parallel to :attr:`token_columns`.

        Computed on first use and then kept: several layers read the words without their case, and
        in a pipeline the first to ask pays for all (the views of one document share it).
        """
        lowered = self._lowered
        if lowered is None:
            lowered = tuple(map(str.lower, self.token_columns.texts))
            object.__setattr__(self, "_lowered", lowered)  # a cache of derived data, not a change
        return lowered

    @property
    def paragraph_quotes(self) -> tuple[Span, ...]:
        """The quotations of every paragraph in text order (:func:`newsparse.syntax.paragraph_quotations`),
        computed once and kept: a tree per sentence must not rescan its whole paragraph."""
        quotes = self._quotes
        if quotes is None:
            quotes = paragraph_quotations(self.text)
            object.__setattr__(self, "_quotes", quotes)  # a cache of derived data, not a change
        return quotes

    @property
    def syntax_words(self) -> tuple[Word, ...]:
        """The :class:`~newsparse.syntax.Word` items of the ``syntax`` layer in layer order, computed
        once and kept: a tree per sentence must not refilter the whole layer (that was quadratic)."""
        words = self._words
        if words is None:
            words = tuple(word for word in self.layers.get("syntax", ()) if isinstance(word, Word))
            object.__setattr__(self, "_words", words)  # a cache of derived data, not a change
        return words

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        """Pickle without the tokens (recomputed when first used: cheaper than unpickling them)."""
        return _restore_document, (self.text, self.meta, self.sentences, dict(self.layers), self.problems)

    def layer(self, name: str) -> tuple[Annotation, ...]:
        """The annotations of layer ``name`` (empty for a contract layer nothing produced).

        Raises :class:`~newsparse.errors.UnknownLayer`, naming the layers present, for any other name.
        """
        items = self.layers.get(name)
        if items is not None:
            return items
        if name in LAYER_CONTRACTS:
            return ()
        present = ", ".join(sorted(self.layers)) or "none"
        known = ", ".join(LAYER_CONTRACTS)
        raise UnknownLayer(f"this document has no layer {name!r} (present: {present}; core layers: {known})")

    def can_consult(self, name: str) -> bool:
        """Whether ``consult(name, ...)`` can answer anything: a producer answers the layer span by span,
        or the document holds it (an extractor skips the work of asking where nothing would answer)."""
        return name in (self._consultants or {}) or name in self.layers

    def consult(self, name: str, span: Sentence | Span) -> tuple[Annotation, ...]:
        """The annotations of layer ``name`` inside ``span`` (a sentence), computed only there.

        Inside a pipeline, an extractor that ``consults`` a layer gets it from the producer's
        ``extract_within`` (once per span and document); otherwise the layer's annotations that lie
        inside ``span``, or nothing when there is no such layer.
        """
        consultant = (self._consultants or {}).get(name)
        if consultant is not None:
            return consultant(span)
        return tuple(
            item
            for item in self.layers.get(name, ())
            if span.start <= getattr(item, "start", -1)
            and getattr(item, "end", len(self.text) + 1) <= span.end
        )

    @property
    def dates(self) -> tuple[Any, ...]:
        """The ``dates`` layer: time expressions (:class:`newsparse.TimeExpression`)."""
        return self.layer("dates")

    @property
    def quantities(self) -> tuple[Any, ...]:
        """The ``quantities`` layer (:class:`newsparse.Quantity`)."""
        return self.layer("quantities")

    @property
    def entities(self) -> tuple[Any, ...]:
        """The ``entities`` layer (:class:`newsparse.Entity`)."""
        return self.layer("entities")

    @property
    def agreements(self) -> tuple[Any, ...]:
        """The ``agreements`` layer (:class:`newsparse.Agreement`)."""
        return self.layer("agreements")

    @property
    def claims(self) -> tuple[Any, ...]:
        """The ``claims`` layer: attributed statements (:class:`newsparse.Claim`)."""
        return self.layer("claims")

    @property
    def events(self) -> tuple[Any, ...]:
        """The ``events`` layer: casualty and conflict events (:class:`newsparse.Event`)."""
        return self.layer("events")

    @property
    def contested(self) -> tuple[Any, ...]:
        """The ``contested`` layer: figures that sources dispute (:class:`newsparse.Contest`)."""
        return self.layer("contested")

    @property
    def syntax(self) -> tuple[Any, ...]:
        """The ``syntax`` layer, when it was asked for: one word each (:class:`newsparse.Word`)."""
        return self.layer("syntax")

    def with_layer(self, name: str, annotations: tuple[Annotation, ...]) -> Document:
        """A new document with layer ``name`` set (checked; the tokens are shared, not recomputed)."""
        return attrs.evolve(self, layers={**self.layers, name: annotations})

    def sentence_index(self, offset: int) -> int:
        """How many sentences end at or before ``offset`` (the index of the sentence holding it)."""
        return bisect.bisect_right(self.sentences, offset, key=_sentence_end)

    def sentence_of(self, offset: int) -> Sentence | None:
        """The sentence that contains character ``offset``, if any."""
        index = self.sentence_index(offset)
        if index < len(self.sentences) and self.sentences[index].start <= offset:
            return self.sentences[index]
        return None

    def to_dict(self, *, include: Iterable[str] = ()) -> dict[str, Any]:
        """The document as plain JSON-ready data (the format of docs/json-format.md).

        Layers written only on request (``syntax``) are written when named in ``include``.
        """
        return document_dict(self, include=include)

    def to_json(self, *, indent: int | None = None, include: Iterable[str] = ()) -> str:
        """The document as JSON text; :meth:`from_json` reads it back unchanged."""
        return document_json(self, indent=indent, include=include)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], layer_types: Mapping[str, type] | None = None) -> Document:
        """Rebuild a document from :meth:`to_dict` output, each layer read as ``layer_types`` says.

        By default the core's contract layers get their types and others stay
        :class:`RawAnnotation`; :func:`newsparse.read_dict` uses the installed plugins' types.
        Raises only :class:`~newsparse.errors.SerializationError`.
        """
        return _from_parts(parts_from_dict(data, _types(layer_types)))

    @classmethod
    def from_json(cls, text: str | bytes, layer_types: Mapping[str, type] | None = None) -> Document:
        """Rebuild a document from :meth:`to_json` output (str or bytes); see :meth:`from_dict`."""
        return _from_parts(parts_from_json(text, _types(layer_types)))


Consultant = Callable[[Sentence | Span], tuple[Annotation, ...]]


def _types(layer_types: Mapping[str, type] | None) -> Mapping[str, type]:
    return LAYER_CONTRACTS if layer_types is None else layer_types


def _from_parts(parts: DocumentParts) -> Document:
    """The document of parts read from JSON (checked there, so not checked again)."""
    try:
        meta = Meta(**parts.meta)
    except InvalidInput as exc:
        raise SerializationError(f"meta: {exc}") from None
    problems = tuple(Problem(**problem) for problem in parts.problems)
    return _assemble(parts.text, meta, parts.sentences, FrozenDict(parts.layers), problems, None)


def _restore_document(
    text: str,
    meta: Meta,
    sentences: tuple[Sentence, ...],
    layers: dict[str, tuple[Annotation, ...]],
    problems: tuple[Problem, ...],
) -> Document:
    """Rebuild a pickled document: it was validated when it was built, so it is not checked again."""
    return _assemble(text, meta, sentences, FrozenDict(layers), problems, None)


def _assemble(
    text: str,
    meta: Meta,
    sentences: tuple[Sentence, ...],
    layers: Mapping[str, tuple[Annotation, ...]],
    problems: tuple[Problem, ...],
    tokens: tuple[Token, ...] | None,
    consultants: Mapping[str, Consultant] | None = None,
    columns: TokenColumns | None = None,
    lowered: tuple[str, ...] | None = None,
    quotes: tuple[Span, ...] | None = None,
) -> Document:
    """A document from parts that are already checked, skipping ``__attrs_post_init__``."""
    doc = _new(Document)
    _set_text(doc, text)  # the slots' own setters: what the frozen __init__ does, without the checks
    _set_meta(doc, meta)
    _set_sentences(doc, sentences)
    _set_layers(doc, layers)
    _set_problems(doc, problems)
    _set_tokens(doc, tokens)
    _set_consultants(doc, consultants)
    _set_columns(doc, columns)
    _set_quotes(doc, quotes)
    _set_words(doc, None)
    _set_lowered(doc, lowered)
    return doc


_new = object.__new__
_FIELDS = ("text", "meta", "sentences", "layers", "problems", "_tokens", "_consultants", "_columns")
_set_text, _set_meta, _set_sentences, _set_layers = (vars(Document)[name].__set__ for name in _FIELDS[:4])
_set_problems, _set_tokens, _set_consultants, _set_columns = (
    vars(Document)[name].__set__ for name in _FIELDS[4:]
)
_set_quotes = vars(Document)["_quotes"].__set__
_set_words = vars(Document)["_words"].__set__
_set_lowered = vars(Document)["_lowered"].__set__


def with_checked_layers(
    doc: Document,
    layers: Mapping[str, tuple[Annotation, ...]],
    problems: tuple[Problem, ...] | None = None,
    *,
    share_tokens: bool = True,
    consultants: Mapping[str, Consultant] | None = None,
) -> Document:
    """``doc`` with ``layers`` (and ``problems``) swapped in, for the pipeline only.

    The caller promises that every span in ``layers`` was already validated against
    ``doc.text`` (the pipeline checks each extractor's output once), so the document is not
    checked again: re-checking every layer after every extractor was a tenth of a parse.
    ``share_tokens`` hands ``doc``'s tokens on (computing them if needed); without it the new
    document carries only the tokens ``doc`` holds (given, or computed so far), and computes
    others when asked (:func:`keep_derived` hands them back to ``doc``).
    ``consultants`` answer :meth:`Document.consult` for the layers an extractor consults.
    """
    return _assemble(
        doc.text,
        doc.meta,
        doc.sentences,
        FrozenDict({str(name): tuple(items) for name, items in layers.items()}),
        doc.problems if problems is None else problems,
        doc.tokens if share_tokens else doc._tokens,
        consultants,
        doc._columns,
        doc._lowered,
    )


def fresh_document(text: str, meta: Meta) -> Document:
    """``Document(text, meta=meta)`` for the pipeline, which checked that ``text`` is a str: its own
    sentences (inside the text by construction), no layer, no problem, so nothing to check again."""
    return _assemble(text, meta, split_sentences(text), _NO_LAYERS, (), None)


def result_of(
    doc: Document, layers: Mapping[str, tuple[Annotation, ...]], problems: tuple[Problem, ...]
) -> Document:
    """``doc`` with ``layers`` and ``problems``, without the tokens or columns the run computed on it
    (for the pipeline only: the layers were checked as they were produced)."""
    built = FrozenDict({str(name): tuple(items) for name, items in layers.items()})
    return _assemble(doc.text, doc.meta, doc.sentences, built, problems, None)


_NO_LAYERS: FrozenDict = FrozenDict()


def view_of(doc: Document, layers: FrozenDict, consultants: Mapping[str, Consultant] | None) -> Document:
    """``doc`` as one extractor sees it, for the pipeline only: ``layers`` (a FrozenDict of tuples of
    checked annotations, by layer name) swapped in, the tokens computed so far, and ``consultants``."""
    return _assemble(
        doc.text,
        doc.meta,
        doc.sentences,
        layers,
        doc.problems,
        doc._tokens,
        consultants,
        doc._columns,
        doc._lowered,
        doc._quotes,
    )


def keep_derived(doc: Document, view: Document) -> None:
    """Keep on ``doc`` the tokens, token columns, lower-cased texts and paragraph quotations that
    ``view`` (a view of ``doc``) computed.

    For the pipeline only: the tokens are derived from the text and cached on first use, so an
    extractor's view that computed them hands them back, and the next views share them: the tokens
    are built once per document, and only if an extractor reads them.
    """
    if doc._tokens is None and view._tokens is not None:
        _set_tokens(doc, view._tokens)  # a cache of derived data, as in ``Document.tokens``
    if doc._columns is None and view._columns is not None:
        _set_columns(doc, view._columns)
    if doc._lowered is None and view._lowered is not None:
        _set_lowered(doc, view._lowered)  # the lower-cased texts: one pass serves every layer after
    if doc._quotes is None and view._quotes is not None:
        _set_quotes(doc, view._quotes)  # the paragraphs' quotations (text only): one scan per document
