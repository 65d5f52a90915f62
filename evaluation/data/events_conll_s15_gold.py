"""Build ``check_events_conll_s15_a.jsonl`` and ``..._b.jsonl``: the session-15 CoNLL events check set.

Twenty-four CoNLL-2003 train documents (Reuters, August 1996) drawn by ``select_events_conll_s15.py``
(none in an earlier CoNLL check set); the gold was written from ``guidelines/events.md`` before the
system was run on them (anchors as in ``events_check_gold.py``; events are anchored in the body, a
headline being a restatement). Arrests made by a criminal inquiry and judicial executions are not
events (guidelines: only arrests at attacks or operations). Half A is tuned on, half B only scored.
The files hold document indexes and gold only: the texts are rebuilt from ``conll2003/eng.train``
at run time (``evaluation.conll_documents``). Research only.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from evaluation.data.events_check_gold import event, write_conll_halves

HALF_A = (456, 380, 375, 58, 892, 809, 275, 363, 285, 876, 450, 754)
HALF_B = (817, 662, 365, 102, 585, 569, 725, 873, 567, 539, 360, 286)
ONE = (1, 1, 1, None)
TWO = (2, 2, 2, None)


def _a_first(t: dict[int, str]) -> dict[int, list[dict[str, Any]]]:
    """Gold of half A's documents 456, 380, 375 and 58."""
    kashmir = dict(
        place=("Azad Kashmir", "Azad (free) Kashmir"),
        date=("1996-08-25", "Sunday@injured on Sunday"),
        source=("police", "police@police said"),
    )
    girls = "Julie Lejeune and Melissa Russo"
    bulgaria = dict(
        place=("northern Bulgaria", "northern Bulgaria"),
        date=("1996-08-22", "Thursday@injured on Thursday"),
        source=("police", "police@Bulgaria, police said"),
    )
    return {
        456: [
            event(
                t[456],
                "killed",
                "killed@were killed by",
                (19, 19, 19, "19@19 U.S. airmen"),
                victims="airmen@U.S. airmen",
                instrument="fuel truck bomb",
                place=("Dhahran", "Dhahran@in Dhahran, where"),
                date=("1996-06-25", "June 25"),
            )
        ],
        380: [
            event(
                t[380],
                "killed",
                "killed@were killed and",
                (16, 16, None, "At least 16"),
                victims="people@16 people",
                **kashmir,
            ),
            event(t[380], "wounded", "injured@several injured", (None, 3, 9, "several"), **kashmir),
        ],
        375: [
            event(
                t[375],
                "killed",
                "dead@Weinstein was found dead",
                ONE,
                victims="Weinstein@Weinstein was found",
                perpetrator=("Dutroux", "Dutroux@Dutroux has admitted killing"),
            ),
            event(
                t[375],
                "killed",
                "starved@they starved",
                TWO,
                victims=girls,
                date=("1996", "earlier this year"),
                source=("Dutroux", "Detroux@belonging to Detroux"),
            ),
            event(
                t[375],
                "abducted",
                "abducted@being abducted",
                TWO,
                victims=girls,
                date=("1995-06", "June 1995"),
            ),
            event(
                t[375],
                "abducted",
                "kidnapping@admitted kidnapping",
                (None, 2, None, "at least two@for at least two more"),
                perpetrator=("Dutroux", "Dutroux@who Dutroux has"),
                date=("1995", "a year ago"),
            ),
        ],
        58: [
            event(
                t[58],
                "killed",
                "killed@was killed, and",
                ONE,
                victims="passenger@Romanian passenger was",
                **bulgaria,
            ),
            event(
                t[58],
                "wounded",
                "injured@were injured on",
                (14, 14, 14, "14@14 others"),
                victims="others@14 others",
                **bulgaria,
            ),
        ],
    }


def _a_second(t: dict[int, str]) -> dict[int, list[dict[str, Any]]]:
    """Gold of half A's documents 809, 275, 363, 285, 876 and 450 (892 and 754 have none)."""
    iran = dict(
        perpetrator=("drug traffickers", "two Iranian men"),
        source=("police commander", "a police commander"),
    )
    stevanin = ("Gianfranco Stevanin", "Gianfranco Stevanin")
    return {
        809: [
            event(
                t[809],
                "killed",
                "shot dead@been shot dead",
                ONE,
                victims="policeman@A policeman has",
                place=("Donje Ljupce", "Donje Ljupce"),
                date=("1996-08-28", "Wednesday@shot on Wednesday"),
                source=("Serbian police", "Serbian police@province, Serbian police said"),
            )
        ],
        275: [
            event(
                t[275],
                "arrested",
                "arrested@were arrested in July",
                (2, 2, 2, "two@The two Iranian"),
                victims="men@Iranian men",
                date=("1996-07", "July@arrested in July"),
                source=iran["source"],
            ),
            event(t[275], "killed", "killed@and killed a", ONE, victims="pedestrain", **iran),
            event(t[275], "wounded", "wounded@wounded four", (4, 4, 4, "four@wounded four"), **iran),
        ],
        363: [
            event(
                t[363],
                "killed",
                "shot@shot them to death",
                (10, 10, 10, "10@dragged 10 men"),
                victims="men@10 men",
                perpetrator=("gunmen", "Unidentified gunmen"),
                place=("Anza", "Anza@municipality of Anza"),
                date=("1996-08-24", "Saturday"),
                source=("authorities", "authorities@authorities said"),
            )
        ],
        285: [
            event(
                t[285],
                "killed",
                "killed@had killed and",
                (4, 4, 4, "four@bodies of four women"),
                victims="women@four women",
                perpetrator=stevanin,
                source=("lawyer", "the lawyer of"),
                alternatives=[1],
            ),
            event(
                t[285],
                "killed",
                "murdering@accused of murdering",
                (5, 5, 5, "five@murdering five"),
                victims="women@five women",
                perpetrator=("Gianfranco Stevanin", "Stevanin@Stevanin, arrested"),
                alternatives=[0],
            ),
        ],
        876: [
            event(
                t[876],
                "killed",
                "Bodies@Bodies have been sighted",
                (None, 2, None, None),
                victims="people@dead people",
                place=("Spitzbergen", "Spitzbergen@island of Spitzbergen"),
                date=("1996-08-29", "Thursday@site of Thursday"),
                source=("Norwegian officials", "Norwegian officials@Spitzbergen, Norwegian officials said"),
            )
        ],
        450: [
            event(
                t[450],
                "wounded",
                "injured@were injured when",
                (15, 15, 15, "Fifteen@Fifteen people"),
                victims="people@Fifteen people",
                place=("Preston", "Preston"),
                date=("1996-08-26", "Monday@Melbourne on Monday"),
                source=("rail and ambulance officials", "rail and ambulance officials"),
            )
        ],
    }


def gold_a(t: dict[int, str]) -> dict[int, list[dict[str, Any]]]:
    """The events of half A's documents that have any."""
    return {**_a_first(t), **_a_second(t)}


def _b_first(t: dict[int, str]) -> dict[int, list[dict[str, Any]]]:
    """Gold of half B's documents 817, 662, 365, 102 and 585."""
    roadblock = dict(
        perpetrator=("Kurdish guerrillas", "Kurdish guerrillas"),
        place=("Erzincan and Sivas", "Erzincan and Sivas"),
        date=("1996-08-26", "Monday@on Monday night"),
        source=("security officials", "security officials"),
    )
    return {
        817: [
            event(
                t[817],
                "killed",
                "dead@people dead",
                (13, 13, None, "at least 13@left at least 13"),
                victims="people@13 people dead",
                perpetrator=("rebels", "rebels@masked rebels"),
                place=("Oaxaca and Guerrero", "Oaxaca and Guerrero"),
                date=("1996-08-28", "overnight@southern states overnight"),
                source=("officials", "officials@officials said on Thursday"),
            )
        ],
        662: [
            event(
                t[662],
                "arrested",
                "arrested@hijacker was arrested",
                ONE,
                victims="hijacker@the hijacker was",
                place=("Munich", "Munich@in Munich"),
                date=("1996-03", "In March"),
            )
        ],
        365: [
            event(
                t[365],
                "wounded",
                "wounded@seriously wounded on",
                (2, 2, 2, "Two@Two Thai border policemen"),
                victims="policemen@border policemen were",
                perpetrator=("DKBA", "members@when members of"),
                place=("Mae Sot", "Mae Sot@town of Mae Sot"),
                date=("1996-08-25", "Sunday@wounded on Sunday"),
                source=("security officers", "security officers"),
            )
        ],
        102: [
            event(
                t[102],
                "killed",
                "death@the recent death",
                ONE,
                victims="citizen@British citizen of",
                place=("Dhaka airport", "Dhaka airport@origin at Dhaka airport"),
                date=("1996-05-09", "May 9"),
            )
        ],
        585: [
            event(
                t[585],
                "killed",
                "killed@guerrillas killed two",
                (2, 2, 2, "two@killed two"),
                victims="people@two people",
                **roadblock,
            ),
            event(t[585], "abducted", "hostage@three hostage", (3, 3, 3, "three@took three"), **roadblock),
            event(
                t[585],
                "killed",
                "killed@have been killed in",
                (20000, 20001, None, "More than 20,000"),
                victims="people@20,000 people",
                scope="cumulative",
            ),
        ],
    }


def _b_second(t: dict[int, str]) -> dict[int, list[dict[str, Any]]]:
    """Gold of half B's documents 569, 725 and 873."""
    trinco = dict(instrument="Bomb blast", place=("Trincomalee", "Trincomalee@office in Trincomalee"))
    accident = dict(
        perpetrator=("soldiers", "Army sentries"),
        place=("Chavakachcheri", "Chavakachcheri@near Chavakachcheri"),
    )
    governor = ("emergency rule governor's office", "emergency rule governor's office")
    cemetery = dict(
        perpetrator=("gunman", "lone gunman"),
        place=("Catania", "this eastern Sicilian city"),
        date=("1996-08-27", "Tuesday@city on Tuesday"),
    )
    return {
        569: [
            event(t[569], "killed", "kills@kills one", (1, 1, 1, "one@kills one"), **trinco),
            event(t[569], "wounded", "wounds@wounds six", (6, 6, 6, "six@wounds six"), **trinco),
            event(t[569], "killed", "killed@soldier killed", ONE, victims="officer@One officer", **accident),
            event(
                t[569], "killed", "killed@soldier killed", ONE, victims="soldier@a soldier killed", **accident
            ),
            event(t[569], "wounded", "wounded@eight were wounded", (8, 8, 8, "eight@which eight")),
        ],
        725: [
            event(
                t[725],
                "killed",
                "killed@troops killed 25",
                (25, 25, 25, "25@killed 25"),
                victims="Kurdish rebels@25 Kurdish rebels",
                perpetrator=("Turkish troops", "Turkish troops@Turkish troops killed"),
                place=("eastern Turkey", "east@the east of the country"),
                scope="cumulative",
                source=("security officials", "security officials"),
            ),
            event(
                t[725],
                "killed",
                "killed@were killed in fighting",
                (10, 10, 10, "10@that 10 rebels"),
                victims="rebels@10 rebels",
                place=("Tunceli", "Tunceli"),
                source=governor,
            ),
            event(
                t[725],
                "killed",
                "killed@Soldiers killed nine",
                (9, 9, 9, "nine@killed nine"),
                victims="guerrillas@PKK guerrillas in Sirnak",
                perpetrator=("soldiers", "Soldiers@Soldiers killed"),
                place=("Sirnak", "Sirnak"),
                source=governor,
            ),
            event(
                t[725],
                "killed",
                "killed@Soldiers killed nine",
                (6, 6, 6, "six@and six in"),
                perpetrator=("soldiers", "Soldiers@Soldiers killed"),
                place=("Hakkari", "Hakkari"),
                source=governor,
            ),
            event(
                t[725],
                "killed",
                "killed@have been killed in",
                (20000, 20001, None, "Over 20,000"),
                victims="people@20,000 people",
                place=("southeastern Turkey", "southeastern Turkey"),
                scope="cumulative",
            ),
        ],
        873: [
            event(t[873], "killed", "slaying", ONE, victims="daughter@the daughter", **cemetery),
            event(t[873], "killed", "slaying", ONE, victims="nephew@14-year-old nephew", **cemetery),
            event(
                t[873],
                "killed",
                "murder@the murder last year",
                ONE,
                victims="wife@the wife of",
                date=("1995", "last year@murder last year"),
            ),
            event(
                t[873],
                "killed",
                "killed@himself killed",
                ONE,
                victims="husband@young husband",
                perpetrator=("Mafia", "Mafia@a Mafia ambush"),
                date=("1995", "last year@killed last year"),
            ),
        ],
    }


def _b_third(t: dict[int, str]) -> dict[int, list[dict[str, Any]]]:
    """Gold of half B's documents 567, 539, 360 and 286."""
    an_eefje = "An Marchal and Eefje Lambrecks"
    return {
        567: [
            event(
                t[567],
                "wounded",
                "injured@were injured when",
                (3, 3, None, "At least three"),
                victims="people@three people were",
                place=("Roxbury", "Roxbury@town of Roxbury"),
                date=("1996-08-27", "Tuesday@derailed Tuesday"),
                source=("officials", "officials@Tuesday, officials said"),
            )
        ],
        539: [
            event(
                t[539],
                "missing",
                "missing@went missing",
                TWO,
                victims=an_eefje,
                date=("1995-08", "last August"),
            ),
            event(
                t[539],
                "abducted",
                "abduction@with the abduction",
                (2, 2, 2, "two@of two other girls aged"),
                victims="girls@two other girls aged 14",
                perpetrator=("Dutroux", "Dutroux@Dutroux, 39"),
            ),
            event(
                t[539],
                "killed",
                "died@who died of starvation",
                (2, 2, 2, "two@of two other girls, aged"),
                victims="girls@two other girls, aged eight",
                date=("1996", "this year@starvation this year"),
            ),
            event(
                t[539],
                "abducted",
                "abduction@their abduction",
                (2, 2, 2, "two@of two other girls, aged"),
                victims="girls@two other girls, aged eight",
                date=("1995-06", "June, 1995"),
            ),
        ],
        360: [
            event(
                t[360],
                "killed",
                "died@people died",
                (8, 8, 8, "Eight@Eight people died"),
                victims="people@Eight people died",
                instrument="blaze@in a blaze",
                place=("Moscow", "Moscow@a Moscow casino"),
                date=("1996-08-25", "Sunday@died on Sunday"),
                source=("Interfax", "Interfax news agency"),
            )
        ],
        286: [
            event(
                t[286],
                "killed",
                "dead@found dead, from",
                (2, 2, 2, "two@week two young girls"),
                victims="girls@two young girls",
            ),
            event(
                t[286],
                "abducted",
                "kidnapped@had been kidnapped",
                TWO,
                victims="Julie Lejeune and Melissa Russo@Julie Lejeune and Melissa Russo, had",
                date=("1995-06", "June last year"),
            ),
            event(
                t[286],
                "abducted",
                "kidnapping@admitted kidnapping",
                (2, 2, 2, "two@kidnapping two other"),
                victims=an_eefje,
                perpetrator=("Dutroux", "He@He also admitted"),
                date=("1995", "a year ago"),
            ),
        ],
    }


def gold_b(t: dict[int, str]) -> dict[int, list[dict[str, Any]]]:
    """The events of half B's documents that have any."""
    return {**_b_first(t), **_b_second(t), **_b_third(t)}


def main(corpora: Path) -> None:
    """Write the two halves beside this script (document indexes, dateline dates and gold)."""
    halves = {"a": (HALF_A, gold_a), "b": (HALF_B, gold_b)}
    write_conll_halves(corpora, "check_events_conll_s15", halves, Path(__file__).parent)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("../shared/corpora"))
