"""Words that name a date only in some senses: a season or a drop, a day or a paper's title (issue 19)."""

from __future__ import annotations

import pytest

import newsparse


def _value(text: str, surface: str, published: str) -> str:
    (found,) = [d for d in newsparse.parse(text, published=published).dates if d.text == surface]
    return found.value


@pytest.mark.parametrize(
    "text",
    [
        "The fall of Ouadi Doum cost 1,200 lives.",
        "The fall in rice production is caused by pests.",
        "Airlines cut flights following the fall in business.",
    ],
)
def test_the_fall_of_something_is_not_a_season(text: str) -> None:
    assert [d.text for d in newsparse.parse(text, published="1987-03-01").dates] == []


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("Prices rose in the fall of 1986.", "the fall of 1986", "1986-FA"),
        ("Prices will rise in the fall.", "the fall", "1987-FA"),
        ("Last fall in Paris, talks failed.", "Last fall", "1986-FA"),
    ],
)
def test_the_fall_as_a_season(text: str, surface: str, value: str) -> None:
    assert _value(text, surface, "1987-03-01") == value


def test_a_sunday_paper_is_not_a_date() -> None:
    text = "The British Sunday paper, quoting Iranian sources, said the missile was ready."
    assert list(newsparse.parse(text, published="1987-03-28").dates) == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The Reds scored three second-half goals.", []),
        ("During the last week of April, silver futures traded up.", [("the last week of April", "1987-04")]),
        ("It was launched during the last week of 2003.", [("the last week of 2003", "2003")]),
        ("A three-second delay.", [("three-second", "PT3S")]),
        ("Prices fell over the past week of trading.", [("the past week", "P1W")]),
    ],
)
def test_ordinals_and_parts_of_named_periods_are_not_lengths(text: str, found: list[tuple[str, str]]) -> None:
    assert [(d.text, d.value) for d in newsparse.parse(text, published="1987-06-01").dates] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("For the 1986/87\n year ended March 31.", [("1986/87", "1986"), ("March 31", "1987-03-31")]),
        # the whole wire fraction is the length, as "the six-year-long war" gives "six-year" (session 14)
        ("Iran pledged a breakthrough in the 6-1/2-year-long war.", [("6-1/2-year", "P6Y6M")]),
        ("It took 2 1/2 years.", [("2 1/2 years", "P2Y6M")]),
    ],
)
def test_a_number_after_a_slash_does_not_start_a_length(text: str, found: list[tuple[str, str]]) -> None:
    assert [(d.text, d.value) for d in newsparse.parse(text, published="1987-06-02").dates] == found


@pytest.mark.parametrize(
    ("text", "surface", "value", "mod"),
    [
        ("We meet in the second half of May.", "the second half of May", "1987-05", "END"),
        ("We met in the first half of March.", "the first half of March", "1987-03", "START"),
        ("In the latter half of May 1986 it fell.", "the latter half of May 1986", "1986-05", "END"),
        ("It fell in the first half of 1986.", "the first half of 1986", "1986-H1", None),
    ],
)
def test_half_of_a_month_is_a_month_with_mod(text: str, surface: str, value: str, mod: str | None) -> None:
    (found,) = [d for d in newsparse.parse(text, published="1987-04-05").dates if d.text == surface]
    assert (found.value, found.mod) == (value, mod)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("He said at the time he was willing to withdraw.", [("the time", "PAST_REF")]),
        ("It received very little support at the time.", [("the time", "PAST_REF")]),
        ("He was there at the time of the attack.", []),
        ("At the time that Netcraft began, few sites existed.", []),
    ],
)
def test_at_the_time_is_the_past(text: str, found: list[tuple[str, str]]) -> None:
    assert [(d.text, d.value) for d in newsparse.parse(text, published="1998-03-01").dates] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Reforms may take years to complete.", [("years", "PXY")]),
        ("It may take weeks for the new cabinet to form.", [("weeks", "PXW")]),
        ("He spent months in jail.", [("months", "PXM")]),
        ("It took years of work.", [("years", "PXY")]),
    ],
)
def test_take_and_spend_a_bare_plural_is_a_vague_length(text: str, found: list[tuple[str, str]]) -> None:
    assert [(d.text, d.value) for d in newsparse.parse(text, published="1987-04-13").dates] == found


@pytest.mark.parametrize(
    "text",
    [
        "She won album of the year, and he was named player of the year.",
        "The band took the prize for breakthrough artist of the year.",
        "He was voted the Sports Personality of the Year on Sunday.",
    ],
)
def test_an_award_of_the_year_is_a_title_not_a_date(text: str) -> None:
    doc = newsparse.parse(text, published="2005-02-14")
    assert [d.text for d in doc.dates if "year" in d.text.lower()] == []


@pytest.mark.parametrize(
    "text",
    ["It was one of the best films of the year.", "Sales fell 3% for the year."],
)
def test_the_year_itself_after_of_or_for_is_still_a_date(text: str) -> None:
    (year,) = [d for d in newsparse.parse(text, published="2005-02-14").dates if d.text == "the year"]
    assert year.value == "2005"


@pytest.mark.parametrize(
    "text",
    [
        "The coach picked Mathew Tait and Jamie Noon in the centre.",
        "His record One Night will be released next week.",
        "The single Are You Lonesome Tonight reached number 20.",
        "They sang All Right Now, their biggest hit.",
    ],
)
def test_a_capitalised_time_word_inside_a_sentence_is_a_name(text: str) -> None:
    doc = newsparse.parse(text, published="2005-02-14")
    assert [d.text for d in doc.dates if d.text.split()[0] in ("Noon", "One", "Tonight", "Now")] == []


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Now the talks will resume.", "Now"),
        ('He said: "Noon is too late."', "Noon"),
        ("The issues never die.) Now this is news.", "Now"),
        ("The talks resume at noon.", "noon"),
    ],
)
def test_a_time_word_opening_a_sentence_or_in_lower_case_stays(text: str, surface: str) -> None:
    assert surface in [d.text for d in newsparse.parse(text, published="2005-02-14").dates]


@pytest.mark.parametrize(
    "text",
    [
        "The gallery asked an artist to dress its Christmas tree.",
        "The virus poses as an electronic Christmas card.",
        "The film stars a young boy and Father Christmas.",
    ],
)
def test_a_thing_or_name_after_a_holiday_is_not_its_day(text: str) -> None:
    assert [d.text for d in newsparse.parse(text, published="2004-12-01").dates] == []


def test_the_holiday_itself_is_still_a_day() -> None:
    assert _value("Sales will rise before Christmas.", "Christmas", "2004-12-01") == "2004-12-25"


@pytest.mark.parametrize(
    "text",
    [
        "In his twenties he battled tuberculosis.",
        "She married in her late thirties.",
        "His friends are in their seventies.",
        "The offer is for the over-sixties.",
    ],
)
def test_a_decade_word_after_a_possessive_is_an_age(text: str) -> None:
    assert [d.text for d in newsparse.parse(text, published="2005-01-01").dates] == []


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [("Prices rose in the seventies.", "the seventies", "197"), ("He played his '80s hits.", "'80s", "198")],
)
def test_a_decade_word_without_a_possessive_is_a_decade(text: str, surface: str, value: str) -> None:
    assert _value(text, surface, "2005-01-01") == value


@pytest.mark.parametrize(
    "text",
    [
        "Now that broadband networks are built, services will follow.",
        "Firms want a link with India, now that relations have improved.",
    ],
)
def test_now_that_as_a_conjunction_is_not_tagged(text: str) -> None:
    assert [d.text for d in newsparse.parse(text, published="2005-01-01").dates] == []


def test_now_before_a_complement_that_stays() -> None:
    assert _value("He knows now that he is in a contest.", "now", "2005-01-01") == "PRESENT_REF"


def test_a_year_after_a_blank_line_is_not_the_dates_year() -> None:
    text = "Headingley\n\nFriday, 25 February\n\n2000 GMT\n\nThe Tykes have one change."
    found = [(d.text, d.type) for d in newsparse.parse(text, published="2005-02-20").dates]
    assert found == [("Friday, 25 February", "DATE"), ("2000 GMT", "TIME")]


def test_a_year_on_the_next_line_is_still_the_dates_year() -> None:
    assert (
        _value("It ended on 25 February\n2000 after talks.", "25 February\n2000", "2005-02-20")
        == "2000-02-25"
    )


def test_current_as_an_adjective_is_not_a_date() -> None:
    """ "current" alone is an adjective (the guidelines do not tag it); "currently" and "the current
    year" are dates."""
    doc = newsparse.parse(
        "The current accord expires, prices are current and he is currently away in the current year.",
        published="1987-03-12",
    )
    assert [(d.text, d.value) for d in doc.dates] == [
        ("currently", "PRESENT_REF"),
        ("the current year", "1987"),
    ]


def test_previously_and_formerly_are_past_references() -> None:
    """ "previously", "formerly" are PAST_REF, resolved against publication like "recently" and "soon"."""
    doc = newsparse.parse(
        "As previously reported, the firm, formerly a bank, recently cut jobs and will soon hire.",
        published="1987-03-12",
    )
    assert [(d.text, d.value, d.reference) for d in doc.dates] == [
        ("previously", "PAST_REF", "published"),
        ("formerly", "PAST_REF", "published"),
        ("recently", "PAST_REF", "published"),
        ("soon", "FUTURE_REF", "published"),
    ]
    undated = newsparse.parse("It was recently cut.").dates  # relative to an unknown publication date
    assert [(d.reference, d.anchored, d.interval) for d in undated] == [("published", False, None)]


def test_at_the_time_refers_to_the_date_named_before() -> None:
    """ "at the time" is PAST_REF resolved against the date the story named just before."""
    doc = newsparse.parse("In 1982 the plant closed. Prices were high at the time.", published="2005-03-12")
    _year, the_time = doc.dates
    assert (the_time.value, the_time.reference, the_time.reference_span.text) == (
        "PAST_REF",
        "narrative",
        "1982",
    )
    (alone,) = newsparse.parse("Prices were high at the time.", published="2005-03-12").dates
    assert (alone.value, alone.reference) == ("PAST_REF", "published")
