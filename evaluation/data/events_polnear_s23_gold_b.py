"""Half B of the session-23 PolNeAR events check set (``events_polnear_s23_gold.py``): summary only.

Written from ``guidelines/events.md`` and the texts only, before the system was run on them.
Research only: the texts stay in the corpora.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from evaluation.data.events_polnear_s23_gold import ONE, SOME, Event, Events, Gold, built, event


def _report(t: str) -> Events:
    """usa-today 2016-06-30: Stevens and three other Americans left dead (the earlier attacks named in the
    first paragraph state no harm); the militants responsible for the deaths are the perpetrator."""
    shared = dict(
        perpetrator=("militants", "militants@the militants responsible"),
        place=("U.S. diplomatic compounds in Benghazi", "U.S. diplomatic compounds in Benghazi"),
        date=("2012-09-11", "the 11th anniversary of 9/11"),
    )
    return [
        event(t, "killed", "dead@other Americans dead", ONE, victims="Ambassador Chris Stevens", **shared),
        event(
            t,
            "killed",
            "dead@other Americans dead",
            (3, 3, 3, "three@and three other"),
            victims="Americans@other Americans dead",
            **shared,
        ),
    ]


def _homicide(t: str, trigger: str, count: tuple[int, str], place: tuple[str, str], **more: Any) -> Event:
    """One city's homicides of 2014 (the sentence's one "homicides" where the noun is elided): a
    cumulative killed event with no victim phrase."""
    value, anchor = count
    more.setdefault("date", ("2014", "2014@most dangerous in the world in 2014"))
    return event(t, "killed", trigger, (value, value, value, anchor), place=place, scope="cumulative", **more)


def _ferguson(t: str) -> Events:
    """huff-post 2016-05-19: Michael Brown's death; each city's homicides of 2014 (running totals)."""
    listed = "homicides@had 1,317 homicides"
    return [
        event(
            t,
            "killed",
            "death@following the death",
            ONE,
            victims="teenager Michael Brown",
            perpetrator=("police officer", "police officer@white police officer"),
            place=("Ferguson", "Ferguson@Ferguson — a community"),
            date=("2014-08", "August 2014"),
        ),
        _homicide(t, listed, (1317, "1,317"), ("San Pedro Sula", "San Pedro Sula@San Pedro Sula, which")),
        _homicide(t, listed, (3797, "3,797"), ("Caracas", "Caracas@Caracas, with")),
        _homicide(t, listed, (883, "883"), ("Acapulco", "Acapulco@Acapulco, which")),
        _homicide(t, "homicides@159 homicides", (159, "159"), ("St. Louis", "St. Louis@St. Louis, Ferguson")),
        _homicide(
            t,
            "murders@two murders",
            (2, "two@had two murders"),
            ("Ferguson", "Ferguson@Ferguson, however"),
            date=("2014", "2014@two murders in 2014"),
            source=("FBI", "the FBI data@according to the FBI data."),
        ),
        _homicide(
            t,
            "murders@80 murders",
            (80, "80@including 80 murders"),
            ("Oakland", "Oakland@Oakland, which has"),
            date=("2014", "2014@violent crime in 2014"),
        ),
    ]


def _fbi(t: str) -> Events:
    """usa-today 2016-07-07: Boston (killed, wounded), the Fort Hood and Arkansas killings, Charleston's
    nine, Orlando's 49; each shooter or bomber is stated as fact."""
    boston = dict(
        perpetrator=("Tamerlan Tsarnaev", "Tamerlan Tsarnaev"),
        place=("Boston Marathon", "Boston Marathon@Boston Marathon bomber"),
    )
    return [
        event(
            t,
            "killed",
            "killed@were killed and",
            (3, 3, 3, "Three@Three people"),
            victims="people@Three people",
            **boston,
        ),
        event(t, "wounded", "injured@260 were injured", (260, 261, None, "more than 260"), **boston),
        event(
            t,
            "killed",
            "killings@mass killings",
            SOME,
            perpetrator=("Nidal Hasan", "Nidal Hasan"),
            place=("Fort Hood", "Fort Hood@Fort Hood shooter"),
        ),
        event(
            t,
            "killed",
            "killings@mass killings",
            SOME,
            perpetrator=("Carlos Bledsoe", "Carlos Bledsoe"),
            place=("Arkansas", "Arkansas@Arkansas shooter"),
        ),
        event(
            t,
            "killed",
            "killed@who were killed",
            (9, 9, 9, "nine@the nine people"),
            victims="people@nine people",
            perpetrator=("Dylann Roof", "Dylann Roof"),
            instrument=".45-caliber weapon",
            place=("Charleston", "Charleston, S.C."),
        ),
        event(
            t,
            "killed",
            "kill@manage to kill",
            (49, 49, 49, "49"),
            victims="people@49 people",
            perpetrator=("Omar Mateen", "Omar Mateen"),
            place=("Orlando", "Orlando@Orlando shooter"),
        ),
    ]


def _benghazi_email(t: str) -> Events:
    """west-journal 2015-12-09: two killed at each of the two sites, and Hicks's four (their sum)."""
    return [
        event(
            t,
            "killed",
            "killed@were killed at each",
            (2, 2, 2, "Two@Two Americans were"),
            victims="Americans@Two Americans were",
            perpetrator=("terrorists", "terrorists@as terrorists attacked"),
            place=("U.S. diplomatic compound in Benghazi", "U.S. diplomatic compound in Benghazi, Libya"),
            date=("2012-09-11", "Sept. 11, 2012"),
        ),
        event(
            t,
            "killed",
            "killed@were killed at each",
            (2, 2, 2, "Two@Two Americans were"),
            victims="Americans@Two Americans were",
            place=("CIA Annex", "CIA Annex@at a CIA Annex"),
        ),
        event(
            t,
            "killed",
            "killed@Americans killed in the attack",
            (4, 4, 4, "four@the four Americans"),
            victims="Americans@four Americans killed",
            place=("Benghazi", "Benghazi@initial Benghazi attack"),
            date=("2012-09-11", "Sept. 11, 2012"),
            scope="cumulative",
            source=("Gregory Hicks", "Hicks@Hicks said the four"),
        ),
    ]


def _hostage_crisis(t: str) -> Events:
    """usa-today 2016-08-19: "the hostage crisis" names an abduction of an unnumbered group (as s22's "the
    Orlando massacre" names a killing); Taylor's death in office is natural."""
    return [event(t, "abducted", "hostage@the hostage crisis", SOME)]


def _libya(t: str) -> Events:
    """west-journal 2016-03-10: Clinton's Libya and Syria tolls of last year; Stevens and three others."""
    clinton = dict(source=("Clinton", "she@she stated"), date=("2015", "last year"), scope="cumulative")
    consulate = ("American consulate in Benghazi", "American consulate in Benghazi")
    return [
        event(
            t,
            "killed",
            "killed@people were killed",
            (1500, 1500, 1500, "maybe 1,500"),
            victims="people@1,500 people",
            place=("Libya", "Libya@[in Libya]"),
            period="last year",
            **clinton,
        ),
        event(
            t,
            "killed",
            "killed@people were killed",
            (150000, 150000, 150000, "probably 150,000"),
            place=("Syria", "Syria@150,000 in Syria"),
            **clinton,
        ),
        event(
            t,
            "killed",
            "deaths@the deaths of Ambassador",
            ONE,
            victims="Ambassador Chris Stevens",
            place=consulate,
        ),
        event(
            t,
            "killed",
            "deaths@the deaths of Ambassador",
            (3, 3, 3, "three@and three other"),
            victims="Americans@other Americans",
            place=consulate,
        ),
    ]


def _orlando_resign(t: str) -> Events:
    """west-journal 2016-06-13: Mateen's murderous attack on club goers; the wounded of Trump's statement."""
    pulse = ("Pulse nightclub", "Pulse nightclub in Orlando")
    return [
        event(
            t,
            "killed",
            "murderous",
            SOME,
            victims="club goers",
            perpetrator=("Omar Mateen", "Omar Mateen"),
            place=pulse,
        ),
        event(
            t,
            "wounded",
            "wounded@the wounded",
            SOME,
            place=pulse,
            source=("Trump", "Trump@Trump issued"),
        ),
    ]


def _dead_parisians(t: str) -> Events:
    """wash-post 2015-12-24: Christie's "all those dead Parisians" (place from "the Paris attacks")."""
    return [
        event(
            t,
            "killed",
            "dead@those dead Parisians",
            SOME,
            victims="Parisians@dead Parisians",
            place=("Paris", "Paris@after the Paris attacks"),
            source=("Chris Christie", "the New Jersey governor@the New Jersey governor said"),
        )
    ]


def _speechwriter(t: str) -> Events:
    """politico 2016-08-17: Sean Smith killed at Benghazi, in what Cross wrote."""
    return [
        event(
            t,
            "killed",
            "killed@Sean was killed",
            ONE,
            victims="son Sean",
            place=("Benghazi", "Benghazi@2012 Benghazi attack"),
            date=("2012", "2012@the 2012 Benghazi"),
            source=("Richard Cross", "Richard Cross@Richard Cross, a former"),
        )
    ]


def _laquan(t: str) -> Events:
    """west-journal 2016-02-17: the murder of Laquan McDonald, in what Chicago residents accuse Emanuel of."""
    return [
        event(
            t,
            "killed",
            "murder@the murder of Chicago",
            ONE,
            victims="teenager Laquan McDonald@Chicago teenager Laquan McDonald by",
            perpetrator=("Jason Van Dyke", "Jason Van Dyke"),
            source=("Chicago residents", "Chicago residents"),
        )
    ]


def _thirteen_hours(t: str) -> Events:
    """west-journal 2016-01-12: four Americans died in the two Benghazi attacks (one toll, joined place)."""
    return [
        event(
            t,
            "killed",
            "died@Americans died",
            (4, 4, 4, "Four@Four Americans"),
            victims="Americans@Four Americans",
            perpetrator=("Islamic terrorists", "Islamic terrorists"),
            place=(
                "U.S. State Department compound and The Annex",
                "U.S. State Department compound and The Annex",
            ),
            date=("2012-09-11", "September 11th, 2012"),
        )
    ]


def _convention(t: str) -> Events:
    """usa-today 2016-07-29: 24 arrests in Cleveland around the convention, as Spicer said."""
    return [
        event(
            t,
            "arrested",
            "arrests@24 arrests",
            (24, 24, 24, "24"),
            place=("Cleveland", "Cleveland@24 arrests in Cleveland"),
            source=("Sean Spicer", "Sean Spicer"),
        )
    ]


def _gowdy(t: str) -> Events:
    """wash-post 2016-02-19: the Sept. 11, 2012 attacks that killed four Americans, as critics charged."""
    return [
        event(
            t,
            "killed",
            "killed@that killed four",
            (4, 4, 4, "four@killed four Americans"),
            victims="Americans@four Americans",
            place=("Benghazi", "diplomatic and CIA compounds in Benghazi"),
            date=("2012-09-11", "Sept. 11, 2012"),
            source=("critics", "Critics@Critics charged"),
        )
    ]


GOLD_B: dict[str, Callable[[str], Events]] = {
    "usa-today_2016-06-30_page-million-report-on-benghazi-": _report,
    "huff-post_2016-05-19_ferguson-is-not-among-the-most-d": _ferguson,
    "usa-today_2016-07-07_with-clinton-fbi-s-bad-rep-grows": _fbi,
    "west-journal_2015-12-09_the-email-that-makes-benghazi-lo": _benghazi_email,
    "usa-today_2016-08-19_whigs-died-but-gop-can-survive": _hostage_crisis,
    "west-journal_2016-03-10_obama-just-let-something-slip-th": _libya,
    "west-journal_2016-06-13_trump-calls-on-obama-to-resign": _orlando_resign,
    "wash-post_2015-12-24_ted-cruz-constitutional-conserva": _dead_parisians,
    "politico_2016-08-17_benghazi-mom-speechwriter-reveal": _speechwriter,
    "west-journal_2016-02-17_black-lives-matter-sends-brutal-": _laquan,
    "west-journal_2016-01-12_benghazi-movie-hours-is-about-to": _thirteen_hours,
    "usa-today_2016-07-29_oops-gunplay-didn-t-disrupt-gop-": _convention,
    "wash-post_2016-02-19_gowdy-promises-benghazi-panel-re": _gowdy,
}


def gold_b(t: dict[str, str]) -> Gold:
    """The events of half B's documents with any (the others have none)."""
    return built(GOLD_B, t)
