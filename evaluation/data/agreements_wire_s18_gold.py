"""Build ``check_agreements_wire_s18.jsonl``: the session-18 wire agreements check set.

Twenty-four TempEval-3 train stories drawn by ``select_agreements_wire_s18.py``
(``agreements_wire_s18_ids.txt``): 12 with a political cue (AP and Xinhua 1998-1999: NATO's
enlargement, the Russia-Ukraine treaty, the U.N.-Iraq accord; and Wall Street Journal items that say
"accord" or "pact" of a business deal) and 12 other Wall Street Journal business stories of October
and November 1989. The gold was written from ``guidelines/agreements.md`` and the texts only, before
the system was run on them (difficult calls in ``guidelines/agreements_wire_s18_notes.md``). Half A
(split ``check_wire_s18_A``, even draw positions) is tuned on, half B (``check_wire_s18_B``) only
scored. The file holds ids, the TimeML file of each text (``tml``), dates and gold only: the scorer
rebuilds the texts (``evaluation.real_common.rebuilt_texts``). Half A's gold is here, half B's in
``agreements_wire_s18_gold_b.py``. Research only.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from evaluation.data.anchor import locate

DATA = Path(__file__).resolve().parent
OUT = DATA / "check_agreements_wire_s18.jsonl"
DRAWN = [
    line.split() for line in (DATA / "agreements_wire_s18_ids.txt").read_text(encoding="utf-8").splitlines()
]
HALF_A = [i for i, half in DRAWN if half == "A"]
HALF_B = [i for i, half in DRAWN if half == "B"]
Named = tuple[str, str]
Record = dict[str, Any]


def span(t: str, anchor: str) -> dict[str, Any]:
    """An anchored span: the anchor, its offsets in ``t`` and the text there."""
    start, end = locate(t, anchor)
    return {"anchor": anchor, "start": start, "end": end, "text": t[start:end]}


def names(t: str, pairs: Sequence[Named]) -> list[dict[str, Any]]:
    """Canonical names, each with the anchored mention it is read from."""
    return [{"name": name, "span": span(t, anchor)} for name, anchor in pairs]


def agreement(
    t: str,
    kind: str,
    mentions: Sequence[str],
    parties: Sequence[Named] = (),
    status: str | None = None,
    roles: Mapping[str, Sequence[Named]] | None = None,
    price: str | None = None,
    venue: Named | None = None,
    date: tuple[str | None, str] | None = None,
) -> Record:
    """One gold record in the format of ``real_agreements.jsonl`` (mentions sorted, the first the trigger)."""
    spans = sorted((span(t, m) for m in mentions), key=lambda s: s["start"])
    return {
        "kind": kind,
        "trigger": spans[0],
        "mentions": spans,
        "parties": names(t, parties),
        "mediators": [],
        "guarantors": [],
        "endorsers": [],
        "observers": [],
        "venue": None if venue is None else names(t, [venue])[0],
        "date": None if date is None else {"value": date[0], "span": span(t, date[1])},
        "status": status,
        "roles": {role: names(t, who) for role, who in (roles or {}).items()},
        "price": None if price is None else span(t, price),
    }


def _montedison(t: Mapping[str, str]) -> dict[str, list[Record]]:
    """Montedison's buy-out of Erbamont's public holders: wsj_0660 (the accord), wsj_0032 (the offer)."""
    a, b = t["tempeval3-timebank-wsj_0660"], t["tempeval3-timebank-wsj_0032"]
    return {
        "tempeval3-timebank-wsj_0660": [
            agreement(
                a,
                "acquisition",
                [
                    "buy@agreed to buy",
                    "accord@the accord was",
                    "pact@Under the pact",
                    "transaction@the transaction",
                ],
                [
                    ("Montedison", "Montedison S.p.A."),
                    (
                        "Erbamont",
                        "Erbamont@committee of Erbamont directors",
                    ),
                ],
                "signed",
                {
                    "acquirer": [("Montedison", "Montedison S.p.A.")],
                    "target": [("Erbamont", "Erbamont N.V.")],
                },
                "$37@for $37 each",
            )
        ],
        "tempeval3-timebank-wsj_0032": [
            agreement(
                b,
                "acquisition",
                [
                    "tender offer",
                    "offer@The offer, advertised",
                    "offer@The offer is being",
                    "agreement@announced agreement",
                ],
                [("Montedison", "Montedison S.p.A."), ("Erbamont", "Erbamont N.V.")],
                "signed",
                {
                    "acquirer": [("Montedison", "Montedison S.p.A.")],
                    "target": [("Erbamont", "Erbamont N.V.")],
                },
                "$37-a-share",
            )
        ],
    }


def _digest(t: str) -> list[Record]:
    """wsj_0675, a business digest: a plea pact, a merger, a rival suitor, two sales, a stake sought."""
    lin = ("LIN Broadcasting", "LIN Broadcasting")
    return [
        agreement(t, "agreement", ["tentative pact"], [("Gulf Power", "Gulf Power")], "proposed"),
        agreement(
            t,
            "merger",
            ["merge@plan to merge", "pact@the new pact"],
            [lin, ("BellSouth", "BellSouth")],
            "signed",
        ),
        agreement(
            t,
            "acquisition",
            ["suitor@rival suitor"],
            [("McCaw Cellular", "McCaw Cellular")],
            "proposed",
            {"acquirer": [("McCaw Cellular", "McCaw Cellular")], "target": [lin]},
        ),
        agreement(
            t,
            "acquisition",
            ["sell@agreed to sell three", "accord@The accord helps"],
            [("RJR Nabisco", "RJR Nabisco"), ("Nestle", "Nestle@to Nestle")],
            "signed",
            {"seller": [("RJR Nabisco", "RJR Nabisco")], "acquirer": [("Nestle", "Nestle@to Nestle")]},
            "$370 million",
        ),
        agreement(
            t,
            "acquisition",
            ["sell@agreed to sell a 51%", "accord@the accord doesn't"],
            [("Sansui Electric", "Sansui Electric"), ("Polly Peck", "Polly Peck")],
            "signed",
            {
                "seller": [("Sansui Electric", "Sansui Electric")],
                "target": [("Sansui Electric", "Sansui Electric")],
                "acquirer": [("Polly Peck", "Polly Peck")],
            },
            "$110 million",
        ),
        agreement(
            t, "acquisition", ["buy@seeking to buy"], [], "proposed", {"target": [("Nashua", "Nashua")]}
        ),
    ]


def _offers(t: Mapping[str, str]) -> dict[str, list[Record]]:
    """Stakes and offers: Hewlett-Packard and Octel (wsj_0679), DPC and Dataproducts (wsj_0471)."""
    hp, dpc = t["tempeval3-timebank-wsj_0679"], t["tempeval3-timebank-wsj_0471"]
    hewlett = ("Hewlett-Packard", "Hewlett-Packard@Hewlett-Packard acquired 730,070")
    octel = ("Octel Communications", "Octel@shares from Octel")
    bidder = ("DPC Acquisition Partners", "DPC Acquisition Partners")
    target = ("Dataproducts", "Dataproducts Inc.")
    return {
        "tempeval3-timebank-wsj_0679": [
            agreement(
                hp,
                "acquisition",
                ["stock purchase agreement", "accord@That accord"],
                [hewlett, octel],
                "in_force",
                {"acquirer": [hewlett], "seller": [octel], "target": [octel]},
                date=("1988-08-10", "Aug. 10, 1988"),
            )
        ],
        "tempeval3-timebank-wsj_0471": [
            agreement(
                dpc,
                "acquisition",
                ["tender offer", "offer@the hostile offer", "offer@$10-a-share offer"],
                [bidder],
                "proposed",
                {"acquirer": [bidder], "target": [target]},
                "$10-a-share",
            ),
            agreement(
                dpc,
                "agreement",
                ["standstill agreement", "agreement@nullify the agreement"],
                [target, bidder],
                "violated",
            ),
            agreement(
                dpc,
                "acquisition",
                ["offer@$15 a share offer"],
                [("DPC Acquisition Partners", "DPC@offer from DPC")],
                "rejected",
                {"acquirer": [("DPC Acquisition Partners", "DPC@offer from DPC")], "target": [target]},
                "$15 a share",
            ),
        ],
    }


def _politics_a(t: Mapping[str, str]) -> dict[str, list[Record]]:
    """The Yalta accord (XIE19990313.0173) and the U.N.-Iraq accord (APW19980306.1001)."""
    iraq = t["tempeval3-timebank-APW19980306.1001"]
    accord = [
        "accord@Feb. 23 accord",
        "agreement@test of that agreement",
        "agreement@Security Council agreement",
        "accord@U.N.-Iraq accord",
        "agreement@new agreement's",
    ]
    return {
        "tempeval3-aquaint-XIE19990313.0173": [
            agreement(
                t["tempeval3-aquaint-XIE19990313.0173"],
                "agreement",
                ["accord@Yalta accord"],
                venue=("Yalta", "Yalta"),
            )
        ],
        "tempeval3-timebank-APW19980306.1001": [
            agreement(
                iraq,
                "agreement",
                accord,
                [
                    ("United Nations", "U.N.@U.N. Secretary-General Kofi Annan and"),
                    ("Iraq", "Iraq@under which Iraq agreed"),
                ],
                "signed",
                date=("1998-02-23", "Feb. 23@the Feb. 23 accord"),
            )
        ],
    }


def _thrift(t: str) -> list[Record]:
    """wsj_0736: Poughkeepsie's branch sale fell through; the June agreement; the bank's own sale."""
    bank = ("Poughkeepsie Savings Bank", "Poughkeepsie Savings Bank")
    itself = ("Poughkeepsie Savings Bank", "Poughkeepsie@Poughkeepsie said it is continuing")
    return [
        agreement(
            t,
            "acquisition",
            ["plan@a plan to sell", "plan@announced the plan", "transaction@the transaction"],
            [bank, ("First Citizens Bank", "First Citizens Bank")],
            "collapsed",
            {"seller": [bank], "acquirer": [("First Citizens Bank", "First Citizens Bank")]},
        ),
        agreement(t, "acquisition", ["sell@sell itself"], [itself], "proposed", {"target": [itself]}),
        agreement(
            t,
            "agreement",
            ["agreement@June agreement", "agreement@that agreement", "agreement@part of the agreement"],
            [itself],
            "in_force",
            date=("1989-06", "June@a June agreement"),
        ),
    ]


def _completed_a(t: Mapping[str, str]) -> dict[str, list[Record]]:
    """Completed acquisitions: Emery (wsj_1035), CVN (wsj_0324), United Republic and shares (wsj_1008)."""
    cf, qvc, law = (t[f"tempeval3-timebank-wsj_{n}"] for n in ("1035", "0324", "1008"))
    freight = ("Consolidated Freightways", "Consolidated Freightways Inc.")
    network = ("QVC Network", "QVC Network Inc.")
    insurer = ("Lawrence Insurance Group", "Lawrence Insurance Group Inc.")
    savings = ("United Savings Association of Texas", "United Savings Association of Texas")
    seller = ("Lawrence Insurance Group", "Lawrence Insurance@Lawrence Insurance also sold")
    parent = ("Lawrence Group", "Lawrence Group Inc.")
    return {
        "tempeval3-timebank-wsj_1035": [
            agreement(
                cf,
                "acquisition",
                ["acquisition@company's acquisition"],
                [freight],
                "in_force",
                {"acquirer": [freight], "target": [("Emery Worldwide", "Emery@acquisition of Emery")]},
                date=("1989", "earlier this year"),
            )
        ],
        "tempeval3-timebank-wsj_0324": [
            agreement(
                qvc,
                "acquisition",
                [
                    "acquisition@completed its acquisition",
                    "pay@agreed to pay",
                    "acquisition@The acquisition brings",
                ],
                [network],
                "in_force",
                {"acquirer": [network], "target": [("CVN Cos.", "CVN Cos.")]},
                "$423 million",
            )
        ],
        "tempeval3-timebank-wsj_1008": [
            agreement(
                law,
                "acquisition",
                ["acquired@said it acquired", "acquisition@the acquisition of United Republic"],
                [insurer, savings],
                "in_force",
                {
                    "acquirer": [insurer],
                    "seller": [savings],
                    "target": [("United Republic Reinsurance", "United Republic Reinsurance Co.")],
                },
                "$28 million",
            ),
            agreement(
                law,
                "acquisition",
                ["sold@also sold", "acquiring@By acquiring the shares"],
                [seller, parent],
                "in_force",
                {"seller": [seller], "acquirer": [parent], "target": [seller]},
                "$7.125@for $7.125 each",
            ),
        ],
    }


def gold_a(t: Mapping[str, str]) -> dict[str, list[Record]]:
    """The agreements of half A's documents that have any (XIE19990227.0171, on NATO accession
    papers, has none: an accession document is one state's instrument, notes)."""
    return {
        **_montedison(t),
        "tempeval3-timebank-wsj_0675": _digest(t["tempeval3-timebank-wsj_0675"]),
        **_offers(t),
        **_politics_a(t),
        "tempeval3-timebank-wsj_0736": _thrift(t["tempeval3-timebank-wsj_0736"]),
        **_completed_a(t),
    }


def texts_and_dates(corpora: Path) -> tuple[dict[str, str], dict[str, str]]:
    """The drawn documents' texts and publication dates, rebuilt from the corpora."""
    from evaluation.data.select_events_wire_s18 import wire_text

    pairs = {i: wire_text(corpora, i) for i, _ in DRAWN}
    return {i: p[0] for i, p in pairs.items()}, {i: p[1] for i, p in pairs.items()}


def row(set_id: str, half: str, published: str, agreements: list[Record]) -> dict[str, Any]:
    """One document's line: its id, its TimeML file, its half, its date and gold (never the text)."""
    _, corpus, name = set_id.split("-", 2)
    return {
        "id": set_id,
        "tml": f"{corpus}/{name}.tml",
        "subset": f"tempeval3/{corpus}",
        "split": f"check_wire_s18_{half}",
        "published": published,
        "agreements": sorted(agreements, key=lambda a: a["trigger"]["start"]),
    }


def main(corpora: Path) -> None:
    """Write the set beside this script, one line per drawn document in draw order."""
    from evaluation.data.agreements_wire_s18_gold_b import gold_b

    texts, dates = texts_and_dates(corpora)
    gold = {"A": gold_a(texts), "B": gold_b(texts)}
    assert set(gold["A"]) <= set(HALF_A) and set(gold["B"]) <= set(HALF_B), "gold outside its half"
    with OUT.open("w", encoding="utf-8") as handle:
        for set_id, half in DRAWN:
            handle.write(json.dumps(row(set_id, half, dates[set_id], gold[half].get(set_id, []))) + "\n")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("../shared/corpora"))
