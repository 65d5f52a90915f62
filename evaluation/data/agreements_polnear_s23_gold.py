"""Build ``check_agreements_polnear_s23.jsonl``: the session-23 PolNeAR agreements check set (issues 16, 17).

PolNeAR **train** texts (2015-2016 US-election news) reserved for this session's new gold, drawn by
``select_agreements_polnear_s23.py`` (``agreements_polnear_s23_ids.txt``). The gold was written from
``guidelines/agreements.md`` and the texts only, before any layer was run on them (decisions in
``guidelines/agreements_polnear_s23_notes.md``); each text's published date is its ``metadata.tsv``
``publication_date``. Half A (split ``check_polnear_s23_A``, even draw positions) is tuned on, half B
(``check_polnear_s23_B``) only scored. The file holds ids, the text's corpus path, dates and gold only:
the scorer rebuilds the texts (``evaluation.real_common.rebuilt_texts``). Research only.
Run as ``python -m evaluation.data.agreements_polnear_s23_gold CORPORA``.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from evaluation.data.agreements_wire_s18_gold import Named, Record, agreement, names
from evaluation.data.drawing import polnear_metadata

DATA = Path(__file__).resolve().parent
OUT = DATA / "check_agreements_polnear_s23.jsonl"
IDS = DATA / "agreements_polnear_s23_ids.txt"
DRAWN = [line.split() for line in IDS.read_text(encoding="utf-8").splitlines()]
PREFIX = "polnear-"
Builder = Callable[[str], list[Record]]


def third(record: Record, t: str, role: str, who: list[Named]) -> Record:
    """The record with a third-party role (mediators, endorsers, ...) filled, each name anchored in ``t``."""
    return {**record, role: names(t, who)}


def _tpp_mcauliffe(t: str) -> list[Record]:
    """byline-amber-phillips: the TPP Clinton may come to support; no state and no party named."""
    return [agreement(t, "trade_agreement", ["Trans-Pacific Partnership", "trade deal@12-nation trade deal"])]


def _tpp_progressives(t: str) -> list[Record]:
    """why-progressives-are-celebrating: the TPP, awaiting a vote in Congress that Clinton opposes."""
    mentions = [
        "TPP@job-killing TPP",
        "Trans-Pacific Partnership@controversial Trans-Pacific Partnership",
        "accord@allow the accord",
        "Trans-Pacific Partnership@including the Trans-Pacific Partnership",
        "trade accord@Pacific Rim trade accord",
        "accord@pass the accord",
        "TPP@pass the TPP",
        "TPP#4",
    ]
    return [agreement(t, "trade_agreement", mentions, [], "signed")]


def _rnc_fundraising(t: str) -> list[Record]:
    """donald-trump-jacked-up: the joint fundraising deal the Trump campaign and the RNC struck in mid-May."""
    return [
        agreement(
            t,
            "agreement",
            ["joint fundraising deal", "fundraising deal@the fundraising deal was announced"],
            [
                ("Trump campaign", "campaign@since his campaign and the RNC"),
                ("Republican National Committee", "RNC@campaign and the RNC struck"),
            ],
            "signed",
            date=("2016-05", "mid-May"),
        )
    ]


def _peace_broker(t: str) -> list[Record]:
    """republicans-lower-volume: the Israeli-Palestinian peace deal Trump says he would broker."""
    record = agreement(
        t,
        "peace_agreement",
        ["peace deal@historic peace deal"],
        [("Israel", "Israelis@between Israelis"), ("Palestine", "Palestinians@Israelis and Palestinians")],
        "proposed",
    )
    return [third(record, t, "mediators", [("Donald Trump", "Mr. Trump@Mr. Trump insisted")])]


def _endorsement_deal(t: str) -> list[Record]:
    """clinton-unleashes: the endorsement agreement Sanders and Clinton are nearing."""
    return [
        agreement(
            t,
            "agreement",
            ["agreement@nearing an agreement"],
            [
                ("Bernie Sanders", "Sanders@Sanders and Clinton are"),
                ("Hillary Clinton", "Clinton@and Clinton are"),
            ],
            "negotiating",
        )
    ]


def _court_deal(t: str) -> list[Record]:
    """polls-suggest-possibility: a possible deal of Obama and Senate Republicans on a Supreme Court nominee,
    and Dow Chemical's settlement of an antitrust case."""
    court = agreement(
        t,
        "agreement",
        [
            "deal@possibility of deal on court",
            "grand bargain",
            "deal@interest to reach a deal",
            "compromise@some kind of compromise with",
            "compromise@thought compromise was likely",
        ],
        [
            ("Barack Obama", "Obama@can Obama offer"),
            ("Senate Republicans", "Republicans@compromise with the Republicans"),
        ],
        "proposed",
    )
    dow = agreement(
        t, "agreement", ["settle@to settle an antitrust"], [("Dow Chemical", "Dow Chemical")], "signed"
    )
    return [court, dow]


def _twitter(t: str) -> list[Record]:
    """as-its-rivals-pair-up: Microsoft's agreed takeover of LinkedIn, and the Twitter deal expected."""
    microsoft = ("Microsoft", "Microsoft@between Microsoft and LinkedIn")
    linkedin = ("LinkedIn", "LinkedIn@Microsoft and LinkedIn has")
    linked = agreement(
        t,
        "acquisition",
        [
            "megadeal@week's megadeal between",
            "Microsoft-LinkedIn deal",
            "deal@explaining the deal",
            "deal@This deal is all",
        ],
        [microsoft, linkedin],
        "signed",
        {"acquirer": [microsoft], "target": [linkedin]},
        date=("2016-06-13", "Monday@Until Monday's announcement"),
    )
    twitter = agreement(
        t,
        "acquisition",
        [
            "suitor@attract a suitor or risk",
            "acquired@Twitter will get acquired",
            "deal@a Twitter deal likely",
            "deal@on deal speculation",
            "deal@a big deal at a LinkedIn",
            "megadeal@A megadeal with",
            "deal@the right deal",
            "deal@a Twitter deal seem",
            "suitor@going to attract a suitor",
            "deal@A deal would raise",
            "deal talk",
            "deal@expect a deal before",
            "deal@betting on a deal",
        ],
        [],
        "proposed",
        {"target": [("Twitter", "Twitter@Twitter needs to attract")]},
    )
    return [linked, twitter]


def _aipac(t: str) -> list[Record]:
    """presidential-candidates-promise: the Iran deal Obama negotiated, and a hoped-for peace settlement."""
    iran = agreement(
        t,
        "nuclear_agreement",
        [
            "Iran nuclear deal",
            "Iran deal@opposition to the Iran deal",
            "nuclear deal@suspension of the nuclear deal",
        ],
        [
            ("Barack Obama", "President Obama@negotiated by President Obama"),
            ("Iran", "Iran@the Iran nuclear"),
        ],
        "signed",
    )
    return [iran, agreement(t, "peace_agreement", ["peace settlement"], [], "proposed")]


def _iran_reached(t: str) -> list[Record]:
    """republicans-blast-obama: the nuclear agreement with Iran reached last year, which Cruz would scrap."""
    return [
        agreement(
            t,
            "nuclear_agreement",
            ["nuclear agreement@scrap the nuclear agreement"],
            [],
            "signed",
            date=("2015", "last year@reached last year"),
        )
    ]


def _golf_resort(t: str) -> list[Record]:
    """puerto-rican-bank: the golf resort sold to OHorizons Global, and the Trump name licence."""
    buyer = ("OHorizons Global", "OHorizons Global")
    sale = agreement(
        t,
        "acquisition",
        ["scooped up@a buyer scooped up", "deal@The deal and how"],
        [buyer],
        "in_force",
        {
            "acquirer": [buyer],
            "target": [
                ("Trump International Golf Club Puerto Rico", "Trump International Golf Club Puerto Rico")
            ],
        },
        "$2.2 million",
        date=(None, "about a week ago"),
    )
    licence = agreement(
        t,
        "contract",
        ["licensed@former owners licensed"],
        [("Donald Trump", "Donald J. Trump@presidential candidate Donald J. Trump")],
        "collapsed",
    )
    return [sale, licence]


def _book_deals(t: str) -> list[Record]:
    """a-rush-for-books: Lewandowski's lapsed HarperCollins deal, Grand Central's republication of O'Brien's
    book, and Echo Point's offer to Hurt."""
    harper = agreement(
        t,
        "contract",
        [
            "offer@had an offer to publish",
            "agreement@But the agreement faltered",
            "deal@backed away from the deal",
            "deal@restore the deal",
            "offer@renew the offer",
        ],
        [
            ("Corey Lewandowski", "Corey Lewandowski"),
            ("HarperCollins", "HarperCollins@book with HarperCollins"),
        ],
        "collapsed",
        price="$1.2 million",
    )
    grand = agreement(
        t,
        "contract",
        ["agreed@Grand Central agreed"],
        [
            ("Grand Central Publishing", "Grand Central@Grand Central agreed"),
            ("Timothy O'Brien", "Mr. O'Brien@introduction by Mr. O'Brien"),
        ],
        "signed",
        date=(None, "Eight months later"),
    )
    echo = agreement(
        t,
        "contract",
        ["offer@got an offer from Echo"],
        [("Echo Point Books & Media", "Echo Point Books & Media"), ("Harry Hurt", "he@Then he got an offer")],
        "proposed",
    )
    return [harper, grand, echo]


HALF_A: dict[str, Builder] = {
    "wash-post_2016-08-01_byline-amber-phillips": _tpp_mcauliffe,
    "huff-post_2016-08-12_why-progressives-are-celebrating": _tpp_progressives,
    "huff-post_2016-08-23_donald-trump-jacked-up-his-campa": _rnc_fundraising,
    "nyt_2016-03-12_republicans-lower-volume-in-deba": _peace_broker,
    "politico_2016-07-08_clinton-unleashes-democratic-dre": _endorsement_deal,
    "nyt_2016-03-05_polls-suggest-possibility-of-dea": _court_deal,
    "nyt_2016-06-17_as-its-rivals-pair-up-will-twitt": _twitter,
    "wash-post_2016-03-22_presidential-candidates-promise-": _aipac,
    "politico_2016-01-05_republicans-blast-obama-after-no": _iran_reached,
    "nyt_2015-12-01_puerto-rican-bank-left-debt-inst": _golf_resort,
    "nyt_2016-07-05_a-rush-for-books-on-trump": _book_deals,
}


def _eu_turkey(t: str) -> list[Record]:
    """attacks-renew-bitter-debate: the migrant deal Merkel brokered with the Turkish government last week."""
    return [
        agreement(
            t,
            "agreement",
            ["deal@the deal brokered last week", "deal@That deal was already"],
            [("Angela Merkel", "Angela Merkel"), ("Turkey", "Turkish government")],
            "signed",
            date=(None, "last week@brokered last week"),
        )
    ]


def _syria_truce(t: str) -> list[Record]:
    """u-s-presses-for-truce: the US-Russian cease-fire under negotiation, and the past cease-fires."""
    truce = agreement(
        t,
        "ceasefire",
        [
            "truce@presses for truce in Syria despite",
            "deal@broker a deal with Russia",
            "cease-fire@Russia for a cease-fire",
            "deal@see if a deal was possible",
            "cease-fire@forge a durable cease-fire",
            "cease-fire@determination to broker a cease-fire",
            "agreement@a negotiated agreement",
        ],
        [
            ("United States", "Obama administration@given that the Obama administration"),
            ("Russia", "Russia@deal with Russia"),
        ],
        "negotiating",
        venue=("China", "China@moved on Sunday to China"),
    )
    return [truce, agreement(t, "ceasefire", ["cease-fire agreements"])]


def _nafta_tpp(t: str) -> list[Record]:
    """bill-clinton-addresses: NAFTA, steered through Congress, and the TPP awaiting a lame-duck vote."""
    nafta = agreement(
        t,
        "trade_agreement",
        ["North American Free Trade Agreement", "agreement@steering the agreement"],
        [],
        "signed",
    )
    tpp = agreement(
        t,
        "trade_agreement",
        [
            "Trans-Pacific Partnership",
            "TPP@(TPP)",
            "TPP@of a TPP",
            "deal@opposes the deal",
            "TPP@vote on the TPP",
            "TPP@against TPP before",
            "TPP@against TPP after",
        ],
        [],
        "signed",
    )
    return [nafta, tpp]


def _data_deals(t: str) -> list[Record]:
    """trump-quietly-builds: the campaign's data contract with L2, and the RNC's voter-file agreement."""
    l2 = agreement(
        t,
        "contract",
        ["agreement@entered into an agreement", "purchase@sizable purchase of data"],
        [("Trump campaign", "campaign@the campaign ultimately entered"), ("L2", "L2@agreement with L2")],
        "in_force",
    )
    rnc = agreement(
        t,
        "agreement",
        ["agreed@the RNC agreed to allow", "agreement@That agreement, which"],
        [
            ("Republican National Committee", "RNC@the RNC agreed"),
            ("Donald Trump", "Trump@allow Trump to use"),
        ],
        "in_force",
        date=(None, "late November or early December"),
    )
    return [l2, rnc]


def _sale(t: str, mention: str, target: Named, buyer: Named, status: str, **extra: Any) -> Record:
    """A company selling itself to a buyer: both sides agree, so both are parties; acquirer and target."""
    return agreement(
        t,
        "acquisition",
        [mention],
        [target, buyer],
        status,
        {"acquirer": [buyer], "target": [target]},
        **extra,
    )


def _advised_deals(t: str) -> list[Record]:
    """personal-touch-helps-boutique: the deals the boutique banks advised on (sales, mergers, a disposal)."""
    ge = ("General Electric", "General Electric")
    disposal = agreement(
        t,
        "acquisition",
        ["disposal@its disposal of GE Capital"],
        [ge],
        "signed",
        {"seller": [ge], "target": [("GE Capital", "GE Capital@disposal of GE Capital")]},
        date=("2015", "last year@GE Capital last year"),
    )
    kraft = agreement(
        t,
        "merger",
        ["merge@Heinz to merge", "merger@the merger of Kraft"],
        [("Kraft", "Kraft@allow Kraft and Heinz"), ("Heinz", "Heinz@Kraft and Heinz to merge")],
        "in_force",
    )
    pfizer = agreement(
        t,
        "merger",
        ["combination@$160 billion combination"],
        [("Pfizer", "Pfizer@advising Pfizer"), ("Allergan", "Allergan@combination with Allergan")],
        "negotiating",
        price="$160 billion",
    )
    taubman = agreement(
        t,
        "merger",
        ["merged@he merged with"],
        [("Paul Taubman", "Paul Taubman"), ("Blackstone Group", "Blackstone Group")],
        "in_force",
    )
    sales = [
        _sale(
            t,
            "sell@Pharmacyclics sell itself",
            ("Pharmacyclics", "Pharmacyclics"),
            ("AbbVie", "AbbVie"),
            "in_force",
            date=("2015-03", "March@AbbVie in March"),
        ),
        _sale(
            t,
            "sale@secure a sale",
            ("Time Warner Cable", "Time Warner Cable"),
            ("Charter Communications", "Charter Communications"),
            "signed",
        ),
        _sale(t, "sale@its sale to Valeant", ("Salix", "Salix"), ("Valeant", "Valeant"), "signed"),
        _sale(t, "sell@Omnicare sell itself", ("Omnicare", "Omnicare"), ("CVS", "CVS"), "signed"),
        _sale(
            t,
            "sale@proposed $104 billion sale",
            ("SABMiller", "SABMiller"),
            ("Anheuser-Busch InBev", "Anheuser Busch InBev"),
            "proposed",
            price="$104 billion",
        ),
        _sale(
            t,
            "sale@$72 billion sale",
            ("BG Group", "BG Group"),
            ("Royal Dutch Shell", "Royal Dutch Shell"),
            "signed",
            price="$72 billion",
        ),
    ]
    return [disposal, kraft, pfizer, taubman, *sales]


def _inversion_and_dupont(t: str) -> list[Record]:
    """roasts-and-toasts: Pfizer's inversion deal for Allergan, and the DuPont-Dow Chemical merger."""
    pfizer = ("Pfizer", "Pfizer@Pfizer buying")
    inversion = agreement(
        t,
        "acquisition",
        ["inversion deal@biggest inversion deal", "deal@cynical about the deal"],
        [pfizer],
        "signed",
        {"acquirer": [pfizer], "target": [("Allergan", "Allergan@buying Allergan")]},
        "$150 billion",
    )
    dupont = agreement(
        t,
        "merger",
        [
            "merge@plans to merge",
            "deal@did the deal with DuPont",
            "merger@this merger",
            "deal@the deal demonstrates",
        ],
        [("DuPont", "DuPont@Then DuPont"), ("Dow Chemical", "Dow Chemical@merge with Dow Chemical")],
        "signed",
    )
    return [inversion, dupont]


def _paris_accord(t: str) -> list[Record]:
    """for-outgoing-u-n-chief: the Paris climate agreement, signed last month and awaiting ratification."""
    record = agreement(
        t,
        "climate_accord",
        [
            "climate deal@U.N. chief, climate deal",
            "climate agreement@landmark climate agreement",
            "accord@The rare accord",
            "agreement@The agreement, officially signed",
            "global agreement@December's global agreement",
            "agreement@The agreement will enter",
            "accord@ratify the accord",
            "Paris agreement@signed onto the Paris agreement",
            "accord@that accord should",
            "climate deal@global climate deal he pushed",
            "Paris agreement@goal of the Paris agreement",
            "deal@The deal binds",
            "Paris agreement@that the Paris agreement is implemented",
        ],
        [],
        "signed",
        venue=("Paris", "Paris@December in Paris"),
        date=("2016-04", "last month@countries last month"),
    )
    return [third(record, t, "endorsers", [("Ban Ki-moon", "Ban Ki-moon")])]


def _budget_deal(t: str) -> list[Record]:
    """are-democrats-crippling: the year-end budget deal reached last week that delayed the Cadillac tax."""
    return [
        agreement(
            t,
            "agreement",
            [
                "budget deal@year-end budget deal",
                "budget deal@the budget deal reached",
                "budget deal@in the budget deal",
            ],
            [],
            "signed",
            date=(None, "last week@reached last week"),
        )
    ]


HALF_B: dict[str, Builder] = {
    "nyt_2016-03-23_attacks-renew-bitter-debate-on-m": _eu_turkey,
    "nyt_2016-09-06_u-s-presses-for-truce-in-syria-d": _syria_truce,
    "wash-post_2016-07-27_bill-clinton-addresses-a-very-di": _nafta_tpp,
    "politico_2016-01-05_trump-quietly-builds-a-data-jugg": _data_deals,
    "nyt_2016-01-07_personal-touch-helps-boutique-ba": _advised_deals,
    "nyt_2015-12-30_roasts-and-toasts-for-dealbook": _inversion_and_dupont,
    "wash-post_2016-05-09_for-outgoing-u-n-chief-climate-d": _paris_accord,
    "politico_2015-12-28_are-democrats-crippling-obamacar": _budget_deal,
}


def gold_a(texts: dict[str, str]) -> dict[str, list[Record]]:
    """Half A's gold by id (texts with no agreement left out)."""
    return {PREFIX + stem: build(texts[PREFIX + stem]) for stem, build in HALF_A.items()}


def gold_b(texts: dict[str, str]) -> dict[str, list[Record]]:
    """Half B's gold by id (texts with no agreement left out)."""
    return {PREFIX + stem: build(texts[PREFIX + stem]) for stem, build in HALF_B.items()}


def texts_and_dates(corpora: Path) -> tuple[dict[str, str], dict[str, str | None]]:
    """The drawn texts (from ``polnear/train/text``) and their ``metadata.tsv`` publication dates."""
    folder = corpora / "polnear" / "train" / "text"
    meta = polnear_metadata(corpora)
    texts: dict[str, str] = {}
    dates: dict[str, str | None] = {}
    for set_id, _ in DRAWN:
        stem = set_id.removeprefix(PREFIX)
        texts[set_id] = (folder / f"{stem}.txt").read_text(encoding="utf-8")
        dates[set_id] = meta[stem]["publication_date"] or None
    return texts, dates


def row(set_id: str, half: str, published: str | None, agreements: list[Record]) -> dict[str, Any]:
    """One text's line: its id, corpus path and publisher, its half, its date and gold (never the text)."""
    stem = set_id.removeprefix(PREFIX)
    return {
        "id": set_id,
        "polnear": f"train/text/{stem}.txt",
        "subset": f"polnear/{stem.split('_', 1)[0]}",
        "split": f"check_polnear_s23_{half}",
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
