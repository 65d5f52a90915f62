"""Issue 16, session 30 (second round): two perpetrators from structure. A verb the claims layer took
as a cue ("attacked", as in "criticised") whose conjunct is the trigger is the act, and its subject
the actor ("attacked and injured"); "The victim died" refers to the one an earlier sentence's
attacker hit, and that attacker is the perpetrator (``actors.reporter``, ``earlier``)."""

from __future__ import annotations

from .helpers import perpetrators


def test_a_conjoined_attack_verb_is_no_report() -> None:
    """ "The Hutu militia attacked and injured a farmer": the militia did it, it reported nothing."""
    found = perpetrators(
        "On 2 May 2020, the Hutu militia attacked and injured a farmer in Gordi village.",
        published="2020-05-08",
    )
    assert [t for t, p in found if p is not None and "Hutu" in p] == ["injured"]


def test_a_reported_killing_keeps_no_reporter() -> None:
    """ "Police said gunmen killed two": the source is no perpetrator (the rule leaves reports alone)."""
    found = perpetrators("Police said that two farmers were killed in Gordi village.", published="2020-05-08")
    assert all(p is None or "Police" not in p for _, p in found)


def test_the_victim_takes_the_earlier_attacker() -> None:
    """ "Two armed men attacked a driver. The victim died.": the armed men killed him."""
    found = perpetrators(
        "On 7 May 2020, two armed men attacked a taxi driver in the town. The victim died.",
        published="2020-05-08",
    )
    died = [p for t, p in found if t == "died"]
    assert died and died[0] is not None and "men" in died[0]


def test_a_victim_with_no_earlier_attacker_has_none() -> None:
    """ "A man was found in a ditch. The victim died.": no attack told, no perpetrator."""
    found = perpetrators(
        "A man was found in a ditch near the town. The victim died in hospital.", published="2020-05-08"
    )
    assert all(p is None for _, p in found)
