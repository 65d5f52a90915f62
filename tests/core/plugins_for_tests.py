"""Small plugins used by the core's tests: real extractors, some of them broken on purpose."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterator

import attrs

from newsparse import Annotation, Document, Extractor, Span, hookimpl


@attrs.frozen
class Word(Annotation):
    """A capitalised word."""

    start: int
    end: int
    text: str


def capitalised(doc: Document) -> Iterator[Word]:
    """Every capitalised word, from the shared tokens."""
    for token in doc.tokens:
        if token.text[:1].isupper():
            yield Word(token.start, token.end, token.text)


@attrs.frozen
class Pair(Annotation):
    """Two consecutive capitalised words (reads the ``words`` layer)."""

    start: int
    end: int
    text: str
    first: Span
    second: Span


def pairs(doc: Document) -> Iterator[Pair]:
    """Consecutive words of the ``words`` layer that stand one space apart."""
    words = doc.layer("words")
    for a, b in itertools.pairwise(words):
        if isinstance(a, Word) and isinstance(b, Word) and doc.text[a.end : b.start] == " ":
            yield Pair(
                a.start,
                b.end,
                doc.text[a.start : b.end],
                Span(a.start, a.end, a.text),
                Span(b.start, b.end, b.text),
            )


class Words:
    """Produces ``words``."""

    @hookimpl
    def newsparse_register_extractors(self, register: Callable[[Extractor], None]) -> None:
        register(Extractor(name="words", produces="words", extract=capitalised, annotation_types=Word))


class Pairs:
    """Produces ``pairs`` from ``words``."""

    @hookimpl
    def newsparse_register_extractors(self, register: Callable[[Extractor], None]) -> None:
        register(
            Extractor(
                name="pairs", produces="pairs", requires=("words",), extract=pairs, annotation_types=Pair
            )
        )


class Raises:
    """An extractor that raises on texts containing 'boom'."""

    @hookimpl
    def newsparse_register_extractors(self, register: Callable[[Extractor], None]) -> None:
        def extract(doc: Document) -> Iterator[Word]:
            if "boom" in doc.text:
                raise RuntimeError("exploded on purpose")
            yield from ()

        register(Extractor(name="raises", produces="raises", extract=extract, annotation_types=Word))


class BadOffsets:
    """An extractor whose annotations lie about their text or leave the text."""

    @hookimpl
    def newsparse_register_extractors(self, register: Callable[[Extractor], None]) -> None:
        def extract(doc: Document) -> list[Word]:
            return [Word(0, 1, "#"), Word(len(doc.text), len(doc.text) + 3, "abc"), Word(0, 0, "")]

        register(Extractor(name="bad", produces="bad", extract=extract, annotation_types=Word))


class WrongType:
    """An extractor that returns something other than its declared type."""

    @hookimpl
    def newsparse_register_extractors(self, register: Callable[[Extractor], None]) -> None:
        register(
            Extractor(
                name="wrong", produces="wrong", extract=lambda doc: [Span(0, 0, "")], annotation_types=Word
            )
        )


def _cycle(name: str, produces: str, requires: str) -> object:
    class Plugin:
        @hookimpl
        def newsparse_register_extractors(self, register: Callable[[Extractor], None]) -> None:
            register(
                Extractor(
                    name=name,
                    produces=produces,
                    requires=(requires,),
                    extract=lambda d: (),
                    annotation_types=Word,
                )
            )

    return Plugin()


CYCLE = (_cycle("a", "a", "b"), _cycle("b", "b", "a"))
MISSING = _cycle("lonely", "lonely", "nowhere")

WORDS_PATTERN = re.compile(r"[A-Z]\w*")
