"""Session 43 (issue 14): the team or maker column of a results list written "Rank. Name ( Country )
Team Time" is an organisation, or in a column of two-word cells a car; a list whose brackets hold
no country, a single row and running text are left alone. Passages written for the test."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsparse_entities.resolve import Resolved
from newsparse_entities.team_columns import column_cells
from tests.entities.helpers import types_of

_TEAMS = (
    "MOTOR RACING - QUALIFYING FOR THE RIVERTON GRAND PRIX .\n\nRIVERTON 1997-05-10\n\n"
    "Leading positions in qualifying on Saturday :\n\n"
    "1. Pavel Rusnak ( Slovakia ) Whitlow 1:52.300\n\n"
    "2. Tomas Berglund ( Sweden ) Harker 1:52.918\n\n"
    "3. Luca Ferrante ( Italy ) Whitlow 1:53.004\n\n"
    "4. Owen Pryce ( Britain ) Dunmore 1:53.117\n"
)
_CARS = (
    "RALLYING - LEADING POSITIONS IN THE HIGHLAND RALLY .\n\nINVERNESS 1997-05-11\n\n"
    "Leading positions after Sunday 's stages :\n\n"
    "1. Pekka Lahti ( Finland ) Darrow Vento 3 hours 2 minutes\n\n"
    "2. Anders Molin ( Sweden ) Kessel Mira 12 seconds behind\n\n"
    "3. Jussi Vaara ( Finland ) Darrow Vento 1:40\n"
)


def _mention(text: str, nth: int, word: str, kind: str, ident: str) -> Resolved:
    """The ``nth`` mention of ``word`` in ``text`` as a decided mention."""
    at = -1
    for _ in range(nth + 1):
        at = text.index(word, at + 1)
    return Resolved(at, at + len(word), ident, kind, word, "name", {})


def test_the_team_column_of_a_results_list_is_an_organisation() -> None:
    got = types_of(_TEAMS)
    assert got.get("Whitlow") == "ORG"
    assert got.get("Harker") == "ORG"
    assert got.get("Dunmore") == "ORG"
    assert got.get("Pavel Rusnak") == "PERSON"


def test_a_column_of_two_word_cells_holds_cars() -> None:
    got = types_of(_CARS)
    assert got.get("Darrow Vento") == "PRODUCT"
    assert got.get("Kessel Mira") == "PRODUCT"


def test_a_country_at_the_cells_start_gives_way_to_the_team() -> None:
    text = _TEAMS.replace("Dunmore 1:53.117", "U.S. Mail 1:53.117")
    got = types_of(text)
    assert got.get("U.S. Mail") == "ORG"


def test_a_single_row_is_no_list() -> None:
    text = (
        "Owen Pryce won the race .\n\n1. Owen Pryce ( Britain ) Dunmore 1:53.117\n\n"
        "Pryce said he was delighted .\n"
    )
    assert column_cells([], text) == []


def test_brackets_that_hold_no_country_make_no_column() -> None:
    text = (
        "Scorers :\n\n1. Tom Adley ( Rovers ) Hadfield 12\n\n"
        "2. Ben Coyle ( Athletic ) Stanmore 10\n\n3. Ray Duff ( Rovers ) Hadfield 9\n"
    )
    clubs = [_mention(text, k, "Rovers", "ORG", "org:rovers") for k in (0, 1)]
    clubs.append(_mention(text, 0, "Athletic", "ORG", "org:athletic"))
    assert column_cells(clubs, text) == []


def test_running_text_with_a_bracketed_country_is_left_alone() -> None:
    text = (
        "Pavel Rusnak ( Slovakia ) Whitlow said on Friday he would race again .\n\n"
        "Tomas Berglund ( Sweden ) Harker agreed .\n"
    )
    assert column_cells([], text) == []


_WORD = st.from_regex(r"[A-Z][a-z]{2,8}", fullmatch=True)


@given(st.lists(st.tuples(_WORD, _WORD, _WORD), min_size=1, max_size=6))
def test_cells_are_capitalised_words_on_one_line(rows: list[tuple[str, str, str]]) -> None:
    text = "\n\n".join(f"{k + 1}. {a} {b} ( Xland ) {c} 1:5{k}.000" for k, (a, b, c) in enumerate(rows))
    countries = [_mention(text, k, "Xland", "GPE", "iso3166:XL") for k in range(len(rows))]
    cells = column_cells(countries, text)
    assert len(cells) == (len(rows) if len(rows) >= 3 else 0)
    for start, end, kind in cells:
        cell = text[start:end]
        assert kind == "ORG"
        assert "\n" not in cell and cell[:1].isupper()
