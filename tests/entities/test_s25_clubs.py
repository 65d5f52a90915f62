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
