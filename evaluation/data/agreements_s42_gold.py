"""Build ``check_agreements_s42.jsonl``: the session-42 agreements check set (issue 17), deals only wanted.

Sixteen unused BBC articles drawn by ``select_agreements_s42.py`` (``agreements_s42_ids.txt``): texts where
a word of wanting, offering, seeking, planning or expecting stands before buy/sell/acquire or an agreement
noun. The gold was written from ``guidelines/agreements.md`` (its "Clarifications, session 42") and the
texts only, and committed before the agreements layer or the pipeline ran on any of them. Both halves
(splits ``check_s42_A`` and ``check_s42_B``) are the counting part of session 42's two rules; afterwards
half A may be tuned on and half B is summary figures only. The file holds ids, dates and gold (never the
text: the scorer rebuilds it). Research only. Run as ``python -m evaluation.data.agreements_s42_gold
--corpora CORPORA`` (``--check``: say whether the file is up to date).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from evaluation.data.agreements_wire_s18_gold import Record, agreement
from evaluation.data.drawing import write_gold

DATA = Path(__file__).resolve().parent
OUT = DATA / "check_agreements_s42.jsonl"
DRAWN = [line.split() for line in (DATA / "agreements_s42_ids.txt").read_text(encoding="utf-8").splitlines()]


def _tourism(t: str) -> list[Record]:
    """bbc-politics-386: the UK foreign secretary signs a tourism deal (the arms ban is no deal)."""
    return [
        agreement(
            t, "agreement", ["deal@signed a deal"], [("Jack Straw", "Mr Straw@Mr Straw also")], "signed"
        )
    ]


def _perrier(t: str) -> list[Record]:
    """bbc-business-050: Nestle considers selling Perrier (the share buy-back is no deal)."""
    nestle = ("Nestle", "Nestle@lead Nestle")
    return [
        agreement(
            t,
            "acquisition",
            ["selling@consider selling", "selling@option of selling"],
            [nestle],
            "proposed",
            {"seller": [nestle], "target": [("Perrier", "Perrier@future of Perrier")]},
        )
    ]


def _glazer(t: str) -> list[Record]:
    """bbc-sport-124: Glazer's new offer, his rejected earlier bids, the stake talks cut off."""
    glazer = ("Malcolm Glazer", "Malcolm Glazer")
    united = ("Manchester United", "Manchester United@to buy Manchester United")
    return [
        agreement(
            t,
            "acquisition",
            [
                "offer@new offer",
                "buy@to buy Manchester",
                "proposals@submitted proposals",
                "bid@third bid",
                "proposal@detailed proposal",
                "offer@an offer for Manchester",
                "move@latest move",
            ],
            [glazer],
            "proposed",
            {"acquirer": [glazer], "target": [united]},
        ),
        agreement(
            t,
            "acquisition",
            ["bids@previous bids"],
            [
                ("Malcolm Glazer", "Glazer@Glazer's previous"),
                ("Manchester United", "board@by the board because"),
            ],
            "rejected",
            {
                "acquirer": [("Malcolm Glazer", "Glazer@Glazer's previous")],
                "target": [("Manchester United", "club@bids for the club")],
            },
        ),
        agreement(
            t,
            "acquisition",
            ["sale@proposed sale"],
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


def _channel4(t: str) -> list[Record]:
    """bbc-entertainment-211: Phil Redmond offers to buy Channel 4; the government will not sell."""
    redmond = ("Phil Redmond", "Phil Redmond")
    return [
        agreement(
            t,
            "acquisition",
            ["buy@offer to buy", "sell@plans to sell", "sold@to be sold off"],
            [redmond],
            "rejected",
            {"acquirer": [redmond], "target": [("Channel 4", "Channel 4@buy Channel 4")]},
        )
    ]


def _coalition(t: str) -> list[Record]:
    """bbc-politics-303: the 1974 Conservative-Liberal pact that fell through; a grand coalition refused."""
    tories = ("Conservative Party", "Conservatives@coalition with the Conservatives")
    liberals = ("Liberal Party", "Liberals@Liberals demanded")
    return [
        agreement(
            t,
            "power_sharing",
            [
                "coalition government@form a coalition government",
                "coalition@a coalition with the Conservatives",
                "deal@makings of a deal",
                "pact@Conservative-Liberal pact",
                "deal@hopes of a deal",
                "deal@attempt at a deal",
                "coalition government@chance of a coalition government",
            ],
            [tories, liberals],
            "collapsed",
        ),
        agreement(
            t,
            "power_sharing",
            ["grand coalition"],
            [("Liberal Party", "Mr Thorpe@Mr Thorpe was in high spirits")],
            "rejected",
        ),
    ]


def gold_a(t: dict[str, str]) -> dict[str, list[Record]]:
    """Half A's gold by id (articles with no agreement left out)."""
    return {
        "bbc-politics-386": _tourism(t["bbc-politics-386"]),
        "bbc-business-050": _perrier(t["bbc-business-050"]),
        "bbc-sport-124": _glazer(t["bbc-sport-124"]),
        "bbc-entertainment-211": _channel4(t["bbc-entertainment-211"]),
        "bbc-politics-303": _coalition(t["bbc-politics-303"]),
    }


def _venture(t: str) -> list[Record]:
    """bbc-tech-371: TNT, a joint venture (the bids for frequencies are bids for licences, no deal)."""
    tv = ("France Televisions", "France Televisions")
    return [agreement(t, "agreement", ["joint venture"], [tv], "in_force")]


def _morientes(t: str) -> list[Record]:
    """bbc-sport-272: Liverpool's bid, Newcastle's chase for Morientes; his Monaco loan; Anelka's move."""
    liverpool = ("Liverpool", "Liverpool@scupper Liverpool's")
    morientes = ("Fernando Morientes", "Fernando Morientes")
    newcastle = ("Newcastle United", "Newcastle")
    return [
        agreement(
            t,
            "transfer",
            ["sign@race to sign"],
            [newcastle],
            "proposed",
            {"club": [newcastle], "player": [morientes]},
        ),
        agreement(
            t,
            "transfer",
            [
                "bid@bid to snap",
                "bid@to have bid",
                "offer@lift their offer",
                "deal@any deal",
                "buy@want to buy me",
            ],
            [liverpool],
            "proposed",
            {"club": [liverpool], "player": [morientes]},
            "£3.5m",
        ),
        agreement(
            t,
            "transfer",
            ["loan@on loan last"],
            [("Monaco", "Monaco"), morientes],
            None,
            {"club": [("Monaco", "Monaco")], "player": [morientes]},
        ),
        agreement(
            t,
            "transfer",
            ["switch@permanent switch"],
            [("Manchester City", "Manchester City"), ("Nicolas Anelka", "Anelka@Anelka previously")],
            "in_force",
            {
                "club": [("Manchester City", "Manchester City")],
                "player": [("Nicolas Anelka", "Anelka@Anelka previously")],
            },
        ),
    ]


def _venezuela(t: str) -> list[Record]:
    """bbc-business-340: Venezuela and China's trade deal, a supply offered, a joint venture, more."""
    venezuela = ("Venezuela", "Venezuela@oil fields in Venezuela")
    china = ("China", "China@allow China")
    return [
        agreement(t, "trade_agreement", ["trade deal"], [venezuela, china], "signed"),
        agreement(
            t,
            "agreement",
            ["supply@offered to supply"],
            [("Venezuela", "Venezuela@Venezuela has also")],
            "proposed",
        ),
        agreement(
            t,
            "agreement",
            ["joint venture agreement"],
            [("Venezuela", "Venezuela@east of Venezuela"), ("China", "China@disposal of China")],
            "in_force",
        ),
        agreement(
            t,
            "agreement",
            ["agreements@other agreements"],
            [("Venezuela", "Venezuela@east of Venezuela"), ("China", "China@disposal of China")],
            "signed",
        ),
    ]


def gold_b(t: dict[str, str]) -> dict[str, list[Record]]:
    """Half B's gold by id (articles with no agreement left out)."""
    return {
        "bbc-tech-371": _venture(t["bbc-tech-371"]),
        "bbc-sport-272": _morientes(t["bbc-sport-272"]),
        "bbc-business-340": _venezuela(t["bbc-business-340"]),
    }


def texts_and_dates(corpora: Path) -> tuple[dict[str, str], dict[str, str | None]]:
    """The drawn articles' texts and publication dates by id."""
    texts: dict[str, str] = {}
    dates: dict[str, str | None] = {}
    wanted = {i for i, _ in DRAWN}
    with (corpora / "news" / "articles.jsonl").open(encoding="utf-8") as handle:
        for line in handle:
            article = json.loads(line)
            if article["id"] in wanted:
                texts[article["id"]], dates[article["id"]] = article["text"], article.get("published")
    return texts, dates


def row(set_id: str, half: str, published: str | None, agreements: list[Record]) -> dict[str, Any]:
    """One article's line: its id, its half, its date and gold (never the text)."""
    return {
        "id": set_id,
        "split": f"check_s42_{half}",
        "published": published,
        "agreements": sorted(agreements, key=lambda a: a["trigger"]["start"]),
    }


def build(corpora: Path) -> list[dict[str, Any]]:
    """The set's rows, one per drawn article in draw order."""
    texts, dates = texts_and_dates(corpora)
    gold = {"A": gold_a(texts), "B": gold_b(texts)}
    halves = dict(DRAWN)
    assert all(halves[i] == h for h in "AB" for i in gold[h]), "gold outside its half"
    return [row(i, half, dates[i], gold[half].get(i, [])) for i, half in DRAWN]


def main(argv: list[str] | None = None) -> int:
    """Write the set beside this script (or check it with ``--check``)."""
    return write_gold(argv, __doc__, build, OUT)


if __name__ == "__main__":
    raise SystemExit(main())
