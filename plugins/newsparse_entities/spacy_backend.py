"""Optional backend: a user's own spaCy pipeline finds the spans, our gazetteer and rules link them.

Name the pipeline with the environment variable ``NEWSPARSE_SPACY_MODEL`` (an installed package
name or a directory saved with ``nlp.to_disk``).  It must have an ``ner`` or ``entity_ruler``
component.  spaCy is imported only when a model is named, so it is not a run-time dependency.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Sequence
from typing import Any

from newsparse import Document
from newsparse_entities.chunk_build import build_chunk as _chunk
from newsparse_entities.words import Candidate, Words

ENV_VAR = "NEWSPARSE_SPACY_MODEL"
# spaCy (OntoNotes and CoNLL) labels -> our entity types; other labels (DATE, MONEY, ...) are ignored.
LABELS = {
    "PERSON": "PERSON",
    "PER": "PERSON",
    "ORG": "ORG",
    "GPE": "GPE",
    "LOC": "LOC",
    "NORP": "NORP",
    "FAC": "FACILITY",
    "FACILITY": "FACILITY",
    "EVENT": "EVENT",
    "PRODUCT": "PRODUCT",
    "MISC": "NORP",
    "GROUP": "GROUP",
}


def configured_model() -> Any | None:
    """The spaCy pipeline named by ``NEWSPARSE_SPACY_MODEL``, or None when none is named."""
    name = os.environ.get(ENV_VAR, "").strip()
    return load_model(name) if name else None


@functools.lru_cache(maxsize=2)
def load_model(name: str) -> Any:
    """Load (once) the spaCy pipeline ``name``; it must have an ``ner`` or ``entity_ruler`` pipe."""
    import spacy

    nlp = spacy.load(name)
    if not {"ner", "entity_ruler"} & set(nlp.pipe_names):
        raise ValueError(
            f"spaCy pipeline {name!r} has no 'ner' or 'entity_ruler' component: {nlp.pipe_names}"
        )
    return nlp


def spacy_candidates(doc: Document, words: Words, matches: Sequence[Candidate], nlp: Any) -> list[Candidate]:
    """The model's entity spans as candidates (gazetteer matches inside them keep their links)."""
    sdoc = nlp(doc.text)
    starts = {s: k for k, s in enumerate(words.start)}
    ends = {e: k for k, e in enumerate(words.end)}
    by_span = {(m.start, m.end): m for m in matches}
    out: list[Candidate] = []
    covered: list[tuple[int, int]] = []
    for ent in sdoc.ents:
        etype = LABELS.get(ent.label_)
        if etype is None:
            continue
        s, e = ent.start_char, ent.end_char
        if doc.text[e - 2 : e] in ("'s", "’s"):
            e -= 2
        i, j = starts.get(s), ends.get(e)
        if i is None or j is None or j < i:
            continue
        covered.append((s, e))
        m = by_span.get((s, e))
        if m is not None and etype in ("GPE", "LOC", "NORP", "ORG", "GROUP"):
            out.append(m)
            continue
        out.append(_chunk(words, list(range(i, j + 1)), (f"model:{etype}",)))
    for m in matches:
        if not any(s < m.end and m.start < e for s, e in covered):
            out.append(m)
    out.sort(key=lambda c: c.start)
    return out
