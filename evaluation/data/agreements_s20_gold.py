"""Build ``check_agreements_s20.jsonl``: the session-20 agreements check set (issue 17, round 1b).

Twenty-four texts drawn by ``select_agreements_s20.py`` (``agreements_s20_ids.txt``): 16 unused BBC
articles (12 business, 2 sport, 2 politics) and 8 TempEval-3 train stories (Wall Street Journal 1989,
ABC, New York Times, Xinhua). The gold was written from ``guidelines/agreements.md`` and the texts
only, before the system was run on them (decisions in ``guidelines/agreements_s20_notes.md``). Half A
(split ``check_s20_A``, even draw positions) is tuned on, half B (``check_s20_B``) only scored. The file
holds ids (and the TimeML file of a wire story), dates and gold only: the scorer rebuilds the texts
(``evaluation.real_common.rebuilt_texts``). Research only.
Run as ``python -m evaluation.data.agreements_s20_gold CORPORA``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from evaluation.data.agreements_wire_s18_gold import Record, agreement

DATA = Path(__file__).resolve().parent
OUT = DATA / "check_agreements_s20.jsonl"
DRAWN = [line.split() for line in (DATA / "agreements_s20_ids.txt").read_text(encoding="utf-8").splitlines()]


def _novartis(t: str) -> list[Record]:
    """bbc-business-201: Novartis buys Hexal and a stake in Eon Labs, and offers for the rest."""
    nov = ("Novartis", "Novartis@Novartis, which")
    return [
        agreement(
            t,
            "acquisition",
            [
                "purchases",
                "bought@had bought all",
                "acquisitions@following the acquisitions",
                "deal@The deal will",
                "deal@about the deal",
                "acquisition@very expensive acquisition",
            ],
            [nov],
            "in_force",
            {"acquirer": [nov], "target": [("Hexal", "Hexal@Germany's Hexal")]},
        ),
        agreement(
            t,
            "acquisition",
            ["acquired@also acquired 67.7%"],
            [nov],
            "in_force",
            {"acquirer": [nov], "target": [("Eon Labs", "Eon Labs")]},
        ),
        agreement(
            t,
            "acquisition",
            ["buy@offered to buy the remaining"],
            [nov],
            "proposed",
            {"acquirer": [nov], "target": [("Eon Labs", "Eon Labs")]},
            "$31@for $31 each",
        ),
    ]


def _fosters_stake(t: str) -> list[Record]:
    """bbc-business-435: Fosters' stake in Southcorp, the takeover it may lead to, three older sales."""
    fosters = ("Foster's Group", "Fosters@Australian brewer Fosters")
    southcorp = ("Southcorp", "Southcorp@winemaker Southcorp")
    oatley = ("Oatley family", "Oatleys@for the Oatleys")
    constellation = ("Constellation", "it@Since then, it has")
    return [
        agreement(
            t,
            "acquisition",
            [
                "bought@has bought a large stake",
                "bought@Fosters bought 18.8%",
                "bought@Fosters bought the 18.8%",
                "share deal",
                "taking@taking the stake",
            ],
            [fosters, ("Reline Investments", "Reline Investments")],
            "in_force",
            {
                "acquirer": [fosters],
                "seller": [("Reline Investments", "Reline Investments")],
                "target": [southcorp],
            },
            "4.17 Australian dollars",
        ),
        agreement(
            t,
            "acquisition",
            [
                "takeover@possible takeover",
                "bid@A bid at that",
                "acquisition@major acquisition",
                "takeover target",
                "takeover@go for a takeover",
                "takeover@outright takeover",
                "takeover@precursor to a takeover",
            ],
            [fosters],
            "proposed",
            {"acquirer": [fosters], "target": [southcorp]},
        ),
        agreement(
            t,
            "acquisition",
            ["sold@sold it to Southcorp"],
            [oatley, ("Southcorp", "Southcorp@sold it to Southcorp")],
            "in_force",
            {
                "seller": [oatley],
                "acquirer": [("Southcorp", "Southcorp@sold it to Southcorp")],
                "target": [("Rosemount Estates", "Rosemount Estates")],
            },
            date=("2001", "2001@Southcorp in 2001"),
        ),
        agreement(
            t,
            "acquisition",
            ["bought@when it bought"],
            [("Constellation", "Constellation@driven by Constellation")],
            "in_force",
            {
                "acquirer": [("Constellation", "Constellation@driven by Constellation")],
                "target": [("BRL Hardy", "BRL Hardy")],
            },
            "$1bn@just over $1bn",
            date=("2003", "2003@$1bn in 2003"),
        ),
        agreement(
            t,
            "acquisition",
            ["paid@has paid $1bn"],
            [constellation],
            "in_force",
            {"acquirer": [constellation], "target": [("Robert Mondavi", "Robert Mondavi")]},
            "$1bn@paid $1bn",
            date=(None, "last month@bought last month"),
        ),
        agreement(
            t,
            "acquisition",
            ["selling@from selling property"],
            [("Foster's Group", "It@It has cash")],
            "in_force",
            {"seller": [("Foster's Group", "It@It has cash")], "target": [("Lensworth", "Lensworth")]},
            "A$846m",
        ),
    ]


def _fosters_offer(t: str) -> list[Record]:
    """bbc-business-451: Southcorp rejects Foster's offer; the stake bought; Rosemount merged in."""
    fosters = ("Foster's Group", "Foster's Group")
    southcorp = ("Southcorp", "Southcorp@Southcorp has rejected")
    oatley = ("Oatley family", "Oatley family")
    return [
        agreement(
            t,
            "acquisition",
            [
                "takeover offer@rejected a takeover offer",
                "offer@dismissed the offer",
                "merger@A merger would",
                "takeover proposal",
                "offer@recommend the offer",
                "takeover offer@Foster's takeover offer was",
                "offer@the offer may",
                "opening bid",
                "combination@a combination of the two",
                "combination@The combination of",
                "deal@talks about a deal",
                "offer@news of the offer",
            ],
            [fosters, southcorp],
            "rejected",
            {"acquirer": [fosters], "target": [southcorp]},
            "3.1bn Australian dollars",
        ),
        agreement(
            t,
            "acquisition",
            ["bought@Foster's bought an 18.8%", "buying@on buying an 18.8%"],
            [("Foster's Group", "Foster's@after Foster's bought"), oatley],
            "in_force",
            {
                "acquirer": [("Foster's Group", "Foster's@after Foster's bought")],
                "seller": [oatley],
                "target": [("Southcorp", "Southcorp@stake in Southcorp on")],
            },
            "A$584m",
            date=(None, "13 January"),
        ),
        agreement(
            t,
            "merger",
            ["merged@later merged it"],
            [oatley, ("Southcorp", "Southcorp@merged it into Southcorp")],
            "in_force",
        ),
    ]


def _russia_tenders(t: str) -> list[Record]:
    """bbc-business-222: Exxon's preliminary Sakhalin 3 agreements; BP's Sakhalin 5 partnership."""
    return [
        agreement(
            t,
            "agreement",
            [
                "preliminary agreement@previously signed a preliminary agreement",
                "preliminary agreements@has signed preliminary agreements",
                "deal@considered the deal valid",
            ],
            [("Exxon", "Exxon@US oil giant Exxon")],
            "signed",
        ),
        agreement(
            t,
            "agreement",
            ["partnership@has a partnership"],
            [("BP", "BP@BP spent"), ("Rosneft", "Rosneft")],
            "in_force",
        ),
    ]


def _glazer_approach(t: str) -> list[Record]:
    """bbc-business-293: Glazer's new approach, the attempt turned down, the stake talks cut off."""
    glazer = ("Malcolm Glazer", "Malcolm Glazer")
    united = ("Manchester United", "Manchester United")
    return [
        agreement(
            t,
            "acquisition",
            [
                "approach@fresh approach",
                "bid@lead to a bid valuing",
                "proposals@detailed proposals",
                "offer@His new offer",
                "bid@formal bid",
                "bid@less debt-laden bid",
                "bid@from a new bid",
                "proposal@received a detailed proposal",
                "offer@basis of an offer",
                "takeover@proposed takeover by Glazer",
                "offer@whatever his offer",
                "takeover@this proposed takeover",
            ],
            [glazer],
            "proposed",
            {"acquirer": [glazer], "target": [united]},
            "£800m",
        ),
        agreement(
            t,
            "acquisition",
            ["takeover attempt", "bid@turned down the bid"],
            [("Malcolm Glazer", "Mr Glazer@Mr Glazer has already"), ("Manchester United", "Red Devils")],
            "rejected",
            {
                "acquirer": [("Malcolm Glazer", "Mr Glazer@Mr Glazer has already")],
                "target": [("Manchester United", "Red Devils")],
            },
        ),
        agreement(
            t,
            "acquisition",
            ["sale@proposed sale of their stake"],
            [
                ("John Magnier", "John Magnier"),
                ("JP McManus", "JP McManus"),
                ("Malcolm Glazer", "Glazer@talks with Glazer"),
            ],
            "collapsed",
            {
                "seller": [("John Magnier", "John Magnier"), ("JP McManus", "JP McManus")],
                "acquirer": [("Malcolm Glazer", "Glazer@talks with Glazer")],
            },
        ),
    ]


def _yukos(t: str) -> list[Record]:
    """bbc-business-426: Yuganskneftegaz sold to Baikal, Baikal to Rosneft, Rosneft to merge with Gazprom."""
    rosneft = ("Rosneft", "Rosneft@state-controlled firm Rosneft")
    return [
        agreement(
            t,
            "acquisition",
            ["sale@follow the sale", "deal@a deal which", "sale@called the sale", "sold@seized and sold"],
            [("Baikal", "Baikal@called Baikal")],
            "in_force",
            {
                "acquirer": [("Baikal", "Baikal@called Baikal")],
                "target": [("Yuganskneftegaz", "Yuganskneftegaz@Yuganskneftegaz, the unit")],
            },
            "$10bn@less than $10bn",
            date=(None, "December@sold in December"),
        ),
        agreement(
            t,
            "acquisition",
            ["passed@promptly passed"],
            [rosneft],
            "in_force",
            {"acquirer": [rosneft], "target": [("Baikal", "Baikal@Baikal promptly")]},
        ),
        agreement(t, "merger", ["merge@shortly to merge"], [rosneft, ("Gazprom", "Gazprom")], "proposed"),
    ]


def _stam(t: str) -> list[Record]:
    """bbc-sport-158: Manchester United sold Jaap Stam to Lazio in August 2001."""
    lazio = ("Lazio", "Lazio")
    stam = ("Jaap Stam", "Jaap Stam")
    return [
        agreement(
            t,
            "transfer",
            [
                "selling@by selling him",
                "selling@mistake in selling me",
                "selling@selling the Dutchman",
                "sold@he sold the defender",
                "transfer fee",
            ],
            [("Manchester United", "Manchester United@says Manchester United"), lazio, stam],
            "in_force",
            {"club": [lazio], "player": [stam]},
            "£16.5m",
            date=("2001-08", "August 2001"),
        )
    ]


def _cilcorp(t: str) -> list[Record]:
    """wsj_0346: Cilcorp agrees to buy Hunter's consulting businesses, with agreements not to compete."""
    cil = ("Cilcorp", "Cilcorp Inc.")
    hunter = ("Hunter Environmental Services", "Hunter Environmental Services Inc.")
    return [
        agreement(
            t,
            "acquisition",
            ["acquire@agreed to acquire", "agreement@part of the agreement"],
            [cil, hunter],
            "signed",
            {"acquirer": [cil], "seller": [hunter]},
            "$39 million",
        ),
        agreement(
            t,
            "agreement",
            ["agreements not to compete"],
            [
                ("Cilcorp", "Cilcorp@Cilcorp said it will pay"),
                ("Hunter Environmental Services", "Hunter@pay Hunter"),
            ],
            "signed",
            price="$4 million",
        ),
    ]


def _elian(t: str) -> list[Record]:
    """NYT20000329.0359: the agreement to hand Elian over that Lazaro Gonzalez had not signed."""
    return [
        agreement(
            t,
            "agreement",
            ["agreement@signed an agreement"],
            [("Lazaro Gonzalez", "Lazaro Gonzalez")],
            "proposed",
        )
    ]


def _nato(t: str) -> list[Record]:
    """XIE19990313.0031: Poland, Hungary and the Czech Republic sign their accession to NATO."""
    return [
        agreement(
            t,
            "treaty",
            ["joined@formally joined", "documents of accession", "signing@the signing ceremony"],
            [
                ("Poland", "Poland@Poland, Hungary"),
                ("Hungary", "Hungary@Poland, Hungary"),
                ("Czech Republic", "Czech Republic"),
                ("NATO", "NATO"),
            ],
            "in_force",
            venue=("Independence", "Independence@city of Independence"),
            date=("1999-03-12", "Friday"),
        )
    ]


def gold_a(texts: dict[str, str]) -> dict[str, list[Record]]:
    """Half A's gold by id (articles with no agreement left out)."""
    return {
        "bbc-business-201": _novartis(texts["bbc-business-201"]),
        "bbc-business-435": _fosters_stake(texts["bbc-business-435"]),
        "bbc-business-451": _fosters_offer(texts["bbc-business-451"]),
        "bbc-business-222": _russia_tenders(texts["bbc-business-222"]),
        "bbc-business-293": _glazer_approach(texts["bbc-business-293"]),
        "bbc-business-426": _yukos(texts["bbc-business-426"]),
        "bbc-sport-158": _stam(texts["bbc-sport-158"]),
        "tempeval3-timebank-wsj_0346": _cilcorp(texts["tempeval3-timebank-wsj_0346"]),
        "tempeval3-aquaint-NYT20000329.0359": _elian(texts["tempeval3-aquaint-NYT20000329.0359"]),
        "tempeval3-aquaint-XIE19990313.0031": _nato(texts["tempeval3-aquaint-XIE19990313.0031"]),
    }


def endorsed(record: Record, t: str, who: list[tuple[str, str]]) -> Record:
    """The record with its endorsers (approved, backed as outsiders), each anchored in ``t``."""
    from evaluation.data.agreements_wire_s18_gold import names

    return {**record, "endorsers": names(t, who)}


def texts_and_dates(corpora: Path) -> tuple[dict[str, str], dict[str, str | None]]:
    """The drawn texts and publication dates: news articles by id, wire stories rebuilt from TimeML."""
    from evaluation.data.select_events_wire_s18 import wire_text

    texts: dict[str, str] = {}
    dates: dict[str, str | None] = {}
    wanted = {i for i, _ in DRAWN}
    with (corpora / "news" / "articles.jsonl").open(encoding="utf-8") as handle:
        for line in handle:
            article = json.loads(line)
            if article["id"] in wanted:
                texts[article["id"]], dates[article["id"]] = article["text"], article.get("published")
    for set_id in (i for i in wanted if i.startswith("tempeval3-")):
        texts[set_id], dates[set_id] = wire_text(corpora, set_id)
    return texts, dates


def row(set_id: str, half: str, published: str | None, agreements: list[Record]) -> dict[str, Any]:
    """One text's line: its id (and TimeML file), its half, its date and gold (never the text)."""
    out: dict[str, Any] = {"id": set_id}
    if set_id.startswith("tempeval3-"):
        _, corpus, name = set_id.split("-", 2)
        out |= {"tml": f"{corpus}/{name}.tml", "subset": f"tempeval3/{corpus}"}
    return out | {
        "split": f"check_s20_{half}",
        "published": published,
        "agreements": sorted(agreements, key=lambda a: a["trigger"]["start"]),
    }


def main(corpora: Path) -> None:
    """Write the set beside this script, one line per drawn text in draw order."""
    from evaluation.data.agreements_s20_gold_b import gold_b

    texts, dates = texts_and_dates(corpora)
    gold = {"A": gold_a(texts), "B": gold_b(texts)}
    halves = {i: half for i, half in DRAWN}
    assert all(halves[i] == h for h in "AB" for i in gold[h]), "gold outside its half"
    with OUT.open("w", encoding="utf-8") as handle:
        for set_id, half in DRAWN:
            handle.write(json.dumps(row(set_id, half, dates[set_id], gold[half].get(set_id, []))) + "\n")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("../shared/corpora"))
