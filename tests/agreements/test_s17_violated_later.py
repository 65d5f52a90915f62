"""Session 17, round 2: a side's later failure to honour its commitments, in a sentence that does not
name the agreement, is a violation of the one agreement binding it, in any line-ending convention."""

from __future__ import annotations

import pytest

import newsparse
from newsparse import Agreement

ENDINGS = ("\n", "\r\n", "\r")

LATER = (
    "Officials looked at Japan's adherence to the 1986 U.S.-Japanese semiconductor pact.\n\n"
    "Reagan imposed the sanctions in retaliation for Japan's failure to honor commitments to end dumping."
)
TWO = (
    "Japan signed a trade pact with Canada in 1986. Japan also signed a fisheries treaty with Norway.\n\n"
    "Officials cited Japan's failure to honour its commitments."
)
BEFORE = (
    "Critics cited Japan's failure to honour its commitments.\n\n"
    "Later Japan and the United States signed a semiconductor pact."
)
LAWS = (
    "Canada and Japan signed a trade pact in 1986.\n\n"
    "Officials cited Japan's failure to comply with gun safety laws."
)


def deals(text: str) -> list[Agreement]:
    """The agreements of ``text`` read by the whole pipeline."""
    return list(newsparse.parse(text).agreements)


@pytest.mark.parametrize("eol", ENDINGS)
def test_a_later_failure_to_honour_commitments_violates_the_pact(eol: str) -> None:
    (pact,) = deals(LATER.replace("\n", eol))
    assert pact.status == "violated"
    assert [(v.text, v.violator) for v in pact.violations] == [("failure to honor commitments", "japan")]


@pytest.mark.parametrize("eol", ENDINGS)
def test_a_side_bound_by_two_agreements_violates_neither(eol: str) -> None:
    records = deals(TWO.replace("\n", eol))
    assert records and all(r.status != "violated" and not r.violations for r in records)


@pytest.mark.parametrize("eol", ENDINGS)
def test_a_failure_told_before_the_agreement_is_no_violation_of_it(eol: str) -> None:
    (pact,) = deals(BEFORE.replace("\n", eol))
    assert pact.status == "signed"
    assert not pact.violations


@pytest.mark.parametrize("eol", ENDINGS)
def test_a_failure_to_comply_with_laws_is_no_violation(eol: str) -> None:
    (pact,) = deals(LAWS.replace("\n", eol))
    assert pact.status == "signed"
    assert not pact.violations


SUBJECT = (
    "Iran and the United States signed a nuclear deal in 2015.\n\n"
    "Inspectors said on Monday that Iran has failed to meet its obligations."
)


@pytest.mark.parametrize("eol", ENDINGS)
def test_a_side_that_has_failed_to_meet_its_obligations_violates_the_deal(eol: str) -> None:
    (deal,) = deals(SUBJECT.replace("\n", eol))
    assert deal.status == "violated"
    assert [(v.text, v.violator) for v in deal.violations] == [("failed to meet its obligations", "iran")]
