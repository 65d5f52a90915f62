"""Build ``check_agreements_wire_s42.jsonl``: the session-42 wire agreements check set (issue 17).

Thirty stories drawn by ``select_agreements_wire_s42.py`` (``agreements_wire_s42_ids.txt``): 3 TempEval-3
train wire stories of the dates layer's tune part and 27 unused news articles (even places of the
session's unused list) that hold an agreement word by surface form. The gold was written from
``guidelines/agreements.md`` (its "Clarifications, session 42") and the texts only, and committed
before the agreements layer or the pipeline ran on any of them. Half A (``check_wire_s42_A``) is a
tuning part for later sessions, half B (``check_wire_s42_B``) their held-out part (summary figures
only). The file holds ids, dates and gold (never the text: the scorer rebuilds it). Research only.
Run as ``python -m evaluation.data.agreements_wire_s42_gold --corpora CORPORA`` (``--check``: say
whether the file is up to date).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from evaluation.data.agreements_wire_s18_gold import Record, agreement
from evaluation.data.drawing import write_gold

DATA = Path(__file__).resolve().parent
OUT = DATA / "check_agreements_wire_s42.jsonl"
DRAWN = [
    line.split() for line in (DATA / "agreements_wire_s42_ids.txt").read_text(encoding="utf-8").splitlines()
]


def _nato(t: str) -> list[Record]:
    """XIE19990313.0229: three states sign their documents of accession to NATO and join it."""
    return [
        agreement(
            t,
            "treaty",
            ["documents of accession", "accession@the accession of the three"],
            [
                ("Poland", "Poland@Geremek of Poland"),
                ("Hungary", "Hungary@Martonyi of Hungary"),
                ("Czech Republic", "Czech Republic@Kavan of the Czech Republic signed"),
            ],
            "in_force",
            venue=("Independence", "Independence@Truman Library in Independence"),
            date=("1999-03-12", "Friday@Czech Republic Friday"),
        )
    ]


def _yukos(t: str) -> list[Record]:
    """bbc-business-164: the forced sale of Yugansk to Baikal, Baikal's sale to Rosneft, Rosneft-Gazprom."""
    baikal = ("Baikal Finance Group", "Baikal Finance Group")
    rosneft = ("Rosneft", "Rosneft@state-run oil group Rosneft")
    yugansk = ("Yuganskneftegas", "Yuganskneftegas@to sell off Yuganskneftegas")
    return [
        agreement(
            t,
            "acquisition",
            ["sold@Yugansk was sold", "sale@called the sale", "sold@Yuganskneftegas was sold"],
            [baikal],
            "in_force",
            {"acquirer": [baikal], "seller": [("Yukos", "Yukos@forced Yukos")], "target": [yugansk]},
            date=(None, "December@sold in December"),
        ),
        agreement(
            t,
            "acquisition",
            ["gave@Baikal gave control"],
            [("Baikal Finance Group", "Baikal@Baikal gave"), rosneft],
            "in_force",
            {
                "acquirer": [rosneft],
                "seller": [("Baikal Finance Group", "Baikal@Baikal gave")],
                "target": [yugansk],
            },
            price="$9.3bn",
        ),
        agreement(
            t,
            "merger",
            ["merge@agreed to merge"],
            [("Rosneft", "Rosneft@Rosneft, meanwhile"), ("Gazprom", "Gazprom@merge with Gazprom")],
            "signed",
        ),
    ]


def _cairn(t: str) -> list[Record]:
    """bbc-business-307: Cairn's production-sharing contract (ONGC the licensee, Cairn the contractor)."""
    return [
        agreement(
            t,
            "contract",
            ["production-sharing contract", "contract@the contract made"],
            [("Cairn Energy", "Cairn@Cairn also said"), ("Oil & Natural Gas Corp", "Oil & Natural Gas Corp")],
            "in_force",
        )
    ]


def _delta(t: str) -> list[Record]:
    """bbc-tech-180: Delta's cost-cutting deal with its pilots, its debt deferral, its Amex loan."""
    delta = ("Delta Air Lines", "Delta@Delta has been hit")
    amex = ("American Express", "American Express")
    return [
        agreement(
            t,
            "agreement",
            ["deal@cost-cutting deal", "deal@The deal would"],
            [delta],
            "signed",
            date=(None, "Last week@Last week, it struck"),
        ),
        agreement(
            t, "agreement", ["deal@negotiated a deal"], [delta], "signed", date=(None, "Monday@on Monday, it")
        ),
        agreement(
            t,
            "loan",
            ["loan@$600m loan"],
            [delta, amex],
            "signed",
            {"lender": [amex], "borrower": [delta]},
            price="$600m",
        ),
    ]


def _sunset(t: str) -> list[Record]:
    """bbc-politics-014: the Conservatives' compromise offer on the anti-terror bill, rejected by Blair."""
    return [
        agreement(
            t,
            "agreement",
            ["compromise offer"],
            [
                ("Conservative Party", "Conservative@a Conservative compromise"),
                ("Tony Blair", "Tony Blair@Tony Blair has"),
            ],
            "rejected",
        )
    ]


def _guantanamo(t: str) -> list[Record]:
    """bbc-politics-065: the security package the Lib Dems suspect was agreed with the US."""
    return [
        agreement(
            t,
            "agreement",
            ["package@a package of security"],
            [("United States", "US@agreed with the US")],
            "signed",
        )
    ]


def _reyes(t: str) -> list[Record]:
    """bbc-sport-154: Reyes' move from Seville, his Arsenal contract, the rumoured move to Real Madrid."""
    reyes = ("Jose Antonio Reyes", "Jose Antonio Reyes")
    arsenal = ("Arsenal", "Gunners@joined the Gunners")
    real = ("Real Madrid", "Real Madrid@to Real Madrid after")
    return [
        agreement(
            t,
            "transfer",
            ["move@a move from Arsenal"],
            [reyes, ("Arsenal", "Arsenal@from Arsenal to"), real],
            "proposed",
            {"club": [real], "player": [reyes]},
        ),
        agreement(
            t,
            "transfer",
            ["joined@striker joined"],
            [reyes, arsenal, ("Sevilla", "Seville@from Seville")],
            "in_force",
            {"club": [arsenal], "player": [reyes]},
            price="£17m",
            date=("2004", "the start of 2004"),
        ),
        agreement(
            t,
            "contract",
            ["contract@under contract at"],
            [reyes, ("Arsenal", "Arsenal@under contract at Arsenal")],
            "in_force",
            {"club": [("Arsenal", "Arsenal@under contract at Arsenal")], "player": [reyes]},
        ),
    ]


def _daimler(t: str) -> list[Record]:
    """bbc-business-117: Mercedes' savings deal, the Fuso joint venture, the compensation, the buy-out."""
    dc = ("DaimlerChrysler", "DaimlerChrysler@DaimlerChrysler last week")
    mitsubishi = ("Mitsubishi Motors", "Mitsubishi Motors")
    return [
        agreement(
            t,
            "agreement",
            ["negotiated@having negotiated"],
            [("Mercedes-Benz", "Mercedes@Mercedes is hoping")],
            "signed",
            date=(None, "last year@German workers last year"),
        ),
        agreement(
            t,
            "agreement",
            ["joint venture"],
            [("DaimlerChrysler", "DaimlerChrysler@DaimlerChrysler took"), mitsubishi],
            "in_force",
        ),
        agreement(
            t,
            "agreement",
            ["compensation package"],
            [dc, mitsubishi],
            "signed",
            date=(None, "last week@DaimlerChrysler last week"),
        ),
        agreement(
            t,
            "acquisition",
            ["buy@buy out its stake"],
            [dc, mitsubishi],
            "signed",
            {"acquirer": [dc], "seller": [mitsubishi], "target": [("Fuso", "Fuso@stake in Fuso")]},
        ),
    ]


def _charts(t: str) -> list[Record]:
    """bbc-entertainment-278: the Official UK Charts Company, a joint venture of the BPI and BARD."""
    return [
        agreement(
            t,
            "agreement",
            ["joint venture"],
            [
                ("British Phonographic Industry", "BPI@between the BPI"),
                ("British Association of Record Dealers", "British Association of Record Dealers"),
            ],
            "in_force",
        )
    ]


def _bond(t: str) -> list[Record]:
    """bbc-entertainment-333: Sony's takeover of MGM; Brosnan released from his contract."""
    sony = ("Sony", "Sony@due to Sony")
    return [
        agreement(
            t,
            "acquisition",
            ["takeover@Sony's takeover"],
            [sony],
            None,
            {"acquirer": [sony], "target": [("MGM", "MGM")]},
        ),
        agreement(
            t, "contract", ["contract@from his contract"], [("Pierce Brosnan", "Pierce Brosnan")], "collapsed"
        ),
    ]


def _joy(t: str) -> list[Record]:
    """bbc-entertainment-228: the record deal Joy Division once had (a past contract: no status)."""
    return [
        agreement(
            t,
            "contract",
            ["signed@Joy Division were signed"],
            [("Joy Division", "Joy Division@Joy Division were")],
        )
    ]


def _kano(t: str) -> list[Record]:
    """bbc-entertainment-229: Kano is signed to The Streets' label (a running contract)."""
    return [
        agreement(t, "contract", ["signed@is signed to"], [("Kano", "Kano@MC Kano, in third")], "in_force")
    ]


def gold_a(t: dict[str, str]) -> dict[str, list[Record]]:
    """Half A's gold by id (stories with no agreement left out)."""
    i = "tempeval3-aquaint-XIE19990313.0229"
    return {
        i: _nato(t[i]),
        "bbc-business-164": _yukos(t["bbc-business-164"]),
        "bbc-tech-180": _delta(t["bbc-tech-180"]),
        "bbc-politics-014": _sunset(t["bbc-politics-014"]),
        "bbc-entertainment-278": _charts(t["bbc-entertainment-278"]),
        "bbc-sport-154": _reyes(t["bbc-sport-154"]),
        "bbc-entertainment-228": _joy(t["bbc-entertainment-228"]),
        "bbc-entertainment-229": _kano(t["bbc-entertainment-229"]),
    }


def gold_b(t: dict[str, str]) -> dict[str, list[Record]]:
    """Half B's gold by id (stories with no agreement left out)."""
    return {
        "bbc-politics-065": _guantanamo(t["bbc-politics-065"]),
        "bbc-business-307": _cairn(t["bbc-business-307"]),
        "bbc-business-117": _daimler(t["bbc-business-117"]),
        "bbc-entertainment-333": _bond(t["bbc-entertainment-333"]),
    }


def texts_and_dates(corpora: Path) -> tuple[dict[str, str], dict[str, str | None]]:
    """The drawn stories' texts and publication dates by id (wire texts rebuilt from TimeML)."""
    from evaluation.data.select_events_wire_s18 import wire_text

    texts: dict[str, str] = {}
    dates: dict[str, str | None] = {}
    wanted = {i for i, _ in DRAWN}
    for i in wanted:
        if i.startswith("tempeval3-"):
            texts[i], dates[i] = wire_text(corpora, i)
    with (corpora / "news" / "articles.jsonl").open(encoding="utf-8") as handle:
        for line in handle:
            article = json.loads(line)
            if article["id"] in wanted:
                texts[article["id"]], dates[article["id"]] = article["text"], article.get("published")
    return texts, dates


def row(set_id: str, half: str, published: str | None, agreements: list[Record]) -> dict[str, Any]:
    """One story's line: its id (and TimeML file for a wire story), its half, its date and gold."""
    out: dict[str, Any] = {"id": set_id}
    if set_id.startswith("tempeval3-"):
        _, corpus, name = set_id.split("-", 2)
        out |= {"tml": f"{corpus}/{name}.tml", "subset": f"tempeval3/{corpus}"}
    out |= {
        "split": f"check_wire_s42_{half}",
        "published": published,
        "agreements": sorted(agreements, key=lambda a: a["trigger"]["start"]),
    }
    return out


def build(corpora: Path) -> list[dict[str, Any]]:
    """The set's rows, one per drawn story in draw order."""
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
