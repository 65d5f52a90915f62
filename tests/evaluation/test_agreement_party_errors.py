"""tools/agreement_party_errors.py: it reads the tuning sets only, and cuts sentences at stops and lines."""

from __future__ import annotations

from types import ModuleType

from .tool_modules import tool_module


def tool() -> ModuleType:
    """tools/agreement_party_errors.py as a module."""
    return tool_module("agreement_party_errors")


def test_only_tuning_splits_are_read() -> None:
    """The dev split, s11 whole (tuning) and the A halves: never a held-out half or split."""
    module = tool()
    assert ("real_agreements.jsonl", "dev") in module.TUNING
    assert all(split in ("dev", "", "A") for _, split in module.TUNING)
    for name, split in module.TUNING:
        for article in module.tuning_articles(name, split):
            assert not article["split"].endswith("_B")
            assert article["split"] not in ("untouched", "fresh")


def test_a_sentence_is_cut_at_a_stop_or_a_line() -> None:
    """The sentence around an offset, on one line."""
    text = "Acme signed a deal. Globex sold\nits unit to Initech. Then it rained."
    assert tool().sentence_at(text, text.index("Globex")) == "Globex sold"
    assert tool().sentence_at(text, text.index("Initech")) == "its unit to Initech."
