"""The ACLED row scorer's toll, place matching and tally on small synthetic cases (no corpus)."""

from __future__ import annotations

from pathlib import Path

import attrs
from evaluation.events_acled import (
    RowResult,
    Tally,
    baseline_reading,
    main,
    place_matches,
    system_reading,
    toll,
)

from newsparse import Event, QuantityRef, Span

ROW = {
    "event_id_cnty": "X1",
    "notes": "On 1 May 2020, 3 soldiers were killed in Kabul.",
    "fatalities": 3,
    "location": "Kabul",
    "admin1": "Kabul",
    "admin2": "",
    "admin3": "",
    "country": "Afghanistan",
}


def _killed(
    start: int,
    value: int | None,
    scope: str = "incident",
    rivals: tuple[Span, ...] = (),
    background: bool = False,
) -> Event:
    count = QuantityRef(start, start + 1, "3", value, value, value, None) if value is not None else None
    return Event(
        start=start,
        end=start + 8,
        text="x" * 8,
        kind="casualty",
        role="killed",
        trigger=Span(start + 2, start + 8, "killed"),
        count=count,
        scope=scope,
        alternatives=rivals,
        background=background,
    )


def test_toll_counts_rivals_once_at_their_lowest_and_leaves_totals_out() -> None:
    first = _killed(0, 20, rivals=(Span(20, 28, "x" * 8),))
    second = _killed(20, 30, rivals=(Span(0, 8, "x" * 8),))
    assert toll([first, second]) == 20
    assert toll([first, second, _killed(40, 5), _killed(60, 1000, scope="cumulative")]) == 25
    assert toll([_killed(0, None)]) == 0


def test_place_matches_location_admin_or_country_as_whole_words() -> None:
    assert (
        place_matches("Kabul", ROW) and place_matches("Kabul city", ROW) and place_matches("Afghanistan", ROW)
    )
    assert not place_matches("Kabu", ROW) and not place_matches(None, ROW) and not place_matches("", ROW)


def test_tally_figures() -> None:
    tally = Tally()
    tally.add(ROW, RowResult(3, True, True, "Kabul"))
    tally.add({**ROW, "fatalities": 0, "notes": "Fatalities coded as 0."}, RowResult(1, True, True, None))
    figures = tally.figures()
    assert (figures["exact"], figures["killed_recall"], figures["killed_precision"]) == (0.5, 1.0, 0.5)
    assert (figures["place"], figures["exact_no_footnote"]) == (0.5, 1.0)
    assert len(tally.errors) == 1


def test_baseline_reads_the_nearest_number_and_the_name_after_in() -> None:
    got = baseline_reading(str(ROW["notes"]))
    assert (got.toll, got.killed, got.place) == (3, True, "Kabul")


def test_skips_cleanly_without_the_corpus(tmp_path: Path) -> None:
    assert main(["--corpora", str(tmp_path)]) == 0


def test_a_killing_told_as_the_occasion_of_the_row_is_not_its_toll() -> None:
    assert toll([_killed(0, 2), _killed(20, 11, background=True)]) == 2


def test_place_or_area_and_the_figures_on_rows_without_a_coding_note() -> None:
    tally = Tally()
    tally.add(ROW, RowResult(3, True, True, "Pir Laka", ("Pir Laka", "Kabul")))
    coded = {**ROW, "fatalities": 0, "notes": "1 soldier was killed. Fatalities coded as 0 (VoJ reported 1)."}
    tally.add(coded, RowResult(1, True, True, None))
    figures = tally.figures()
    assert (figures["place"], figures["place_or_area"]) == (0.0, 0.5)
    assert (figures["killed_precision"], figures["killed_precision_uncoded"]) == (0.5, 1.0)
    assert figures["killed_recall_uncoded"] == 1.0


class _Doc:
    """A parsed note's stand-in: its events layer and no entities."""

    def __init__(self, events: list[Event]) -> None:
        self.events, self.entities = events, ()

    def layer(self, name: str) -> list[Event]:
        return self.events if name == "events" else []


def test_a_joined_figure_that_tells_deaths_reads_someone_killed_and_adds_no_toll() -> None:
    joined = attrs.evolve(_killed(0, None), role="casualties", includes=("killed", "wounded"))
    untold = attrs.evolve(joined, includes=())
    got = system_reading(_Doc([joined]))
    assert (got.killed, got.toll) == (True, 0)
    assert not system_reading(_Doc([untold])).killed  # "killed or wounded": not said which
    assert not system_reading(_Doc([attrs.evolve(joined, background=True)])).killed
    assert not system_reading(_Doc([attrs.evolve(joined, scope="cumulative")])).killed
