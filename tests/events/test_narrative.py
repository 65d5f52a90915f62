"""Issue 16: the place and date an event takes from another sentence, as the guideline defines them.

The guideline takes a place "from the clause, or from a sentence that clearly describes the same
incident", and a date of the narrative "that the text links to the event".
"""

from __future__ import annotations

import newsparse
from newsparse.annotations import Event


def events(text: str, published: str | None = "2020-05-08") -> list[Event]:
    """The events layer of ``text`` parsed by the whole pipeline."""
    layer = newsparse.parse(text, published=published).layer("events")
    assert all(isinstance(e, Event) for e in layer)
    return list(layer)  # type: ignore[arg-type]


def test_a_year_told_without_violence_in_the_sentence_before_dates_nothing() -> None:
    (death,) = events(
        "He coached the national team to a title in 1985. His death in a car crash shocked the country."
    )
    assert death.role == "killed" and death.date is None


ATTACK = "Rebels attacked a convoy in Kandahar on Monday. "


def test_a_month_told_with_a_killing_in_the_sentence_before_dates_the_next_casualty() -> None:
    _killed, arrested = events(
        "A reporter was killed in March 2004 in the capital. "
        "Three of his colleagues were arrested by soldiers."
    )
    assert arrested.role == "arrested" and arrested.count is not None and arrested.count.value == 3
    assert arrested.date is not None and arrested.date.value == "2004-03"


def test_a_day_of_the_sentence_before_still_dates_the_event() -> None:
    (killed,) = events("Gunmen attacked a bus on 5 May 2020 near the border. Three passengers died.")
    assert killed.date is not None and killed.date.value == "2020-05-05"


def test_a_running_total_takes_no_place_from_a_sentence_telling_an_incident() -> None:
    (war,) = events(ATTACK + "The war has killed more than 60,000 people since 1980.")
    assert war.scope == "cumulative" and war.place_text is None


def test_a_running_total_keeps_the_place_of_a_sentence_telling_the_same_deaths() -> None:
    (total,) = events(
        "A report counted the deaths of civilians in Helmand. "
        "It said 700 civilians have been killed this year."
    )
    assert total.scope == "cumulative"
    assert total.place_text is not None and total.place_text.text == "Helmand"


def test_an_incident_keeps_the_place_of_the_attack_told_before() -> None:
    (killed,) = events(ATTACK + "Three soldiers died.")
    assert killed.scope == "incident"
    assert killed.place_text is not None and killed.place_text.text == "Kandahar"


def test_a_restatement_completes_the_place_and_day_of_the_toll_it_retells() -> None:
    (killed,) = events(
        "Two policemen died, officials said. The two policemen were shot dead in Celaya on Friday."
    )
    assert killed.count is not None and killed.count.value == 2
    assert killed.place_text is not None and killed.place_text.text == "Celaya"
    assert killed.date is not None and killed.date.value == "2020-05-08"
