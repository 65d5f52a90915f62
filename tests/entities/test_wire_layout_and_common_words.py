"""Rules of session 8: the wire's sign-off, datelines with a region or an unknown place, holidays,
technical standards, English prefixes before a capital, natural places and theatres."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.entities.helpers import entity_at, parse


def _surfaces(text: str) -> set[str]:
    """The text of every mention the layer gives ``text``."""
    return {m.text for e in parse(text).entities for m in e.mentions}


def test_the_wire_sign_off_is_no_name() -> None:
    text = "LONDON, March 3 - Cominco Ltd said profits rose.\n REUTER\n"
    assert "REUTER" not in _surfaces(text)
    assert "Cominco Ltd" in _surfaces(text)


def test_a_word_in_capitals_inside_the_last_line_is_still_a_name() -> None:
    assert "IBM" in _surfaces("Shares rose on Monday.\nAnalysts praised IBM")


def test_a_dateline_with_a_region_before_the_date_is_the_place_of_writing() -> None:
    doc = parse("AKRON, Ohio, April 13 - Goodyear Tire and Rubber Co said it would cut jobs.")
    akron = entity_at(doc, "AKRON")
    assert akron.type == "GPE"
    assert akron.mentions[0].form == "dateline"
    assert entity_at(doc, "Ohio").mentions[0].form == "name"


def test_a_dateline_place_no_gazetteer_knows_is_a_place_named_in_title_case() -> None:
    doc = parse("TRAIL, British Columbia, June 1 - Cominco Ltd said the smelter in Trail reopened.")
    trail = entity_at(doc, "TRAIL")
    assert (trail.type, trail.canonical, trail.mentions[0].form) == ("GPE", "Trail", "dateline")
    assert entity_at(doc, "Trail") is trail  # named again in the body: the same place


def test_a_topic_slug_before_a_dash_is_no_dateline_place() -> None:
    assert "CRICKET" not in _surfaces("CRICKET - LEICESTERSHIRE TAKE OVER AT TOP\n\nLeicestershire won.")


def test_holidays_and_weekdays_in_the_plural_are_no_names() -> None:
    text = "Shoppers bought Christmas presents early, and the show airs on Fridays until the New Year."
    assert not {"Christmas", "Fridays", "New Year"} & _surfaces(text)


def test_technical_standards_are_no_names() -> None:
    text = "The handset supports Bluetooth, Wimax and HD video, and Voip calls over GPRS."
    assert not {"Bluetooth", "Wimax", "HD", "Voip", "GPRS"} & _surfaces(text)


def test_an_english_prefix_before_a_capital_is_no_name_but_al_is() -> None:
    surfaces = _surfaces("New pay-TV channels start in mid-June, before the pre-Budget report.")
    assert not {"pay-TV", "mid-June", "pre-Budget"} & surfaces
    assert "Khalil al-Douri" in _surfaces("The general was replaced by Khalil al-Douri on Monday.")


def test_natural_places_open_with_mount_lake_loch_or_river() -> None:
    doc = parse("He wanted to climb Mount Everest, then sail on Loch Lomond and the River Thames.")
    for name in ("Mount Everest", "Loch Lomond", "River Thames"):
        assert entity_at(doc, name).type == "LOC", name


def test_a_theatre_is_a_facility() -> None:
    doc = parse("The Oscars will take place at Hollywood's Kodak Theatre on 27 February.")
    assert entity_at(doc, "Kodak Theatre").type == "FACILITY"


_PIECES = [
    "REUTER",
    "AKRON",
    ",",
    "Ohio",
    "April",
    "13",
    "-",
    "Christmas",
    "pay-TV",
    "Mount",
    "Everest",
    "\n",
    ".",
]


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=18).map(" ".join))
def test_wire_layout_pieces_in_any_order_give_mentions_inside_the_text(text: str) -> None:
    for entity in parse(text).entities:
        for mention in entity.mentions:
            assert text[mention.start : mention.end] == mention.text


def test_a_number_that_is_part_of_a_name_stays_with_it() -> None:
    doc = parse(
        "He told BBC Radio 4's Today programme about it.\nSony will launch the PlayStation 3 next year."
    )
    assert entity_at(doc, "BBC Radio 4").type == "ORG"
    assert entity_at(doc, "PlayStation 3").type == "PRODUCT"


def test_a_score_or_a_count_after_a_name_is_no_part_of_it() -> None:
    text = "At Hove: Sussex 363 and 144, Lancashire 218 and 201.\n\nThe firm Acmeco 100 staff left."
    surfaces = _surfaces(text)
    assert "Sussex" in surfaces
    assert not {"Sussex 363", "Lancashire 218"} & surfaces
    assert "Leeds 2" not in _surfaces("Leeds 2 Southampton 0")


def test_common_words_and_a_number_are_no_name() -> None:
    surfaces = _surfaces("It filed for Chapter 11 under Article 52 of the law.")
    assert not {"Chapter 11", "Article 52"} & surfaces
