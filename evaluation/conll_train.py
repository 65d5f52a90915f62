"""Rebuild documents and sentences of CoNLL-2003 ``eng.train`` (Reuters, August 1996) as plain text.

Quantities check set G stores only a document index, a sentence index and its gold: the text is
rebuilt here at run time from the research-only corpus, never stored. The copy under
``conll2003/`` has lost its ``-DOCSTART-`` lines, so a document is cut at each dateline (a sentence
of capitalised place words followed by a ``YYYY-MM-DD`` date): it opens with the headline before the
dateline (and a byline between them, when one stands there). Tokens are joined by a fixed
detokenisation (no space before closing punctuation, none after an opening bracket or ``$``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

__all__ = ["Document", "as_article_rows", "detokenise", "documents", "read_sentences"]

TRAIN = Path("conll2003") / "eng.train"
DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
#: tokens written without a space before them
CLOSING = frozenset(
    {",", ".", ";", ":", ")", "]", "}", "?", "!", "%", "'s", "'", "n't", "'re", "'ve", "'ll", "'d", "'m"}
)
#: tokens written without a space after them
OPENING = frozenset({"(", "[", "{", "$", "US$", "C$", "A$", "HK$", "NZ$", "#"})


@dataclass(frozen=True)
class Document:
    """One rebuilt document: its text, its sentences' spans in that text, its dateline's date."""

    index: int
    text: str
    spans: tuple[tuple[int, int], ...]
    published: str | None


def read_sentences(path: Path) -> list[list[tuple[str, str]]]:
    """The (token, NER tag) pairs of each sentence of a CoNLL file (blank lines end sentences)."""
    sentences: list[list[tuple[str, str]]] = []
    current: list[tuple[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if not parts:
            if current:
                sentences.append(current)
            current = []
        elif parts[0] != "-DOCSTART-":
            current.append((parts[0], parts[-1]))
    if current:
        sentences.append(current)
    return sentences


def detokenise(tokens: list[str]) -> str:
    """The tokens joined as running text (fixed rules, so offsets into it are reproducible)."""
    out = ""
    quote_open = False
    glue_next = False
    for token in tokens:
        space = bool(out) and not glue_next
        if token in CLOSING or (token == '"' and quote_open):
            space = False
        out += (" " if space else "") + token
        glue_next = token in OPENING or (token == '"' and not quote_open)
        if token == '"':
            quote_open = not quote_open
    return out


def _is_dateline(sentence: list[tuple[str, str]]) -> bool:
    """A dateline: place words (capitals, maybe a comma) ending in an ISO date."""
    words = [t for t, _ in sentence]
    return len(words) >= 2 and bool(DATE.fullmatch(words[-1])) and all(
        w == "," or w[:1].isupper() for w in words[:-1]
    )


def _starts(sentences: list[list[tuple[str, str]]]) -> list[int]:
    """The sentence index at which each document opens (headline, byline, then dateline)."""
    starts = [0]
    for index, sentence in enumerate(sentences):
        if index < 1 or not _is_dateline(sentence):
            continue
        start = index - 1
        if start >= 1 and all(tag.endswith("PER") for _, tag in sentences[start]):
            start -= 1  # a byline between the headline and the dateline
        if start > starts[-1]:
            starts.append(start)
    return starts


@lru_cache(maxsize=2)
def documents(corpora: Path) -> tuple[Document, ...]:
    """Every document of ``eng.train`` under the corpora folder, rebuilt as text."""
    sentences = read_sentences(corpora / TRAIN)
    starts = _starts(sentences)
    docs = []
    for number, (first, last) in enumerate(zip(starts, [*starts[1:], len(sentences)], strict=True)):
        spans, text, published = [], "", None
        for sentence in sentences[first:last]:
            if published is None and _is_dateline(sentence):
                published = sentence[-1][0]
            line = detokenise([t for t, _ in sentence])
            spans.append((len(text), len(text) + len(line)))
            text += line + "\n"
        docs.append(Document(number, text, tuple(spans), published))
    return tuple(docs)


def _shifted(node: Any, offset: int) -> Any:
    """A gold quantity (or part) with every ``start``/``end`` moved by ``offset``."""
    if isinstance(node, dict):
        return {k: (v + offset if k in ("start", "end") and isinstance(v, int) else _shifted(v, offset))
                for k, v in node.items()}
    if isinstance(node, list):
        return [_shifted(v, offset) for v in node]
    return node


def as_article_rows(
    rows: list[dict[str, Any]], corpora: Path
) -> tuple[list[dict[str, Any]], dict[str, tuple[str, str | None]]] | None:
    """Gold rows keyed by (doc, sentence) with offsets in the sentence, as article rows.

    Returns the rows with an ``id`` (``conll-train-<doc>``), the sentence's ``start``/``end`` in the
    rebuilt document and offsets moved into it, and the documents' text and date by id; None when
    the corpus is absent.
    """
    if not (corpora / TRAIN).is_file():
        return None
    docs = documents(corpora)
    out, texts = [], {}
    for row in rows:
        doc = docs[int(row["doc"])]
        start, end = doc.spans[int(row["sentence"])]
        identifier = f"conll-train-{doc.index}"
        texts[identifier] = (doc.text, doc.published)
        out.append({**_shifted(row, start), "id": identifier, "start": start, "end": end})
    return out, texts
