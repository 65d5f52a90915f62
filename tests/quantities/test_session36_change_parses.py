"""Session 36 (speed): an amount after "by" asks for its sentence's tree only when the sentence holds
a rise or fall word, the only sentences whose tree can give the "by" phrase a direction; the result
is the same as asking always. Passages written for the tests, not evidence."""

from __future__ import annotations

from typing import Any

import attrs
from hypothesis import given, settings
from hypothesis import strategies as st

import newsparse
from newsparse import Quantity
from newsparse_quantities.recognise import recognise_text
from newsparse_quantities.structure import structured_counted

_SYNTAX = newsparse.default_pipeline(only=["syntax"])


def _asked(text: str) -> tuple[list[Quantity], list[tuple[int, int]]]:
    """The quantities of ``text`` and every span whose syntax the quantities layer asked for."""
    full = newsparse.default_pipeline(only=["quantities"])
    spans: list[tuple[int, int]] = []

    def counting(producer: Any) -> Any:
        within = producer.extract_within

        def extract_within(doc: Any, span: Any) -> Any:
            spans.append((span.start, span.end))
            return within(doc, span)

        return attrs.evolve(producer, extract_within=extract_within)

    counted = attrs.evolve(full, consulted=tuple(counting(e) for e in full.consulted))
    doc = counted.parse(text, published="2018-02-06")
    return [q for q in doc.layer("quantities") if isinstance(q, Quantity)], spans


def test_a_sentence_with_no_rise_or_fall_word_is_not_parsed() -> None:
    quantities, spans = _asked("Production is currently outstripping demand by about 30%.")
    assert [q.text for q in quantities] == ["about 30%"]
    assert quantities[0].change is None
    assert spans == []  # (asked before)


def test_a_sentence_with_a_rise_word_is_still_parsed() -> None:
    text = "Alcoa increased its prices for unalloyed ingot and extrusion billet by two cents a lb."
    quantities, spans = _asked(text)
    assert len(spans) == 1
    assert [q.change for q in quantities] == ["up"]


def test_a_rise_word_inside_another_word_is_still_parsed() -> None:
    # "supported" holds "up": no word bounds, as a tree's word may split a run of letters
    _, spans = _asked("Unions supported the plan by 30%.")
    assert len(spans) == 1


_SUBJECTS = ("Alcoa", "The firm", "Production", "Sales in Europe", "Its shares")
_VERBS = (
    "increased its prices",
    "cut its prices",
    "is outstripping demand",
    "restated earnings",
    "were up",
    "fell",
    "was boosted",
    "overstated its accounts",
    "grew",
    "had been underpaid",
)
_AMOUNTS = ("by 10%", "by two cents a lb", "by $5bn", "by about 30%", "by 300 troops", "by some 9%")
_TAILS = ("", " last year", " compared to 2003", " after a probe")


@settings(max_examples=40, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(_SUBJECTS),
            st.sampled_from(_VERBS),
            st.sampled_from(_AMOUNTS),
            st.sampled_from(_TAILS),
        ),
        min_size=1,
        max_size=3,
    )
)
def test_sparing_never_changes_the_result(sentences: list[tuple[str, str, str, str]]) -> None:
    text = " ".join(f"{s} {v} {a}{t}." for s, v, a, t in sentences)
    doc = _SYNTAX.parse(text)
    recognised = recognise_text(text, None)
    found, counted = [f for f, _ in recognised], [c for _, c in recognised]
    assert structured_counted(doc, found, counted) == structured_counted(doc, found, counted, spare=False)
