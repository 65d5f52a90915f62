"""CoNLL-2003 train documents as plain wire text, rebuilt at run time (the text is never stored).

The copy under ``conll2003/eng.train`` has lost its ``-DOCSTART-`` markers, so a document starts
at the headline before each dateline sentence ("BRUSSELS 1996-08-22") or before its byline; a
document's index is its position in that list. Tokens are joined deterministically: no space before
, . ; : ? ! % ' 's n't ) ] or a closing quote, none after ( [ $ or an opening quote (straight quotes
alternate open/close, carried across sentences). The headline, the dateline and each sentence are
paragraphs apart; the publication date is the dateline's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

__all__ = ["ConllDoc", "detokenise", "read_documents", "train_path"]

_DATE = re.compile(r"\d{4}-\d{2}-\d{2}$")
_NO_SPACE_BEFORE = frozenset({",", ".", ";", ":", "?", "!", "%", ")", "]", "'s", "n't", "'"})
_NO_SPACE_AFTER = frozenset({"(", "[", "$"})


@dataclass(frozen=True)
class ConllDoc:
    """One rebuilt document: its index in eng.train, its text and its dateline date (or None)."""

    index: int
    text: str
    published: str | None


def train_path(corpora: Path) -> Path:
    """The CoNLL-2003 train file under a corpora folder."""
    return corpora / "conll2003" / "eng.train"


def _sentences(path: Path) -> list[list[str]]:
    """The token lists of a CoNLL file's sentences."""
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


def detokenise(tokens: list[str], quote_open: bool = False) -> tuple[str, bool]:
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


def _is_dateline(tokens: list[str]) -> bool:
    """A dateline: a place in capitals, maybe a country, then a date ("GDANSK, Poland 1996-08-22")."""
    return 1 < len(tokens) <= 7 and bool(_DATE.match(tokens[-1])) and tokens[0].isupper()


def _byline(tokens: list[str]) -> bool:
    """A byline sentence ("Peter Blackburn"): at most four capitalised words, no final stop."""
    return len(tokens) <= 4 and all(t[:1].isupper() for t in tokens) and tokens[-1] != "."


def _headline(sentences: list[list[str]], dateline: int) -> int:
    """The index of the headline before a dateline (the sentence before it, or before its byline)."""
    before = dateline - 1
    if before > 0 and _byline(sentences[before]) and not _is_dateline(sentences[before - 1]):
        return before - 1
    return before


def read_documents(path: Path) -> list[ConllDoc]:
    """The documents of a CoNLL file, cut before the headline preceding each dateline."""
    sentences = _sentences(path)
    cuts = sorted(
        {0} | {_headline(sentences, k) for k, s in enumerate(sentences) if k > 0 and _is_dateline(s)}
    )
    docs: list[ConllDoc] = []
    for index, (start, end) in enumerate(zip(cuts, [*cuts[1:], len(sentences)], strict=True)):
        chunk = sentences[start:end]
        dated = [s[-1] for s in chunk[:3] if _is_dateline(s)]
        paragraphs: list[str] = []
        quote_open = False
        for sentence in chunk:
            paragraph, quote_open = detokenise(sentence, quote_open)
            paragraphs.append(paragraph)
        text = "\n\n".join(paragraphs)
        docs.append(ConllDoc(index, text, dated[0] if dated else None))
    return docs
