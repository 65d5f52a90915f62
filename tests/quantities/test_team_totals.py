"""A team's total before its scorecard bracket ("Durham 326 (D. Cox 95 not out, ...)") is a count of
runs, an amount, though the team's name stands before it; a name's number ("a Boeing 747 (J. Smith
said)") and a total written as a pair ("Somerset 236-4") are not. So is an entry without an initial
inside a scorecard's bracket ("Ijaz Ahmed 61)"), but not a name's number in a plain list."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsparse


def _amounts(text: str) -> list[tuple[str, object, object, object]]:
    doc = newsparse.parse(text, only=["quantities"])
    return [(q.text, q.value, q.unit, q.counted) for q in doc.quantities]


@pytest.mark.parametrize(
    ("text", "total"),
    [
        ("At Hove: Kent 412 (M. Walker 159, D. Fulton 53 not out) v Sussex.", "412"),
        ("Score: Wales 226 (T. Jones 61 not out; R. Price 5-40).", "226"),
        ("Essex 198\n\n(P. Grant 88, A. Hollis 41; M. Stone 4-53) and 16-2.", "198"),
        ("At Lord's: Middlesex 97 (K. Brown 30).", "97"),
    ],
)
def test_a_teams_total_before_its_batting_bracket_is_an_amount(text: str, total: str) -> None:
    amounts = [a for a in _amounts(text) if a[0] == total]
    assert amounts == [(total, int(total), None, None)]  # no noun says "runs"


@pytest.mark.parametrize(
    "text",
    [
        "He flew on a Boeing 747 (J. Smith said so) to Denver.",
        "The shop sold a Radio Shack 101 (see page).",
        "Somerset 236-4 (M. Lathwell 85).",  # a total and its wickets: a pair
        "They took Route 66 (J. Kerouac wrote of it).",
    ],
)
def test_a_names_number_and_a_pair_before_a_bracket_stay_out(text: str) -> None:
    assert [a[0] for a in _amounts(text)] in ([], ["85"])


@given(st.integers(min_value=0, max_value=999), st.integers(min_value=0, max_value=399))
def test_any_total_before_a_batting_entry_is_an_amount(total: int, runs: int) -> None:
    quantities = newsparse.parse(f"Surrey {total} (A. Brown {runs} not out).", only=["quantities"]).quantities
    assert [(q.text, q.value) for q in quantities] == [(str(total), total), (str(runs), runs)]


@pytest.mark.parametrize(
    ("text", "runs"),
    [
        ("Lahore 310-4 (Aamer Khan 112 not out, Tariq Shah 61).", ["112", "61"]),
        ("Scores: Sind 201-6 innings closed (Rashid Latif 57), Punjab 202-3.", ["57"]),
        ("Delhi 288-7 declared (Ravi Rao 90; Anil Dev 4-40).", ["90"]),
        ("Kandy 240-5 (Roy Silva 80 not out, Ari Perera 44, Ken Fonseka 31).", ["80", "44", "31"]),
    ],
)
def test_an_entry_without_an_initial_in_a_scorecard_bracket_is_runs(text: str, runs: list[str]) -> None:
    assert [a[0] for a in _amounts(text) if a[0] in runs] == runs


@pytest.mark.parametrize(
    "text",
    [
        "It runs Windows XP, Service Pack 2, and more.",
        "He chose a red car (Ford Model 3) over the other.",
        "She sold stock (Radio Shack 101) and bonds.",
    ],
)
def test_a_names_number_in_a_plain_bracket_or_list_stays_out(text: str) -> None:
    assert _amounts(text) == []
