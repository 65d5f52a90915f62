"""Build ``check_events_conll_s14_a.jsonl`` and ``..._b.jsonl``: the session-14 CoNLL events check set.

Twenty CoNLL-2003 train documents (Reuters, August 1996) drawn by ``select_events_conll_s14.py``;
the gold was written from ``guidelines/events.md`` before the system was run on them (anchors as in
``events_check_gold.py``; events are anchored in the body, a headline being a restatement). Half A
is tuned on, half B only scored. The files hold document indexes and gold only: the texts are
rebuilt from ``conll2003/eng.train`` at run time (``evaluation.conll_documents``). Research only.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from evaluation.data.events_check_gold import event, write_conll_halves

HALF_A = (270, 287, 844, 228, 379, 251, 183, 879, 823, 550)
HALF_B = (182, 458, 282, 713, 207, 291, 187, 806, 669, 751)
ONE = (1, 1, 1, None)


def _a_first(t: dict[int, str]) -> dict[int, list[dict[str, Any]]]:
    """Gold of half A's documents 270, 287 and 844."""
    bou = ("Bou Haroun", "Bou Haroun")
    friday = ("1996-08-23", "Friday@Algiers on Friday")
    forces = ("Algerian security forces", "Algerian security forces")
    grenade = dict(
        perpetrator=("Tamil Tigers", "Tamil Tigers@Suspected Tamil Tigers"),
        instrument="hand grenades",
        place=("Vavuniya", "Vavuniya@town of Vavuniya"),
        date=("1996-08-27", "Tuesday"),
    )
    return {
        270: [
            event(
                t[270],
                "killed",
                "killed@killed in battle",
                ONE,
                victims="King Hintsa@century King Hintsa",
                perpetrator=("British", "British@by the British"),
                date=("1835", "1835"),
            )
        ],
        287: [
            event(
                t[287],
                "killed",
                "death toll@the death toll of",
                (7, 7, 7, "seven@put at seven --"),
                victims="two women and five children",
                instrument="bomb blast",
                place=bou,
                date=friday,
                source=("El-Watan", "An Algerian newspaper"),
                alternatives=[1, 2],
            ),
            event(
                t[287],
                "killed",
                "killed@were killed and",
                (3, 3, 3, "three@three women"),
                victims="women@three women",
                instrument="home-made bomb",
                place=bou,
                date=friday,
                source=forces,
                alternatives=[0],
            ),
            event(
                t[287],
                "killed",
                "killed@were killed and",
                (2, 2, 2, "two@two children"),
                victims="children@two children",
                instrument="home-made bomb",
                place=bou,
                date=friday,
                source=forces,
                alternatives=[0],
            ),
            event(
                t[287],
                "wounded",
                "wounded@people wounded",
                (5, 5, 5, "five@five people"),
                victims="people@five people",
                instrument="home-made bomb",
                place=bou,
                date=friday,
                source=forces,
                alternatives=[5],
            ),
            event(
                t[287],
                "killed",
                "died@also died",
                ONE,
                victims="man@a man carrying",
                instrument="explosive device",
                place=bou,
                date=friday,
                source=("Algerian security forces", "security forces@The security forces"),
            ),
            event(
                t[287],
                "wounded",
                "wounded@also wounded",
                (None, 3, 9, "Several"),
                victims="people@Several people",
                place=bou,
                date=friday,
                source=("El-Watan", "it@wounded, it said"),
                alternatives=[3],
            ),
            event(
                t[287],
                "killed",
                "died@have died",
                (1400, 1400, 1400, "about 1,400"),
                victims="civilians@1,400 civilians",
                perpetrator=("Moslem rebels", "Moslem rebels@blamed on Moslem rebels"),
                instrument="bomb attacks@died in bomb attacks",
                scope="cumulative",
                period="in the past two years",
                source=("Human Rights National Observatory", "Human Rights National Observatory"),
            ),
            event(
                t[287],
                "killed",
                "killed@have been killed in violence",
                (50000, 50000, 50000, "An estimated 50,000"),
                victims="Algerians",
                scope="cumulative",
                period="since early 1992",
            ),
            event(
                t[287],
                "killed",
                "killed@have been killed in violence",
                (110, 111, None, "more than 110"),
                victims="foreigners",
                scope="cumulative",
                period="since early 1992",
            ),
        ],
        844: [
            event(
                t[844],
                "killed",
                "killing@killing 24",
                (24, 24, 24, "24@killing 24 policemen"),
                victims="policemen@24 policemen",
                perpetrator=("Tamil Tiger rebels", "Tamil Tiger rebels"),
                place=("Kudapokuna", "Kudapokuna"),
                date=("1996-08-29", "Thursday@early on Thursday"),
                source=("defence officials", "defence officials@policemen, defence officials"),
            ),
            event(
                t[844],
                "killed",
                "killing@killing at least two",
                (2, 2, None, "at least two"),
                victims="policemen@two policemen",
                **grenade,
            ),
            event(
                t[844],
                "wounded",
                "wounded@were wounded in the attack",
                (None, 13, None, "More than a dozen"),
                victims="people@dozen people",
                **grenade,
            ),
            event(
                t[844],
                "killed",
                "died@have died",
                (50000, 50001, None, "more than 50,000"),
                victims="people@50,000 people",
                scope="cumulative",
                source=("Sri Lankan government", "government@The government says"),
            ),
        ],
    }


def _a_second(t: dict[int, str]) -> dict[int, list[dict[str, Any]]]:
    """Gold of half A's documents 228, 379 and 183 (251 has none: sports injuries)."""
    rally = dict(
        place=("Jyvaskyla", "Jyvaskyla@city of Jyvaskyla"), date=("1996-08-23", "Friday@in Friday's")
    )
    party = dict(
        perpetrator=("Curtis Lee White II", "A knife-wielding neighbour"),
        place=("Camelot subdivision", "Camelot subdivision"),
        date=("1996-08-23", "Friday@party on Friday"),
        source=("police", "police@others, police said"),
    )
    return {
        228: [
            event(
                t[228],
                "killed",
                "died@man died",
                ONE,
                victims="man@Belgian man died",
                **rally,
                source=("hospital spokesman", "hospital spokesman@night, a hospital spokesman"),
            ),
            event(
                t[228],
                "wounded",
                "injured@were injured after",
                (31, 31, 31, "31"),
                victims="people@31 people",
                **rally,
            ),
            event(
                t[228],
                "killed",
                "killed@was killed before",
                ONE,
                victims="woman@A woman was",
                instrument="car@front of a car",
                date=("1995", "last year's"),
            ),
        ],
        379: [
            event(
                t[379],
                "killed",
                "killed@students killed by police",
                (4, 4, 4, "four@of four students"),
                victims="students@four students",
                perpetrator=("police", "police@killed by police over"),
                date=(None, "over the last few days"),
                scope="cumulative",
                period="over the last few days",
            ),
            event(
                t[379],
                "killed",
                "killed@was killed by gunshots",
                (1, 1, 1, "one@one policeman"),
                victims="policeman@one policeman",
                instrument="gunshots",
                date=("1996-08-22", "Thursday@students on Thursday"),
                source=("Local officials", "Local officials"),
            ),
            event(
                t[379],
                "arrested",
                "arresting",
                (30, None, 30, "nearly 30"),
                victims="outsiders",
                perpetrator=("police", "police@Hundreds of police"),
                place=("Dhaka university", "Dhaka university@raided the Dhaka university"),
                date=("1996-08-25", "Sunday@university on Sunday"),
                source=("university officials", "university officials@weapons, university officials"),
            ),
            event(
                t[379],
                "wounded",
                "injured@have been injured",
                (100, None, 100, "Nearly 100"),
                victims="students@100 students",
                place=("Dhaka and Bogra", "Dhaka and Bogra"),
                scope="cumulative",
                source=("police", "police@Bogra, police"),
            ),
        ],
        183: [
            event(
                t[183],
                "casualties",
                "killing, wounding or capturing",
                (400, 400, 400, "about 400"),
                victims="guerrillas@opposing guerrillas",
                perpetrator=("KDP", "KDP@The KDP said"),
                source=("KDP", "KDP@The KDP said"),
            ),
            event(
                t[183],
                "killed",
                "killing@killing one girl",
                (1, 1, 1, "one@one girl"),
                victims="girl@one girl",
                **party,
            ),
            event(
                t[183],
                "wounded",
                "wounding@wounding three",
                (3, 3, 3, "three@three others"),
                victims="others@three others",
                **party,
            ),
            event(
                t[183],
                "arrested",
                "arrested@was arrested in the attack",
                ONE,
                victims="neighbour@a neighbour, Curtis",
                source=("Richard Black", "Detective Richard Black"),
            ),
        ],
    }


def _a_third(t: dict[int, str]) -> dict[int, list[dict[str, Any]]]:
    """Gold of half A's documents 879, 823 and 550."""
    return {
        879: [
            event(
                t[879],
                "killed",
                "killed@forces killed four",
                (4, 4, 4, "four@killed four"),
                victims="Moslem guerrillas@four Moslem guerrillas",
                perpetrator=("Algerian security forces", "Algerian security forces"),
                place=("Nahar", "Nahar"),
                date=("1996-08-27", "Tuesday"),
                source=("Liberte", "an Algerian newspaper"),
            ),
            event(
                t[879],
                "killed",
                "killed@also killed",
                (None, 2, None, None),
                victims="members@number of members",
                perpetrator=("security forces", "Security forces@Security forces also"),
                place=("Leveilly", "Leveilly"),
                date=("1996-08-28", "Wednesday"),
                source=("Le Matin", "Le Matin"),
            ),
            event(
                t[879],
                "killed",
                "killed@have been killed",
                (50000, 50000, 50000, "An estimated 50,000"),
                victims="people@50,000 people",
                scope="cumulative",
                period="since early 1992",
            ),
        ],
        823: [
            event(
                t[823],
                "killed",
                "killed@has killed scores",
                (None, 40, None, "scores"),
                victims="Israelis@scores of Israelis",
                perpetrator=("Hamas", "Hamas group"),
                instrument="suicide attacks",
                scope="cumulative",
            ),
            event(
                t[823],
                "abducted",
                "abducted",
                ONE,
                victims="soldier@of a soldier",
                perpetrator=("Hamas", "Hamas@abducted by Hamas"),
                date=("1989", "seven years ago"),
            ),
        ],
        550: [
            event(
                t[550],
                "missing",
                "missing",
                (10000, 10000, 10000, "10,000"),
                victims="people@missing people",
                perpetrator=("military", "military@the military launched"),
                scope="cumulative",
                period="from 1976 to 1983",
            ),
        ],
    }


def gold_a(t: dict[int, str]) -> dict[int, list[dict[str, Any]]]:
    """The events of half A's documents that have any."""
    return {**_a_first(t), **_a_second(t), **_a_third(t)}


def _b_first(t: dict[int, str]) -> dict[int, list[dict[str, Any]]]:
    """Gold of half B's documents 182, 458 and 282."""
    southeast = ("southeast Turkey", "southeast@in the southeast of the country")
    fighting = dict(
        perpetrator=("PKK", "Kurdistan Workers Party (PKK) guerrillas"),
        place=southeast,
        source=("emergency rule governor's office", "emergency rule governor's office"),
    )
    dayana = dict(
        perpetrator=("PUK", "PUK@the PUK resumed"),
        place=("Dayana", "Dayana"),
        date=("1996-08-26", "Monday@attack on Monday"),
        source=("KDP", "statement@The statement said"),
    )
    return {
        182: [
            event(
                t[182],
                "killed",
                "killed@have killed 17",
                (17, 17, 17, "17@killed 17 Kurdish"),
                victims="Kurdish rebels",
                perpetrator=("Turkish troops", "Turkish troops"),
                place=southeast,
                source=("Anatolian", "Anatolian news agency"),
            ),
            event(
                t[182],
                "killed",
                "killed@were killed in the fighting",
                (2, 2, 2, "Two@Two security"),
                victims="security officials",
                **fighting,
            ),
            event(
                t[182],
                "killed",
                "killed@were killed in the fighting",
                (2, 2, 2, "two@two state-paid"),
                victims="village guards@state-paid village guards",
                **fighting,
            ),
            event(
                t[182],
                "killed",
                "died@have died",
                (20000, 20001, None, "More than 20,000"),
                victims="people@20,000 people",
                place=("southeastern Turkey", "southeastern Turkey"),
                scope="cumulative",
            ),
            event(
                t[182],
                "killed",
                "died@guards, died",
                (3, 3, 3, "Three@Three people"),
                victims="people@Three people",
                perpetrator=("PKK", "PKK rebels@planted by PKK rebels"),
                instrument="mine@a mine planted",
                place=("Diyarbakir", "Diyarbakir"),
                source=("Anatolian", "Anatolian@Anatolian reported"),
            ),
        ],
        458: [
            event(
                t[458],
                "killed",
                "killed@were killed, one",
                (29, 29, None, "at least 29"),
                victims="people@29 people",
                place=("northern Iraq", "northern Iraq@factions in northern Iraq at"),
                date=("1996-08-25", "midnight Sunday"),
                source=("KDP", "one of the groups"),
            ),
            event(t[458], "killed", "killing@killing a priest", ONE, victims="priest", **dayana),
            event(
                t[458],
                "wounded",
                "injuring",
                (None, 2, None, "some@some civilians"),
                victims="civilians@some civilians",
                **dayana,
            ),
        ],
        282: [
            event(
                t[282],
                "killed",
                "killed@has killed about",
                (800, 800, 800, "about 800"),
                victims="people@800 people",
                perpetrator=("ETA", "ETA@ETA (Basque"),
                scope="cumulative",
                period="since the 1960s",
            ),
        ],
    }


def _b_second(t: dict[int, str]) -> dict[int, list[dict[str, Any]]]:
    """Gold of half B's documents 713, 207, 291, 187, 806 and 751 (669, a calendar, has none)."""
    lahore = dict(
        place=("Lahore", "Lahore@city of Lahore"), source=("newspapers", "newspapers@Lahore, newspapers")
    )
    berovo = dict(
        instrument="lightning@when lightning",
        place=("Berovo", "Berovo"),
        date=("1996-08-29", "Thursday@injured on Thursday"),
        source=("police", "police@Macedonia, police"),
    )
    return {
        713: [
            event(
                t[713],
                "killed",
                "killing@extra-judicial killing",
                (None, 2, None, None),
                victims="innocent youths",
                scope="cumulative",
            ),
            event(
                t[713],
                "killed",
                "killing@government of killing",
                (None, 2, None, "many@killing many"),
                victims="militants@its militants",
                perpetrator=("government", "government@accuses the government"),
                scope="cumulative",
                source=("MQM", "Mohajir National Movement (MQM)"),
            ),
            event(
                t[713],
                "killed",
                "killed@violence that killed",
                (2000, 2000, 2000, "2,000"),
                victims="people@2,000 people",
                place=("Karachi", "city@people in the city"),
                scope="cumulative",
                period="last year@city last year",
                source=("government", "government@The government has"),
            ),
            event(
                t[713],
                "killed",
                "died@have died",
                (300, 301, None, "more than 300"),
                victims="people@300 people",
                place=("Karachi", "turbulent southern port"),
                scope="cumulative",
                period="this year",
                source=("police", "police@police say"),
            ),
        ],
        207: [
            event(
                t[207],
                "killed",
                "stabbed to death",
                ONE,
                victims="man@Libyan man has",
                place=("Sliema", "Sliema"),
                date=("1996-08-20", "Tuesday night"),
                source=("police", "police@Malta, police said"),
            ),
        ],
        291: [
            event(
                t[291],
                "killed",
                "killed@have been killed",
                (30, 30, None, "At least 30"),
                victims="people@30 people",
                instrument="floods@as floods",
                **lahore,
            ),
            event(
                t[291],
                "wounded",
                "injured@100 injured",
                (100, 100, 100, "about 100"),
                instrument="floods@as floods",
                **lahore,
            ),
            event(
                t[291],
                "displaced",
                "made homeless",
                (None, 2000, 9999, "thousands"),
                victims="people@thousands of people",
                place=("Lahore", "Lahore@city of Lahore"),
                source=("newspapers", "They@They said thousands"),
            ),
        ],
        187: [
            event(
                t[187],
                "killed",
                "killed@have been killed",
                (50000, 50001, None, "more than 50,000"),
                victims="people@50,000 people",
                place=("north and east Sri Lanka", "north and east@island's north and east."),
                scope="cumulative",
                source=("Colombo", "Colombo@Colombo estimates"),
            ),
        ],
        806: [
            event(
                t[806],
                "killed",
                "killed@were killed and",
                (11, 11, None, "At least 11"),
                victims="people@11 people",
                **berovo,
            ),
            event(
                t[806],
                "wounded",
                "injured@others injured",
                (60, 60, 60, "60"),
                victims="others@60 others",
                **berovo,
            ),
        ],
        751: [
            event(
                t[751],
                "casualties",
                "killed or wounded",
                (35000000, 35000000, 35000000, "35 million"),
                victims="Chinese@million Chinese",
                perpetrator=("Japanese troops", "invading Japanese troops"),
                scope="cumulative",
                period="from 1931 to 1945",
                source=("China", "China@China estimates"),
            ),
        ],
    }


def gold_b(t: dict[int, str]) -> dict[int, list[dict[str, Any]]]:
    """The events of half B's documents that have any."""
    return {**_b_first(t), **_b_second(t)}


def main(corpora: Path) -> None:
    """Write the two halves beside this script (document indexes, dateline dates and gold)."""
    halves = {"a": (HALF_A, gold_a), "b": (HALF_B, gold_b)}
    write_conll_halves(corpora, "check_events_conll_s14", halves, Path(__file__).parent)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("../shared/corpora"))
