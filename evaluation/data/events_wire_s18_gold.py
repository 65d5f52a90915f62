"""Build ``check_events_wire_s18_a.jsonl`` and ``..._b.jsonl``: the session-18 wire events check set.

Twenty-four wire stories drawn by ``select_events_wire_s18.py`` (``events_wire_s18_ids.txt``): two
CoNLL-2003 train documents (the only unused ones with two casualty words, both football reports) and
22 TempEval-3 train documents (TimeBank and AQUAINT, 1998-2000 AP, NYT, Xinhua and CNN wire text).
The gold was written from ``guidelines/events.md`` and the texts only, before the system was run on
them (anchors as in ``events_check_gold.py``; difficult calls in
``guidelines/events_wire_s18_notes.md``). Half A (even draw positions) is tuned on, half B only
scored. The files hold ids, dates and gold only: the texts are rebuilt at run time
(``select_events_wire_s18.wire_text``). Half A's gold is here, half B's in
``events_wire_s18_gold_b.py``. Research only.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from evaluation.data.events_check_gold import event

DATA = Path(__file__).resolve().parent
DRAWN = [line.split() for line in (DATA / "events_wire_s18_ids.txt").read_text(encoding="utf-8").splitlines()]
HALF_A = [i for i, half in DRAWN if half == "A"]
HALF_B = [i for i, half in DRAWN if half == "B"]
ONE = (1, 1, 1, None)
SOME = (None, 2, None, None)
Gold = dict[str, list[dict[str, Any]]]


def _ulster(t: str) -> list[dict[str, Any]]:
    """APW19980322.0749 (Northern Ireland): two killings, two arrests, a petrol-bomb wound."""
    riot = dict(place=("north Belfast", "north Belfast"), date=("1998-03-22", "Sunday@Earlier Sunday"))
    return [
        event(
            t,
            "killed",
            "killings@two killings",
            (2, 2, 2, "two@two killings"),
            perpetrator=("Irish Republican Army", "Irish Republican Army"),
            scope="cumulative",
        ),
        event(
            t,
            "arrested",
            "arrested@They arrested two",
            (2, 2, 2, "two@arrested two men"),
            victims="men@two men in connection",
            perpetrator=("police", "They@They arrested"),
            place=("Dundalk", "Dundalk"),
            date=("1998-03-22", "Sunday@explosives Sunday"),
        ),
        event(
            t,
            "wounded",
            "hospitalized",
            ONE,
            victims="elderly Catholic man",
            instrument="gasoline bomb@Protestant gasoline bomb",
            **riot,
        ),
        event(
            t,
            "arrested",
            "arrested@Police arrested six",
            (6, 6, 6, "six@arrested six"),
            victims="Protestants@six Protestants",
            perpetrator=("police", "Police@Police arrested six"),
            **riot,
        ),
    ]


def _cambodia(t: str) -> list[dict[str, Any]]:
    """APW19980219.0476 (Cambodia): Howes and his interpreter seized, Howes presumed killed, the
    Khmer Rouge years, loyalists who fled the coup."""
    khmer = ("Khmer Rouge", "Khmer Rouge guerrillas@killed by Khmer Rouge guerrillas")
    commander = ("Nhek Bunchhay", "commander@The top commander")
    return [
        event(
            t,
            "abducted",
            "kidnapped@expert kidnapped",
            ONE,
            victims="British mine removal expert",
            perpetrator=khmer,
            place=("Angkor Wat", "Angkor Wat"),
            date=("1996-03-26", "March 26, 1996"),
            source=commander,
        ),
        event(
            t,
            "killed",
            "killed@presumed killed",
            ONE,
            victims="British mine removal expert",
            perpetrator=khmer,
            date=("1996", "almost two years ago"),
            source=commander,
        ),
        event(
            t,
            "abducted",
            "abducted@he was abducted",
            ONE,
            victims="Cambodian interpreter Houn Hourth",
            perpetrator=khmer,
            place=("Angkor Wat", "Angkor Wat"),
            date=("1996-03", "March 1996"),
        ),
        event(
            t,
            "killed",
            "deaths@led to the deaths",
            (1700000, None, 1700000, "as many as 1.7 million"),
            victims="Cambodians@1.7 million Cambodians",
            date=(None, "the late 1970s"),
            scope="cumulative",
            period="in the late 1970s",
        ),
        event(
            t,
            "displaced",
            "fled@or fled the capital",
            SOME,
            victims="Ranariddh's loyalists",
            place=("Phnom Penh", "capital@fled the capital"),
            date=("1997-07", "July last year"),
        ),
    ]


def _embassies_a(t: dict[str, str]) -> Gold:
    """The 1998 embassy bombings in half A: XIE19980808.0188, APW19980810.0907, XIE19980809.0010,
    XIE19980814.0294."""
    x188, a810 = t["tempeval3-aquaint-XIE19980808.0188"], t["tempeval3-aquaint-APW19980810.0907"]
    x010, x294 = t["tempeval3-aquaint-XIE19980809.0010"], t["tempeval3-aquaint-XIE19980814.0294"]
    friday = ("1998-08-07", "Friday@Tanzania Friday")
    both = dict(
        instrument="bombs@Two bombs exploded",
        place=("Kenya and Tanzania", "Kenya and Tanzania@embassies in Kenya and Tanzania Friday"),
        date=friday,
        scope="cumulative",
    )
    nairobi = dict(instrument="bombs@Two bombs exploded", place=("Nairobi", "Nairobi"), date=friday)
    dar = dict(instrument="bombs@Two bombs exploded", place=("Dar es Salaam", "Dar es Salaam"), date=friday)
    kenya = dict(
        instrument="bombings@in the bombings",
        place=("Nairobi", "Nairobi@Embassies in Nairobi"),
        source=("Department of Relief and Rehabilitation", "Department of Relief and Rehabilitation"),
    )
    tanzania = dict(
        instrument="bombings@in the bombings",
        place=("Dar es Salaam", "Dar es Salaam@Kenya, and Dar es Salaam"),
        source=("U.S. Embassy", "U.S. Embassy@figures is the U.S. Embassy"),
    )
    iran = dict(
        instrument="blasts@in the blasts",
        place=("Kenya and Tanzania", "Kenya and Tanzania@embassies in Kenya and Tanzania on Friday"),
        date=("1998-08-07", "Friday@on Friday"),
    )
    twin = dict(
        instrument="twin bombings",
        place=("Kenya and Tanzania", "Kenya and Tanzania@embassies in Kenya and Tanzania, which"),
    )
    return {
        "tempeval3-aquaint-XIE19980808.0188": [
            event(
                x188,
                "killed",
                "killing@Friday, killing",
                (81, 81, None, "at least 81"),
                victims="people@81 people",
                **both,
            ),
            event(
                x188,
                "wounded",
                "injuring",
                (1700, 1701, None, "more than 1,700"),
                victims="others@1,700 others",
                **both,
            ),
            event(x188, "killed", "killed@were killed in Nairobi", (74, 74, None, "At least 74"), **nairobi),
            event(x188, "wounded", "wounded@were wounded", (1640, 1641, None, "more then 1,640"), **nairobi),
            event(x188, "killed", "dead@reported dead", (7, 7, None, "At least seven"), **dar),
            event(x188, "wounded", "hurt", (72, 72, 72, "72"), victims="others@72 others", **dar),
        ],
        "tempeval3-aquaint-APW19980810.0907": [
            event(a810, "killed", "Dead@Total Dead", (192, 192, 192, "192"), **kenya),
            event(a810, "wounded", "Injured@Injured: 4,877", (4877, 4877, 4877, "4,877"), **kenya),
            event(a810, "killed", "dead@Total dead", (10, 10, 10, "10@Total dead: 10"), **tanzania),
            event(a810, "wounded", "Injured@Injured: 74", (74, 74, 74, "74@Injured: 74"), **tanzania),
        ],
        "tempeval3-aquaint-XIE19980809.0010": [
            event(
                x010,
                "killed",
                "killed@have been killed",
                (100, 101, None, "More than 100"),
                victims="people@100 people",
                **iran,
            ),
            event(
                x010,
                "wounded",
                "wounded@others wounded",
                (1000, 1001, None, "more than 1,000"),
                victims="others@1,000 others",
                **iran,
            ),
        ],
        "tempeval3-aquaint-XIE19980814.0294": [
            event(
                x294,
                "killed",
                "killed@which have killed",
                (250, 251, None, "more than 250"),
                victims="people@250 people",
                **twin,
            ),
            event(x294, "wounded", "injured@and injured over", (5000, 5001, None, "over 5,000"), **twin),
        ],
    }


def _slepian_a(t: dict[str, str]) -> Gold:
    """The killing of Dr. Barnett Slepian (and abortion violence) in half A: NYT19990419.0515,
    APW19991024.0075, APW19990122.0193."""
    n419, a024 = t["tempeval3-aquaint-NYT19990419.0515"], t["tempeval3-aquaint-APW19991024.0075"]
    a122 = t["tempeval3-aquaint-APW19990122.0193"]
    since = dict(scope="cumulative", period="since 1993")
    return {
        "tempeval3-aquaint-NYT19990419.0515": [
            event(
                n419,
                "killed",
                "slaying@October slaying",
                ONE,
                victims="Dr. Barnett Slepian@slaying of Dr. Barnett Slepian",
                instrument="high-powered rifle",
                place=("Amherst", "Amherst@suburban Amherst"),
                date=("1998-10-23", "Oct. 23@last Oct. 23"),
            )
        ],
        "tempeval3-aquaint-APW19991024.0075": [
            event(
                a024,
                "killed",
                "killed@after he was killed",
                ONE,
                victims="physician@Buffalo-area physician",
                perpetrator=("sniper", "sniper@by a sniper hiding"),
                instrument="sniper's bullet",
                place=("backyard", "backyard@in his backyard"),
                date=("1999-10-23", "Oct. 23, 1999"),
            ),
            event(
                a024,
                "wounded",
                "injured@critically injured",
                ONE,
                victims="nurse@A nurse who",
                instrument="abortion clinic bombing@1998 abortion clinic bombing",
                place=("Birmingham", "Birmingham"),
                date=("1998", "1998@the 1998 abortion"),
            ),
            event(
                a024,
                "killed",
                "killed@seven people killed",
                (7, 7, 7, "seven"),
                victims="people@seven people",
                **since,
            ),
            event(
                a024,
                "wounded",
                "injured@12 people injured",
                (12, 12, 12, "12@and 12 people"),
                victims="people@12 people",
                **since,
            ),
        ],
        "tempeval3-aquaint-APW19990122.0193": [
            event(
                a122,
                "killed",
                "killed@shot and killed",
                ONE,
                victims="doctor@N.Y., doctor",
                perpetrator=("sniper", "sniper@where a sniper shot"),
                instrument="rifle bullet",
                place=("Amherst", "Amherst@suburb of Amherst"),
                date=("1998-10-23", "Oct. 23"),
                source=("law enforcement official", "official@a law enforcement official said"),
            )
        ],
    }


def _elian_a(t: dict[str, str]) -> Gold:
    """Elian Gonzalez's mother and the others drowned: APW20000216.0193, APW20000115.0031."""
    a193, a031 = t["tempeval3-aquaint-APW20000216.0193"], t["tempeval3-aquaint-APW20000115.0031"]
    sank = dict(instrument="boat sank")
    return {
        "tempeval3-aquaint-APW20000216.0193": [
            event(a193, "killed", "died@people died when", ONE, victims="mother@boy's mother and", **sank),
            event(
                a193,
                "killed",
                "died@people died when",
                (10, 10, 10, "10@and 10 other"),
                victims="people@10 other people",
                **sank,
            ),
        ],
        "tempeval3-aquaint-APW20000115.0031": [
            event(a031, "killed", "died@others died", ONE, victims="mother@his mother, stepfather"),
            event(a031, "killed", "died@others died", ONE, victims="stepfather"),
            event(a031, "killed", "died@others died", SOME, victims="others@stepfather and others"),
        ],
    }


def gold_a(t: dict[str, str]) -> Gold:
    """The events of half A's documents that have any (conll-train-649, a football report, has none)."""
    return {
        "tempeval3-timebank-APW19980322.0749": _ulster(t["tempeval3-timebank-APW19980322.0749"]),
        "tempeval3-timebank-APW19980219.0476": _cambodia(t["tempeval3-timebank-APW19980219.0476"]),
        **_embassies_a(t),
        **_slepian_a(t),
        **_elian_a(t),
    }


def texts_and_dates(corpora: Path) -> tuple[dict[str, str], dict[str, str]]:
    """The drawn documents' texts and publication dates, rebuilt from the corpora."""
    from evaluation.data.select_events_wire_s18 import wire_text

    pairs = {i: wire_text(corpora, i) for i, _ in DRAWN}
    return {i: p[0] for i, p in pairs.items()}, {i: p[1] for i, p in pairs.items()}


def row(set_id: str, published: str, events: list[dict[str, Any]]) -> dict[str, Any]:
    """One document's line: its id, where its text comes from, its date and gold (never the text)."""
    if set_id.startswith("conll-train-"):
        where: dict[str, Any] = {"doc": int(set_id.rsplit("-", 1)[1]), "subset": "conll2003/eng.train"}
    else:
        _, corpus, name = set_id.split("-", 2)
        where = {"tml": f"{corpus}/{name}.tml", "subset": f"tempeval3/{corpus}"}
    return {"id": set_id, **where, "split": "check", "published": published, "events": events}


def main(corpora: Path) -> None:
    """Write the two halves beside this script."""
    from evaluation.data.events_wire_s18_gold_b import gold_b

    texts, dates = texts_and_dates(corpora)
    for name, ids, gold in (("a", HALF_A, gold_a(texts)), ("b", HALF_B, gold_b(texts))):
        assert set(gold) <= set(ids), f"gold of a document outside half {name}"
        with (DATA / f"check_events_wire_s18_{name}.jsonl").open("w", encoding="utf-8") as handle:
            for set_id in ids:
                handle.write(json.dumps(row(set_id, dates[set_id], gold.get(set_id, []))) + "\n")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("../shared/corpora"))
