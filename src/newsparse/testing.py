"""Helpers for testing extractor plugins, for our own tests and for plugin authors.

``pipeline_for(my_plugin)`` builds a pipeline with exactly the plugins given (no entry points).
``check_document(pipeline, text)`` checks the contract on one text; ``check_plugin_contract``
runs it on hypothesis-generated hostile text.  A plugin author's whole contract test is::

    from newsparse.testing import check_plugin_contract
    import my_plugin

    def test_contract():
        check_plugin_contract(my_plugin)
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Sequence
from types import ModuleType

from newsparse.errors import ExtractorError
from newsparse.model import Document
from newsparse.pipeline import Pipeline
from newsparse.plugins import make_plugin_manager, registry_from
from newsparse.syntax import SyntaxTree, Word
from newsparse.validation import annotation_error

__all__ = ["ContractViolation", "check_document", "check_plugin_contract", "pipeline_for", "syntax_tree"]


class ContractViolation(AssertionError):
    """An extractor broke the plugin contract (the message says which rule)."""


def pipeline_for(
    *plugins: ModuleType | object, only: Iterable[str] | None = None, strict: bool = False
) -> Pipeline:
    """A pipeline of exactly ``plugins`` (modules or objects with hook implementations)."""
    pm = make_plugin_manager(plugins=plugins, load_entrypoints=False, load_defaults=False)
    return Pipeline.build(registry_from(pm).extractors, only=only, strict=strict)


def check_document(pipeline: Pipeline, text: str, published: dt.date | str | None = None) -> Document:
    """Parse ``text`` strictly and check the contract: offsets valid, deterministic, JSON round trip.

    Raises :class:`ContractViolation` naming the broken rule; returns the document otherwise.
    """
    strict = Pipeline(pipeline.extractors, strict=True, max_chars=pipeline.max_chars)
    try:
        doc = strict.parse(text, published=published)
    except ExtractorError as exc:
        raise ContractViolation(f"on {text[:80]!r}: {exc}") from exc
    for name, items in doc.layers.items():
        for item in items:
            error = annotation_error(item, text)
            if error is not None:
                raise ContractViolation(f"layer {name!r}: {error}")
    again = strict.parse(text, published=published)
    if again != doc:
        raise ContractViolation("parsing the same text twice gave different documents")
    types = {e.produces: e.annotation_type for e in pipeline.extractors}
    back = Document.from_dict(json.loads(doc.to_json()), types)
    if back != doc:
        raise ContractViolation("the document does not survive a JSON round trip unchanged")
    return doc


def check_plugin_contract(
    *plugins: ModuleType | object,
    max_examples: int = 60,
    texts: Sequence[str] = (),
) -> None:
    """Check ``plugins`` on ``texts`` and on hypothesis-generated hostile text.

    Every extractor must not raise, must return valid offsets, must be deterministic, and its
    annotations must round-trip through JSON.
    """
    from hypothesis import HealthCheck, given, settings

    from newsparse.strategies import published_dates
    from newsparse.strategies import texts as any_text

    pipeline = pipeline_for(*plugins)
    for text in texts:
        check_document(pipeline, text)

    @settings(max_examples=max_examples, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(any_text(), published_dates())
    def run(text: str, published: dt.date | None) -> None:
        check_document(pipeline, text, published)

    run()


def syntax_tree(spec: str) -> SyntaxTree:
    """A hand-made parse for a rule's unit test: ``"word/UPOS/head/deprel"`` items one space apart
    (``head`` the 0-based index of the word's head, or ``-`` for none; an empty ``deprel`` for none).

    The text is the words joined by single spaces, so a rule can be tested on the exact tree it
    reads, whatever the tagger and parser would make of the sentence today.
    """
    words: list[Word] = []
    at = 0
    for number, item in enumerate(spec.split(), 1):
        parts = item.split("/")
        if len(parts) != 4 or not parts[0] or not parts[1]:
            raise ValueError(f"item {number} {item!r}: expected word/UPOS/head/deprel")
        text, upos, head, relation = parts
        if head != "-" and not head.isdigit():
            raise ValueError(f"item {number} {item!r}: the head is a word index or '-'")
        index = None if head == "-" else int(head)
        words.append(Word(at, at + len(text), text, upos, index, relation or None))
        at += len(text) + 1
    if any(w.head is not None and w.head >= len(words) for w in words):
        raise ValueError(f"a head points past the last of {len(words)} words")
    return SyntaxTree.of(" ".join(w.text for w in words), words, ())
