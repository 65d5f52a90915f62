"""CoNLL-2003 train as dated Reuters wire documents: a pool of real text for check sets.

This copy of ``eng.train`` has no ``-DOCSTART-`` lines, so documents are found from their
datelines: a sentence of a place and an ISO date ("BRUSSELS 1996-08-22") opens the body, the
sentence before it is the headline, and a short name between them ("Peter Blackburn") the byline.
Tokens are joined back into text by one fixed rule (:func:`detokenise`), so a check set may store
document indexes and character offsets only; the text is research-only and is rebuilt at run time.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

__all__ = ["ConllDocument", "detokenise", "read_documents", "train_path"]

_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_NO_SPACE_BEFORE = frozenset(
    {",", ".", ";", ":", "?", "!", ")", "]", "}", "%", "..."}
    | {"'s", "'", "n't", "'re", "'ve", "'ll", "'d", "'m"}
)
_NO_SPACE_AFTER = frozenset({"(", "[", "{", "$"})


@dataclass(frozen=True)
class ConllDocument:
    """One wire story: its index in the file, text, publication date and dateline place."""

    index: int
    text: str
    published: str
    place: str


def train_path(corpora: Path) -> Path:
    """Where CoNLL-2003 train lives under a corpora folder."""
    return corpora / "conll2003" / "eng.train"


def detokenise(tokens: Sequence[str]) -> str:
    """Tokens joined as running text: no space before closing marks, none inside paired quotes."""
    out: list[str] = []
    quote_open = False
    glue_next = False
    for token in tokens:
        if token == '"':
            if quote_open:
                out.append(token)
            else:
                out.append(token if not out else " " + token)
                glue_next = True
            quote_open = not quote_open
            continue
        space = bool(out) and not glue_next and token not in _NO_SPACE_BEFORE
        out.append((" " if space else "") + token)
        glue_next = token in _NO_SPACE_AFTER
    return "".join(out)


def _sentences(path: Path) -> Iterator[list[str]]:
    """The file's sentences as lists of tokens (first column; blank lines separate sentences)."""
    current: list[str] = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            word = line.split(" ", 1)[0].strip()
            if not word or word == "-DOCSTART-":
                if current:
                    yield current
                current = []
                continue
            current.append(word)
    if current:
        yield current


def _is_dateline(tokens: Sequence[str]) -> bool:
    """A short sentence ending in an ISO date: the place and date of a story."""
    return len(tokens) <= 8 and bool(_DATE.fullmatch(tokens[-1]))


def _is_byline(tokens: Sequence[str]) -> bool:
    """A reporter's name between headline and dateline: two or three capitalised words, no mark."""
    return 2 <= len(tokens) <= 3 and all(t[:1].isupper() and t.isalpha() for t in tokens)


def _starts(sentences: Sequence[Sequence[str]]) -> list[int]:
    """The index of each story's first sentence (its headline)."""
    starts = []
    for at, tokens in enumerate(sentences):
        if at and _is_dateline(tokens):
            start = at - 1
            if start > 0 and _is_byline(sentences[start]):
                start -= 1
            starts.append(start)
    return starts


def read_documents(path: Path) -> list[ConllDocument]:
    """Every dated story of the file, in file order; sentences joined by newlines."""
    sentences = list(_sentences(path))
    starts = _starts(sentences)
    documents = []
    for index, start in enumerate(starts):
        end = starts[index + 1] if index + 1 < len(starts) else len(sentences)
        body = sentences[start:end]
        dateline = next(tokens for tokens in body if _is_dateline(tokens))
        text = "\n".join(detokenise(tokens) for tokens in body)
        documents.append(ConllDocument(index, text, dateline[-1], detokenise(dateline[:-1])))
    return documents
