"""Session 41 (issue 14): a competitor read as an organisation before "( Country )" in a results list
of people is a person; a credit rating ("Baa1", the "AA" of "AA-") is no name. Passages written for
the test."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from newsparse_entities.ratings import is_rating
from tests.entities.helpers import entity_at, ids_of, parse

_RESULTS = (
    "ATHLETICS - MEETING RESULTS.\n\nOSLO 1997-07-04\n\nResults of the women's discus on Friday:\n\n"
    "1. Greta Holmvik ( Norway ) 66.10\n\n2. Ilse Marrenbach ( Germany ) 64.02\n\n"
    "3. Paula Wyndcombe ( Britain ) 63.77\n\n4. Tanja Kovalchenko ( Ukraine ) 62.50\n\n"
    "Men's 100 metres\n\n1. Oscar Leblanc ( France ) 10.12\n\n2. Mats Ekdahl ( Sweden ) 10.20\n\n"
    "3. Rick Courier ( U.S. ) 10.25\n\n4. Jonas Vetterling ( Sweden ) 10.31\n"
)


def test_a_competitor_read_as_an_organisation_in_a_list_of_people_is_a_person() -> None:
    doc = parse(_RESULTS)
    entity = entity_at(doc, "Rick Courier")
    assert (entity.type, entity.id) == ("PERSON", "person:rick-courier")


def test_the_capitalised_word_opening_the_row_joins_the_person() -> None:
    doc = parse(_RESULTS)
    entity = entity_at(doc, "Mats Ekdahl")
    assert (entity.type, entity.id) == ("PERSON", "person:mats-ekdahl")
    assert "Ekdahl" not in ids_of(doc)


def test_clubs_before_their_countries_stay_organisations() -> None:
    doc = parse(
        "SOCCER - CUP DRAW.\n\nGENEVA 1997-07-04\n\nDraw for the first round:\n\n"
        "Sporting Harbour FC ( Portugal ) v Dynamo Varnok ( Ukraine )\n\n"
        "Olympic Meridian ( Greece ) v Ferencvaros United ( Hungary )\n\n"
        "Rick Courier ( U.S. ) will draw the second round .\n"
    )
    assert entity_at(doc, "Sporting Harbour FC").type == "ORG"


def test_a_bracketed_agency_after_a_name_is_no_row() -> None:
    doc = parse("Rick Courier ( Reuters ) said on Monday that the Acme Courier ( Boston ) unit was sold .")
    assert entity_at(doc, "Reuters").type == "ORG"


def test_credit_ratings_are_no_names() -> None:
    doc = parse(
        "NEW ISSUE - Harwell County , Ohio , $ 4.1 million bonds .\n\nNEW YORK 1997-03-12\n\n"
        "The county sold the bonds on Wednesday .\n\nRating : Baa1\n\n"
        "MOODY'S : Aa2 S&P : AA- FITCH : AA+\n\nThe AA said on Monday that breakdowns rose .\n"
    )
    seen = ids_of(doc)
    assert "Baa1" not in seen
    assert [m.start for e in doc.entities for m in e.mentions if m.text == "AA"] == [
        doc.text.index("The AA") + 4
    ]


def test_rating_shapes() -> None:
    text = "Aaa Baa3 AA- BBB+ A1 AA A-League B-52 AAA"
    found = [
        is_rating(text, m.start(), m.start() + len(m.group().rstrip("+-"))) for m in re.finditer(r"\S+", text)
    ]
    assert found == [True, True, True, True, False, False, False, False, False]


@given(st.from_regex(r"[A-Z][A-Za-z]{0,3}[0-9]?", fullmatch=True), st.sampled_from(["", " ", "-x", "+", "-"]))
def test_a_rating_is_one_of_the_scales_shapes(word: str, after: str) -> None:
    text = word + after
    if is_rating(text, 0, len(word)):
        moodys = word in {"Aaa"} or (word[:-1] in {"Aa", "Baa", "Ba", "Caa"} and word[-1] in "123")
        assert moodys or (
            word in {"AAA", "AA", "A", "BBB", "BB", "B", "CCC", "CC", "C"} and after in {"+", "-"}
        )
