"""Session 41 (issue 14): a competitor read as an organisation before "( Country )" in a results list
of people is a person; clubs before their countries stay organisations. Passages written for the
test."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

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


@settings(deadline=None)
@given(st.from_regex(r"[A-Z][a-z]{2,8}( [A-Z][a-z]{2,9})?", fullmatch=True))
def test_no_organisation_before_a_country_in_a_list_of_people(name: str) -> None:
    people = _RESULTS.partition("Men's")[0]  # four people, each read as one
    doc = parse(people + "5. " + name + " ( Sweden ) 60.31\n")
    start = doc.text.index(name + " ( Sweden ) 60.31")
    covering = [e.type for e in doc.entities for m in e.mentions if m.start <= start + len(name) - 1 < m.end]
    assert "ORG" not in covering
