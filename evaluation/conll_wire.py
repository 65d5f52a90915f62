"""CoNLL-2003 train documents rebuilt as wire text at run time (the events check set's texts).

This copy of ``eng.train`` has no ``-DOCSTART-`` lines, so a document starts at the headline that
precedes each dateline sentence ("MOSCOW 1996-08-22"); its index is its position in that list.
Tokens are joined deterministically: no space before ``, . ; : ? ! % ) ]`` or a clitic ('s, n't),
none after ``( [ $``; straight quotes alternate opening and closing across a document. Sentences
are paragraphs apart; the publication date is the dateline's. The text is never stored.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

__all__ = ["WireDoc", "join_tokens", "wire_documents"]

_DATE = re.compile(r"\d{4}-\d{2}-\d{2}$")
_GLUE_BEFORE = frozenset(
    {",", ".", ";", ":", "?", "!", "%", ")", "]", "'s", "n't", "'", "'re", "'ve", "'ll", "'d", "'m"}
)
_GLUE_AFTER = frozenset({"(", "[", "$"})


@dataclass(frozen=True)
class WireDoc:
    """One rebuilt train document: its index, text and dateline date (ISO, or None)."""

    index: int
    text: str
    published: str | None


def _sentences(path: Path) -> list[list[str]]:
    """The token lists of the sentences of a CoNLL file."""
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


def join_tokens(tokens: list[str], quoted: bool) -> tuple[str, bool]:
    """A sentence's tokens joined by the module's spacing rules, and whether a quote is still open."""
    out = ""
    glue = True
    for token in tokens:
        closing = token == '"' and quoted
        attach = glue or token in _GLUE_BEFORE or closing
        out += token if attach else " " + token
        glue = token in _GLUE_AFTER or (token == '"' and not quoted)
        if token == '"':
            quoted = not quoted
    return out, quoted


def _dateline(tokens: list[str]) -> bool:
    """A dateline: a capitalised place (maybe a country after a comma) then an ISO date."""
    return 1 < len(tokens) <= 7 and bool(_DATE.match(tokens[-1])) and tokens[0].isupper()


def wire_documents(corpora: Path) -> list[WireDoc] | None:
    """The documents of ``conll2003/eng.train`` under ``corpora``, or None when it is absent."""
    path = corpora / "conll2003" / "eng.train"
    if not path.is_file():
        return None
    sentences = _sentences(path)
    cuts = sorted({0} | {k - 1 for k, s in enumerate(sentences) if k > 1 and _dateline(s)})
    docs: list[WireDoc] = []
    for index, (start, end) in enumerate(zip(cuts, [*cuts[1:], len(sentences)], strict=True)):
        chunk = sentences[start:end]
        dated = [s[-1] for s in chunk[:3] if _dateline(s)]
        paragraphs: list[str] = []
        quoted = False
        for sentence in chunk:
            paragraph, quoted = join_tokens(sentence, quoted)
            paragraphs.append(paragraph)
        docs.append(WireDoc(index, "\n\n".join(paragraphs), dated[0] if dated else None))
    return docs
