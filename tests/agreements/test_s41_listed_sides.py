"""Session 41: every side an agreement title lists after "between" (``listed_sides``): the last one
after "and", the ones after commas, a second "the Government of Y", and a capitalised "Between"."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsparse_agreements.context import EntityIndex
from newsparse_agreements.listed_sides import listed_sides
from tests.agreements.helpers import Spec, agreements_of, make_entities, parse

SPEC: Spec = {
    "gov_ukraine": ("ORG", "Government of Ukraine", ("Government of Ukraine",), {}),
    "usa": ("GPE", "United States", ("United States of America",), {}),
    "russia": ("GPE", "Russia", ("Russian Federation", "Russia"), {}),
    "sudan": ("GPE", "Sudan", ("Sudan",), {}),
    "jem": ("ORG", "JEM", ("JEM",), {}),
    "nicaragua": ("GPE", "Nicaragua", ("Nicaragua", "Nicaraguan"), {}),
    "indonesia": ("GPE", "Indonesia", ("Republic of Indonesia",), {}),
    "portugal": ("GPE", "Portugal", ("Portuguese Republic",), {}),
    "india": ("GPE", "India", ("India",), {}),
    "nagaland": ("GPE", "Nagaland", ("Nagaland",), {}),
    "israel": ("GPE", "Israel", ("Israel",), {}),
    "hamas": ("ORG", "Hamas", ("Hamas",), {}),
}


def _parties(text: str) -> set[str]:
    """Every party of every record of ``text``."""
    return {party for record in agreements_of(parse(text, SPEC)) for party in record.parties}


@pytest.mark.parametrize("eol", ["\n", "\r\n"])
@pytest.mark.parametrize(
    ("title", "sides"),
    [
        (
            "Agreement between the Government of Ukraine and the Government of the United States of America"
            " on Trade",
            {"gov_ukraine", "usa"},
        ),
        (
            "Protocol between the Government of Sudan, SLM/A and the JEM on Relief",
            {"sudan", "text:SLM/A", "jem"},
        ),
        (
            "Ceasefire Agreement between the Government of Nicaragua and the Nicaraguan Resistance"
            " under Guard",
            {"nicaragua", "text:Nicaraguan Resistance"},
        ),
        (
            "Agreement Between the Republic of Indonesia and the Portuguese Republic on the Question",
            {"indonesia", "portugal"},
        ),
        (
            "Peace Agreement between the Government of Sudan and the Justice and Equality Movement",
            {"sudan", "text:Justice and Equality Movement"},
        ),
    ],
)
def test_a_title_gives_every_side_it_lists(title: str, sides: set[str], eol: str) -> None:
    """The title's record is bound on every conjunct of its "between" list."""
    text = f"{title}{eol}{eol}The sides signed it on Monday."
    assert sides <= _parties(text), text


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # running text: the sentence's own reader, as before
        ("The agreement between Israel and the Hamas Movement Leaders was signed. It held.", "text:Hamas"),
        # talks are no agreement
        ("Talks between Israel and the Gaza Reconstruction Committee\n\nThey met.", "text:Gaza"),
        # a list ends with its "and": a place after a comma is no side
        (
            "Ceasefire Agreement between the Government of India and the Naga Council, Nagaland\n\nIt holds.",
            "nagaland",
        ),
        # a capitalised word premodifying a lower-case head is no name
        (
            "Agreement between the Government of Sudan and the Self-proclaimed military junta\n\nSigned.",
            "text:Self-proclaimed",
        ),
    ],
)
def test_what_is_no_listed_side(text: str, absent: str) -> None:
    """No side from running text, talks, a trailing place or a cut name."""
    assert not any(p.startswith(absent) for p in _parties(text)), _parties(text)


def test_the_sides_read_already_stay() -> None:
    """A side the reader found whole is kept as it is ("JEM"), in order of the title."""
    text = "Protocol between the Government of Sudan and the JEM on Relief"
    index = EntityIndex.build(text, make_entities(text, SPEC))
    pos = text.index("the Government")
    chain = list(index.within(pos, len(text)))[:1]
    out = listed_sides(text, index, 0, pos, chain)
    assert [h.id for h in out] == ["sudan", "jem"]
    assert listed_sides("the deal " + text, index, 4, pos, chain) == chain  # no capitalised head


@given(st.text(alphabet="ABGab ,.\nGovernmentofheadt", max_size=90), st.integers(min_value=0, max_value=90))
def test_any_text_gets_sides_on_the_title_line(text: str, at: int) -> None:
    """Any text: the sides added lie on the head's line after ``pos``, and the given chain is kept or
    replaced only inside a conjunct."""
    if not text:
        return
    pos = min(at, len(text))
    index = EntityIndex.build(text, ())
    out = listed_sides(text, index, 0, pos, [])
    line_end = text.find("\n")
    line_end = len(text) if line_end < 0 else line_end
    assert all(pos <= h.start < h.end <= line_end and h.id.startswith("text:") for h in out)
