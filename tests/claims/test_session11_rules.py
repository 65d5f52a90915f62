"""Rules of session 11 found on PolNeAR dev misses and checked on unused real articles (test passages)."""

from __future__ import annotations

from .summaries import summary


def test_a_party_label_does_not_cut_the_title_off_a_trailing_source() -> None:
    found = summary("The plan will fail, Sen. Ann Lee (R-S.C.) told reporters on Thursday.")
    assert found == [("Sen. Ann Lee (R-S.C.)", "told", "The plan will fail")]


def test_a_parenthesised_acronym_keeps_the_head_of_a_long_source() -> None:
    found = summary(
        "A spokesman for the International Atomic Energy Agency (IAEA) said the method was old."
    )
    assert found == [
        ("A spokesman for the International Atomic Energy Agency (IAEA)", "said", "the method was old")
    ]
