"""tools/outside_agreement_recall.py: the odd half's deal-word sentences are listed with the records on
them (sides and roles by name), sentences without a deal word are not, and only the odd half is read."""

from __future__ import annotations

import argparse
from types import ModuleType
from typing import Any

import pytest

from tests.agreements.helpers import agreements_of, parse

from .tool_modules import tool_module

SPEC: dict[str, tuple[str, str, tuple[str, ...], dict[str, str]]] = {
    "microsoft": ("ORG", "Microsoft Corp.", ("Microsoft",), {}),
    "linkedin": ("ORG", "LinkedIn", ("LinkedIn",), {}),
}


def tool() -> ModuleType:
    """tools/outside_agreement_recall.py as a module."""
    return tool_module("outside_agreement_recall")


def test_a_deal_sentence_is_listed_with_its_record_and_others_are_not() -> None:
    module = tool()
    text = "The weather was fine in Paris. Microsoft agreed to buy LinkedIn for $26bn. It rained."
    doc = parse(text, SPEC)
    lines = module.sentence_lines(doc, agreements_of(doc))
    assert lines[0] == "  S: Microsoft agreed to buy LinkedIn for $26bn."
    assert lines[1].startswith("    R: acquisition 'agreed to buy' parties=['Microsoft Corp.']")
    assert "acquirer=['Microsoft Corp.']" in lines[1] and "target=['LinkedIn']" in lines[1]
    assert len(lines) == 2  # neither the weather nor the rain


def test_a_deal_word_without_a_record_is_still_listed() -> None:
    module = tool()
    doc = parse("The club hope to sign a new striker soon.", SPEC)
    assert module.sentence_lines(doc, ()) == ["  S: The club hope to sign a new striker soon."]


def test_only_the_odd_half_is_read(monkeypatch: pytest.MonkeyPatch) -> None:
    module = tool()
    asked: list[argparse.Namespace] = []

    def texts(args: argparse.Namespace) -> list[Any]:
        asked.append(args)
        return [("news-1", "a deal was signed", None), ("news-3", "no cue here", None)]

    monkeypatch.setattr(module.outside, "_texts", texts)
    assert [t[0] for t in module.odd_texts(None)] == ["news-1"]
    assert [a.half for a in asked] == ["odd"]
    assert module.odd_texts("conll2003-train") == []
