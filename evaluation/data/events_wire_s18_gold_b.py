"""Half B of the session-18 wire events check set (scored only, never read): the gold of its documents.

Written from ``guidelines/events.md`` and the texts only, before the system was run on them, with
half A in ``events_wire_s18_gold.py`` (which writes both files). conll-train-339 (a football report)
and APW19980809.0700 (the strength of the Dar es Salaam embassy) have no event. Research only.
"""

from __future__ import annotations

from typing import Any

from evaluation.data.events_check_gold import event

ONE = (1, 1, 1, None)
SOME = (None, 2, None, None)
Gold = dict[str, list[dict[str, Any]]]


def _kopp(t: str) -> list[dict[str, Any]]:
    """APW19990506.0155: Slepian's killing, the Canadian shootings, Kopp's protest arrests, the
    Birmingham and Olympic bombings."""
    birmingham = dict(
        instrument="bombing@January 1998 bombing",
        place=("Birmingham", "Birmingham@of a Birmingham"),
        date=("1998-01", "January 1998"),
    )
    return [
        event(
            t,
            "killed",
            "slaying@in the slaying of a doctor",
            ONE,
            victims="doctor@slaying of a doctor",
            perpetrator=("sniper", "sniper@where the sniper fired"),
            instrument="sniper's bullet",
            place=("kitchen", "kitchen@in his kitchen"),
            date=("1998-10-23", "Oct. 23"),
        ),
        event(
            t,
            "wounded",
            "injured@that injured",
            SOME,
            victims="abortion doctors@injured abortion doctors",
            instrument="sniper shootings",
            place=(
                "Vancouver, Winnipeg and Hamilton",
                "Vancouver, British Columbia; Winnipeg, Manitoba; and Hamilton, Ontario",
            ),
            date=("1998-11", "November@doctors in November"),
            scope="cumulative",
            source=("Canadian officials", "Canadian officials"),
        ),
        event(
            t,
            "arrested",
            "arrested@had been arrested",
            ONE,
            victims="Kopp@Kopp had been arrested",
            scope="cumulative",
            period="since 1990",
        ),
        event(t, "killed", "killed@clinic that killed", ONE, victims="off-duty police officer", **birmingham),
        event(t, "wounded", "maimed", ONE, victims="nurse@maimed a nurse", **birmingham),
        event(
            t,
            "killed",
            "killed@bombing that killed one",
            (1, 1, 1, "one@killed one person"),
            victims="person@one person",
            instrument="Olympic bombing",
            place=("Atlanta", "Atlanta@three Atlanta attacks"),
            date=("1996", "1996@the 1996 Olympic"),
        ),
    ]


def _cnn(t: str) -> list[dict[str, Any]]:
    """CNN19980227.2130.0067: the Olympic bombing, the Atlanta and Birmingham clinic bombings."""
    return [
        event(
            t,
            "killed",
            "killed@One person is killed",
            (1, 1, 1, "One@One person"),
            victims="person@One person",
            instrument="bomb blast",
            place=("Atlanta", "Atlanta@Atlanta nineteen ninety-six"),
            date=("1996", "nineteen ninety-six@Atlanta nineteen ninety-six"),
        ),
        event(
            t,
            "wounded",
            "hurt@people are hurt",
            SOME,
            victims="people@More people",
            instrument="bomb@This time a bomb",
            place=("Atlanta", "Atlanta@Atlanta again"),
            date=("1997-01", "January nineteen ninety-seven"),
        ),
        event(
            t,
            "killed",
            "killed@policeman is killed",
            ONE,
            victims="off duty policeman",
            instrument="bomb@when a bomb explodes",
            place=("Birmingham", "Birmingham@Location, Birmingham"),
            date=("1998-01", "last month@just last month"),
        ),
    ]


def _slepian_b(t: dict[str, str]) -> Gold:
    """Slepian's killing in NYT19981025.0216 and NYT19990505.0443."""
    n216, n443 = t["tempeval3-aquaint-NYT19981025.0216"], t["tempeval3-aquaint-NYT19990505.0443"]
    return {
        "tempeval3-aquaint-NYT19981025.0216": [
            event(
                n216,
                "killed",
                "slaying@details of the slaying",
                ONE,
                victims="Slepian@hit Slepian in",
                perpetrator=("sniper", "sniper@the sniper's bullet"),
                instrument="bullet@sniper's bullet",
                place=("kitchen", "kitchen@were in the kitchen"),
            )
        ],
        "tempeval3-aquaint-NYT19990505.0443": [
            event(
                n443,
                "killed",
                "killed@shots that killed",
                ONE,
                victims="abortion-clinic doctor",
                perpetrator=("James Kopp", "James Kopp@concluded that James Kopp"),
                instrument="shots@fired the shots",
                place=("Amherst", "Amherst@suburban Amherst"),
                date=("1998-10-23", "Oct. 23@night of Oct. 23"),
                source=(
                    "federal law enforcement officials",
                    "officials@Federal law enforcement officials said",
                ),
            )
        ],
    }


def _embassies_b(t: dict[str, str]) -> Gold:
    """The 1998 embassy bombings in half B: APW19991008.0151, XIE19980808.0049, APW19980807.0261,
    XIE19980808.0060."""
    a151, x049 = t["tempeval3-aquaint-APW19991008.0151"], t["tempeval3-aquaint-XIE19980808.0049"]
    a261, x060 = t["tempeval3-aquaint-APW19980807.0261"], t["tempeval3-aquaint-XIE19980808.0060"]
    aug7 = ("1998-08-07", "Aug. 7, 1998")
    both = dict(
        instrument="explosions@The Friday explosions",
        place=("Nairobi and Dar-es-Salaam", "Nairobi, Kenya, and Dar-es-Salaam, Tanzania"),
        date=("1998-08-07", "Friday@The Friday explosions"),
    )
    capitals = dict(
        instrument="bombs@Suspected bombs",
        place=("Nairobi and Dar es Salaam", "Kenyan and Tanzanian capitals"),
        date=("1998-08-07", "Friday"),
    )
    nairobi = dict(
        instrument="bomb@since a bomb ripped",
        place=("Nairobi", "Nairobi"),
        date=("1998-08-07", "Friday morning"),
    )
    dar = dict(
        instrument="car bomb",
        place=("Dar-es-Salaam", "Dar-es-Salaam"),
        date=("1998-08-07", "Friday@attack on Friday"),
    )
    return {
        "tempeval3-aquaint-APW19991008.0151": [
            event(
                a151,
                "killed",
                "killed@which killed",
                (224, 224, 224, "224"),
                victims="people@224 people",
                instrument="bombings@the bombings which",
                place=("Kenya and Tanzania", "Kenya and Tanzania@blasts in Kenya and Tanzania"),
                date=aug7,
                scope="cumulative",
            ),
            event(
                a151,
                "killed",
                "victims@The victims in Nairobi",
                (213, 213, 213, "213"),
                instrument="bombs@The bombs went off",
                place=("Nairobi", "Nairobi@victims in Nairobi"),
                date=aug7,
            ),
            event(
                a151,
                "killed",
                "died@Americans, died",
                (11, 11, 11, "Eleven"),
                victims="people@Eleven people",
                instrument="blast@died in the blast",
                place=("Dar-es-Salaam", "Dar-es-Salaam"),
                date=aug7,
            ),
        ],
        "tempeval3-aquaint-XIE19980808.0049": [
            event(
                x049,
                "killed",
                "killed@Tanzania, killed",
                (110, 110, None, "at least 110"),
                victims="people@110 people",
                **both,
            ),
            event(x049, "wounded", "injured@number injured", (2200, 2201, None, "topped 2,200"), **both),
        ],
        "tempeval3-aquaint-APW19980807.0261": [
            event(
                a261,
                "killed",
                "killing@Friday, killing",
                (None, 24, 99, "dozens"),
                victims="people@dozens of people",
                source=("witnesses", "witnesses"),
                **capitals,
            ),
            event(
                a261,
                "wounded",
                "injured",
                (None, 200, 999, "hundreds"),
                source=("local TV", "local TV"),
                **capitals,
            ),
        ],
        "tempeval3-aquaint-XIE19980808.0060": [
            event(
                x060,
                "killed",
                "died@have died",
                (100, 101, None, "More than 100"),
                victims="people@100 people",
                **nairobi,
            ),
            event(x060, "wounded", "injured@1,000 injured", (1000, 1001, None, "over 1,000"), **nairobi),
            event(x060, "killed", "killed@also killed", (6, 6, 6, "Six"), victims="people@Six people", **dar),
            event(x060, "wounded", "injured@58 injured", (58, 58, None, "at least 58"), **dar),
        ],
    }


def _johannesburg(t: str) -> list[dict[str, Any]]:
    """XIE19980808.0031: the two bombings' joint toll, then each city's."""
    both = dict(
        instrument="bomb blasts",
        place=("Kenya and Tanzania", "Kenya and Tanzania@States in Kenya and Tanzania"),
        date=("1998-08-07", "earlier in the day"),
        scope="cumulative",
    )
    nairobi = dict(
        instrument="blast@massive blast",
        place=("Nairobi", "Nairobi@embassy in Nairobi, killing"),
        date=("1998-08-07", "earlier in the day"),
        source=("reports", "Reports@Reports reaching here"),
    )
    dar = dict(
        instrument="explosion@killed in an explosion",
        place=("Dar es Salaam", "Dar es Salaam@Dar es Salaam, the capital"),
        date=("1998-08-07", "Friday morning"),
    )
    return [
        event(
            t,
            "killed",
            "killed@which killed",
            (None, 40, 99, "scores"),
            victims="people@scores of people",
            **both,
        ),
        event(
            t,
            "wounded",
            "injured@and injured more",
            (1000, 1001, None, "more than 1,000"),
            victims="others@1,000 others",
            **both,
        ),
        event(
            t, "killed", "killing@Nairobi, killing", (40, 40, 40, "40"), victims="people@40 people", **nairobi
        ),
        event(
            t,
            "wounded",
            "wounding",
            (1000, 1000, None, "at least 1,000@wounding at least 1,000"),
            victims="people@1,000 people",
            **nairobi,
        ),
        event(
            t,
            "killed",
            "killed@were killed in an explosion",
            (4, 4, None, "at least four"),
            victims="people@four people",
            **dar,
        ),
    ]


def _elian_b(t: str) -> list[dict[str, Any]]:
    """APW20000216.0272: Elian Gonzalez's mother and ten others drowned."""
    return [
        event(
            t,
            "killed",
            "died@people died when",
            ONE,
            victims="mother@boy's mother and",
            instrument="boat sank",
        ),
        event(
            t,
            "killed",
            "died@people died when",
            (10, 10, 10, "10@and 10 other"),
            victims="people@10 other people",
            instrument="boat sank",
        ),
    ]


def gold_b(t: dict[str, str]) -> Gold:
    """The events of half B's documents that have any."""
    return {
        "tempeval3-aquaint-APW19990506.0155": _kopp(t["tempeval3-aquaint-APW19990506.0155"]),
        "tempeval3-timebank-CNN19980227.2130.0067": _cnn(t["tempeval3-timebank-CNN19980227.2130.0067"]),
        "tempeval3-aquaint-APW20000216.0272": _elian_b(t["tempeval3-aquaint-APW20000216.0272"]),
        "tempeval3-aquaint-XIE19980808.0031": _johannesburg(t["tempeval3-aquaint-XIE19980808.0031"]),
        **_slepian_b(t),
        **_embassies_b(t),
    }
