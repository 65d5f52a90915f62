"""Session 43 (issue 14): the names of a sports table's rows (a standings row whose played figure is
won + drawn + lost, a record row whose percentage is won over games, a score row "A 2 B 1") are
each one team; a golfer's rounds, a single row and running text are left alone. Passages written
for the test."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsparse_entities.team_rows import row_names
from tests.entities.helpers import types_of

_TABLE = (
    "SOCCER - NORTHLAND LEAGUE RESULTS AND STANDINGS .\n\nKARVIK 1997-03-02\n\n"
    "Results of Northland league matches on Sunday :\n\n"
    "Karvik Tuesday 2 Osterby United 1\n\n"
    "Lund / Hammar 0 Brekke Forest 0\n\n"
    "Tarn Athletic 3 Solvang 2\n\n"
    "Standings ( tabulate under played , won , drawn , lost , goals for , against , points ) :\n\n"
    "Karvik Tuesday 4 3 1 0 8 2 10\n\n"
    "Lund / Hammar 4 2 1 1 6 5 7\n\n"
    "Brekke Forest 4 1 1 2 4 6 4\n\n"
    "Osterby United 4 0 1 3 2 7 1\n"
)
_RECORD = (
    "BASEBALL - NORTHLAND STANDINGS .\n\nKARVIK 1997-07-02\n\n"
    "W L PCT GB\n\n"
    "PORT ELMER 60 40 .600 -\n\n"
    "EAST HADLEY 55 45 .550 5\n\n"
    "GREY OAKS 50 50 .500 10\n"
)
_GOLF = (
    "GOLF - NORTHLAND OPEN SCORES .\n\nKARVIK 1997-06-02\n\n"
    "Leading final scores :\n\n"
    "Tomas Lindqvist 70 68 72 70 280\n\n"
    "Erik Haldor 71 69 70 71 281\n\n"
    "Per Ostman 72 70 69 71 282\n"
)


def test_a_standings_rows_name_is_one_team() -> None:
    got = types_of(_TABLE)
    assert got.get("Karvik Tuesday") == "ORG"
    assert got.get("Lund / Hammar") == "ORG"
    assert got.get("Brekke Forest") == "ORG"


def test_a_score_rows_names_are_teams() -> None:
    names = {_TABLE[s:e] for s, e in row_names(_TABLE)}
    assert {"Tarn Athletic", "Solvang", "Osterby United"} <= names


def test_a_record_row_whose_percentage_fits_is_a_team() -> None:
    got = types_of(_RECORD)
    assert got.get("EAST HADLEY") == "ORG"
    assert got.get("GREY OAKS") == "ORG"


def test_a_record_row_whose_percentage_does_not_fit_is_no_row() -> None:
    text = _RECORD.replace(".550", ".450")
    names = {text[s:e] for s, e in row_names(text)}
    assert "EAST HADLEY" not in names


def test_a_golfers_rounds_are_no_standings() -> None:
    assert row_names(_GOLF) == []
    got = types_of(_GOLF)
    assert got.get("Tomas Lindqvist") != "ORG"


def test_a_single_row_in_running_text_is_no_table() -> None:
    text = (
        "Karvik Tuesday beat Osterby United on Sunday .\n\n"
        "Karvik Tuesday 2 Osterby United 1\n\n"
        "The coach said he was delighted with the win .\n"
    )
    assert row_names(text) == []


_WORDS = st.sampled_from(["Karvik", "Osterby", "Brekke", "Tarn", "Solvang", "Hammar", "Lund"])


_DIGIT = st.integers(0, 9)


@given(st.lists(st.tuples(_WORDS, _DIGIT, _DIGIT, _DIGIT), min_size=1, max_size=6))
def test_standings_rows_are_found_exactly_when_three_sum(
    rows: list[tuple[str, int, int, int]],
) -> None:
    lines = [f"{name} {w + d + lost} {w} {d} {lost} 5 5 {3 * w + d}" for name, w, d, lost in rows]
    text = "Standings :\n\n" + "\n\n".join(lines) + "\n"
    found = row_names(text)
    played = [w + d + lost for _, w, d, lost in rows]
    expected = len(rows) >= 3 and all(p > 0 for p in played)
    if expected:
        assert [text[s:e] for s, e in found] == [name for name, *_ in rows]
    elif len(rows) < 3:
        assert found == []
