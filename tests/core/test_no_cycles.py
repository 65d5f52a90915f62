"""A parse frees its working state by reference counting: it leaves no reference cycle behind.

Garbage in a cycle waits for the cyclic collector, which then walks and frees a whole document's
views, columns and candidates (docs/design.md, "Session 27: speed").
"""

from __future__ import annotations

import gc

import newsparse
from newsparse.consultation import Consultations
from newsparse.model import Document

# capitals listed together (the entities layer's metonym pass) and verbs the syntax layer is consulted on
TEXT = (
    "Moscow, Beijing and Paris said on Monday that they had agreed to hold talks in Geneva.\n\n"
    '"We will sign the deal next week," Foreign Minister Sergei Lavrov told reporters in London.'
)


def test_a_parse_leaves_no_cyclic_garbage() -> None:
    pipeline = newsparse.default_pipeline()
    pipeline.parse(TEXT, published="2016-03-07")  # tables and caches loaded on first use
    enabled = gc.isenabled()
    gc.disable()
    try:
        gc.collect()
        doc = pipeline.parse(TEXT, published="2016-03-07")
        del doc
        assert gc.collect() == 0
    finally:
        if enabled:
            gc.enable()


def test_closed_consultations_hold_no_consultant() -> None:
    doc = newsparse.Pipeline(()).parse("Nothing to consult here.")
    consultations = Consultations(doc, {}, [])
    consultations._consultants["syntax"] = consultations._consultant("syntax")
    consultations.close()
    assert consultations._consultants == {}
    assert isinstance(consultations.doc, Document)
