"""Build ``check_events_s21_a.jsonl`` and ``..._b.jsonl``: the session-21 events check set.

Twenty texts drawn by ``select_events_s21.py`` (``events_s21_ids.txt``): nine TempEval-3 train files
(1998-2000 AP, NYT and Xinhua wire: the 1998 embassy bombings, the Slepian murder inquiry, Kosovo, a
Brooklyn laundromat shooting), three CoNLL-2003 train stories and eight unused BBC articles. The gold
was written from ``guidelines/events.md`` and the texts only, before the system was run on them
(anchors as in ``events_check_gold.py``; difficult calls in ``guidelines/events_s21_notes.md``).
Half A (even draw positions) is tuned on, half B only scored. The files hold ids, dates and gold
only: the texts are rebuilt at run time. Half A's gold is here, half B's in ``events_s21_gold_b.py``.
Research only.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from evaluation.data.events_check_gold import event

DATA = Path(__file__).resolve().parent
DRAWN = [line.split() for line in (DATA / "events_s21_ids.txt").read_text(encoding="utf-8").splitlines()]
HALF_A = [i for i, half in DRAWN if half == "A"]
HALF_B = [i for i, half in DRAWN if half == "B"]
ONE = (1, 1, 1, None)
EMBASSY_DAY = "1998-08-07"
Gold = dict[str, list[dict[str, Any]]]


def _nairobi_dawn(t: str) -> list[dict[str, Any]]:
    """APW19980808.0022: the two-blast totals (cumulative: the Nairobi blast is told on its own), the
    missing, and the Nairobi toll."""
    both = dict(
        place=("Kenya and Tanzania", "Kenya and Tanzania@embassies in Kenya and Tanzania"),
        date=(EMBASSY_DAY, "Friday@minutes apart on Friday"),
        instrument="bombings@Terrorist bombings",
        source=("officials", "officials@injured, officials said"),
    )
    nairobi = dict(
        place=("Nairobi", "Nairobi@The blast in Nairobi"),
        date=(EMBASSY_DAY, "Friday@(0735 GMT) Friday"),
        instrument="blast@The blast in Nairobi",
        source=("Red Cross and ambulance officials", "Red Cross and ambulance officials"),
    )
    return [
        event(
            t, "killed", "killed@82 were killed", (82, 82, None, "At least 82"), scope="cumulative", **both
        ),
        event(
            t,
            "wounded",
            "injured@1,700 injured",
            (1700, 1701, None, "more than 1,700"),
            scope="cumulative",
            **both,
        ),
        event(
            t,
            "missing",
            "missing@still missing",
            (None, 24, 99, "Dozens@Dozens of people"),
            victims="people@Dozens of people",
            place=both["place"],
            date=both["date"],
            instrument=both["instrument"],
            source=("officials", "they@rise, they said"),
        ),
        event(
            t,
            "killed",
            "killed@75 people were killed",
            (75, 75, None, "At least 75"),
            victims="people@75 people",
            **nairobi,
        ),
        event(t, "wounded", "wounded@1,643 wounded", (1643, 1643, 1643, "1,643"), **nairobi),
    ]


def _dar_expulsions(t: str) -> list[dict[str, Any]]:
    """APW19980911.0475: the two-blast totals (cumulative) and the Tanzania toll."""
    fields = dict(
        place=("Dar es Salaam, Tanzania, and Nairobi, Kenya", "Dar es Salaam, Tanzania, and Nairobi, Kenya"),
        date=(EMBASSY_DAY, "Aug. 7@on Aug. 7 killed"),
        instrument="bombings@Nearly simultaneous bombings",
        scope="cumulative",
    )
    return [
        event(
            t, "killed", "killed@Aug. 7 killed", (258, 258, 258, "258"), victims="people@258 people", **fields
        ),
        event(
            t,
            "wounded",
            "injured@and injured",
            (5500, 5501, None, "more than 5,500"),
            victims="people@5,500 people",
            **fields,
        ),
        event(
            t,
            "killed",
            "killed@11 were killed",
            (11, 11, 11, "11@11 were killed"),
            place=("Tanzania", "Tanzania@killed in Tanzania"),
            date=fields["date"],
            instrument=fields["instrument"],
        ),
    ]


def _berlin(t: str) -> list[dict[str, Any]]:
    """conll-train-760: the 1992 Mykonos restaurant killings, two victim groups."""
    fields = dict(
        instrument="machinegun@machinegun attack",
        place=("Berlin", "Berlin@a Berlin restaurant"),
        date=("1992", "1992@restaurant in 1992"),
    )
    return [
        event(
            t,
            "killed",
            "killed@translator were killed",
            (3, 3, 3, "Three@Three dissidents"),
            victims="dissidents@Three dissidents",
            **fields,
        ),
        event(
            t, "killed", "killed@translator were killed", ONE, victims="translator@their translator", **fields
        ),
    ]


def _laundromat(t: str) -> list[dict[str, Any]]:
    """NYT19980212.0019: a woman killed in a Brooklyn laundromat (published on the Thursday)."""
    return [
        event(
            t,
            "killed",
            "killed@was killed Thursday",
            ONE,
            victims="Brooklyn woman@A Brooklyn woman",
            perpetrator=("robbers", "robbers@two would-be robbers"),
            instrument="pistols",
            place=("Brownsville", "469 Vermont St. in Brownsville"),
            date=("1998-02-12", "Thursday@killed Thursday evening"),
            source=("police", "police@the police said"),
        )
    ]


def _kopp_warrant(t: str) -> list[dict[str, Any]]:
    """APW20000124.0182: Dr. Short wounded, Dr. Slepian killed, Kopp's protest arrests."""
    return [
        event(
            t,
            "wounded",
            "wounded@was wounded in the elbow",
            ONE,
            victims="Dr. Hugh Short",
            instrument="shooting@1995 shooting",
            place=("Ancaster, Ontario", "Ancaster, Ontario"),
            date=("1995", "1995@the 1995 shooting"),
        ),
        event(
            t,
            "killed",
            "shooting death",
            ONE,
            victims="Dr. Barnet Slepian",
            instrument="shooting@shooting death",
            date=("1998-10", "October 1998"),
        ),
        event(
            t,
            "arrested",
            "arrested@has been arrested more",
            ONE,
            victims="He@He has been arrested",
            place=("seven states and Italy", "seven states and Italy"),
            scope="cumulative",
        ),
    ]


def _xinhua(t: str) -> list[dict[str, Any]]:
    """XIE19980821.0077: two suspects arrested, the Nairobi and Tanzania tolls."""
    day = (EMBASSY_DAY, "August 7@the August 7 bombings")
    nairobi = dict(
        place=("Nairobi", "Nairobi@embassy in Nairobi killed"),
        date=day,
        instrument="car bomb@The car bomb attack",
    )
    dar = dict(
        place=("Tanzania", "Tanzania@embassy in Tanzania killed"),
        date=day,
        instrument="car bombing@simultaneous car bombing",
    )
    return [
        event(
            t,
            "arrested",
            "arrested@had been arrested",
            (2, 2, 2, "two@two more suspects"),
            victims="suspects@two more suspects",
            source=("Kenya's national newspapers", "Kenya's national newspapers"),
        ),
        event(
            t,
            "killed",
            "killed@Nairobi killed",
            (253, 253, 253, "253"),
            victims="people@253 people",
            **nairobi,
        ),
        event(
            t,
            "wounded",
            "injured@injured 5,000",
            (5000, 5000, 5000, "5,000"),
            victims="others@5,000 others",
            **nairobi,
        ),
        event(
            t,
            "killed",
            "killed@Tanzania killed",
            (10, 10, 10, "10@killed 10"),
            victims="people@10 people",
            **dar,
        ),
        event(
            t,
            "wounded",
            "wounded@wounded about 70",
            (70, 70, 70, "about 70"),
            victims="others@70 others",
            **dar,
        ),
    ]


def _gun_single(t: str) -> list[dict[str, Any]]:
    """bbc-entertainment-237: the Aston shooting, the Home Office total, the Bristol shooting."""
    return [
        event(
            t,
            "killed",
            "fatal@the fatal 2003",
            (2, 2, 2, "two@two teenage girls"),
            victims="teenage girls@two teenage girls",
            instrument="shooting@fatal 2003 shooting",
            place=("Aston", "Aston@shootings in Aston"),
            date=(None, "2003@fatal 2003"),
        ),
        event(
            t,
            "killed",
            "deaths@gun crime deaths",
            (70, 70, 70, "70@70 gun crime"),
            place=("England and Wales", "England and Wales"),
            scope="cumulative",
            period="between June 2003 and 2004",
            source=("Home Office", "Home Office figures"),
        ),
        event(
            t,
            "wounded",
            "shot@were shot in his",
            (2, 2, 2, "two@two friends"),
            victims="friends@two friends",
            place=("Bristol", "Bristol@his Bristol hometown"),
            date=(None, "October@hometown in October"),
        ),
    ]


def _johnson(t: str) -> list[dict[str, Any]]:
    """bbc-politics-075: Ken Bigley's death, the Hillsborough disaster."""
    return [
        event(t, "killed", "death@over the death of British", ONE, victims="British hostage Ken Bigley"),
        event(
            t,
            "killed",
            "died@in which 96 died",
            (96, 96, 96, "96@which 96 died"),
            place=("Hillsborough", "Hillsborough@1989 Hillsborough"),
            date=(None, "1989@the 1989 Hillsborough"),
        ),
    ]


def gold_a(t: dict[str, str]) -> Gold:
    """The events of half A's documents with any (the others have none)."""
    return {
        "tempeval3-aquaint-APW19980808.0022": _nairobi_dawn(t["tempeval3-aquaint-APW19980808.0022"]),
        "tempeval3-aquaint-APW19980911.0475": _dar_expulsions(t["tempeval3-aquaint-APW19980911.0475"]),
        "conll-train-760": _berlin(t["conll-train-760"]),
        "tempeval3-timebank-NYT19980212.0019": _laundromat(t["tempeval3-timebank-NYT19980212.0019"]),
        "tempeval3-aquaint-APW20000124.0182": _kopp_warrant(t["tempeval3-aquaint-APW20000124.0182"]),
        "tempeval3-aquaint-XIE19980821.0077": _xinhua(t["tempeval3-aquaint-XIE19980821.0077"]),
        "bbc-entertainment-237": _gun_single(t["bbc-entertainment-237"]),
        "bbc-politics-075": _johnson(t["bbc-politics-075"]),
    }


def texts_and_dates(corpora: Path) -> tuple[dict[str, str], dict[str, str | None]]:
    """The drawn documents' texts and publication dates, rebuilt from the corpora."""
    from evaluation.data.select_events_wire_s18 import wire_text
    from evaluation.real_common import article_texts

    texts: dict[str, str] = {}
    dates: dict[str, str | None] = {}
    for set_id, _ in DRAWN:
        if set_id.startswith(("tempeval3-", "conll-train-")):
            texts[set_id], dates[set_id] = wire_text(corpora, set_id)
    news = [i for i, _ in DRAWN if i not in texts]
    found = article_texts(corpora, news) or {}
    texts.update(found)
    dates.update({i: None for i in news})
    return texts, dates


def row(set_id: str, published: str | None, events: list[dict[str, Any]]) -> dict[str, Any]:
    """One document's line: its id, where its text comes from, its date and gold (never the text)."""
    if set_id.startswith("conll-train-"):
        where: dict[str, Any] = {"doc": int(set_id.rsplit("-", 1)[1]), "subset": "conll2003/eng.train"}
    elif set_id.startswith("tempeval3-"):
        _, corpus, name = set_id.split("-", 2)
        where = {"tml": f"{corpus}/{name}.tml", "subset": f"tempeval3/{corpus}"}
    else:
        where = {"subset": "bbc/" + set_id.split("-")[1]}
    return {"id": set_id, **where, "split": "check", "published": published, "events": events}


def main(corpora: Path) -> None:
    """Write the two halves beside this script."""
    from evaluation.data.events_s21_gold_b import gold_b

    texts, dates = texts_and_dates(corpora)
    for name, ids, gold in (("a", HALF_A, gold_a(texts)), ("b", HALF_B, gold_b(texts))):
        assert set(gold) <= set(ids), f"gold of a document outside half {name}"
        with (DATA / f"check_events_s21_{name}.jsonl").open("w", encoding="utf-8") as handle:
            for set_id in ids:
                handle.write(json.dumps(row(set_id, dates[set_id], gold.get(set_id, []))) + "\n")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("../shared/corpora"))
