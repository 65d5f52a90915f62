"""Build ``check_agreements_polnear_s22.jsonl``: the session-22 PolNeAR agreements check set (issues 16, 17).

Twenty-four PolNeAR **train** texts (2016 US-election news; 8 wire copies, AP, AFP, Reuters, UPI; 8 of
the second stage's top-up) drawn by ``select_agreements_polnear_s22.py``
(``agreements_polnear_s22_ids.txt``). The gold was written from ``guidelines/agreements.md`` and the
texts only, before the system was run on them (decisions in ``guidelines/agreements_polnear_s22_notes.md``);
each text's published date is its ``metadata.tsv``
``publication_date``. Half A (split ``check_polnear_s22_A``, even draw positions) is tuned on, half B
(``check_polnear_s22_B``) only scored. The file holds ids, the text's corpus path, dates and gold only:
the scorer rebuilds the texts (``evaluation.real_common.rebuilt_texts``). Research only.
Run as ``python -m evaluation.data.agreements_polnear_s22_gold CORPORA``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from evaluation.data.agreements_wire_s18_gold import Record, agreement, names
from evaluation.data.select_agreements_polnear_s22 import train_metadata

DATA = Path(__file__).resolve().parent
OUT = DATA / "check_agreements_polnear_s22.jsonl"
IDS = DATA / "agreements_polnear_s22_ids.txt"
DRAWN = [line.split() for line in IDS.read_text(encoding="utf-8").splitlines()]
PREFIX = "polnear-"


def _with(record: Record, t: str, role: str, who: list[tuple[str, str]]) -> Record:
    """The record with a third-party role (mediators, endorsers, ...) filled, each name anchored in ``t``."""
    return {**record, role: names(t, who)}


def _afghan_talks(t: str) -> list[Record]:
    """things-to-know: the hoped-for Afghan peace talks (their aim, a peace settlement; no party named)."""
    return [agreement(t, "peace_agreement", ["peace talks"], [], "proposed")]


def _verizon(t: str) -> list[Record]:
    """verizon-striking-unions: the tentative four-year labour agreement, brokered with Perez's help."""
    record = agreement(
        t,
        "agreement",
        [
            "deal@four-year deal",
            "agreement@provisional work agreement",
            "deal@The tentative deal",
            "agreement@expects the agreement",
            "agreement@forging an agreement",
            "agreement@tentative agreement between",
            "contract@establishes for the first time a contract",
            "contract@The unprecedented contract",
            "agreement@The agreement in principle",
            "agreement@provisional agreement may",
        ],
        [
            ("Verizon", "Verizon@Verizon has struck"),
            ("Communications Workers of America", "Communications Workers of America"),
        ],
        "signed",
        date=("2016-05-27", "Friday@Friday's tentative"),
    )
    return [_with(record, t, "mediators", [("Thomas Perez", "Thomas Perez")])]


def _netanyahu(t: str) -> list[Record]:
    """netanyahu-rejects-trump: the Iran nuclear deal, and the Israeli-Palestinian deal Trump may broker."""
    iran = agreement(
        t,
        "nuclear_agreement",
        ["nuclear deal@a nuclear deal reached", "nuclear deal@that the nuclear deal"],
        [("Iran", "Iran@reached with Iran")],
        "signed",
        date=("2015-07", "July@Iran in July"),
    )
    peace = agreement(
        t,
        "peace_agreement",
        ["deal@broker a deal", "deal@make the deal", "deal@going to have a deal"],
        [("Israel", "Israel@whether or not Israel wants")],
        "proposed",
    )
    return [iran, _with(peace, t, "mediators", [("Donald Trump", "he@whether he could broker")])]


def _jewish_coalition(t: str) -> list[Record]:
    """trump-carson-flop: the Israeli-Palestinian peace deal (proposed) and the Iran nuclear deal."""
    peace = agreement(
        t,
        "peace_agreement",
        ["deal@wants to make the deal", "peace deal@successful peace deal"],
        [
            ("Israel", "Israel@whether or not Israel wants"),
            ("Palestinian Authority", "Palestinian Authority"),
        ],
        "proposed",
    )
    iran = agreement(t, "nuclear_agreement", ["Iran nuclear deal"], [("Iran", "Iran@the Iran nuclear")])
    return [peace, iran]


def _tpp_clinton(t: str) -> list[Record]:
    """clinton-surprise-populist: the Trans-Pacific Partnership, awaiting Congress's approval."""
    return [
        agreement(
            t,
            "trade_agreement",
            ["Trans-Pacific Partnership", "TPP@(TPP)", "TPP pact@12-nation TPP pact"],
            [],
            "signed",
        )
    ]


def _paris_accord(t: str) -> list[Record]:
    """bernie-sanders-isn-t-too-impress: the Paris climate accord, adopted; Clinton welcomed it."""
    record = agreement(
        t,
        "climate_accord",
        [
            "Climate Agreement@The Historic Climate Agreement",
            "accord@climate change accord",
            "agreement@saying the agreement",
            "agreement@31-page agreement",
            "accord@the accord went",
            "agreement@called the agreement",
            "Climate Change Agreement",
            "Paris Climate Agreement",
        ],
        [],
        "signed",
        venue=("Paris", "Paris@diplomats in Paris"),
    )
    return [_with(record, t, "endorsers", [("Hillary Clinton", "Hillary Clinton")])]


def _joint_fundraising(t: str) -> list[Record]:
    """dnc-chair-dismisses: the Clinton campaign's joint fundraising agreement with the DNC (running), and
    the one Sanders signed (not used)."""
    clinton = agreement(
        t,
        "agreement",
        ["joint fundraising agreement@its joint fundraising agreement", "fundraising arrangement"],
        [
            ("Clinton campaign", "Clinton campaign@that the Clinton campaign is"),
            ("Democratic National Committee", "DNC@agreement with the DNC"),
        ],
        "in_force",
    )
    sanders = agreement(
        t,
        "agreement",
        [
            "joint fundraising agreement@signed the same joint fundraising agreement",
            "joint fundraising agreement@use of his joint fundraising agreement",
        ],
        [("Bernie Sanders", "Sanders@points out that Sanders")],
        "signed",
    )
    return [clinton, sanders]


def _strike_peace(t: str) -> list[Record]:
    """trump-campaign-makes-a-capital: the Israeli-Palestinian peace deal Trump would try to strike."""
    record = agreement(
        t,
        "peace_agreement",
        [
            "peace deal",
            "deal@making a deal",
            "deal@want to have a deal",
            "deal@a good deal",
            "deal@a proper deal",
            "deal@a really good deal",
            "deal@such a deal",
        ],
        [],
        "proposed",
    )
    return [_with(record, t, "mediators", [("Donald Trump", "he@so he could try")])]


def gold_a(texts: dict[str, str]) -> dict[str, list[Record]]:
    """Half A's gold by id (texts with no agreement left out)."""
    builders = {
        "breitbart_2016-02-04_things-to-know-for-today": _afghan_talks,
        "wash-post_2016-05-29_verizon-striking-unions-reach-fo": _verizon,
        "wash-post_2015-12-10_netanyahu-rejects-trump-s-remark": _netanyahu,
        "politico_2015-12-03_trump-carson-flop-with-jewish-re": _jewish_coalition,
        "usa-today_2016-05-02_clinton-surprise-populist-stay-o": _tpp_clinton,
        "huff-post_2015-12-12_bernie-sanders-isn-t-too-impress": _paris_accord,
        "politico_2016-04-20_dnc-chair-dismisses-sanders-accu": _joint_fundraising,
        "usa-today_2016-03-21_trump-campaign-makes-a-capital-i": _strike_peace,
    }
    return {PREFIX + stem: build(texts[PREFIX + stem]) for stem, build in builders.items()}


def _tpp_cruz(t: str) -> list[Record]:
    """ted-cruz-refuses: Obama's Trans-Pacific Partnership, which Cruz urged Congress to fast-track."""
    return [
        agreement(
            t,
            "trade_agreement",
            ["Trans-Pacific Partnership", "TPP@(TPP)"],
            [("Barack Obama", "Obama@Obama’s Trans-Pacific")],
        )
    ]


def _iran_clinton(t: str) -> list[Record]:
    """clinton-trump-s-view: Obama's nuclear pact with Iran, which Clinton supports."""
    record = agreement(
        t,
        "nuclear_agreement",
        ["nuclear pact", "deal@support for the deal", "deal@This deal must"],
        [("Barack Obama", "Obama@President Obama's nuclear"), ("Iran", "Iran@pact with Iran")],
    )
    return [_with(record, t, "endorsers", [("Hillary Clinton", "Clinton@Clinton has tried")])]


def _puerto_rico(t: str) -> list[Record]:
    """sanders-pushes-dems: the Puerto Rico debt deal of the Obama administration and Paul Ryan."""
    record = agreement(
        t,
        "agreement",
        [
            "debt deal@reject Puerto Rico debt deal",
            "debt deal@the Puerto Rico debt deal reached",
            "agreement@opposition to the agreement",
            "agreement@rips the agreement",
            "deal@the deal favors",
            "deal@The deal “looks",
            "Puerto Rico deal",
            "deal@bipartisan deal",
            "deal@given the deal",
            "deal@negotiate the deal",
        ],
        [("Obama administration", "Obama administration"), ("Paul Ryan", "Paul Ryan")],
        "signed",
        date=(None, "last week@(R-Wis.) last week"),
    )
    endorsers = [("Hillary Clinton", "Clinton@Clinton endorsed"), ("Nancy Pelosi", "Pelosi")]
    return [_with(record, t, "endorsers", endorsers)]


def _israel_deals(t: str) -> list[Record]:
    """israel-not-all-doom: the Iran deal (passed), free trade talks, the Egypt and Jordan peace treaties."""
    return [
        agreement(t, "nuclear_agreement", ["Iran deal"], [("Iran", "Iran@the Iran deal")], "signed"),
        agreement(
            t,
            "trade_agreement",
            ["free trade talks"],
            [
                ("Israel", "Israel@Israel is conducting"),
                ("India", "India@talks with India"),
                ("South Korea", "South Korea"),
                ("China", "China@South Korea and China"),
            ],
            "negotiating",
        ),
        agreement(
            t,
            "peace_agreement",
            ["peace treaties"],
            [("Egypt", "Egypt@circle of Egypt"), ("Jordan", "Jordan@Egypt, Jordan")],
            "in_force",
        ),
    ]


def _eu_turkey(t: str) -> list[Record]:
    """refoulement-violates: the proposed EU-Turkey migrant deal, and the three refugee conventions."""
    deal = agreement(
        t,
        "agreement",
        [
            "deal@Union’s deal with Turkey",
            "deal@The deal envisions",
            "deal@The deal is ethically",
            "EU-Turkey deal@skeptically to the EU-Turkey deal",
            "EU-Turkey deal@proposed EU-Turkey deal",
            "deal@The deal is actually",
            "pre-agreement",
            "EU-Turkey deal@likened the EU-Turkey deal",
        ],
        [("European Union", "European Union"), ("Turkey", "Turkey@deal with Turkey")],
        "negotiating",
    )
    conventions = [
        agreement(t, "treaty", [mention])
        for mention in (
            "Convention Relating to the Status of Refugees",
            "Protocol Relating to the Status",
            "Convention against Torture",
        )
    ]
    return [deal, *conventions]


def gold_b(texts: dict[str, str]) -> dict[str, list[Record]]:
    """Half B's gold by id (texts with no agreement left out)."""
    builders = {
        "breitbart_2016-03-20_ted-cruz-refuses-to-disavow-lind": _tpp_cruz,
        "usa-today_2016-03-22_clinton-trump-s-view-of-the-worl": _iran_clinton,
        "politico_2016-05-23_sanders-pushes-dems-to-reject-pu": _puerto_rico,
        "huff-post_2016-06-02_israel-not-all-doom-and-gloom": _israel_deals,
        "huff-post_2016-03-10_refoulement-violates-internation": _eu_turkey,
    }
    return {PREFIX + stem: build(texts[PREFIX + stem]) for stem, build in builders.items()}


def texts_and_dates(corpora: Path) -> tuple[dict[str, str], dict[str, str | None]]:
    """The drawn texts (from ``polnear/train/text``) and their ``metadata.tsv`` publication dates."""
    folder = corpora / "polnear"
    meta = train_metadata(corpora)
    texts: dict[str, str] = {}
    dates: dict[str, str | None] = {}
    for set_id, _ in DRAWN:
        stem = set_id.removeprefix(PREFIX)
        texts[set_id] = (folder / "train" / "text" / f"{stem}.txt").read_text(encoding="utf-8")
        dates[set_id] = meta[stem]["publication_date"] or None
    return texts, dates


def row(set_id: str, half: str, published: str | None, agreements: list[Record]) -> dict[str, Any]:
    """One text's line: its id, corpus path and publisher, its half, its date and gold (never the text)."""
    stem = set_id.removeprefix(PREFIX)
    return {
        "id": set_id,
        "polnear": f"train/text/{stem}.txt",
        "subset": f"polnear/{stem.split('_', 1)[0]}",
        "split": f"check_polnear_s22_{half}",
        "published": published,
        "agreements": sorted(agreements, key=lambda a: a["trigger"]["start"]),
    }


def main(corpora: Path) -> None:
    """Write the set beside this script, one line per drawn text in draw order."""
    texts, dates = texts_and_dates(corpora)
    gold = {"A": gold_a(texts), "B": gold_b(texts)}
    halves = {i: half for i, half in DRAWN}
    assert all(halves[i] == h for h in "AB" for i in gold[h]), "gold outside its half"
    with OUT.open("w", encoding="utf-8") as handle:
        for set_id, half in DRAWN:
            handle.write(json.dumps(row(set_id, half, dates[set_id], gold[half].get(set_id, []))) + "\n")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("../shared/corpora"))
