"""Shared test helper: a compact (source, cue, content) view of the claims found in a passage."""

from __future__ import annotations

from newsparse_claims.model import Claim

from .layers import document, run

#: every line-ending style a passage is tried in: the rules read words, not lines
ENDINGS = ("\n", "\r\n", "\r")


def in_paragraphs(text: str, ending: str) -> str:
    """The passage after a short paragraph, the paragraphs split by ``ending``."""
    return f"The vote was held on Monday.{ending}{ending}{text}"


def summary(text: str) -> list[tuple[str | None, str, str]]:
    """(source as written, cue, content) of each claim found in ``text``."""
    doc = run(document(text), "claims")
    return [
        (c.source_text.text if c.source_text else None, c.cue.text, c.content.text)
        for c in doc.layer("claims")
        if isinstance(c, Claim)
    ]
