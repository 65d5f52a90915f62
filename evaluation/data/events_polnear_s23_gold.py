"""Build ``check_events_polnear_s23_a.jsonl`` and ``..._b.jsonl``: the session-23 PolNeAR events set.

Thirty-two PolNeAR **train** texts drawn by ``select_events_polnear_s23.py``
(``events_polnear_s23_ids.txt``) from the texts the session reserved for new gold: 2015-2016 US
election news of seven publishers (Breitbart, HuffPost, NYT, Politico, USA Today, Washington Post,
Western Journalism) on Benghazi, Orlando, Charleston, Sandy Hook, police shootings and crime figures.
The gold was written from ``guidelines/events.md``, the earlier sessions' notes and the texts only,
before the system was run on them (anchors as in ``events_check_gold.py``; difficult calls in
``guidelines/events_polnear_s23_notes.md``); ``published`` is ``metadata.tsv``'s
``publication_date``. Half A (even draw positions) is tuned on, half B only scored; half B's gold is
in ``events_polnear_s23_gold_b.py``. The files hold ids, each text's path under ``polnear/`` and gold
only: the texts are rebuilt at run time. Research only.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from evaluation.data.drawing import polnear_metadata
from evaluation.data.events_check_gold import event

DATA = Path(__file__).resolve().parent
DRAWN = [
    line.split() for line in (DATA / "events_polnear_s23_ids.txt").read_text(encoding="utf-8").splitlines()
]
HALF_A = [i for i, half in DRAWN if half == "A"]
HALF_B = [i for i, half in DRAWN if half == "B"]
PREFIX = "polnear-"
ONE = (1, 1, 1, None)
SOME = (None, 2, None, None)
Gold = dict[str, list[dict[str, Any]]]
Event = dict[str, Any]
Events = list[Event]


def _speech_announcement(t: str) -> Events:
    """west-journal 2016-06-21: the Orlando massacre (no figure) and the four Americans at Benghazi."""
    return [
        event(
            t,
            "killed",
            "massacre@Orlando massacre on",
            SOME,
            place=("Orlando", "Orlando@the Orlando massacre"),
            date=("2016-06-12", "June 12"),
        ),
        event(
            t,
            "killed",
            "deaths@the deaths of four",
            (4, 4, 4, "four@deaths of four Americans"),
            victims="Americans@four Americans at",
            place=("Benghazi", "Benghazi@Americans at Benghazi"),
            date=("2012", "2012@Benghazi in 2012"),
        ),
    ]


def _farm_suicide(t: str) -> Events:
    """west-journal 2016-02-17: a farmer's suicide in 1986 (a violent death, as s22's attacker "who
    killed himself"); his widow's death is natural."""
    return [
        event(
            t,
            "killed",
            "Killed Himself",
            ONE,
            victims="Dad@Her Dad Killed",
            date=("1986-02", "February of 1986"),
        )
    ]


def _racial_healer(t: str) -> Events:
    """breitbart 2016-07-10: Sterling and Castile (Trump's quoted "deaths"), the five Dallas officers."""
    trump = ("Trump", "TRUMP@TRUMP: The deaths")
    police = ("police", "police@recent police shootings")
    return [
        event(
            t,
            "killed",
            "deaths@The deaths of Alton",
            ONE,
            victims="Alton Sterling",
            perpetrator=police,
            place=("Louisiana", "Louisiana@Alton Sterling in Louisiana"),
            source=trump,
        ),
        event(
            t,
            "killed",
            "deaths@The deaths of Alton",
            ONE,
            victims="Philando Castile",
            perpetrator=police,
            place=("Minnesota", "Minnesota@Philando Castile in Minnesota"),
            source=trump,
        ),
        event(
            t,
            "killed",
            "killing@targeting and killing five",
            (5, 5, 5, "five@killing five Dallas"),
            victims="Dallas police officers@five Dallas police officers",
            perpetrator=("sniper", "sniper@a sniper targeting"),
        ),
    ]


def _zimmerman(t: str) -> Events:
    """huff-post 2016-05-12: Zimmerman's killing of Trayvon Martin, first told in the headline."""
    return [
        event(
            t,
            "killed",
            "Kill@To Kill Trayvon",
            ONE,
            victims="Trayvon Martin@Kill Trayvon Martin",
            perpetrator=("George Zimmerman", "George Zimmerman@George Zimmerman Auctioning"),
            instrument="Gun@Off Gun Used",
            place=("Sanford", "Sanford, Florida"),
            date=("2012-02", "February 2012"),
        )
    ]


def _reagan(t: str) -> Events:
    """west-journal 2016-08-11: Hinckley shot and wounded Reagan in 1981 ("if he killed" is no fact)."""
    return [
        event(
            t,
            "wounded",
            "wounded@shot and wounded",
            ONE,
            victims="President Reagan@wounded President Reagan",
            perpetrator=("John Hinckley Jr.", "John Hinckley Jr."),
            date=("1981", "1981@Reagan in 1981"),
        )
    ]


def _sandy_hook(t: str) -> Events:
    """huff-post 2016-04-20: the 26 killed at Sandy Hook (the principal is one of them, a subset); the
    families who lost members to mass shootings (an unnumbered running total, as s22's mothers)."""
    return [
        event(
            t,
            "killed",
            "killed@26 people killed",
            (26, 26, 26, "26"),
            victims="people@26 people",
            place=("Sandy Hook Elementary School", "Newtown, Connecticut, school"),
            date=("2012-12", "December 2012"),
        ),
        event(
            t,
            "killed",
            "lost@have lost family",
            SOME,
            victims="family members@lost family members",
            scope="cumulative",
        ),
    ]


def _missile(t: str) -> Events:
    """west-journal 2015-12-12: Trump's "four Americans were killed" at Benghazi and the refugees fleeing
    Syria and Iraq (both in what Trump said); "caused so many deaths" is an accusation, no toll."""
    trump_benghazi = ("Trump", "Trump@Trump said Clinton")
    trump_refugees = ("Trump", "Trump@Trump said he holds")
    return [
        event(
            t,
            "killed",
            "killed@four Americans were killed",
            (4, 4, 4, "four@four Americans were"),
            victims="Americans@four Americans were",
            place=("Benghazi", "Benghazi@the Benghazi scandal"),
            source=trump_benghazi,
        ),
        event(
            t,
            "displaced",
            "fleeing@refugees fleeing",
            (None, 200000, 9999999, "hundreds of thousands or maybe millions"),
            victims="refugees@of refugees fleeing",
            place=("Syria and Iraq", "the two nations"),
            scope="cumulative",
            source=trump_refugees,
        ),
    ]


def _gop_targets(t: str) -> Events:
    """usa-today 2015-12-07: the 2012 fatal attack on the consulate (in what Democrats say); Boko Haram's
    deaths (a running total, no figure). Paris and San Bernardino: no harm stated."""
    return [
        event(
            t,
            "killed",
            "fatal@2012 fatal attack",
            (None, 1, None, None),
            place=("U.S. Consulate in Libya", "U.S. Consulate  in Libya"),
            date=("2012", "2012@the 2012 fatal"),
            source=("Democrats", "Democrats@Democrats say"),
        ),
        event(
            t,
            "killed",
            "deaths@many more deaths",
            SOME,
            perpetrator=("Boko Haram", "Boko Haram@labeling Boko Haram"),
            scope="cumulative",
        ),
    ]


def _planned_parenthood(t: str) -> Events:
    """usa-today 2015-12-08: the Colorado Springs clinic shooting; the alleged shooter is no perpetrator."""
    return [
        event(
            t,
            "killed",
            "killed@that killed three",
            (3, 3, 3, "three@killed three people"),
            victims="people@three people",
            place=("Colorado Springs", "Planned Parenthood clinic in Colorado Springs"),
            date=("2015-11", "last month"),
        )
    ]


def _charleston_survivors(t: str) -> Events:
    """huff-post 2016-07-28: the nine killed at Mother Emanuel (Roof "is accused": no perpetrator)."""
    return [
        event(
            t,
            "killed",
            "killing@accused of killing",
            (9, 9, 9, "nine@killing nine people"),
            victims="people@nine people",
            place=("Mother Emanuel Church", "Mother Emanuel Church"),
            date=("2015-06", "June 2015"),
        )
    ]


def _benghazi_document(t: str) -> Events:
    """west-journal 2016-05-02: the deaths of four Americans in the Benghazi attack."""
    return [
        event(
            t,
            "killed",
            "deaths@the deaths of four",
            (4, 4, 4, "four@deaths of four Americans"),
            victims="Americans@four Americans, including",
            place=("Benghazi", "U.S. compound in Benghazi"),
            date=("2012-09-11", "Sept. 11, 2012"),
        )
    ]


def _pride(t: str) -> Events:
    """usa-today 2016-06-27: the 49 killed at Pulse on June 12."""
    return [
        event(
            t,
            "killed",
            "killed@49 people killed",
            (49, 49, 49, "49@the 49 people"),
            victims="people@49 people",
            place=("Pulse", "Pulse, a gay Orlando nightclub"),
            date=("2016-06-12", "June 12"),
        )
    ]


GOLD_A: dict[str, Callable[[str], Events]] = {
    "west-journal_2016-06-21_trump-makes-campaign-announcemen": _speech_announcement,
    "west-journal_2016-02-17_woman-reveals-stunning-thing-tru": _farm_suicide,
    "breitbart_2016-07-10_ok-gov-fallin-trump-is-trying-to": _racial_healer,
    "huff-post_2016-05-12_george-zimmerman-auctioning-off-": _zimmerman,
    "west-journal_2016-08-11_reagan-s-daughter-makes-strong-s": _reagan,
    "huff-post_2016-04-20_hillary-clinton-gives-emotional-": _sandy_hook,
    "west-journal_2015-12-12_boom-trump-just-fired-a-word-mis": _missile,
    "usa-today_2015-12-07_gop-targets-clinton-s-foreign-po": _gop_targets,
    "usa-today_2015-12-08_most-oppose-defunding-planned-pa": _planned_parenthood,
    "huff-post_2016-07-28_charleston-church-shooting-survi": _charleston_survivors,
    "west-journal_2016-05-02_newly-released-document-reveals-": _benghazi_document,
    "usa-today_2016-06-27_orlando-shootings-temper-lgbt-pr": _pride,
}


def built(gold: dict[str, Callable[[str], Events]], t: dict[str, str]) -> Gold:
    """The events of each text with any, keyed by set id, from the per-text builders keyed by stem."""
    return {PREFIX + stem: build(t[PREFIX + stem]) for stem, build in gold.items()}


def gold_a(t: dict[str, str]) -> Gold:
    """The events of half A's documents with any (the others have none)."""
    return built(GOLD_A, t)


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
    from evaluation.data.events_polnear_s23_gold_b import gold_b

    texts, dates = texts_and_dates(corpora)
    for name, ids, gold in (("a", HALF_A, gold_a(texts)), ("b", HALF_B, gold_b(texts))):
        assert set(gold) <= set(ids), f"gold of a document outside half {name}"
        with (DATA / f"check_events_polnear_s23_{name}.jsonl").open("w", encoding="utf-8") as handle:
            for set_id in ids:
                handle.write(json.dumps(row(set_id, dates[set_id], gold.get(set_id, []))) + "\n")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("../shared/corpora"))
