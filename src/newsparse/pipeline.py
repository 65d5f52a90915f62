"""Runs extractors in dependency order, validates what they return, and isolates their failures.

The plan is checked when the pipeline is built (a cycle, or a layer that no extractor produces,
is a :class:`~newsparse.errors.PipelineError` then, not in the middle of a batch).  While parsing,
an extractor that raises or returns invalid annotations becomes a :class:`~newsparse.model.Problem`
on the document and the other layers still come out; ``strict=True`` raises instead.
"""

from __future__ import annotations

import datetime as dt
import itertools
import operator
from collections.abc import Iterable, Sequence
from typing import Any

import attrs

from newsparse.consultation import Consultations, span_producers
from newsparse.contracts import LAYER_CONTRACTS
from newsparse.errors import ExtractorError, InvalidInput, PipelineError, TextTooLarge
from newsparse.extractor import Extractor
from newsparse.frozen import FrozenDict
from newsparse.model import (
    Annotation,
    Document,
    Meta,
    Problem,
    fresh_document,
    keep_derived,
    result_of,
    view_of,
    with_checked_layers,
)
from newsparse.validation import annotation_error, valid_in_order

__all__ = ["DEFAULT_MAX_CHARS", "Pipeline", "check_contracts", "plan"]

DEFAULT_MAX_CHARS = 5_000_000
_MAX_REPORTED = 3  # invalid annotations quoted in one problem's message


def plan(extractors: Sequence[Extractor], only: Iterable[str] | None = None) -> tuple[Extractor, ...]:
    """Order ``extractors`` so that each runs after the producers of the layers it requires.

    With ``only`` (layer names), keep those layers and whatever they require, transitively.
    Without it, every layer but those of ``on_demand`` extractors that nothing planned requires.
    A layer an extractor ``consults`` is planned only when its producer has no ``extract_within``.
    Ties keep registration order, so the plan is deterministic.
    """
    check_contracts(extractors)
    producer = {e.produces: e for e in extractors}
    wanted: list[str]
    if only is None:
        # the contract's layers first, in the contract's order, then the others by name
        builtin = tuple(LAYER_CONTRACTS)
        wanted = sorted(
            (e.produces for e in extractors if not e.on_demand),
            key=lambda layer: (builtin.index(layer) if layer in builtin else len(builtin), layer),
        )
    else:
        wanted = list(dict.fromkeys(only))
        unknown = [layer for layer in wanted if layer not in producer]
        if unknown:
            known = ", ".join(sorted(producer)) or "none"
            raise PipelineError(f"no installed extractor produces {', '.join(unknown)} (available: {known})")
    ordered: list[Extractor] = []
    state: dict[str, str] = {}  # layer -> "visiting" | "done"

    def visit(layer: str, path: tuple[str, ...]) -> None:
        if state.get(layer) == "done":
            return
        if state.get(layer) == "visiting":
            cycle = " -> ".join((*path[path.index(layer) :], layer))
            raise PipelineError(f"extractors require each other in a cycle: {cycle}")
        extractor = producer[layer]
        state[layer] = "visiting"
        for needed in extractor.requires:
            if needed not in producer:
                raise PipelineError(
                    f"extractor {extractor.name!r} requires layer {needed!r}, which no installed "
                    "extractor produces"
                )
            visit(needed, (*path, layer))
        for consulted in extractor.consults:
            # a producer that cannot work span by span runs over the whole document first
            if consulted in producer and producer[consulted].extract_within is None:
                visit(consulted, (*path, layer))
        state[layer] = "done"
        ordered.append(extractor)

    for layer in wanted:
        visit(layer, ())
    return tuple(ordered)


def check_contracts(extractors: Sequence[Extractor]) -> None:
    """Raise PipelineError for an extractor that produces a contract layer with another type.

    A plugin reads a contract layer (:data:`~newsparse.contracts.LAYER_CONTRACTS`) through its core
    type, so every annotation type declared for it must be that type (or a subclass of it).
    """
    for extractor in extractors:
        contract = LAYER_CONTRACTS.get(extractor.produces)
        if contract is None:
            continue
        wrong = [kind.__name__ for kind in extractor.annotation_types if not issubclass(kind, contract)]
        if wrong:
            raise PipelineError(
                f"extractor {extractor.name!r} produces the {extractor.produces!r} layer with "
                f"{', '.join(wrong)}, but that layer's contract type is newsparse.{contract.__name__}"
            )


def _check_annotations(
    extractor: Extractor, items: list[Annotation], text: str
) -> tuple[list[Annotation], list[str], bool]:
    """The valid ones of ``items`` (a list the caller owns, returned itself when all are), errors,
    and whether the valid ones are known to be in ``(start, end)`` order already (no sort needed)."""
    if isinstance(items, list) and items:  # the common case: all of one declared type, all valid
        kind = type(items[0])
        if kind in extractor.annotation_types:
            valid, in_order = valid_in_order(items, kind, text)
            if valid:
                return items, [], in_order  # the pipeline's own list (never the extractor's): sorted in place
    kept: list[Annotation] = []
    errors: list[str] = []
    for item in items:
        if type(item) not in extractor.annotation_types:
            names = ", ".join(t.__name__ for t in extractor.annotation_types)
            errors.append(f"returned a {type(item).__name__}, not one of the declared types ({names})")
            continue
        error = annotation_error(item, text)
        if error is not None:
            errors.append(error)
            continue
        kept.append(item)
    return kept, errors, False


_START_END = operator.attrgetter("start", "end")
_START = operator.attrgetter("start")


def _sort_by_offsets(kept: list[Annotation]) -> None:
    """Sort by (start, end) with a C key when every item has both (syntax: one per word), else safely.

    Items with an integer ``start`` and no ``end`` at all (entities: the first mention's start) are
    sorted by ``start`` with a C key too: :func:`_sort_key` gives each ``(start, start)``."""
    if len(kept) < 2:  # nothing to order (most layers of most documents): no key read
        return
    try:
        kept.sort(key=_START_END)
        return
    except (AttributeError, TypeError):
        pass
    try:
        starts = list(map(_START, kept))
    except AttributeError:
        starts = []
    if (
        len(starts) == len(kept)
        and set(map(type, starts)) <= {int}
        and not any(map(hasattr, kept, itertools.repeat("end")))
    ):
        order = sorted(range(len(kept)), key=starts.__getitem__)  # each start computed once
        kept[:] = map(kept.__getitem__, order)
    else:
        kept.sort(key=_sort_key)


def _sort_key(item: Annotation) -> tuple[int, int]:
    start = getattr(item, "start", 0)
    end = getattr(item, "end", start)
    return (start if isinstance(start, int) else 0, end if isinstance(end, int) else 0)


def empty_text_problem(text: str) -> Problem | None:
    """A problem saying there is nothing to parse, when ``text`` is empty, blank or only NULs."""
    if text.strip(" \t\r\n\f\v\x00"):
        return None
    if not text:
        what = "the text is empty"
    elif text.strip("\x00"):
        what = "the text is only white space" if not text.strip() else "the text is only white space and NULs"
    else:
        what = "the text is only NUL characters"
    return Problem("newsparse", "EmptyText", f"{what}: there is nothing to parse")


def _extractors(value: Iterable[Extractor]) -> tuple[Extractor, ...]:
    return tuple(value)


@attrs.frozen
class Pipeline:
    """An ordered, checked list of extractors; :meth:`parse` turns text into a :class:`Document`."""

    extractors: tuple[Extractor, ...] = attrs.field(converter=_extractors)
    strict: bool = False
    max_chars: int = DEFAULT_MAX_CHARS
    # producers the extractors consult span by span (not run over the whole document)
    consulted: tuple[Extractor, ...] = attrs.field(default=(), converter=_extractors)

    @classmethod
    def build(
        cls,
        extractors: Sequence[Extractor],
        *,
        only: Iterable[str] | None = None,
        strict: bool = False,
        max_chars: int = DEFAULT_MAX_CHARS,
    ) -> Pipeline:
        """Plan ``extractors`` (see :func:`plan`) into a pipeline; raises PipelineError if impossible."""
        planned = plan(extractors, only)
        consulted = span_producers(extractors, planned)
        return cls(planned, strict=strict, max_chars=max_chars, consulted=consulted)

    @property
    def layers(self) -> tuple[str, ...]:
        """The layers this pipeline produces, in the order it produces them."""
        return tuple(e.produces for e in self.extractors)

    def parse(
        self,
        text: str,
        *,
        published: str | dt.date | None = None,
        title: str | None = None,
        url: str | None = None,
        language: str = "en",
        id: str | None = None,
    ) -> Document:
        """Parse ``text`` into a document; raises InvalidInput for a non-str text or a bad date.

        ``id`` says which input the text came from (kept as ``doc.meta.id``).
        """
        if not isinstance(text, str):
            raise InvalidInput(f"text must be a str, not {type(text).__name__}")
        if len(text) > self.max_chars:
            raise TextTooLarge(len(text), self.max_chars)
        meta = Meta(published=published, title=title, url=url, language=language, id=id)
        return self._run(fresh_document(text, meta), own=True)

    def run(self, doc: Document) -> Document:
        """Run every extractor on ``doc`` in order and return the annotated document.

        Each extractor sees the document with exactly the layers it declares in ``requires``
        (and those ``doc`` already had), so it cannot come to depend on a layer by accident.
        """
        return self._run(doc, own=False)

    def _run(self, doc: Document, *, own: bool) -> Document:
        """:meth:`run`; ``own``: ``doc`` was made for this run (by :meth:`parse`), so the extractors
        share its tokens and the document returned is a new one without them."""
        layers: dict[str, tuple[Annotation, ...]] = dict(doc.layers)
        problems: list[Problem] = list(doc.problems)
        empty = empty_text_problem(doc.text)
        if empty is not None and empty not in problems:
            problems.append(empty)
        given = doc  # the caller's document: its tokens only if the caller supplied them
        if doc._tokens is None and not own:
            # the extractors share one tokenisation (on this copy), while the document returned
            # does not keep it: hundreds of tuples per document that a caller keeping thousands
            # of documents would hold in memory and have the garbage collector walk, for a
            # tokenisation that is recomputed in 0.2 ms if ever asked for
            doc = with_checked_layers(doc, doc.layers, share_tokens=False)
        if any(e.reads_tokens for e in self.extractors):
            _ = doc.token_columns  # built once, now: the layers before the first reader may share them
        consultations = Consultations(doc, {e.produces: e for e in self.consulted}, problems)
        try:
            self._run_extractors(doc, layers, problems, consultations)
        finally:
            consultations.close()
        if own:
            return result_of(doc, layers, tuple(problems))
        return with_checked_layers(given, layers, tuple(problems), share_tokens=False)

    def _run_extractors(
        self,
        doc: Document,
        layers: dict[str, tuple[Annotation, ...]],
        problems: list[Problem],
        consultations: Consultations,
    ) -> None:
        """Each extractor on its view of ``doc`` in turn, its checked layer put in ``layers``."""
        for extractor in self.extractors:
            view = doc
            if extractor.requires or extractor.consults:
                view = self._view(doc, layers, extractor, consultations)
            try:
                produced = list(extractor.extract(view))
            except KeyboardInterrupt:
                raise
            except BaseException as exc:  # SystemExit, GeneratorExit...: contained to this layer
                if self.strict:
                    raise ExtractorError(extractor.name, f"{type(exc).__name__}: {exc}") from exc
                problems.append(Problem(extractor.name, type(exc).__name__, str(exc), extractor.produces))
                layers[extractor.produces] = ()
                continue
            if view is not doc:
                keep_derived(doc, view)  # tokens the extractor read: the next views share them
            kept, errors, in_order = _check_annotations(extractor, produced, doc.text)
            if errors:
                shown = "; ".join(errors[:_MAX_REPORTED])
                more = f" (and {len(errors) - _MAX_REPORTED} more)" if len(errors) > _MAX_REPORTED else ""
                message = f"dropped {len(errors)} invalid annotation(s): {shown}{more}"
                if self.strict:
                    raise ExtractorError(extractor.name, message)
                problems.append(Problem(extractor.name, "InvalidAnnotation", message, extractor.produces))
            if not in_order:  # a sort keeps items in order as they are: skipped, the same layer
                _sort_by_offsets(kept)
            layers[extractor.produces] = tuple(kept)

    @staticmethod
    def _view(
        doc: Document,
        layers: dict[str, tuple[Annotation, ...]],
        extractor: Extractor,
        consultations: Consultations,
    ) -> Document:
        """``doc`` as ``extractor`` sees it: its required layers (and whole consulted ones), consultants."""
        shown = {name: layers[name] for name in (*extractor.requires, *extractor.consults) if name in layers}
        # the tokens computed so far, if any (built when first read); the layers' names and tuples
        # were made by the pipeline, so the view's mapping is built once, not converted again
        return view_of(doc, FrozenDict({**doc.layers, **shown}), consultations.for_layers(extractor.consults))

    def parse_item(self, item: Any) -> Document:
        """Parse a text, or a mapping with ``text`` and optional ``published``/``title``/``url``."""
        if isinstance(item, str):
            return self.parse(item)
        if isinstance(item, dict):
            if "text" not in item:
                raise InvalidInput("record has no 'text' field")
            return self.parse(
                item["text"],
                published=item.get("published"),
                title=item.get("title"),
                url=item.get("url"),
                language=item.get("language") or "en",
            )
        raise InvalidInput(f"expected a text or a dict with 'text', not {type(item).__name__}")
