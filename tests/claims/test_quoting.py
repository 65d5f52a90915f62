"""Tests of the claims layer's reading of quotation marks (passages written for the tests)."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from newsparse_claims.quoting import DOUBLED_MARK, _opens, claim_quotations, unwrapped

# every mark and every paragraph break, one regular expression: the plain reading the layer's
# ``str.find`` scan must equal
_MARK = re.compile(r"[\"“”]|\n\s*\n|\n[ \t]+")


def quoted(text: str) -> list[str]:
    return [q.text for q in claim_quotations(text)]


def test_marks_are_read_by_their_sides_not_by_alternation() -> None:
    text = 'A stray" mark. "We tried," he said. "We failed."'
    assert quoted(text) == ['"We tried,"', '"We failed."']


def test_a_quotation_reopened_inside_its_paragraph_stays_one() -> None:
    text = 'He said: "I am glad. "Once again they failed." Then he left.'
    assert quoted(text) == ['"I am glad. "Once again they failed."']


def test_a_paragraph_break_ends_an_open_quotation() -> None:
    text = '"WALLACE: Why?\n\n"PENCE: Because.\n\nThe end.'
    assert quoted(text) == ['"WALLACE: Why?', '"PENCE: Because.']


def test_curly_marks_and_hard_wrapped_lines() -> None:
    text = "Line one is short.\n“It will be hard to\nrepeat,” he said.\nShares fell.\nBonds rose.\n"
    assert quoted(text) == ["“It will be hard to\nrepeat,”"]
    assert len(unwrapped(text)) == len(text)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet='ab .,\n"“”\t', max_size=80))
def test_quotations_are_ordered_disjoint_spans_of_the_text(text: str) -> None:
    spans = claim_quotations(text)
    previous = 0
    for span in spans:
        assert previous <= span.start < span.end <= len(text)
        assert text[span.start : span.end] == span.text
        assert span.text[0] in '"“'
        previous = span.end


def test_curly_marks_inside_a_straight_quotation_are_nested() -> None:
    text = '"WALLACE: As “The Journal” wrote, it matters.\n\n"PENCE: Yes."'
    assert quoted(text) == ['"WALLACE: As “The Journal” wrote, it matters.', '"PENCE: Yes."']


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet='ab .,:(\n"“”\t', max_size=120))
def test_quotations_read_the_same_on_the_unwrapped_text(text: str) -> None:
    # the quotations are read on the text itself; unwrapping its short lines must not change them
    on_text = [(q.start, q.end) for q in claim_quotations(text)]
    on_flat = [(q.start, q.end) for q in claim_quotations(unwrapped(text))]
    assert on_text == on_flat


def test_wrapped_lines_beside_marks_read_as_spaces() -> None:
    text = 'One.\nTwo said\n"We will\nwin"\nand left.\nThree.\nFour.\n'
    assert quoted(text) == ['"We will\nwin"']
    assert quoted(unwrapped(text)) == ['"We will win"']


def _every_mark_read(text: str) -> list[tuple[int, int]]:
    """The quotations as a reading of every mark and every paragraph break in turn gives them."""
    if '"' not in text and "“" not in text and "''" not in text:
        return []
    text = text.replace("''", DOUBLED_MARK)
    spans: list[tuple[int, int]] = []
    opened = -1
    nested = False
    for match in _MARK.finditer(text):
        at = match.start()
        mark = text[at]
        if mark not in '"“”':
            if opened >= 0:
                spans.append((opened, at))
                opened = -1
        elif opened < 0:
            if _opens(text, at):
                opened, nested = at, False
        elif (mark == '"') != (text[opened] == '"'):
            if _opens(text, at):
                nested = True
            elif nested:
                nested = False
            else:
                spans.append((opened, at + 1))
                opened = -1
        elif not _opens(text, at):
            spans.append((opened, at + 1))
            opened = -1
    if opened >= 0:
        spans.append((opened, max(len(text.rstrip()), opened + 1)))
    return spans


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet='ab .,:(\n"“” \t', max_size=120))
def test_skipping_paragraph_breaks_outside_quotations_changes_nothing(text: str) -> None:
    assert [(q.start, q.end) for q in claim_quotations(text)] == _every_mark_read(text)


@settings(max_examples=600, deadline=None)
@given(st.text(alphabet="ab .,:(\n\"“” \t'\r\x1c\u2028\u00a0—", max_size=160))
def test_the_find_scan_reads_as_one_regular_expression(text: str) -> None:
    # apostrophe pairs, every kind of white space a paragraph break may hold, long texts
    assert [(q.start, q.end) for q in claim_quotations(text)] == _every_mark_read(text)


def test_a_closing_mark_of_the_other_style_closes_the_quotation() -> None:
    """'“We won," he said': a straight closing mark ends a curly quotation (and the reverse)."""
    assert quoted('“We won," he said. Then he left.') == ['“We won,"']
    assert quoted('"We won,” he said. Then he left.') == ['"We won,”']
    # a quotation of the other style nested inside stays inside
    assert quoted('"He called it “fake news” today," she said.') == ['"He called it “fake news” today,"']
    assert quoted('“He said "no" to me,” she said.') == ['“He said "no" to me,”']
