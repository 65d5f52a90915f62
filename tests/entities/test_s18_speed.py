"""Session 18 (round 2): the entities layer's speed steps keep the output and skip the work they skip."""

from __future__ import annotations

import pytest

from newsparse import Document, Meta
from newsparse_entities import words as words_module
from newsparse_entities.words import words_of


def test_tokens_are_not_scanned_for_brands_in_a_text_with_none(monkeypatch: pytest.MonkeyPatch) -> None:
    """A text the brand pattern finds nothing in ("in", "is", "eat" open with "i" and "e") costs no
    pass over its tokens; a text with "iPod" still marks it as a capitalised word."""
    calls: list[int] = []
    real = words_module._lower_brands

    def counted(*args: object) -> list[int]:
        calls.append(1)
        return real(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(words_module, "_lower_brands", counted)
    words_of(Document("It is in each envoy's interest to eat early in Iraq.", meta=Meta()))
    assert calls == []
    words = words_of(Document("Apple sold the iPod in Iraq.", meta=Meta()))
    assert calls == [1]
    assert "iPod" in {words.text[k] for k in words.caps}
