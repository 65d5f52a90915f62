"""The ACLED instrument and perpetrator scorer on rows written here (no corpus needed)."""

from __future__ import annotations

from evaluation.events_acled_roles import (
    RoleReading,
    RoleTally,
    baseline_roles,
    instrument_class,
    names_actor,
    perpetrator_verdict,
    system_roles,
)
from evaluation.events_real import trigger_baseline

from newsparse import Event, Span

STRIKE = {
    "event_id_cnty": "X1",
    "event_type": "Explosions/Remote violence",
    "sub_event_type": "Air/drone strike",
    "actor1": "Military Forces of Syria (2000-)",
    "actor2": "Civilians (Syria)",
    "location": "Ariha",
    "admin1": "Idleb",
    "admin2": "",
    "admin3": "",
    "country": "Syria",
}
GUNMEN = {
    **STRIKE,
    "event_type": "Violence against civilians",
    "sub_event_type": "Attack",
    "actor1": "Unidentified Armed Group (Nigeria)",
    "actor2": "Civilians (Nigeria)",
    "location": "Kaduna",
    "admin1": "Kaduna",
    "country": "Nigeria",
}


def test_instrument_classes_by_the_instruments_words() -> None:
    assert instrument_class("air strikes") == instrument_class("a drone strike") == "air"
    assert instrument_class("mortar shells") == "shelling" and instrument_class("an IED") == "explosive"
    assert instrument_class("a hand grenade") == "grenade" and instrument_class("gunfire") == "gunfire"
    assert instrument_class("the attack") is None and instrument_class(None) is None


def test_an_actor_is_named_by_a_word_the_victim_side_does_not_share_or_by_its_category() -> None:
    actor1, actor2 = str(STRIKE["actor1"]), str(STRIKE["actor2"])
    assert names_actor("Syrian military", actor1, actor2)  # "military": actor1's own word
    assert names_actor("regime forces", actor1, actor2)  # state-force category
    assert not names_actor("Syrian civilians", actor1, actor2)  # the shared country decides nothing
    assert names_actor("Syrian civilians", actor2, actor1)
    assert names_actor("unknown gunmen", str(GUNMEN["actor1"]), str(GUNMEN["actor2"]))
    assert names_actor("Taliban fighters", "Taliban", "Police Forces of Afghanistan (2014-)")


def test_verdicts_right_victim_place_other_missing() -> None:
    assert perpetrator_verdict("gunmen", GUNMEN) == "right"
    assert perpetrator_verdict("villagers' civilians", GUNMEN) == "victim"
    assert perpetrator_verdict("Kaduna", GUNMEN) == "place"
    assert perpetrator_verdict("a herder", GUNMEN) == "other"
    assert perpetrator_verdict(None, GUNMEN) == perpetrator_verdict("", GUNMEN) == "missing"


def test_tally_counts_means_rows_and_one_sided_rows() -> None:
    tally = RoleTally()
    tally.add(STRIKE, RoleReading(True, ("airstrikes",), "regime warplanes"))
    tally.add(STRIKE, RoleReading(True, ("gunfire",), None))
    tally.add(STRIKE, RoleReading(False, (), None))
    tally.add(
        {**STRIKE, "event_type": "Battles", "sub_event_type": "Armed clash"}, RoleReading(True, (), "x")
    )
    got = tally.figures()
    assert (got["means_rows"], got["means_evented"], got["one_sided_evented"]) == (3, 2, 2)
    assert (got["instrument_right"], got["instrument_wrong_evented"]) == (1 / 3, 0.5)
    assert (got["perpetrator_right"], got["perpetrator_missing"]) == (0.5, 0.5)


class _Doc:
    """A parsed note's stand-in: its events layer and no entities."""

    def __init__(self, events: list[Event]) -> None:
        self.events, self.entities = events, ()

    def layer(self, name: str) -> list[Event]:
        return self.events if name == "events" else []


def test_the_first_casualty_event_gives_the_perpetrator_and_every_one_an_instrument() -> None:
    def event(at: int, role: str, actor: str | None, means: str | None) -> Event:
        return Event(
            start=at,
            end=at + 6,
            text="killed",
            kind="casualty",
            role=role,
            trigger=Span(at, at + 6, "killed"),
            perpetrator_text=Span(0, len(actor), actor) if actor else None,
            instrument=Span(0, len(means), means) if means else None,
        )

    got = system_roles(_Doc([event(40, "killed", None, "shelling"), event(10, "wounded", "rebels", None)]))
    assert got == RoleReading(True, ("shelling",), "rebels")
    assert system_roles(_Doc([event(5, "arrested", "police", None)])) == RoleReading(False, (), None)


def test_the_trivial_baseline() -> None:
    text = "On 2 May 2020, regime warplanes bombed a market and killed 4 civilians in an airstrike."
    got = baseline_roles(text, trigger_baseline(text))
    assert got == RoleReading(True, ("warplanes",), "regime warplanes bombed a market and")
    assert baseline_roles("Rain fell.", trigger_baseline("Rain fell.")) == RoleReading(False, (), None)
