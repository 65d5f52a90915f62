"""Half B's gold of the session-20 agreements check set (``agreements_s20_gold.py`` writes the file).

Written from ``guidelines/agreements.md`` and the texts only, before any system run; half B is scored
for summary figures only (its errors are never printed). Research only.
"""

from __future__ import annotations

from evaluation.data.agreements_s20_gold import endorsed
from evaluation.data.agreements_wire_s18_gold import Record, agreement


def _lng(t: str) -> list[Record]:
    """bbc-business-420: India's LNG deal with Iran, Iran's with China, ONGC's talks and preliminary deal."""
    iran = ("Iran", "Iran@gas from Iran")
    return [
        agreement(
            t,
            "contract",
            [
                "deal@$40bn (£21bn) deal",
                "deal@a similar deal",
                "agreements@The agreements with Iran",
                "agreement@Under the agreement",
            ],
            [("India", "India has signed"), iran],
            "signed",
            price="$40bn",
            venue=("New Delhi", "New Delhi"),
        ),
        agreement(
            t,
            "contract",
            ["one@to one between"],
            [("Iran", "Iran@between Iran"), ("China", "China@Iran and China")],
            "signed",
        ),
        agreement(
            t,
            "acquisition",
            ["buy@in talks to buy"],
            [("Oil & Natural Gas Corporation", "ONGC@announcement comes as ONGC")],
            "negotiating",
            {
                "acquirer": [("Oil & Natural Gas Corporation", "ONGC@announcement comes as ONGC")],
                "target": [("Yukos", "Yukos")],
            },
        ),
        agreement(
            t,
            "agreement",
            ["preliminary deal"],
            [
                ("Oil & Natural Gas Corporation", "ONGC@ONGC and the National"),
                ("National Iranian Oil Company", "National Iranian Oil Company"),
            ],
            "signed",
        ),
    ]


def _plasma(t: str) -> list[Record]:
    """bbc-business-211: Hitachi and Matsushita's tie-up; Hitachi buys Fujitsu's plasma technology;
    Fujitsu hands its LCD arm to Sharp."""
    return [
        agreement(
            t,
            "agreement",
            ["joining forces", "tie-up", "agreement@said the agreement", "deal@The deal will"],
            [("Hitachi", "Hitachi@giants Hitachi"), ("Matsushita Electric", "Matshushita Electric")],
            "signed",
        ),
        agreement(
            t,
            "acquisition",
            ["deal@announced a deal"],
            [("Hitachi", "Hitachi@Hitachi recently"), ("Fujitsu", "Fujitsu@rival Fujitsu")],
            "signed",
            {
                "acquirer": [("Hitachi", "Hitachi@Hitachi recently")],
                "seller": [("Fujitsu", "Fujitsu@rival Fujitsu")],
            },
        ),
        agreement(
            t,
            "acquisition",
            ["transferring@by transferring"],
            [("Fujitsu", "Fujitsu@Separately, Fujitsu"), ("Sharp", "Sharp@manufacturer Sharp")],
            "signed",
            {
                "seller": [("Fujitsu", "Fujitsu@Separately, Fujitsu")],
                "acquirer": [("Sharp", "Sharp@manufacturer Sharp")],
            },
        ),
    ]


def _glazer_offer(t: str) -> list[Record]:
    """bbc-business-209: Malcolm Glazer's new proposal for Manchester United, and his previous ones."""
    glazer = ("Malcolm Glazer", "Malcolm Glazer")
    return [
        agreement(
            t,
            "acquisition",
            [
                "offer@new offer from",
                "proposal@latest proposal",
                "proposal@received a detailed proposal",
                "deal@consider this deal",
                "deal@reject the new deal",
                "bid@against the bid",
                "proposal@A proposal was",
                "bid@300p a share bid",
                'proposals@"detailed proposals',
                "bid@formal bid",
                "proposal@new proposal",
                "proposal@For his proposal",
                "bid@Glazer bid",
                "proposal@financial proposal",
            ],
            [glazer],
            "proposed",
            {"acquirer": [glazer], "target": [("Manchester United", "Manchester United")]},
            "£800m",
        ),
        agreement(
            t,
            "acquisition",
            ["proposals@previous proposals"],
            [("Malcolm Glazer", "Mr Glazer@compared to Mr Glazer")],
            None,
            {
                "acquirer": [("Malcolm Glazer", "Mr Glazer@compared to Mr Glazer")],
                "target": [("Manchester United", "Manchester United")],
            },
        ),
    ]


def _fiat(t: str) -> list[Record]:
    """bbc-business-078: Fiat and GM's 2000 alliance, the put it gives, the payoff talks, Daimler's wish,
    the sale of Fiat's finance arm."""
    fiat = ("Fiat", "Fiat@Fiat and General")
    gm = ("General Motors", "General Motors")
    return [
        agreement(
            t,
            "agreement",
            [
                "alliance@an alliance agreed",
                "arrangement@from the arrangement",
                "deal@the deal was voided",
                "2000 deal",
                "offer@GM's offer",
                "put option",
            ],
            [fiat, gm],
            "in_force",
            date=("2000", "2000@agreed in 2000"),
        ),
        agreement(
            t,
            "acquisition",
            ["takeover@potential takeover"],
            [fiat, gm],
            "proposed",
            {"seller": [fiat], "acquirer": [gm]},
        ),
        agreement(t, "agreement", ["payoff"], [fiat, gm], "negotiating", price="$2bn"),
        agreement(
            t,
            "acquisition",
            ["buy@wanted to buy Fiat"],
            [("DaimlerChrysler", "German firm")],
            "rejected",
            {
                "acquirer": [("DaimlerChrysler", "German firm")],
                "target": [("Fiat", "Fiat@buy Fiat outright")],
            },
        ),
        agreement(
            t,
            "acquisition",
            ["sell@decision to sell off"],
            [("Fiat", "Fiat@Fiat's decision")],
            None,
            {"seller": [("Fiat", "Fiat@Fiat's decision")]},
        ),
    ]


def _mittal(t: str) -> list[Record]:
    """bbc-business-027: Mittal Steel's acquisition of ISG; LNM Holdings' merger with Ispat."""
    mittal = ("Mittal Steel", "Mittal Steel@Mittal Steel, one")
    return [
        agreement(
            t,
            "acquisition",
            [
                "acquisition@$4.5bn acquisition",
                "acquisition@once the acquisition",
                "combination@A combination",
            ],
            [mittal],
            "signed",
            {"acquirer": [mittal], "target": [("International Steel Group", "ISG@US firm ISG")]},
            "$4.5bn",
        ),
        agreement(
            t,
            "merger",
            ["merged@merged with Dutch"],
            [("LNM Holdings", "LNM Holdings"), ("Ispat", "Ispat")],
            "in_force",
            date=(None, "last year@formed last year"),
        ),
    ]


def _vw(t: str) -> list[Record]:
    """bbc-business-377: the memorandum VW is expected to co-sign in Andhra Pradesh."""
    return [
        agreement(
            t, "memorandum", ["memorandum of agreement"], [("Volkswagen", "VW@expected VW")], "proposed"
        )
    ]


def _blair(t: str) -> list[Record]:
    """bbc-politics-262: the deals on the premiership Howard says Blair struck with Brown."""
    return [
        agreement(
            t,
            "agreement",
            ["deals@no deals", "agreements@such agreements", "deals@deals on meals"],
            [("Gordon Brown", "chancellor@with the chancellor")],
            "signed",
        )
    ]


def _nashua(t: str) -> list[Record]:
    """wsj_0520: Reiss & Co. seeks approval to buy up to 25% of Nashua."""
    reiss = ("Reiss & Co.", "Reiss amp Co. B.V.")
    return [
        agreement(
            t,
            "acquisition",
            ["buy@approval to buy", "buy@permission to buy"],
            [reiss],
            "proposed",
            {"acquirer": [reiss], "target": [("Nashua", "Nashua Corp.")]},
        )
    ]


def _paribas(t: str) -> list[Record]:
    """wsj_0810: Paribas's bid for Navigation Mixte; Allianz's purchase of half its insurance arm."""
    paribas = ("Paribas", "Cie. Financiere de Paribas")
    mixte = ("Navigation Mixte", "Cie. de Navigation Mixte")
    return [
        agreement(
            t,
            "acquisition",
            [
                "bid@$1.77 billion bid",
                "takeover@pay for the takeover",
                "bid@Paribas's bid",
                "bid@the Paribas bid",
                "bid@block the bid",
                "bid@before the bid",
                "bid@intends to bid",
                "purchase@The purchase of",
                "offer@The Paribas offer",
            ],
            [paribas, mixte],
            "rejected",
            {"acquirer": [paribas], "target": [mixte]},
            "$1.77 billion@the $1.77 billion bid",
        ),
        agreement(
            t,
            "acquisition",
            ["acquire@agreed to acquire"],
            [
                ("Allianz", "Allianz@payments from Allianz"),
                ("Navigation Mixte", "Navigation Mixte@Navigation Mixte's insurance"),
            ],
            "signed",
            {
                "acquirer": [("Allianz", "Allianz@payments from Allianz")],
                "seller": [("Navigation Mixte", "Navigation Mixte@Navigation Mixte's insurance")],
            },
        ),
    ]


def _dresdner(t: str) -> list[Record]:
    """wsj_0713: Dresdner Bank's cleared takeover of BIP and its option on Societe Generale's stake."""
    dresdner = ("Dresdner Bank", "Dresdner Bank AG")
    bip = ("Banque Internationale de Placement", "Banque Internationale de Placement")
    return [
        endorsed(
            agreement(
                t,
                "acquisition",
                ["takeover@Dresdner Bank AG's takeover", "buy@will buy 32.99%"],
                [dresdner],
                "signed",
                {"acquirer": [dresdner], "target": [bip]},
                "1,015 French francs",
            ),
            t,
            [("West Germany", "West German@West German and"), ("France", "French@French authorities")],
        ),
        agreement(
            t,
            "acquisition",
            ["option@has an option"],
            [("Dresdner Bank", "bank@the bank has"), ("Societe Generale", "Societe Generale")],
            "signed",
            {
                "acquirer": [("Dresdner Bank", "bank@the bank has")],
                "seller": [("Societe Generale", "Societe Generale")],
                "target": [("Banque Internationale de Placement", "BIP@stake in BIP")],
            },
            "1,015 francs a share",
            date=("1990-01-01", "Jan. 1, 1990"),
        ),
    ]


def gold_b(texts: dict[str, str]) -> dict[str, list[Record]]:
    """Half B's gold by id (articles with no agreement left out)."""
    return {
        "bbc-business-420": _lng(texts["bbc-business-420"]),
        "bbc-business-211": _plasma(texts["bbc-business-211"]),
        "bbc-business-209": _glazer_offer(texts["bbc-business-209"]),
        "bbc-business-078": _fiat(texts["bbc-business-078"]),
        "bbc-business-027": _mittal(texts["bbc-business-027"]),
        "bbc-business-377": _vw(texts["bbc-business-377"]),
        "bbc-politics-262": _blair(texts["bbc-politics-262"]),
        "tempeval3-timebank-wsj_0520": _nashua(texts["tempeval3-timebank-wsj_0520"]),
        "tempeval3-timebank-wsj_0810": _paribas(texts["tempeval3-timebank-wsj_0810"]),
        "tempeval3-timebank-wsj_0713": _dresdner(texts["tempeval3-timebank-wsj_0713"]),
    }
