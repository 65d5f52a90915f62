"""The document model: frozen attrs classes whose offsets point into the original text.

A :class:`Document` holds the text unchanged, its :class:`Meta`, its sentences and tokens (one
segmentation shared by every extractor), one tuple of annotations per layer, and the
:class:`Problem` records of extractors that failed.  Offsets are Python string indexes, end
exclusive; every annotation's ``text`` equals ``document.text[start:end]``.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import types
import typing
from collections.abc import Iterable, Iterator, Mapping
from typing import Any, ClassVar, NamedTuple

import attrs

from newsparse.errors import InvalidInput

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


def _non_negative(instance: Any, attribute: attrs.Attribute[int], value: int) -> None:
    if value < 0:
        raise ValueError(f"{attribute.name} must be >= 0, got {value}")


def _end_after_start(instance: Any, attribute: attrs.Attribute[int], value: int) -> None:
    if value < instance.start:
        raise ValueError(f"end ({value}) must be >= start ({instance.start})")


class Annotation:
    """Marker base class of everything an extractor may put in a layer.

    Subclasses are frozen attrs classes.  Any attrs value inside an annotation (the annotation
    itself included) with integer ``start``/``end`` is a span that the pipeline checks against the
    document text.
    """

    __slots__ = ()


@attrs.frozen
class Span(Annotation):
    """A stretch of the document: ``text == document.text[start:end]``."""

    start: int = attrs.field(validator=_non_negative)
    end: int = attrs.field(validator=_end_after_start)
    text: str = attrs.field()

    @text.validator
    def _text_length(self, attribute: attrs.Attribute[str], value: str) -> None:
        if len(value) != self.end - self.start:
            raise ValueError(
                f"span text {value!r} has {len(value)} characters but the span "
                f"[{self.start}, {self.end}) has {self.end - self.start}"
            )

    @classmethod
    def of(cls, text: str, start: int, end: int) -> Span:
        """The span ``[start, end)`` of ``text``, its text taken from the slice."""
        return cls(start, end, text[start:end])


@attrs.frozen
class Sentence:
    """A sentence: offsets only (its text is ``document.text[start:end]``)."""

    start: int = attrs.field(validator=_non_negative)
    end: int = attrs.field(validator=_end_after_start)


class Token(NamedTuple):
    """A word, number or punctuation mark, with its text (computed by ``newsparse.text``).

    A named tuple rather than an attrs class: documents hold hundreds of them, built on every
    parse and every unpickling, and a tuple is several times cheaper to build.
    """

    start: int
    end: int
    text: str


@attrs.frozen
class Problem:
    """Something that went wrong while parsing one document: the other layers still came out."""

    extractor: str
    error: str
    message: str
    layer: str | None = None


@attrs.frozen
class RawAnnotation(Annotation):
    """An annotation of a layer whose type no installed plugin declares (kept as its JSON)."""

    data: Mapping[str, Any]


def _parse_published(value: object) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        text = value.strip()
        try:
            return dt.date.fromisoformat(text)
        except ValueError:
            pass
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


@attrs.frozen
class Meta:
    """What is known about the article besides its text."""

    published: dt.date | None = attrs.field(default=None, converter=_parse_published)
    title: str | None = attrs.field(default=None, converter=_optional_str)
    url: str | None = attrs.field(default=None, converter=_optional_str)
    language: str = "en"
    id: str | None = None

    @property
    def published_date(self) -> dt.date | None:
        """The publication day (a datetime is reduced to its date)."""
        if isinstance(self.published, dt.datetime):
            return self.published.date()
        return self.published


_PLAIN = (str, int, float, bool, type(None))


def _is_plain(hint: Any) -> bool:
    """Whether values of type ``hint`` can never hold a span (str, numbers, mappings, ...)."""
    if hint in _PLAIN:
        return True
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        return all(_is_plain(arg) for arg in typing.get_args(hint))
    return origin in (dict, Mapping) or hint in (dict, Mapping)


@functools.lru_cache(maxsize=1024)
def _span_fields(kind: type) -> tuple[str, ...]:
    """The fields of attrs class ``kind`` that may hold spans (all of them if hints don't resolve)."""
    names = tuple(field.name for field in attrs.fields(kind))
    try:
        hints = typing.get_type_hints(kind)
    except Exception:  # unresolvable forward references in a plugin's class: check every field
        return names
    return tuple(name for name in names if not _is_plain(hints.get(name, Any)))


def iter_spans(value: object) -> Iterator[Any]:
    """Yield every attrs value with ``start``/``end`` inside ``value`` (itself included)."""
    found: list[Any] = []
    _collect_spans(value, found)
    return iter(found)


def _collect_spans(value: object, found: list[Any]) -> None:
    """Append to ``found`` the values :func:`iter_spans` yields, depth first (no generator chain)."""
    if isinstance(value, (tuple, list)):
        for item in value:
            _collect_spans(item, found)
        return
    kind = type(value)
    if not attrs.has(kind):
        return
    if isinstance(getattr(value, "start", None), int) and isinstance(getattr(value, "end", None), int):
        found.append(value)
    for name in _span_fields(kind):
        child = getattr(value, name)
        if child is not None and not isinstance(child, _PLAIN):
            _collect_spans(child, found)


def span_errors(value: object, text: str) -> list[str]:
    """What is wrong with the offsets inside ``value`` against ``text`` (empty when all hold)."""
    errors = []
    for span in iter_spans(value):
        start, end = span.start, span.end
        if not 0 <= start <= end <= len(text):
            errors.append(f"offsets [{start}, {end}) are outside the text (length {len(text)})")
            continue
        written = getattr(span, "text", None)
        if isinstance(written, str) and written != text[start:end]:
            errors.append(f"span [{start}, {end}) says {written!r} but the text there is {text[start:end]!r}")
    return errors


def _sentence_end(sentence: Sentence) -> int:
    return sentence.end


def _default_sentences(doc: Document) -> tuple[Sentence, ...]:
    from newsparse.text import split_sentences

    return split_sentences(doc.text)


def _sentences(value: Iterable[Sentence]) -> tuple[Sentence, ...]:
    return tuple(value)


def _problems(value: Iterable[Problem]) -> tuple[Problem, ...]:
    return tuple(value)


def _tokens(value: Iterable[Token] | None) -> tuple[Token, ...] | None:
    return None if value is None else tuple(value)


def _to_layers(value: Mapping[str, Any]) -> dict[str, tuple[Annotation, ...]]:
    return {str(name): tuple(items) for name, items in value.items()}


def _check_text(instance: Any, attribute: attrs.Attribute[str], value: object) -> None:
    if not isinstance(value, str):
        raise InvalidInput(f"text must be a str, not {type(value).__name__}")


@attrs.frozen
class Document:
    """A parsed article: the original text, its metadata, segmentation, layers and problems.

    Build one with :func:`newsparse.parse`; change one with ``attrs.evolve`` (or
    :meth:`with_layer`), which returns a new document.
    """

    BUILTIN_LAYERS: ClassVar[tuple[str, ...]] = ("dates", "quantities", "entities", "agreements")

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

    def __attrs_post_init__(self) -> None:
        for sentence in self.sentences:
            if sentence.end > len(self.text):
                raise ValueError(f"sentence [{sentence.start}, {sentence.end}) ends beyond the text")
        for name, items in self.layers.items():
            for item in items:
                errors = span_errors(item, self.text)
                if errors:
                    raise ValueError(f"layer {name!r}: {errors[0]}")

    @property
    def tokens(self) -> tuple[Token, ...]:
        """The words, numbers and punctuation marks of the text, shared by every extractor.

        Derived from the text, so computed on first use and then kept: a document that crossed a
        process boundary (``parse_many``) or was read back from JSON only tokenises if asked to.
        """
        tokens = self._tokens
        if tokens is None:
            from newsparse.text import tokenize

            tokens = tokenize(self.text)
            object.__setattr__(self, "_tokens", tokens)  # a cache of derived data, not a change
        return tokens

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        """Pickle without the tokens (recomputed when first used: cheaper than unpickling them)."""
        return _restore_document, (self.text, self.meta, self.sentences, dict(self.layers), self.problems)

    def layer(self, name: str) -> tuple[Annotation, ...]:
        """The annotations of layer ``name``; an empty tuple when nothing produced it."""
        return self.layers.get(name, ())

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

    def with_layer(self, name: str, annotations: tuple[Annotation, ...]) -> Document:
        """A new document with layer ``name`` set (the tokens are shared, not recomputed)."""
        return attrs.evolve(self, layers={**self.layers, name: annotations})

    def with_problems(self, *problems: Problem) -> Document:
        """A new document with ``problems`` appended."""
        return attrs.evolve(self, problems=self.problems + problems)

    def sentence_index(self, offset: int) -> int:
        """How many sentences end at or before ``offset`` (the index of the sentence holding it)."""
        return bisect.bisect_right(self.sentences, offset, key=_sentence_end)

    def sentence_of(self, offset: int) -> Sentence | None:
        """The sentence that contains character ``offset``, if any."""
        index = self.sentence_index(offset)
        if index < len(self.sentences) and self.sentences[index].start <= offset:
            return self.sentences[index]
        return None

    def to_dict(self) -> dict[str, Any]:
        """The document as plain JSON-ready data (the format of docs/json-format.md)."""
        from newsparse.serialize import document_to_dict

        return document_to_dict(self)

    def to_json(self, *, indent: int | None = None) -> str:
        """The document as JSON text; :meth:`from_json` reads it back unchanged."""
        from newsparse.serialize import document_to_json

        return document_to_json(self, indent=indent)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Document:
        """Rebuild a document from :meth:`to_dict` output (layer types from installed plugins)."""
        from newsparse.serialize import document_from_dict

        return document_from_dict(data)

    @classmethod
    def from_json(cls, text: str | bytes) -> Document:
        """Rebuild a document from :meth:`to_json` output."""
        from newsparse.serialize import document_from_json

        return document_from_json(text)


def _restore_document(
    text: str,
    meta: Meta,
    sentences: tuple[Sentence, ...],
    layers: dict[str, tuple[Annotation, ...]],
    problems: tuple[Problem, ...],
) -> Document:
    """Rebuild a pickled document: it was validated when it was built, so it is not checked again."""
    return _assemble(text, meta, sentences, layers, problems, None)


def _assemble(
    text: str,
    meta: Meta,
    sentences: tuple[Sentence, ...],
    layers: Mapping[str, tuple[Annotation, ...]],
    problems: tuple[Problem, ...],
    tokens: tuple[Token, ...] | None,
) -> Document:
    """A document from parts that are already checked, skipping ``__attrs_post_init__``."""
    doc = object.__new__(Document)
    for name, value in (
        ("text", text),
        ("meta", meta),
        ("sentences", sentences),
        ("layers", layers),
        ("problems", problems),
        ("_tokens", tokens),
    ):
        object.__setattr__(doc, name, value)
    return doc


def with_checked_layers(
    doc: Document,
    layers: Mapping[str, tuple[Annotation, ...]],
    problems: tuple[Problem, ...] | None = None,
    *,
    share_tokens: bool = True,
) -> Document:
    """``doc`` with ``layers`` (and ``problems``) swapped in, for the pipeline only.

    The caller promises that every span in ``layers`` was already validated against
    ``doc.text`` (the pipeline checks each extractor's output once), so the document is not
    checked again: re-checking every layer after every extractor was a tenth of a parse.
    ``share_tokens`` hands ``doc``'s tokens on (computing them once for every extractor); without
    it the new document carries only tokens ``doc`` was given, and recomputes others when asked.
    """
    return _assemble(
        doc.text,
        doc.meta,
        doc.sentences,
        {str(name): tuple(items) for name, items in layers.items()},
        doc.problems if problems is None else problems,
        doc.tokens if share_tokens else doc._tokens,
    )
