"""The core's plugin contract (offsets, determinism, JSON round trip) on hostile text.

Small fake plugins stand in for the entities, quantities and dates layers, so the contract check
runs the real planning of the pipeline with our two plugins, without importing the other plugins.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import newsparse_claims
import newsparse_events
from newsparse import Document, Entity, Extractor, Mention, Quantity, Span, TimeExpression, hookimpl
from newsparse.testing import check_document, check_plugin_contract, pipeline_for


def fake_quantities(doc: Document) -> Iterator[Quantity]:
    """Every all-digit token as an exact count of the next word."""
    tokens = doc.tokens
    for i, token in enumerate(tokens):
        if token.text.isascii() and token.text.isdigit() and len(token.text) < 10:
            nxt = tokens[i + 1] if i + 1 < len(tokens) else None
            counted = Span(nxt.start, nxt.end, nxt.text) if nxt is not None and nxt.text.isalpha() else None
            value = int(token.text)
            yield Quantity(token.start, token.end, token.text, value, value, value, counted=counted)


def fake_entities(doc: Document) -> Iterator[Entity]:
    """Every capitalised word not at a sentence start as an organisation of its own."""
    starts = {s.start for s in doc.sentences}
    seen: dict[str, list[Mention]] = {}
    for token in doc.tokens:
        if token.text[:1].isupper() and token.text.isalpha() and token.start not in starts:
            seen.setdefault(token.text, []).append(Mention(token.start, token.end, token.text))
    for name, mentions in seen.items():
        yield Entity(name.lower(), "ORG", name, tuple(mentions))


def no_dates(doc: Document) -> Iterator[TimeExpression]:
    """No time expressions."""
    return iter(())


class FakeLayers:
    """A plugin giving crude entities, quantities and dates layers."""

    @hookimpl
    def newsparse_register_extractors(self, register: Callable[[Extractor], None]) -> None:
        """Register the three stand-in extractors."""
        register(Extractor("fake_entities", "entities", fake_entities, Entity))
        register(Extractor("fake_quantities", "quantities", fake_quantities, Quantity))
        register(Extractor("fake_dates", "dates", no_dates, TimeExpression))


def test_contract_on_hostile_text() -> None:
    texts = [
        "Officials say 12 people were killed. Rebels say 40 people died.",
        "It said 30 militants were killed, claiming they were members of the Nusra group.",
        "",
        "\u200b\u0301 said according to , , killed",
    ]
    check_plugin_contract(FakeLayers(), newsparse_claims, newsparse_events, max_examples=40, texts=texts)


def test_full_plan_produces_our_layers() -> None:
    pipeline = pipeline_for(FakeLayers(), newsparse_claims, newsparse_events)
    assert {"claims", "events", "contested"} <= set(pipeline.layers)
    doc = check_document(
        pipeline, "Officials say 12 people were killed. Rebels, however, say 40 people died."
    )
    assert [e.count.value for e in doc.layer("events")] == [12, 40]  # type: ignore[attr-defined]
    assert len(doc.layer("contested")) == 1
