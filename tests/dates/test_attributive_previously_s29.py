"""Session 29 (issue 19): "previously" qualifying a participle that describes a noun ("a previously
announced plan") or in an "as" clause ("as previously planned") is no ``PAST_REF``; where it dates its
clause ("He previously held the post", "Previously, it offered") it still is. Without a syntax tree
every "previously" stays a ``PAST_REF``, as before."""

from __future__ import annotations

import pytest

import newsparse_dates
import newsparse_syntax
from newsparse import Document
from newsparse.testing import pipeline_for

WITH_TREE = pipeline_for(newsparse_dates, newsparse_syntax, only=["dates"])
WITHOUT = pipeline_for(newsparse_dates)


def previously(pipe: object, text: str) -> list[str]:
    """The values of the "previously" expressions ``pipe`` finds in ``text``."""
    doc: Document = pipe.parse(text, published="2016-04-18")  # type: ignore[attr-defined]
    return [d.value for d in doc.dates if d.text.lower() == "previously"]


@pytest.mark.parametrize(
    "text",
    [
        "The bank cited a previously announced restructuring program.",
        "The company's previously reported loss was revised.",
        "Profit was at the high end of the previously reported range of $400 million.",
        "The offensive began as previously planned.",
        "Two suspects remained in detention, as was previously reported.",
    ],
)
def test_attributive_previously_is_no_date(text: str) -> None:
    assert previously(WITH_TREE, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "He previously held similar responsibilities.",
        "Previously, it offered $13.65 a share in cash.",
        "The government previously said the bid was not enough.",
        "He was previously employed by the bank.",
    ],
)
def test_previously_dating_its_clause_stays(text: str) -> None:
    assert previously(WITH_TREE, text) == ["PAST_REF"]


def test_without_a_tree_previously_stays() -> None:
    assert previously(WITHOUT, "The bank cited a previously announced restructuring program.") == ["PAST_REF"]
