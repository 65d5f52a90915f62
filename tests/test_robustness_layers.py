"""Every installed layer, on-demand syntax too, on the nasty inputs: sound output and linear work.

``test_robustness`` runs the four first layers; here the same inputs (cut short, so the suite stays
quick) go through every installed extractor.  Work is counted, never timed: the characters each
layer's regular expressions are asked to read (a search up to its match, a scan to its end), read
through counting stand-ins for the compiled patterns of the ``newsparse*`` modules.  Four times the
text must cost at most about four times the reading (a quadratic loop costs sixteen times).
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterator
from typing import Any

import attrs
import pytest

from newsparse import Document, Extractor, Pipeline
from newsparse.model import span_errors
from newsparse.plugins import default_registry
from newsparse.serialize import document_from_dict

from .test_robustness import NASTY

EXTRACTORS = default_registry().extractors
LAYERS = tuple(e.produces for e in EXTRACTORS)  # every installed layer, on-demand ones included
SOUND_SIZE = 6_000  # characters of each nasty input parsed for soundness
SMALL, LARGE = 1_500, 6_000  # the two sizes compared for growth
SLACK = 30_000  # characters a layer may read once whatever the size (tables, a title, the dateline)


def _cut(name: str, size: int) -> str:
    """The nasty input ``name`` repeated or cut to ``size`` characters."""
    text = NASTY[name]
    return (text * (size // max(1, len(text)) + 1))[:size]


@pytest.fixture(scope="module")
def every_layer() -> Pipeline:
    """Every installed extractor, syntax too, non-strict so that every problem is collected."""
    return Pipeline.build(EXTRACTORS, only=LAYERS)


def test_every_installed_layer_is_planned(every_layer: Pipeline) -> None:
    """The layers beyond the first four (claims, events, contested, syntax) are run here."""
    assert {"dates", "entities", "agreements", "claims", "events", "contested", "syntax"} <= set(LAYERS)
    assert set(every_layer.layers) == set(LAYERS)


@pytest.mark.parametrize("name", list(NASTY))
def test_every_layer_is_sound_on_nasty_input(every_layer: Pipeline, name: str) -> None:
    """No layer raises (a problem would be recorded), every offset is right, and JSON round-trips."""
    text = _cut(name, SOUND_SIZE)
    doc = every_layer.parse(text, published="2018-02-06")
    assert doc.text == text
    assert [p for p in doc.problems if p.error != "EmptyText"] == [], doc.problems
    for layer, items in doc.layers.items():
        for item in items:
            assert span_errors(item, text) == [], (layer, item)
    types = {e.produces: e.annotation_type for e in every_layer.extractors}
    assert document_from_dict(json.loads(doc.to_json(include=LAYERS)), types) == doc
    for ending in ("\r\n", "\r"):  # the same input with other line endings holds too
        other = every_layer.parse(text.replace("\n", ending), published="2018-02-06")
        assert [p for p in other.problems if p.error != "EmptyText"] == [], (ending, other.problems)


class _Counted:
    """A compiled pattern that adds the characters each call reads to the running layer's count."""

    def __init__(self, pattern: re.Pattern[str], read: dict[str, int], running: list[str]) -> None:
        """Stand in for ``pattern``; ``read[layer]`` gathers what the layer named last in ``running`` read."""
        self.pattern, self.read, self.running = pattern, read, running

    def _add(self, count: int) -> None:
        """Count ``count`` characters for the running layer."""
        self.read[self.running[-1]] = self.read.get(self.running[-1], 0) + max(1, count)

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Any:
        """A search reads up to its match, or to ``endpos``."""
        found = self.pattern.search(text, pos, endpos)
        self._add((found.end() if found else min(endpos, len(text))) - pos)
        return found

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Any:
        """An anchored match reads what it matches."""
        found = self.pattern.match(text, pos, endpos)
        self._add(found.end() - pos if found else 1)
        return found

    def fullmatch(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Any:
        """A full match reads its span."""
        found = self.pattern.fullmatch(text, pos, endpos)
        self._add(found.end() - pos if found else 1)
        return found

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        """A scan reads its whole range."""
        self._add(min(endpos, len(text)) - pos)
        return self.pattern.finditer(text, pos, endpos)

    def findall(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> list[Any]:
        """A scan reads its whole range."""
        self._add(min(endpos, len(text)) - pos)
        return self.pattern.findall(text, pos, endpos)

    def sub(self, repl: Any, text: str, count: int = 0) -> str:
        """A substitution reads the whole text."""
        self._add(len(text))
        return self.pattern.sub(repl, text, count)

    def split(self, text: str, maxsplit: int = 0) -> list[Any]:
        """A split reads the whole text."""
        self._add(len(text))
        return self.pattern.split(text, maxsplit)

    def __getattr__(self, attribute: str) -> Any:
        """Everything else (``pattern``, ``flags``, ``subn`` ...) from the pattern itself."""
        return getattr(self.pattern, attribute)


def _running(extractor: Extractor, running: list[str]) -> Extractor:
    """``extractor`` naming its layer in ``running`` while it works (its output read whole)."""

    def extract(doc: Document) -> list[Any]:
        running.append(extractor.produces)
        try:
            return list(extractor.extract(doc))
        finally:
            running.pop()

    return attrs.evolve(extractor, extract=extract)


@pytest.fixture
def counted(monkeypatch: pytest.MonkeyPatch) -> tuple[Pipeline, dict[str, int]]:
    """Every layer, with the module-level patterns of the ``newsparse*`` modules counting their reading."""
    read: dict[str, int] = {}
    running = ["core"]
    for module_name, module in list(sys.modules.items()):
        if module_name.startswith("newsparse") and module is not None:
            for attribute, value in list(vars(module).items()):
                if isinstance(value, re.Pattern):
                    monkeypatch.setattr(module, attribute, _Counted(value, read, running))
    pipeline = Pipeline.build(tuple(_running(e, running) for e in EXTRACTORS), only=LAYERS)
    return pipeline, read


def _work(counted: tuple[Pipeline, dict[str, int]], text: str) -> dict[str, tuple[int, int]]:
    """Each layer's characters read and its JSON size on ``text``."""
    pipeline, read = counted
    read.clear()
    doc = pipeline.parse(text, published="2018-02-06")
    layers = doc.to_dict(include=LAYERS)["layers"]
    sizes = {"core": 0} | {layer: len(json.dumps(layers.get(layer, []))) for layer in LAYERS}
    return {layer: (read.get(layer, 0), sizes[layer]) for layer in ("core", *LAYERS)}


@pytest.mark.parametrize("name", [name for name, text in NASTY.items() if text.strip()])
def test_every_layer_grows_linearly(counted: tuple[Pipeline, dict[str, int]], name: str) -> None:
    """Four times the text: each layer reads at most about four times as much and writes as much."""
    small, large = _work(counted, _cut(name, SMALL)), _work(counted, _cut(name, LARGE))
    for layer, (read, size) in large.items():
        assert read <= 6 * small[layer][0] + SLACK, (layer, small[layer][0], read)
        assert size <= 6 * small[layer][1] + 2_000, (layer, small[layer][1], size)
