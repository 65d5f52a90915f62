"""CoNLL-2003 train as dated Reuters wire documents: the one reader of the CoNLL check sets.

This copy of ``eng.train`` has no ``-DOCSTART-`` lines, so documents are found from their
datelines: a short sentence of a capitalised place and an ISO date ("GDANSK, Poland 1996-08-22")
opens the body, the sentence before it is the headline, and a short capitalised name between them
("Peter Blackburn") the byline. A document's index is its position in that list. Tokens are joined
by one fixed rule (:func:`detokenise`): no space before ``, . ; : ? ! % ) ]``, ``'s``, ``n't`` or a
short clitic (``'re``, ``'ll`` ...), none after ``( [ $``; straight quotes alternate opening and
closing, carried across the sentences of a document. Sentences are paragraphs apart (``"\\n\\n"``).
A check set stores document indexes and character offsets only (or, as quantities set G, document
and sentence indexes: :func:`sentence_spans`): the text is research-only and is rebuilt at run time.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

__all__ = ["ConllDocument", "detokenise", "read_documents", "sentence_spans", "train_path"]

_DATE = re.compile(r"\d{4}-\d{2}-\d{2}$")
_NO_SPACE_BEFORE = frozenset({",", ".", ";", ":", "?", "!", "%", ")", "]", "'s", "n't", "'"})
_NO_SPACE_AFTER = frozenset({"(", "[", "$"})


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


def detokenise(tokens: Sequence[str], quote_open: bool = False) -> tuple[str, bool]:
    """One sentence's tokens as text by the module's spacing rules, and whether a quote stays open.

    ``quote_open`` carries a quotation across sentences (CoNLL splits sentences inside quotes).
    """
    out: list[str] = []
    glue = True
    for token in tokens:
        closing = token == '"' and quote_open
        short_clitic = token.startswith("'") and len(token) <= 3
        attach = glue or token in _NO_SPACE_BEFORE or closing or short_clitic
        out.append(token if attach or not out else " " + token)
        glue = token in _NO_SPACE_AFTER or (token == '"' and not quote_open)
        if token == '"':
            quote_open = not quote_open
    return "".join(out), quote_open


def _sentences(path: Path) -> list[list[str]]:
    """The token lists of a CoNLL file's sentences (first column; blank lines separate them)."""
    out: list[list[str]] = []
    current: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if not parts:
            if current:
                out.append(current)
            current = []
        elif parts[0] != "-DOCSTART-":
            current.append(parts[0])
    if current:
        out.append(current)
    return out


def _is_dateline(tokens: Sequence[str]) -> bool:
    """A dateline: a place in capitals, maybe a country, then a date ("GDANSK, Poland 1996-08-22")."""
    return 1 < len(tokens) <= 7 and bool(_DATE.match(tokens[-1])) and tokens[0].isupper()


def _is_byline(tokens: Sequence[str]) -> bool:
    """A byline sentence ("Peter Blackburn"): at most four capitalised words, no final stop."""
    return len(tokens) <= 4 and all(t[:1].isupper() for t in tokens) and tokens[-1] != "."


def _headline(sentences: Sequence[Sequence[str]], dateline: int) -> int:
    """The index of the headline before a dateline (the sentence before it, or before its byline)."""
    before = dateline - 1
    if before > 0 and _is_byline(sentences[before]) and not _is_dateline(sentences[before - 1]):
        return before - 1
    return before


def _text(sentences: Sequence[Sequence[str]]) -> str:
    """A document's sentences as paragraphs, a quotation carried from one sentence to the next."""
    paragraphs: list[str] = []
    quote_open = False
    for sentence in sentences:
        paragraph, quote_open = detokenise(sentence, quote_open)
        paragraphs.append(paragraph)
    return "\n\n".join(paragraphs)


def read_documents(path: Path) -> list[ConllDocument]:
    """Every dated story of the file, in file order, cut before the headline of each dateline."""
    sentences = _sentences(path)
    heads = {_headline(sentences, k) for k, s in enumerate(sentences) if k > 0 and _is_dateline(s)}
    cuts = sorted(heads)
    documents: list[ConllDocument] = []
    for index, (start, end) in enumerate(zip(cuts, [*cuts[1:], len(sentences)], strict=True)):
        chunk = sentences[start:end]
        dateline = next(s for s in chunk[:3] if _is_dateline(s))
        place = detokenise(dateline[:-1])[0]
        documents.append(ConllDocument(index, _text(chunk), dateline[-1], place))
    return documents


def train_documents(corpora: Path) -> list[ConllDocument]:
    """The stories of CoNLL-2003 train under ``corpora``; exits with a message when it is absent
    (for the draw and gold scripts, run by hand)."""
    if not train_path(corpora).is_file():
        raise SystemExit(f"no conll2003/eng.train under {corpora}")
    return read_documents(train_path(corpora))


def sentence_spans(document: ConllDocument) -> tuple[tuple[int, int], ...]:
    """The (start, end) of each sentence of a document in its text, in order (paragraphs apart).

    A check set kept as (document, sentence) indexes reads its sentence's offsets from here.
    """
    spans: list[tuple[int, int]] = []
    start = 0
    for paragraph in document.text.split("\n\n"):
        spans.append((start, start + len(paragraph)))
        start += len(paragraph) + 2
    return tuple(spans)
