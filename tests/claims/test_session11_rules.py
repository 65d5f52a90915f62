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


def test_a_quotation_before_a_name_with_two_descriptions_is_the_names_claim() -> None:
    found = summary(
        '"It is an invasion of our domain," Ann Lee, the attorney general of Ohio, '
        "one of the states suing the agency, said at an event this month."
    )
    assert found == [("Ann Lee", "said", "It is an invasion of our domain")]


def test_a_lower_case_phrase_before_two_descriptions_is_no_source() -> None:
    found = summary(
        '"It is an invasion of our domain," officials, the lawyers of Ohio, '
        "one of the states suing the agency, said at an event this month."
    )
    assert all(source != "officials" for source, _, _ in found)


def test_a_long_subject_keeps_its_article() -> None:
    found = summary(
        "A close associate of former Yukos boss Mikhail Khodorkovsky told reporters the charges are false."
    )
    assert found == [
        ("A close associate of former Yukos boss Mikhail Khodorkovsky", "told", "the charges are false")
    ]


def test_a_long_clause_before_an_inverted_cue_is_no_source() -> None:
    text = (
        "The consumption of wine in China is still low, at just 0.22 litres per capita, "
        "said the US Agriculture Department."
    )
    assert [found[:2] for found in summary(text)] == [("the US Agriculture Department", "said")]


def test_a_time_before_the_subject_is_no_part_of_the_source() -> None:
    found = summary("Last week the exchange said the bid was too low.")
    assert found == [("the exchange", "said", "the bid was too low")]
    found = summary("This week opposition politicians claimed the plan was dead.")
    assert found == [("opposition politicians", "claimed", "the plan was dead")]
