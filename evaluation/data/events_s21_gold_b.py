"""Half B of the session-21 events check set (``events_s21_gold.py``): summary figures only.

Written from ``guidelines/events.md`` and the texts only, before the system was run on them.
Research only: the texts stay in the corpora.
"""

from __future__ import annotations

from typing import Any

from evaluation.data.events_s21_gold import EMBASSY_DAY, ONE, Gold, event


def _kosovo(t: str) -> list[dict[str, Any]]:
    """APW19980308.0201: the Kosovo toll "in recent days" (the protested killings are its restatement)."""
    return [
        event(
            t,
            "killed",
            "killed@reported killed",
            (51, 51, None, "At least 51"),
            victims="people@51 people",
            place=("Kosovo", "Kosovo@Serb Kosovo province"),
            scope="cumulative",
            period="in recent days",
        )
    ]


def _most_wanted(t: str) -> list[dict[str, Any]]:
    """APW19990607.0041: the embassy bombings, Slepian, Pan Am 103 (two groups), Kopp's arrests."""
    lockerbie = dict(
        place=("Lockerbie, Scotland", "Lockerbie, Scotland"),
        date=("1988-12-21", "Dec. 21, 1988"),
        instrument="bombing@1988, bombing",
    )
    return [
        event(
            t,
            "killed",
            "killed@bombings killed",
            (200, 201, None, "more than 200"),
            victims="people@200 people",
            instrument="bombings@1998, bombings",
            place=("Kenya and Tanzania", "Kenya and Tanzania@embassies in Kenya and Tanzania"),
            date=(EMBASSY_DAY, "Aug. 7, 1998"),
        ),
        event(
            t,
            "killed",
            "gunning down",
            ONE,
            victims="Dr. Barnett Slepian@down Dr. Barnett Slepian",
            instrument="gunshot@single gunshot",
            place=("Buffalo, N.Y.", "Buffalo, N.Y.@home in Buffalo, N.Y."),
            date=("1998", "last fall@Slepian last fall"),
        ),
        event(
            t,
            "killed",
            "killed@103 that killed",
            (259, 259, 259, "259"),
            victims="people@259 people",
            **lockerbie,
        ),
        event(t, "killed", "killed@103 that killed", (11, 11, 11, "11@11 on the ground"), **lockerbie),
        event(
            t,
            "arrested",
            "arrested@has been arrested more",
            ONE,
            victims="He@He has been arrested",
            place=("seven states and Italy", "seven states and Italy"),
            scope="cumulative",
        ),
    ]


def _bus(t: str) -> list[dict[str, Any]]:
    """conll-train-842: 23 bus passengers burnt alive in 1993 (the headline is the first mention)."""
    return [
        event(
            t,
            "killed",
            "killing@die for killing",
            (23, 23, 23, "23@killing 23 bus passengers."),
            victims="bus passengers@23 bus passengers.",
            perpetrator=("Indians", "Indians@Two Indians"),
            instrument="fire@setting it on fire",
            place=("Andhra Pradesh", "Andhra Pradesh"),
            date=("1993", "1993@Pradesh in 1993"),
        )
    ]


def _security_council(t: str) -> list[dict[str, Any]]:
    """APW19980813.1117: the embassy bombings' toll."""
    fields = dict(
        place=("Nairobi, Kenya, and Dar es Salaam, Tanzania", "Nairobi, Kenya, and Dar es Salaam, Tanzania"),
        date=(EMBASSY_DAY, "Aug. 7@attacks Aug. 7"),
        instrument="bombing@condemned the bombing",
    )
    return [
        event(
            t,
            "killed",
            "killed@Tanzania, killed",
            (257, 257, 257, "257"),
            victims="people@257 people",
            **fields,
        ),
        event(t, "wounded", "injured@and injured more", (5500, 5501, None, "more than 5,500"), **fields),
    ]


def _taibe(t: str) -> list[dict[str, Any]]:
    """conll-train-167: a supporter hurt by a stone after the Cup match in Jerusalem two weeks ago."""
    return [
        event(
            t,
            "wounded",
            "hospital treatment",
            (1, 1, 1, "One@One Taibe supporter"),
            victims="Taibe supporter@One Taibe supporter",
            instrument="stone@a stone struck",
            place=("Jerusalem", "Jerusalem@Cup match in Jerusalem"),
            date=("1996-08-09", "Two weeks ago"),
        )
    ]


def _slepian_suspect(t: str) -> list[dict[str, Any]]:
    """APW19990507.0207: Slepian, Kopp's protest arrests, the Birmingham clinic and Olympic bombings."""
    clinic = dict(
        instrument="bombing@1998 bombing",
        place=("Birmingham, Ala.", "Birmingham, Ala."),
        date=("1998-01", "January 1998"),
    )
    return [
        event(
            t,
            "killed",
            "gunned down",
            ONE,
            victims="Dr. Barnett Slepian",
            perpetrator=("killer", "killer@Slepian's killer"),
            instrument="single shot@with a single shot",
            place=("kitchen", "kitchen@in his kitchen"),
            date=("1998", "last fall@kitchen last fall"),
        ),
        event(
            t,
            "arrested",
            "arrested@had been arrested",
            ONE,
            victims="Kopp@Kopp had been arrested",
            place=("several states", "several states@in several states"),
            scope="cumulative",
            period="since 1990",
        ),
        event(t, "killed", "killed@clinic that killed", ONE, victims="off-duty police officer", **clinic),
        event(t, "wounded", "maimed", ONE, victims="nurse@maimed a nurse", **clinic),
        event(
            t,
            "killed",
            "killed@bombing that killed one",
            (1, 1, 1, "one@killed one person"),
            victims="person@one person",
            instrument="bombing@Olympic bombing",
            place=("Atlanta", "Atlanta@three Atlanta"),
            date=("1996", "1996@the 1996 Olympic"),
        ),
    ]


def _van_gogh(t: str) -> list[dict[str, Any]]:
    """bbc-entertainment-029: the murder of Theo Van Gogh."""
    return [
        event(
            t, "killed", "murdered", ONE, victims="film-maker@Dutch film-maker", date=(None, "November 2004")
        )
    ]


def gold_b(t: dict[str, str]) -> Gold:
    """The events of half B's documents with any (the others have none)."""
    return {
        "tempeval3-timebank-APW19980308.0201": _kosovo(t["tempeval3-timebank-APW19980308.0201"]),
        "tempeval3-aquaint-APW19990607.0041": _most_wanted(t["tempeval3-aquaint-APW19990607.0041"]),
        "conll-train-842": _bus(t["conll-train-842"]),
        "tempeval3-aquaint-APW19980813.1117": _security_council(t["tempeval3-aquaint-APW19980813.1117"]),
        "conll-train-167": _taibe(t["conll-train-167"]),
        "tempeval3-aquaint-APW19990507.0207": _slepian_suspect(t["tempeval3-aquaint-APW19990507.0207"]),
        "bbc-entertainment-029": _van_gogh(t["bbc-entertainment-029"]),
    }
