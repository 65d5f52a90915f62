"""A hostile newsparse plugin for the fault-injection tests: it misbehaves on purpose.

``HOSTILE_MODE`` chooses how, and it misbehaves only on documents that contain the word HOSTILE:
``hang`` (sleeps), ``spin`` (a regular expression that backtracks for minutes, holding the GIL),
``exit`` (``sys.exit``), ``os_exit`` (``os._exit``), ``segfault``, ``nan``, ``float_offsets``,
``out_of_range``, ``mutate`` (changes an entity of the ``entities`` layer it requires).
"""

from __future__ import annotations

import ctypes
import os
import re
import sys
import time
from collections.abc import Callable, Iterator

import attrs

from newsparse import Annotation, Document, Extractor, hookimpl

MODE = os.environ.get("HOSTILE_MODE", "")


@attrs.frozen
class Hostility(Annotation):
    """What the hostile extractor returns: a span and a number."""

    start: int
    end: int
    text: str
    value: float = 1.0


def _misbehave(doc: Document) -> Iterator[Hostility]:
    if MODE == "hang":
        time.sleep(3600)
    elif MODE == "spin":
        re.match(r"(a+)+$", "a" * 60 + "b")
    elif MODE == "exit":
        sys.exit(3)
    elif MODE == "os_exit":
        os._exit(7)
    elif MODE == "segfault":
        ctypes.string_at(0)
    elif MODE == "nan":
        yield Hostility(0, 1, doc.text[0:1], float("nan"))
    elif MODE == "float_offsets":
        yield Hostility(0.5, 1e9 + 0.5, doc.text[0:1])  # type: ignore[arg-type]
    elif MODE == "out_of_range":
        yield Hostility(-3, len(doc.text) + 10, "nowhere")
    elif MODE == "mutate":
        for entity in doc.layer("entities"):
            identifiers = getattr(entity, "identifiers", None)
            if isinstance(identifiers, dict):
                identifiers["hostile"] = "changed"


def extract(doc: Document) -> Iterator[Hostility]:
    """Misbehave (see the module's docstring) on a document that says HOSTILE; else one span."""
    if "HOSTILE" in doc.text:
        yield from _misbehave(doc)
        return
    yield Hostility(0, 1, doc.text[0:1])


@hookimpl
def newsparse_register_extractors(register: Callable[[Extractor], None]) -> None:
    """Register the hostile extractor (it requires ``entities`` when it is to mutate them)."""
    requires = ("entities",) if MODE == "mutate" else ()
    register(
        Extractor(
            name="hostile", produces="hostile", extract=extract, annotation_types=Hostility, requires=requires
        )
    )
