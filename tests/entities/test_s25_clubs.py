"""A town in apposition after a noun of a side is its club in a sports report: "west-country rivals
Gloucester", "leaders Barcelona", "serie B club Genoa" (session 25, issue 14)."""

from __future__ import annotations

from tests.entities.helpers import entity_at, parse


def test_a_town_after_rivals_in_a_sports_report_is_the_club() -> None:
    doc = parse(
        "Tindall, who recently signed for Bath's west-country rivals Gloucester, told the coach he "
        "would be fit. Bath won the cup final and the league match."
    )
    assert entity_at(doc, "Gloucester").type == "ORG"


def test_a_town_after_leaders_or_club_is_the_club_in_every_mention() -> None:
    doc = parse(
        "Victory took Real to within six points of leaders Barcelona. The striker scored a goal in the "
        "league match, the coach said. It is only six points between Barcelona and us."
    )
    assert [m.text for m in entity_at(doc, "Barcelona").mentions] == ["Barcelona", "Barcelona"]
    assert entity_at(doc, "Barcelona").type == "ORG"
    doc = parse(
        "The ruling meant that serie B club Genoa now meet Sampdoria in the cup. The coach and "
        "the squad were told after the match."
    )
    assert entity_at(doc, "Genoa").type == "ORG"


def test_a_town_after_a_noun_of_a_side_outside_sport_stays_the_town() -> None:
    doc = parse("The party's rivals Gloucester and Bristol voted on the budget on Tuesday.")
    assert entity_at(doc, "Gloucester").type == "GPE"


def test_a_town_inside_a_longer_word_is_not_apposed() -> None:
    doc = parse("The match in the league: rivals Gloucester-based coach and the squad scored a goal.")
    assert entity_at(doc, "Gloucester").type == "GPE"


def test_a_common_word_in_apposition_after_a_noun_of_a_side_is_the_club() -> None:
    doc = parse(
        "There were also emphatic victories for champions Bath, 56-13 winners over Orrell. The coach "
        "praised the squad after the league match."
    )
    assert entity_at(doc, "Bath").type == "ORG"
    doc = parse(
        "Redknapp left Fratton Park for rivals Saints in December. The coach and the squad lost the match."
    )
    assert entity_at(doc, "Saints").type == "ORG"


def test_a_person_after_rivals_stays_a_person() -> None:
    doc = parse("The businessman trounced rivals Marco Rubio and Donald Trump in the league of primaries.")
    assert entity_at(doc, "Marco Rubio").type == "PERSON"
