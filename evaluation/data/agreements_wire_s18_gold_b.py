"""Half B of the session-18 wire agreements check set (``check_agreements_wire_s18.jsonl``, split
``check_wire_s18_B``: summary figures only). Written from ``guidelines/agreements.md`` and the texts
only, before any system run; helpers and half A in ``agreements_wire_s18_gold.py``. Research only.
"""

from __future__ import annotations

from collections.abc import Mapping

from evaluation.data.agreements_wire_s18_gold import Record, agreement


def _politics_b(t: Mapping[str, str]) -> dict[str, list[Record]]:
    """Russia and Ukraine (APW19980227.0494); Hungary's accession treaty (XIE19990210.0079)."""
    kiev = t["tempeval3-timebank-APW19980227.0494"]
    both = [("Ukraine", "Ukraine@Kuchma of Ukraine"), ("Russia", "Russia@Yeltsin of Russia")]
    plan = [
        "economic cooperation plan",
        "economic program",
        "plan@signed the plan",
        "program@The program also",
    ]
    return {
        "tempeval3-timebank-APW19980227.0494": [
            agreement(
                kiev, "agreement", plan, both, "signed", date=("1998-02-27", "Friday@cooperation plan Friday")
            ),
            agreement(
                kiev,
                "treaty",
                ["political treaty", "treaty@In effect, the treaty", "treaty@ratification of the treaty"],
                both,
                "signed",
                date=("1997-05", "last May"),
            ),
            agreement(kiev, "agreement", ["agreement@to an agreement that would permit"], [], "proposed"),
        ],
        "tempeval3-aquaint-XIE19990210.0079": [
            agreement(
                t["tempeval3-aquaint-XIE19990210.0079"],
                "treaty",
                ["accession treaty"],
                [("Hungary", "Hungarian@the Hungarian parliament")],
                "signed",
                date=("1999-02-09", "Tuesday"),
            )
        ],
    }


def _divisions(t: str) -> list[Record]:
    """wsj_0670: National Intergroup's extrusion sale, the rolling-division pact, two other sales."""
    group = ("National Intergroup", "National Intergroup Inc.")
    werner = ("R.D. Werner", "R.D. Werner Co.")
    rolling = ("National Aluminum", "National Aluminum@sell National Aluminum's rolling")
    smelter = ("National Aluminum", "National Aluminum@sale of National Aluminum's 54.5%")
    year_ago = ("National Intergroup", "National Intergroup@National Intergroup in the year-ago")
    return [
        agreement(
            t,
            "acquisition",
            [
                "sale@related to the sale",
                "sell@agreed to sell the extrusion",
                "sale@The sale of the extrusion",
                "agreement@The agreement also",
            ],
            [group, werner],
            "signed",
            {"seller": [group], "acquirer": [werner]},
            "$15 million",
        ),
        agreement(t, "acquisition", ["pact@announced pact"], [rolling], "signed", {"seller": [rolling]}),
        agreement(
            t, "acquisition", ["sale@sale of a steel tube"], [year_ago], "in_force", {"seller": [year_ago]}
        ),
        agreement(t, "acquisition", ["sale@possible sale"], [smelter], "proposed", {"seller": [smelter]}),
    ]


def _shipyard(t: str) -> list[Record]:
    """wsj_0187: the Waertsilae Marine rescue accord, the yard's purchase and a settlement offered."""
    parties = [
        ("Finland", "Finnish government"),
        ("Union Bank of Finland", "Union Bank of Finland"),
        ("Oy Waertsilae", "Oy Waertsilae@Oy Waertsilae is to contribute"),
    ]
    return [
        agreement(
            t,
            "agreement",
            ["agreed@agreed in principle", "accord@Under an accord"],
            parties,
            "signed",
            date=("1989-11-01", "yesterday"),
        ),
        agreement(t, "acquisition", ["buy@to buy or lease"], [], "proposed"),
        agreement(t, "agreement", ["settlement@offered a settlement"], [], "proposed"),
    ]


def _connaught(t: str) -> list[Record]:
    """wsj_0533: two rival bids for Connaught, both extended, and the university's research accord."""
    merieux = ("Institut Merieux", "Institut Merieux S.A.")
    target = ("Connaught BioSciences", "Connaught BioSciences")
    rivals = [("Ciba-Geigy", "Ciba-Geigy Ltd."), ("Chiron", "Chiron Corp.")]
    bid = [
        "offered@which offered",
        "bid@extend its bid",
        "bid@ensure its bid",
        "takeover@approve the takeover",
        "bid@Merieux's bid didn't",
        "offer@the offer will be approved",
        "offer@tendered to its offer",
        "bid@the Merieux bid",
        "offer@an offer for the company by Merieux",
    ]
    return [
        agreement(
            t,
            "acquisition",
            bid,
            [merieux],
            "extended",
            {"acquirer": [merieux], "target": [target]},
            "942 million Canadian dollars",
        ),
        agreement(
            t,
            "acquisition",
            ["bid@C$30-a-share bid", "offer@tendered to their offer"],
            rivals,
            "extended",
            {"acquirer": rivals, "target": [target]},
            "C$30-a-share",
        ),
        agreement(
            t,
            "agreement",
            ["research accord"],
            [
                ("University of Toronto", "University of Toronto"),
                ("Connaught BioSciences", "Connaught@against Connaught"),
            ],
            "signed",
        ),
    ]


def _sony(t: str) -> list[Record]:
    """wsj_0175: Sony's Columbia offer and Guber/Peters purchase, the producers' hiring, their Warner
    contract and the talks to settle it."""
    sony = ("Sony", "Sony Corp.")
    producers = ("Guber/Peters Entertainment", "Guber/Peters@Guber/Peters has been")
    warner = ("Warner Communications", "Warner Communications Inc.")
    return [
        agreement(
            t,
            "acquisition",
            ["tender offer", "deal@Columbia deal"],
            [sony],
            "signed",
            {
                "acquirer": [sony],
                "target": [("Columbia Pictures Entertainment", "Columbia Pictures Entertainment Inc.")],
            },
            "$3.55 billion",
        ),
        agreement(t, "contract", ["hire@effort to hire"], [("Sony", "Sony@Sony's effort")], "proposed"),
        agreement(
            t,
            "acquisition",
            ["acquisition@planned acquisition"],
            [("Sony", "Sony@Sony's planned")],
            "signed",
            {
                "acquirer": [("Sony", "Sony@Sony's planned")],
                "target": [("Guber/Peters Entertainment", "Guber/Peters Entertainment Co.")],
            },
            "$200 million",
            date=("1989-11-06", "Monday"),
        ),
        agreement(t, "contract", ["exclusive production contract"], [producers, warner], "in_force"),
        agreement(t, "agreement", ["settle@to settle the dispute"], [producers, warner], "negotiating"),
    ]


def _sales(t: Mapping[str, str]) -> dict[str, list[Record]]:
    """Sales under way: Provigo's non-food units (wsj_1006); Norton and Eastman Christensen (wsj_0760)."""
    provigo, norton = t["tempeval3-timebank-wsj_1006"], t["tempeval3-timebank-wsj_0760"]
    seller = ("Provigo", "Provigo Inc.")
    roy = ("Henri Roy", "Henri Roy")
    buyer = ("Norton", "Norton Co.")
    texas = ("Texas Eastern", "Texas Eastern Corp.")
    eastman = ("Eastman Christensen", "Eastman Christensen Co.")
    venture = [
        ("Norton", "Norton@Norton and Texas Eastern had"),
        ("Texas Eastern", "Texas Eastern@Norton and Texas Eastern had"),
    ]
    explorer = ("Norton", "Norton@Norton announced")
    return {
        "tempeval3-timebank-wsj_1006": [
            agreement(
                provigo,
                "acquisition",
                [
                    "sell@will sell all",
                    "sale@the sale of the three",
                    "sell@able to sell",
                    "sale@the sale prices",
                    "sold@are sold",
                ],
                [seller],
                "negotiating",
                {"seller": [seller]},
            ),
            agreement(
                provigo, "acquisition", ["buy-out@management buy-out"], [roy], "proposed", {"acquirer": [roy]}
            ),
        ],
        "tempeval3-timebank-wsj_0760": [
            agreement(
                norton,
                "acquisition",
                ["buy-out@company's buy-out"],
                [buyer, texas],
                "in_force",
                {"acquirer": [buyer], "seller": [texas], "target": [eastman]},
                date=("1989-06", "last June"),
            ),
            agreement(norton, "agreement", ["joint venture"], venture, "collapsed"),
            agreement(
                norton,
                "acquisition",
                ["sale@possible sale"],
                [explorer],
                "proposed",
                {
                    "seller": [explorer],
                    "target": [("Eastman Christensen", "Eastman Christensen@part of Eastman Christensen")],
                },
            ),
        ],
    }


def _completed_b(t: Mapping[str, str]) -> dict[str, list[Record]]:
    """Acquisitions done or agreed: American Medical (wsj_0786), Midwest Financial (wsj_0172),
    Pacific First (wsj_0006)."""
    ami, foa, pff = (t[f"tempeval3-timebank-wsj_{n}"] for n in ("0786", "0172", "0006"))
    ima = ("IMA Holdings", "IMA Holdings Corp.")
    medical = ("American Medical International", "American Medical International Inc.")
    first = ("First of America Bank", "First of America Bank Corp.")
    royal = ("Royal Trustco", "Royal Trustco Ltd.")
    pacific = ("Pacific First Financial", "Pacific First Financial Corp.")
    ima_deal = [
        "acquisition@$3 billion acquisition",
        "merger agreement",
        "bid@which bid",
        "offer@extending its offer",
        "offer@lowered its offer",
        "offer@accepted the offer",
        "purchase@completed the purchase",
    ]
    return {
        "tempeval3-timebank-wsj_0786": [
            agreement(
                ami,
                "acquisition",
                ima_deal,
                [ima, ("American Medical International", "American Medical@American Medical accepted")],
                "in_force",
                {"acquirer": [ima], "target": [medical]},
                "$3 billion",
                date=("1989-10-26", "yesterday"),
            ),
            agreement(
                ami,
                "acquisition",
                ["offer@$24-a-share offer"],
                [],
                "proposed",
                {
                    "target": [
                        ("American Medical International", "American Medical@American Medical received")
                    ]
                },
                "$24-a-share",
            ),
        ],
        "tempeval3-timebank-wsj_0172": [
            agreement(
                foa,
                "acquisition",
                ["acquisition@completed its acquisition", "agreement@announced an agreement"],
                [first],
                "in_force",
                {
                    "acquirer": [first],
                    "target": [("Midwest Financial Group", "Midwest Financial Group Inc.")],
                },
                "$250 million",
                date=("1989-01", "January"),
            )
        ],
        "tempeval3-timebank-wsj_0006": [
            agreement(
                pff,
                "acquisition",
                ["acquisition@its acquisition", "transaction@the transaction"],
                [royal, pacific],
                "signed",
                {"acquirer": [royal], "target": [pacific]},
                "$27 a share",
            )
        ],
    }


def gold_b(t: Mapping[str, str]) -> dict[str, list[Record]]:
    """The agreements of half B's documents that have any (APW19981205.0374, on NATO's enlargement
    ratified, names no agreement: notes)."""
    return {
        **_politics_b(t),
        "tempeval3-timebank-wsj_0670": _divisions(t["tempeval3-timebank-wsj_0670"]),
        "tempeval3-timebank-wsj_0187": _shipyard(t["tempeval3-timebank-wsj_0187"]),
        "tempeval3-timebank-wsj_0533": _connaught(t["tempeval3-timebank-wsj_0533"]),
        "tempeval3-timebank-wsj_0175": _sony(t["tempeval3-timebank-wsj_0175"]),
        **_sales(t),
        **_completed_b(t),
    }
