"""Session 18: who "signed up to it" (a phrasal verb with the agreement as a pronoun object) is a side,
also past an apposition ("Japan, one of the biggest creditor nations, finally signed up to it")."""

from __future__ import annotations

import pytest

import newsparse

LEAD = "The deal is thought to have been hammered out on Thursday night after Japan"


@pytest.mark.parametrize(
    "middle", [" finally signed up to it.", ", one of the biggest creditor nations, finally signed up to it."]
)
def test_who_signed_up_to_it_is_a_side(middle: str) -> None:
    (deal,) = newsparse.parse(LEAD + middle).agreements
    assert deal.parties == ("japan",)
    assert deal.status == "signed"


def test_a_name_signing_up_to_something_else_is_no_side() -> None:
    (deal,) = newsparse.parse(LEAD + " finally signed up to new rules.").agreements
    assert deal.parties == ()
