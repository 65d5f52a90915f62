"""Build ``check_events_conll_s16_a.jsonl`` and ``..._b.jsonl``: the session-16 CoNLL events check set.

Twenty CoNLL-2003 train documents (Reuters, August 1996) drawn by ``select_events_conll_s16.py``
(none in an earlier CoNLL check set); the gold was written from ``guidelines/events.md`` before the
system was run on them (anchors as in ``events_check_gold.py``; events are anchored in the body, a
headline being a restatement). As in s15, arrests made by a criminal inquiry are not events (only
arrests at attacks or operations), nor are sports injuries; a joined pair of unnumbered victims of
two kinds ("a German tourist and a Swiss tour guide") is one event per victim group, a couple is one
group of two. A date the text gives only as a span ("late Saturday or early Sunday") has value null.
Half A is tuned on, half B only scored. The files hold document indexes and gold only: the texts are
rebuilt from ``conll2003/eng.train`` at run time (``evaluation.conll_documents``). Research only.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from evaluation.data.events_check_gold import event, write_conll_halves

HALF_A = (843, 172, 875, 545, 831, 441, 699, 866, 815, 293)
HALF_B = (588, 467, 266, 189, 269, 576, 805, 135, 755, 537)
ONE = (1, 1, 1, None)
TWO = (2, 2, 2, None)


def _a_first(t: dict[int, str]) -> dict[int, list[dict[str, Any]]]:
    """Gold of half A's documents 843, 172 and 866 (875, 831, 699, 815 and 293 have none)."""
    return {
        843: [
            event(
                t[843],
                "killed",
                "death@trampled her to death in the third",
                ONE,
                victims="woman@sleeping 72-year-old woman",
                instrument="rampaging elephant",
                place=("Madhumalla", "Madhumalla village"),
                date=(None, "earlier this week"),
                source=("Nepal police", "Nepal police"),
            ),
            event(
                t[843],
                "killed",
                "killed@elephants have killed",
                (3, 3, 3, "three@killed three people"),
                victims="people@three people",
                instrument="elephants@months elephants have",
                place=("east and central Nepal", "east and central Nepal"),
                scope="cumulative",
                period="In the past two months",
            ),
        ],
        172: [
            event(
                t[172],
                "displaced",
                "fled@Serbs fled",
                (200000, None, 200000, "Up to 200,000"),
                victims="Serbs@200,000 Serbs fled",
                place=("Krajina", "Krajina@leaving Krajina"),
                date=("1995", "last year@army last year"),
            )
        ],
        866: [
            event(
                t[866],
                "killed",
                "killing@last month, killing",
                (230, 230, 230, "230"),
                victims="people@230 people",
                place=("Atlantic Ocean", "Atlantic Ocean"),
                date=("1996-07", "last month"),
            )
        ],
    }


def _a_kidnaps(t: dict[int, str]) -> dict[int, list[dict[str, Any]]]:
    """Gold of half A's documents 545 and 441 (one kidnapping of a Dutch couple, an earlier one)."""
    band = ("band", "heavily armed band")
    guerrillas = ("former Nicaraguan guerrillas", "group of former Nicaraguan guerrillas")
    return {
        545: [
            event(
                t[545],
                "abducted",
                "kidnapped@couple kidnapped from",
                TWO,
                victims="couple@Dutch couple kidnapped",
                perpetrator=("kidnappers", "at least two men"),
                date=(None, "late Saturday or early Sunday"),
                source=("authorities", "authorities@ransom, authorities said"),
            ),
            event(
                t[545],
                "abducted",
                "kidnapped@guide were kidnapped",
                ONE,
                victims="German tourist@a German tourist and",
                perpetrator=band,
                date=("1995-12-31", "last New Year's Eve"),
            ),
            event(
                t[545],
                "abducted",
                "kidnapped@guide were kidnapped",
                ONE,
                victims="Swiss tour guide",
                perpetrator=band,
                date=("1995-12-31", "last New Year's Eve"),
            ),
        ],
        441: [
            event(
                t[441],
                "abducted",
                "seized",
                TWO,
                victims="couple@seized a Dutch couple",
                perpetrator=("kidnappers", "Kidnappers@Kidnappers have seized"),
                place=("Altamira", "Altamira"),
                date=(None, "late on Saturday or early Sunday"),
                source=("authorities", "authorities@ransom, authorities said"),
            ),
            event(
                t[441],
                "abducted",
                "kidnapped@tourist were kidnapped",
                ONE,
                victims="Swiss tourist guide",
                perpetrator=guerrillas,
                date=("1996-01-01", "New Year's Day"),
            ),
            event(
                t[441],
                "abducted",
                "kidnapped@tourist were kidnapped",
                ONE,
                victims="German tourist@a German tourist were",
                perpetrator=guerrillas,
                date=("1996-01-01", "New Year's Day"),
            ),
        ],
    }


def gold_a(t: dict[int, str]) -> dict[int, list[dict[str, Any]]]:
    """The events of half A's documents that have any."""
    return {**_a_first(t), **_a_kidnaps(t)}


def _b_first(t: dict[int, str]) -> dict[int, list[dict[str, Any]]]:
    """Gold of half B's documents 588, 467, 266 and 755 (189, 576, 135 and 537 have none)."""
    return {
        588: [
            event(
                t[588],
                "wounded",
                "disabled@severely disabled",
                ONE,
                victims="husband@Republican husband",
                perpetrator=("John Hinckley", "John Hinckley"),
                date=("1981", "1981@head in 1981"),
            )
        ],
        467: [
            event(
                t[467],
                "killed",
                "murdering@charged with murdering",
                ONE,
                victims="adoptive mother@his adoptive mother",
                perpetrator=("boy", "boy@Dallas boy has"),
                instrument="gunshot@with gunshot",
                date=(None, "over the weekend"),
                source=("police", "police@weekend, police said"),
            )
        ],
        266: [
            event(
                t[266],
                "killed",
                "killed@has killed 21",
                (21, 21, 21, "21@killed 21 people"),
                victims="people@21 people",
                instrument="cholera@outbreak of cholera",
                place=("Ubimini", "Ubimini"),
                scope="cumulative",
                period="in a week",
                source=("News Agency of Nigeria", "News Agency of Nigeria"),
            )
        ],
        755: [
            event(
                t[755],
                "killed",
                "murdered@was murdered",
                ONE,
                victims="novelist@Shanghai novelist was",
                place=("Shanghai", "Shanghai@A Shanghai novelist"),
                date=("1996-08-25", "Sunday@home on Sunday"),
                source=("Writers Association official", "official@an official of"),
            )
        ],
    }


def _b_second(t: dict[int, str]) -> dict[int, list[dict[str, Any]]]:
    """Gold of half B's documents 269 (refugees) and 805 (detained policemen, trapped monitors)."""
    mob = dict(
        perpetrator=("Serb mob", "Serb mob@angry Serb mob"), place=("Zvornik", "Zvornik@town of Zvornik")
    )
    return {
        269: [
            event(
                t[269],
                "displaced",
                "expelled@Zaire had expelled",
                (28, 28, 28, "28@expelled 28"),
                victims="refugees@Hutu refugees accused",
                perpetrator=("Zaire", "Zaire@that Zaire had"),
                place=("Goma", "Goma"),
                date=("1996-08-23", "Friday@over on Friday"),
                source=("Rwanda", "Rwanda@Rwanda said on Saturday"),
            ),
            event(
                t[269],
                "displaced",
                "fled@refugees who fled",
                (1100000, 1100000, 1100000, "1.1 million"),
                victims="refugees@Rwandan Hutu refugees who",
                date=("1994", "1994@civil war in 1994"),
                scope="cumulative",
            ),
            event(
                t[269],
                "killed",
                "genocide",
                (1000000, 1000000, 1000000, "one million"),
                victims="people@one million people",
                date=("1994", "that year@genocide that year"),
                scope="cumulative",
            ),
        ],
        805: [
            event(
                t[805],
                "arrested",
                "detained@troops detained",
                (65, 65, 65, "65"),
                victims="policemen@65 Bosnian Serb policemen",
                perpetrator=("NATO", "NATO troops@NATO troops detained"),
                place=("Mahala", "Mahala@homes in Mahala"),
                date=("1996-08-29", "early on Thursday"),
            ),
            event(
                t[805],
                "abducted",
                "trapped",
                (6, 6, 6, "six@trapped six"),
                victims="U.N. police monitors",
                **mob,
            ),
            event(
                t[805],
                "abducted",
                "trapped",
                (3, 3, 3, "three@and three local"),
                victims="local aides",
                **mob,
            ),
        ],
    }


def gold_b(t: dict[int, str]) -> dict[int, list[dict[str, Any]]]:
    """The events of half B's documents that have any."""
    return {**_b_first(t), **_b_second(t)}


def main(corpora: Path) -> None:
    """Write the two halves beside this script (document indexes, dateline dates and gold)."""
    halves = {"a": (HALF_A, gold_a), "b": (HALF_B, gold_b)}
    write_conll_halves(corpora, "check_events_conll_s16", halves, Path(__file__).parent)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("../shared/corpora"))
