"""Build ``check_events_polnear_s22_a.jsonl`` and ``..._b.jsonl``: the session-22 PolNeAR events set.

Twenty-six PolNeAR **train** texts drawn by ``select_events_polnear_s22.py``
(``events_polnear_s22_ids.txt``): 2015-2016 US election news of six publishers (two AP wire copies
run by Breitbart) on Benghazi, terror attacks (San Bernardino, Munich, Nice, Orlando), gun violence
and ISIS. The gold was written from ``guidelines/events.md`` and the texts only, before the system
was run on them (anchors as in ``events_check_gold.py``; difficult calls in
``guidelines/events_polnear_s22_notes.md``); ``published`` is ``metadata.tsv``'s
``publication_date``. Half A (even draw positions) is tuned on, half B only scored; half B's gold is
in ``events_polnear_s22_gold_b.py``. The files hold ids, each text's path under ``polnear/`` and gold
only: the texts are rebuilt at run time. Research only.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from evaluation.data.drawing import polnear_metadata
from evaluation.data.events_check_gold import event

DATA = Path(__file__).resolve().parent
DRAWN = [
    line.split() for line in (DATA / "events_polnear_s22_ids.txt").read_text(encoding="utf-8").splitlines()
]
HALF_A = [i for i, half in DRAWN if half == "A"]
HALF_B = [i for i, half in DRAWN if half == "B"]
PREFIX = "polnear-"
ONE = (1, 1, 1, None)
SOME = (None, 2, None, None)
Gold = dict[str, list[dict[str, Any]]]


def _jihadi_video(t: str) -> list[dict[str, Any]]:
    """huff-post 2016-01-02: al-Awlaki's death in a drone strike; Hasan's 13 victims at Fort Hood."""
    return [
        event(
            t,
            "killed",
            "killed@who was killed in a 2011",
            ONE,
            victims="Anwar al-Awlaki@cleric Anwar al-Awlaki",
            perpetrator=("United States", "U.S.@2011 U.S. drone"),
            instrument="drone strike",
            date=("2011", "2011@a 2011 U.S."),
        ),
        event(
            t,
            "killed",
            "killed@who killed 13",
            (13, 13, 13, "13@killed 13 people"),
            victims="people@13 people",
            perpetrator=("Nidal Hasan", "Nidal Hasan"),
            place=("Fort Hood", "Fort Hood"),
            date=("2009", "2009@Fort Hood in 2009"),
        ),
    ]


def _benghazi_insult(t: str) -> list[dict[str, Any]]:
    """west-journal 2016-03-15: the four Americans of the Benghazi attack ("didn't lose" is negated)."""
    return [
        event(
            t,
            "killed",
            "death@the death of four",
            (4, 4, 4, "four@death of four Americans"),
            victims="Americans@four Americans",
            place=("U.S. consulate in Benghazi", "U.S. consulate in Benghazi"),
            date=("2012-09-11", "Sept. 11, 2012"),
        )
    ]


def _benghazi_suit(t: str) -> list[dict[str, Any]]:
    """usa-today 2016-08-10: the four Americans lost at Benghazi (the two sons are a subset)."""
    return [
        event(
            t,
            "killed",
            "lost their lives",
            (4, 4, 4, "four@where four Americans"),
            victims="Americans@four Americans lost",
            place=("U.S. diplomatic compound in Benghazi", "U.S. diplomatic compound in Benghazi"),
            date=("2012", "2012@the 2012 attacks"),
        )
    ]


def _espinoza(t: str) -> list[dict[str, Any]]:
    """breitbart 2015-12-11: Americans killed by illegal aliens (a running total, no figure)."""
    return [
        event(
            t,
            "killed",
            "killed@have been killed by",
            SOME,
            victims="Americans@families of Americans who",
            perpetrator=("illegal aliens", "illegal aliens@killed by illegal aliens"),
            scope="cumulative",
        )
    ]


def _groberg(t: str) -> list[dict[str, Any]]:
    """west-journal 2016-07-30: Stevens and the others killed at Benghazi; Groberg's uncle."""
    benghazi = ("Benghazi", "Benghazi@in the Benghazi attacks")
    return [
        event(
            t, "killed", "deaths@for the deaths of", ONE, victims="Ambassador Chris Stevens", place=benghazi
        ),
        event(
            t, "killed", "killed@others killed in", SOME, victims="others@the others killed", place=benghazi
        ),
        event(
            t,
            "killed",
            "killed@uncle gets killed",
            ONE,
            victims="uncle@your uncle",
            perpetrator=("terrorist organization", "terrorist organization@from a terrorist organization"),
            source=("Groberg", "he@he said.\n\nGroberg concluded"),
        ),
    ]


def _in_brief(t: str) -> list[dict[str, Any]]:
    """usa-today 2015-12-22: the Las Vegas Strip driver; the San Bernardino shooters and their toll."""
    strip = dict(
        place=("Las Vegas Strip", "packed sidewalk along the Las Vegas Strip"),
        date=("2015-12-20", "Sunday evening"),
    )
    shootout = dict(perpetrator=("police", "police@shootout with police"))
    rampage = dict(
        place=("San Bernardino", "San Bernardino@in the San Bernardino shooting"),
        date=("2015-12-02", "Dec. 2"),
    )
    return [
        event(
            t,
            "killed",
            "dead@one person dead",
            (1, 1, 1, "one@left one person"),
            victims="person@one person dead",
            **strip,
        ),
        event(t, "wounded", "injured@dozens injured", (None, 24, 99, "dozens@dozens injured"), **strip),
        event(t, "killed", "died@died in a shootout", ONE, victims="Farook@Farook and his wife", **shootout),
        event(t, "killed", "died@died in a shootout", ONE, victims="Tashfeen Malik", **shootout),
        event(
            t,
            "killed",
            "dead@14 people dead",
            (14, 14, 14, "14@left 14 people"),
            victims="people@14 people",
            **rampage,
        ),
        event(t, "wounded", "wounded@20 wounded", (20, 21, None, "more than 20"), **rampage),
    ]


def _lone_wolves(t: str) -> list[dict[str, Any]]:
    """usa-today 2016-06-17: Orlando, the officer and his partner near Paris, bin Laden, Paris, Brussels."""
    home = dict(
        perpetrator=("Larossi Abballa", "French Islamist@knife-wielding French Islamist"),
        instrument="knife@knife-wielding",
        place=("Paris", "suburban Paris home"),
    )
    return [
        event(
            t,
            "killed",
            "massacre@the Orlando massacre",
            SOME,
            place=("Orlando", "Orlando@the Orlando massacre"),
        ),
        event(
            t,
            "killed",
            "killed@Islamist killed a police",
            ONE,
            victims="police officer@killed a police officer",
            **home,
        ),
        event(t, "killed", "killed@Islamist killed a police", ONE, victims="partner@his partner in", **home),
        event(
            t,
            "killed",
            "taken out@he'll be taken out",
            ONE,
            victims="Osama bin Laden",
            perpetrator=("Navy SEALs", "Navy SEALs"),
            date=("2011", "five years ago"),
        ),
        event(
            t,
            "killed",
            "killed@that killed 130",
            (130, 130, 130, "130"),
            place=("Paris", "Paris@130 in Paris"),
            date=("2015-11", "last November"),
        ),
        event(
            t,
            "killed",
            "killed@that killed 130",
            (32, 32, 32, "32"),
            place=("Brussels", "Brussels@32 in Brussels"),
            date=("2016-03", "March@Brussels in March"),
        ),
    ]


def gold_a(t: dict[str, str]) -> Gold:
    """The events of half A's documents with any (the others have none)."""
    p = PREFIX
    return {
        f"{p}huff-post_2016-01-02_donald-trump-featured-in-jihadis": _jihadi_video(
            t[f"{p}huff-post_2016-01-02_donald-trump-featured-in-jihadis"]
        ),
        f"{p}west-journal_2016-03-15_hillary-just-insulted-the-bengha": _benghazi_insult(
            t[f"{p}west-journal_2016-03-15_hillary-just-insulted-the-bengha"]
        ),
        f"{p}usa-today_2016-08-10_parents-of-two-benghazi-victims-": _benghazi_suit(
            t[f"{p}usa-today_2016-08-10_parents-of-two-benghazi-victims-"]
        ),
        f"{p}breitbart_2015-12-11_exclusive-maria-espinoza-anti-il": _espinoza(
            t[f"{p}breitbart_2015-12-11_exclusive-maria-espinoza-anti-il"]
        ),
        f"{p}west-journal_2016-07-30_republican-medal-of-honor-winner": _groberg(
            t[f"{p}west-journal_2016-07-30_republican-medal-of-honor-winner"]
        ),
        f"{p}usa-today_2015-12-22_in-brief": _in_brief(t[f"{p}usa-today_2015-12-22_in-brief"]),
        f"{p}usa-today_2016-06-17_walls-and-bans-won-t-thwart-lone": _lone_wolves(
            t[f"{p}usa-today_2016-06-17_walls-and-bans-won-t-thwart-lone"]
        ),
    }


def text_path(set_id: str) -> str:
    """A drawn id's text file, relative to the corpora's ``polnear`` folder."""
    return f"train/text/{set_id.removeprefix(PREFIX)}.txt"


def texts_and_dates(corpora: Path) -> tuple[dict[str, str], dict[str, str | None]]:
    """Every drawn text (read as the scorer reads it) and its ``publication_date``."""
    folder = corpora / "polnear"
    published = {stem: r["publication_date"] for stem, r in polnear_metadata(corpora).items()}
    ids = HALF_A + HALF_B
    texts = {i: (folder / text_path(i)).read_text(encoding="utf-8") for i in ids}
    return texts, {i: published.get(i.removeprefix(PREFIX)) for i in ids}


def row(set_id: str, published: str | None, events: list[dict[str, Any]]) -> dict[str, Any]:
    """One document's line: its id, its text's path under ``polnear/``, its date and gold (never the text)."""
    return {
        "id": set_id,
        "polnear": text_path(set_id),
        "subset": "polnear/train",
        "split": "check",
        "published": published,
        "events": events,
    }


def main(corpora: Path) -> None:
    """Write the two halves beside this script."""
    from evaluation.data.events_polnear_s22_gold_b import gold_b

    texts, dates = texts_and_dates(corpora)
    for name, ids, gold in (("a", HALF_A, gold_a(texts)), ("b", HALF_B, gold_b(texts))):
        assert set(gold) <= set(ids), f"gold of a document outside half {name}"
        with (DATA / f"check_events_polnear_s22_{name}.jsonl").open("w", encoding="utf-8") as handle:
            for set_id in ids:
                handle.write(json.dumps(row(set_id, dates[set_id], gold.get(set_id, []))) + "\n")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("../shared/corpora"))
