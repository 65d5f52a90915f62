"""Half B of the session-22 PolNeAR events check set (``events_polnear_s22_gold.py``): summary only.

Written from ``guidelines/events.md`` and the texts only, before the system was run on them.
Research only: the texts stay in the corpora.
"""

from __future__ import annotations

from typing import Any

from evaluation.data.events_polnear_s22_gold import ONE, PREFIX, SOME, Gold, event


def _ten_things(t: str) -> list[dict[str, Any]]:
    """breitbart (AP) 2016-08-25: the Italian quake toll, the Cizre car bomb, two nuns slain."""
    italy = dict(place=("Italy", "ITALY@RATTLES ITALY"))
    cizre = dict(
        instrument="CAR BOMB",
        place=(
            "Cizre",
            "checkpoint some 50 meters (yards) away from a police station in the southeastern town of Cizre",
        ),
    )
    return [
        event(
            t,
            "killed",
            "death toll",
            (267, 267, 267, "267"),
            source=("civil protection agency", "civil protection agency"),
            **italy,
        ),
        event(t, "wounded", "injured@number of injured", (387, 387, 387, "387"), **italy),
        event(
            t,
            "killed",
            "KILLED@POLICE KILLED",
            (11, 11, 11, "ELEVEN"),
            victims="POLICE@ELEVEN POLICE",
            **cizre,
        ),
        event(t, "wounded", "WOUNDED@DOZENS WOUNDED", (None, 24, 99, "DOZENS@DOZENS WOUNDED"), **cizre),
        event(
            t,
            "killed",
            "slain@found slain",
            (2, 2, 2, "Two@Two nuns"),
            victims="nuns@Two nuns",
            place=("their home", "their home"),
        ),
    ]


def _woods(t: str) -> list[dict[str, Any]]:
    """west-journal 2016-08-05: Captain Khan killed in action (2004); the four Americans at Benghazi."""
    return [
        event(
            t,
            "killed",
            "killed@solider killed in action",
            ONE,
            victims="solider@a solider killed",
            date=("2004", "2004@his 2004 death"),
        ),
        event(
            t,
            "killed",
            "killed@four Americans killed",
            (4, 4, 4, "four@one of four"),
            victims="Americans@four Americans killed",
            place=("U.S. consulate in Benghazi", "U.S. consulate in Benghazi"),
            date=("2012", "2012@the 2012 attack"),
        ),
    ]


def _down_syndrome(t: str) -> list[dict[str, Any]]:
    """west-journal 2015-12-16: at least 38 babies killed since the ISIS decree, per Mosul Eye."""
    return [
        event(
            t,
            "killed",
            "killed@have already been killed",
            (38, 38, None, "at least 38"),
            victims="babies@38 babies",
            scope="cumulative",
            period="since the decree was issued",
            source=("Mosul Eye", "Mosul Eye@group Mosul Eye"),
        )
    ]


def _gun_control(t: str) -> list[dict[str, Any]]:
    """usa-today 2016-02-25: children lost to gun violence, Trayvon Martin, Charleston, Giffords."""
    return [
        event(
            t,
            "killed",
            "lost@who've lost children",
            SOME,
            victims="children@lost children",
            instrument="gun violence@children to gun violence",
            scope="cumulative",
        ),
        event(
            t,
            "killed",
            "fatally shot",
            ONE,
            victims="Trayvon Martin@mother of Trayvon Martin",
            perpetrator=("neighborhood watch volunteer", "neighborhood watch volunteer"),
            place=("Florida", "Florida@volunteer in Florida"),
            date=("2012", "2012@shot in 2012"),
        ),
        event(
            t,
            "killed",
            "dead@nine dead",
            (9, 9, 9, "nine@left nine dead"),
            place=("Charleston church", "Charleston church@the Charleston church massacre"),
            date=("2015-06", "June@massacre in June"),
        ),
        event(t, "wounded", "shot@being shot in the head", ONE, victims="Gabrielle Giffords"),
    ]


def _mannix(t: str) -> list[dict[str, Any]]:
    """nyt 2016-01-18: Mannix's wife died in a car crash (his heart attack is a natural death)."""
    return [
        event(
            t,
            "killed",
            "died@who died in a car crash",
            ONE,
            victims="wife@beating his wife",
            instrument="car crash",
            place=("Palm Springs", "Palm Springs"),
        )
    ]


def _putin(t: str) -> list[dict[str, Any]]:
    """nyt 2015-12-22: the killings of journalists under Putin; the US government's killing of terrorists."""
    return [
        event(
            t,
            "killed",
            "killings@the killings of journalists",
            SOME,
            victims="journalists@killings of journalists",
            scope="cumulative",
        ),
        event(
            t,
            "killed",
            "killing@government's killing of terrorists",
            SOME,
            victims="terrorists@killing of terrorists",
            perpetrator=("United States", "American government"),
            scope="cumulative",
        ),
    ]


def _munich(t: str) -> list[dict[str, Any]]:
    """west-journal 2016-07-23: the Munich mall attack (and its attacker's suicide); Nice."""
    mall = dict(
        perpetrator=("18-year-old Iranian-German", "18-year-old Iranian-German"),
        place=("Olympia shopping mall", "Olympia shopping mall"),
        date=("2016-07-22", "Friday@On Friday"),
    )
    nice = dict(place=("Nice", "Nice@in Nice"), date=("2016-07-14", "Bastille Day"))
    return [
        event(
            t,
            "killed",
            "killed@people were killed",
            (9, 9, None, "at least nine"),
            victims="people@nine people",
            **mall,
        ),
        event(t, "wounded", "wounded@21 were wounded", (21, 21, 21, "21"), **mall),
        event(t, "killed", "killed himself", (1, 1, 1, "one@one man"), victims="man@one man", **mall),
        event(t, "killed", "killed@84\u00a0were killed", (84, 84, 84, "84"), **nice),
        event(t, "wounded", "wounded@200 wounded", (200, 200, 200, "roughly 200"), **nice),
    ]


def _benghazi_debate(t: str) -> list[dict[str, Any]]:
    """breitbart 2016-03-09: Clinton's "we lost": Benghazi, 9/11, the African embassies, Beirut."""
    clinton = ("Clinton", "CLINTON@CLINTON: I feel")
    return [
        event(
            t,
            "killed",
            "lost@that we lost at Benghazi",
            (4, 4, 4, "four@the four brave"),
            victims="Americans@four brave Americans",
            place=("Benghazi", "Benghazi@lost at Benghazi"),
            date=("2012", "2012@the 2012 Benghazi"),
            source=clinton,
        ),
        event(
            t,
            "killed",
            "lost@We lost 3,000",
            (3000, 3000, 3000, "3,000"),
            victims="people@3,000 people",
            date=("2001-09-11", "9/11"),
            source=clinton,
        ),
        event(
            t,
            "killed",
            "lost@We lost Americans serving",
            SOME,
            victims="Americans@lost Americans serving",
            place=("Tanzania and Kenya", "embassies in Tanzania and Kenya"),
            date=(None, "when my husband was president"),
            source=clinton,
        ),
        event(
            t,
            "killed",
            "lost@We lost 250",
            (250, 250, 250, "250"),
            victims="Americans@250 Americans",
            place=("Beirut", "Beirut"),
            date=(None, "when Ronald Reagan was president"),
            source=clinton,
        ),
    ]


def gold_b(t: dict[str, str]) -> Gold:
    """The events of half B's documents with any (the others have none)."""
    p = PREFIX
    parts = {
        "breitbart_2016-08-25_things-to-know-for-today": _ten_things,
        "west-journal_2016-08-05_benghazi-widow-dorothy-woods-def": _woods,
        "west-journal_2015-12-16_after-isis-death-order-on-down-s": _down_syndrome,
        "usa-today_2016-02-25_clinton-gun-control-offensive-a-": _gun_control,
        "nyt_2016-01-18_a-one-person-job-now-divided-amo": _mannix,
        "nyt_2015-12-22_trump-says-praise-from-putin-hel": _putin,
        "west-journal_2016-07-23_trump-addresses-munich-attack-th": _munich,
        "breitbart_2016-03-09_hillary-benghazi-victim-mother-a": _benghazi_debate,
    }
    return {p + stem: build(t[p + stem]) for stem, build in parts.items()}
