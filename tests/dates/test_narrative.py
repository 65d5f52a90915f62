"""The story's own reference time, time zones, split years and domain senses (issue 19)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsparse
from newsparse import TimeExpression


def _dates(text: str, published: str = "1987-03-11") -> list[TimeExpression]:
    return list(newsparse.parse(text, published=published).dates)


def _one(text: str, surface: str, published: str = "1987-03-11") -> TimeExpression:
    (found,) = [d for d in _dates(text, published) if d.text == surface]
    return found


def test_previous_year_follows_the_year_named_before() -> None:
    text = "The deficit rose to 34.5 billion crowns in 1986 from 29.1 billion the previous year."
    previous = _one(text, "the previous year")
    assert previous.value == "1985"
    assert previous.reference == "narrative"
    assert previous.reference_span is not None
    assert text[previous.reference_span.start : previous.reference_span.end] == "1986"


def test_previous_year_without_a_year_before_uses_publication() -> None:
    previous = _one("Fires fell by 58 percent from the previous year.", "the previous year", "2007-06-21")
    assert (previous.value, previous.reference, previous.reference_span) == ("2006", "published", None)


def test_year_earlier_after_one_month_is_that_month() -> None:
    text = "Car exports eased to 222,000 in February from 225,000 one year earlier."
    assert _one(text, "one year earlier", "1987-03-19").value == "1986-02"


def test_year_earlier_after_two_months_is_the_year() -> None:
    text = "Car exports in January and February fell to 424,700 from 443,300 a year earlier."
    earlier = _one(text, "a year earlier", "1987-03-19")
    assert earlier.value == "1986"
    assert earlier.reference == "published"


def test_month_of_a_past_story_takes_its_year() -> None:
    text = "The early months of 2005 were very dry, with the January-May period the second driest."
    dates = {d.text: d for d in _dates(text, "2006-01-04")}
    assert (dates["January"].value, dates["May"].value) == ("2005-01", "2005-05")
    assert dates["May"].reference == "narrative"


def test_month_after_a_comparison_stays_on_publication() -> None:
    text = (
        "Imports fell to 75,500 tonnes in January from 120,228 in January 1986, and in January the U.S. led."
    )
    months = [d.value for d in _dates(text, "1987-04-03") if d.text == "January"]
    assert months == ["1987-01", "1987-01"]


def test_week_after_follows_next_week() -> None:
    text = "The two sides would probably meet next week or the week after, officials said."
    after = _one(text, "the week after", "1987-03-28")
    assert after.value == "1987-W15"
    assert after.reference == "narrative"


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("The quake struck at 11:18 p.m. EDT/0318 Tuesday GMT.", ["1987-04-07T03:18Z", "1987-04-07T03:18Z"]),
        ("Polls close at 2 a.m. Eastern Time today.", ["1987-04-06T06:00Z"]),  # daylight time
        ("Trading closed at 1530 GMT.", ["1987-04-06T15:30Z"]),
        ("The market opened at 9 a.m. EST.", ["1987-04-06T14:00Z"]),
    ],
)
def test_zoned_times_are_one_utc_instant(text: str, values: list[str]) -> None:
    assert [d.value for d in _dates(text, "1987-04-06")] == values


def test_time_without_zone_stays_local() -> None:
    assert [d.value for d in _dates("He spoke at 10:35 a.m.", "1987-04-06")] == ["1987-04-06T10:35"]


def test_split_year_is_one_date_of_its_first_year() -> None:
    found = _one("Passage of the full 1987/88 budget was delayed.", "1987/88")
    assert (found.type, found.value, found.reference) == ("DATE", "1987", None)


def test_split_year_needs_consecutive_years() -> None:
    assert not [d for d in _dates("The ratio was 1987/45 on paper.") if d.text == "1987/45"]


def test_sports_quarter_is_not_a_calendar_quarter() -> None:
    assert _dates("Smith scored a touchdown in the second quarter to give the Giants a 14-7 lead.") == []
    assert _one("Profits rose in the second quarter.", "the second quarter").value.endswith("-Q2")


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("The two sides meet just days before the April 17 deadline.", "days", "PXD"),
        ("Nakasone leaves on Wednesday, only weeks after the tariffs.", "weeks", "PXW"),
        ("The pact was agreed after months of negotiations.", "months", "PXM"),
        ("Rain is needed in coming weeks.", "coming weeks", "PXW"),
    ],
)
def test_bare_plurals_are_lengths_of_unknown_count(text: str, surface: str, value: str) -> None:
    found = _one(text, surface)
    assert (found.type, found.value) == ("DURATION", value)


def test_scheduled_present_weekday_is_the_coming_one() -> None:
    text = "Nakasone leaves on his sixth official visit to the United States on Wednesday."
    assert _one(text, "Wednesday", "1987-04-27").value == "1987-04-29"


def test_last_month_day_is_before_publication() -> None:
    assert (
        _one("The accord was signed last October 16.", "last October 16", "1987-03-20").value == "1986-10-16"
    )


def test_titles_with_weekdays_and_daily_are_not_dates() -> None:
    text = "He was the first anchor of Fox News Sunday and an editor of the Newport News Daily Press."
    assert _dates(text, "2008-07-12") == []


_WORDS = st.sampled_from(
    "in 1986 the previous year a year earlier February January May March fell rose will the week after "
    "next week 11:18 p.m. EDT 0318 GMT 1987/88 that year the next day . , and from".split(" ")
)


@settings(max_examples=60, deadline=None)
@given(st.lists(_WORDS, max_size=40))
def test_references_point_at_earlier_expressions(words: list[str]) -> None:
    """Every narrative value names an earlier expression of the same document; others name none."""
    text = " ".join(words)
    doc = newsparse.parse(text, published="1987-03-11")
    spans = {(d.start, d.end) for d in doc.dates}
    for d in doc.dates:
        assert d.reference in (None, "published", "narrative")
        if d.reference == "narrative":
            assert d.reference_span is not None
            assert (d.reference_span.start, d.reference_span.end) in spans
            assert d.reference_span.end <= d.start
            assert d.reference_span.text == text[d.reference_span.start : d.reference_span.end]
        else:
            assert d.reference_span is None
        if d.anchored:
            assert d.reference == "published"


@settings(max_examples=30, deadline=None)
@given(st.lists(_WORDS, max_size=30))
def test_without_publication_nothing_is_published(words: list[str]) -> None:
    """No publication date: a value relative to it is never worked out from it (a date keeps its
    unknown parts, a length "the next week" has no interval), and nothing crashes."""
    doc = newsparse.parse(" ".join(words))
    for d in doc.dates:
        if d.reference == "published":
            assert not d.anchored and d.interval is None
            assert d.type == "DURATION" or "X" in d.value or d.value.endswith("_REF")


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("My visit at this time will be the most important.", "this time", "PRESENT_REF"),
        ("It was kept in the archives until this day.", "this day", "PRESENT_REF"),
        ("Talks should resume at an early date.", "an early date", "FUTURE_REF"),
        ("Tariffs of 300 mln dlrs a year were imposed.", "a year", "P1Y"),
    ],
)
def test_vague_references_and_yearly_rates(text: str, surface: str, value: str) -> None:
    assert _one(text, surface).value == value


@pytest.mark.parametrize(
    "text",
    ["The agencies cost £1.8bn a year.", "It will save $200m a year in costs.", "Aid rose to 5k a year."],
)
def test_a_yearly_rate_after_an_abbreviated_amount_is_a_set(text: str) -> None:
    found = _one(text, "a year")
    assert (found.type, found.value) == ("SET", "P1Y")


def test_nightly_price_is_not_a_set() -> None:
    assert not [d for d in _dates("Rooms cost $55 a night.") if d.text == "a night"]


def test_days_earlier_is_a_length_from_an_event() -> None:
    found = _one("The convention opened; four days earlier the rival party met.", "four days", "2006-09-28")
    assert (found.type, found.value) == ("DURATION", "P4D")
    assert _one("Exports fell from 225,000 a year earlier.", "a year earlier").value == "1986"


def _unpublished(text: str, surface: str) -> TimeExpression:
    (found,) = [d for d in newsparse.parse(text).dates if d.text == surface]
    return found


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        (
            "The first ceremony was in 1953. The following year a streaker ran on stage.",
            "The following year",
            "1954",
        ),
        ("Growth was 11.5% in 2004, down from 17% the previous year.", "the previous year", "2003"),
        ("She won in 2000. But in the same year she fell pregnant.", "the same year", "2000"),
        ("Sales rose in 2004 to 6.2bn yuan, from 3bn yuan a year earlier.", "a year earlier", "2003"),
    ],
)
def test_without_a_publication_date_the_narrative_still_moves(text: str, surface: str, value: str) -> None:
    found = _unpublished(text, surface)
    assert (found.value, found.reference, found.anchored) == (value, "narrative", False)


def test_without_a_publication_date_deictic_years_stay_unknown() -> None:
    found = _unpublished("Prices rose last year and the previous year.", "the previous year")
    assert (found.value, found.reference, found.anchored) == ("XXXX", "published", False)


def test_years_earlier_count_back_from_the_year_named() -> None:
    text = "The housing stock reached 3.3 trillion in 2004 - triple the value 10 years earlier."
    found = _one(text, "10 years earlier", "2005-01-10")
    assert (found.value, found.reference) == ("1994", "narrative")
    assert found.reference_span is not None and found.reference_span.text == "2004"


def test_a_year_earlier_after_a_full_date_is_that_day() -> None:
    found = _one("On June 1, 1986 the index rose, from 3 a year earlier.", "a year earlier")
    assert found.value == "1985-06-01"


def test_same_month_last_year_is_a_comparison_not_an_anaphor() -> None:
    # one expression since session 16: the publication's month a year back, not a month of 1985
    found = _one("Sales in 1985 fell. Sales in the same month last year were up.", "the same month last year")
    assert (found.value, found.reference) == ("1986-03", "published")


def test_a_present_schedule_verb_keeps_its_month_ahead() -> None:
    text = "The talks are the last effort to adopt an accord to replace the one which expires in October."
    assert _one(text, "October", "1987-03-12").value == "1987-10"


def test_years_earlier_skip_the_date_compared_with() -> None:
    text = (
        "Net income jumped to 3bn yuan in 2004, compared with 1.4bn yuan in 2003."
        " Sales rose from 3bn a year earlier."
    )
    found = _unpublished(text, "a year earlier")
    assert (found.value, found.reference) == ("2003", "narrative")


def test_a_reporting_verb_does_not_put_a_season_in_the_past() -> None:
    text = "Speculation is rising for an early autumn election, political sources said."
    found = _one(text, "early autumn", "1987-03-18")
    assert (found.value, found.mod) == ("1987-FA", "START")


def test_a_clock_time_followed_by_its_day_is_on_that_day() -> None:
    text = "Strikes came at 0650 GMT and at 1930 GMT last night. It will be shown at 1400 GMT on Saturday."
    found = {d.text: d.value for d in _dates(text, "1987-03-18")}
    assert found["0650 GMT"] == "1987-03-18T06:50Z"
    assert found["1930 GMT"] == "1987-03-17T19:30Z"
    assert found["1400 GMT"] == "1987-03-21T14:00Z"
    undated = {d.text: d.value for d in newsparse.parse("It airs at 1400 GMT on Saturday.").dates}
    assert undated["1400 GMT"] == "XXXX-WXX-6T14:00Z"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("It will never appeal to the children of today as it did.", "PRESENT_REF"),
        ("How did it become the behemoth it is today?", "PRESENT_REF"),
        ("As of today we have received nothing.", "2005-02-01"),
        ("It is today that we act.", "2005-02-01"),
    ],
)
def test_today_as_nowadays_is_present_ref(text: str, value: str) -> None:
    assert _one(text, "today", "2005-02-01").value == value


def test_a_bare_quarter_takes_the_year_of_its_sentence() -> None:
    text = "In the final quarter of 2004, spending rose 18%, up from 17.5% in the third quarter."
    for found in (_one(text, "the third quarter", "1987-03-11"), _unpublished(text, "the third quarter")):
        assert (found.value, found.reference) == ("2004-Q3", "narrative")


def test_the_same_year_told_after_is_not_an_anaphor() -> None:
    text = "It happened in 1987. The same year that England ruled the roost, Wales lost."
    found = _one(text, "The same year", "2005-02-01")
    assert (found.value, found.reference) == ("XXXX", None)


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        (
            "She smashed the record in two hours 18 minutes 15 seconds.",
            "two hours 18 minutes 15 seconds",
            "PT2H18M15S",
        ),
        ("He finished the match in four hours and five minutes.", "four hours and five minutes", "PT4H5M"),
    ],
)
def test_compound_clock_lengths_are_one_duration(text: str, surface: str, value: str) -> None:
    assert _one(text, surface).value == value


def test_lengths_in_the_wrong_order_stay_apart() -> None:
    assert [d.value for d in _dates("It lasted 10 minutes 3 hours.")] == ["PT10M", "PT3H"]


@settings(max_examples=60, deadline=None)
@given(st.integers(min_value=1600, max_value=2098), st.booleans())
def test_any_split_year_is_one_date_of_its_first_year(year: int, full: bool) -> None:
    second = f"{year + 1}" if full else f"{(year + 1) % 100:02d}"
    text = f"Results for the {year}-{second} season were poor."
    found = _dates(text, "2006-01-04")
    assert [(d.text, d.type, d.value) for d in found] == [(f"{year}-{second}", "DATE", f"{year:04d}")]


@settings(max_examples=60, deadline=None)
@given(st.integers(min_value=1, max_value=99), st.integers(min_value=1, max_value=59))
def test_any_hours_and_minutes_are_one_duration(hours: int, minutes: int) -> None:
    text = f"The run took {hours} hours {minutes} minutes."
    (found,) = _dates(text)
    assert (found.text, found.value) == (f"{hours} hours {minutes} minutes", f"PT{hours}H{minutes}M")


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        (
            "They were the subject of a bidding war in 2004 and their single was released in November.",
            "November",
            "2004-11",
        ),
        (
            "During 2004, the surplus grew 17.9% to 12 trillion yen. In December, the surplus was up 1.8%.",
            "December",
            "2004-12",
        ),
        (
            "Virgin Blue reported a fall in profits in August 2004. In November, profits were down.",
            "November",
            "2004-11",
        ),
    ],
)
def test_undated_month_takes_the_year_its_past_story_named(text: str, surface: str, value: str) -> None:
    found = _unpublished(text, surface)
    assert (found.value, found.reference) == (value, "narrative")


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Until 1954 they were held on a Thursday, then the month swapped from May to April.", "May"),
        ("The 3 network launched in 2003, Vodafone launched its consumer service in November.", "November"),
        ("Shares hit a high since 1998. Analysts expected December's figure to rise.", "December"),
        ("Sales will grow in 2005, analysts said. In July, the firm opened a shop.", "July"),
    ],
)
def test_undated_month_stays_unknown_without_a_story_year(text: str, surface: str) -> None:
    assert _unpublished(text, surface).value.startswith("XXXX-")


def test_in_march_continues_the_past_year_of_the_sentence_before() -> None:
    text = "In 1986 the plant was closed. In March, workers occupied it."
    found = _one(text, "March", "1987-04-08")
    assert (found.value, found.reference, found.reference_span.text) == ("1986-03", "narrative", "1986")


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("Keska runs on 20 March, while Hickey races on the same day.", "the same day", "XXXX-03-20"),
        ("They play on 26 February. The two winners return the next day.", "the next day", "XXXX-02-27"),
        ("Prices rose in November to 7.1% from 7% the previous month.", "the previous month", "XXXX-10"),
        ("Output rose in January from the previous month.", "the previous month", "XXXX-12"),
        (
            "She runs in February and may defend her title earlier that month.",
            "earlier that month",
            "XXXX-02",
        ),
    ],
)
def test_undated_day_and_month_anchor_what_follows(text: str, surface: str, value: str) -> None:
    found = _unpublished(text, surface)
    assert (found.value, found.reference) == (value, "narrative")


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("Murrayfield, Edinburgh Saturday, 26 February 1400 GMT BBC1.", "1400 GMT", "XXXX-02-26T14:00Z"),
        ("Blair shopped on Friday. Staff saw him walk in at 0900 GMT.", "0900 GMT", "XXXX-WXX-5T09:00Z"),
    ],
)
def test_undated_clock_time_is_on_the_day_named_before(text: str, surface: str, value: str) -> None:
    found = _unpublished(text, surface)
    assert (found.value, found.reference) == (value, "narrative")


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("The show airs from 1 February on Tuesdays and Thursdays from 2300 GMT.", "2300 GMT"),
        ("Oil rose on Tuesday. Crude was at $51 at 0710 GMT in Asian trade on Wednesday.", "0710 GMT"),
    ],
)
def test_undated_clock_time_keeps_its_unknown_day(text: str, surface: str) -> None:
    assert _unpublished(text, surface).value.startswith("XXXX-XX-XXT")


def test_undated_year_earlier_reads_the_month_a_few_sentences_back() -> None:
    """In an undated story "a year earlier" two sentences after "in February" is that month (XXXX-02)."""
    text = (
        "Sales at GM sank 12.7% in February while Ford sales dropped 3% as rivals took a bigger share. "
        "Toyota sales jumped 11% while rival Nissan notched up a 10% increase in the period. "
        "Sales across the industry also fell to 1.25 million vehicles from 1.27 million a year earlier."
    )
    found = _unpublished(text, "a year earlier")
    assert (found.value, found.reference) == ("XXXX-02", "narrative")


def test_dated_year_earlier_far_from_its_month_stays_on_publication() -> None:
    """In a dated story the month must be named just before (within 120 characters) to move the year."""
    text = (
        "Sales at GM sank 12.7% in February while Ford sales dropped 3% as rivals took a bigger share. "
        "Toyota sales jumped 11% while rival Nissan notched up a 10% increase in the period. "
        "Sales across the industry also fell to 1.25 million vehicles from 1.27 million a year earlier."
    )
    assert _one(text, "a year earlier", "2005-03-02").value == "2004"


def test_preceding_year_follows_the_year_named_before() -> None:
    """ "the preceding year" reads as "the previous year": the year before the one named just before."""
    text = "Output in 1986 rose to 3.1 mln tonnes from 2.9 mln in the preceding year."
    found = _one(text, "the preceding year", "1987-03-20")
    assert (found.value, found.reference) == ("1985", "narrative")


def test_the_same_year_before_a_pronoun_is_the_year_named() -> None:
    """ "In the same year they won": "they" is no comparison ("the same month last year")."""
    text = "In 2006, the team won the cup. In the same year they won the league."
    found = _one(text, "the same year", "2008-09-20")
    assert (found.value, found.reference) == ("2006", "narrative")


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("The treaty was signed in 1998. The next year, it was ratified.", "The next year", "1999"),
        ("The plant opened in March 2004. The next month, it closed.", "The next month", "2004-04"),
    ],
)
def test_the_next_year_told_in_the_past_follows_the_date_named(text: str, surface: str, value: str) -> None:
    """ "The next year" in a past story after a year named is the year after it, as "the following year"."""
    found = _one(text, surface, "2008-09-20")
    assert (found.value, found.reference) == (value, "narrative")


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("Sales fell in 1998 and are expected to grow over the next year.", "the next year", "2009"),
        ("The treaty was signed in 1998 and will expire the next year.", "the next year", "2009"),
        ("The plant opened in 2004. The next week, it closed.", "The next week", "P1W"),
    ],
)
def test_the_next_year_from_now_stays_on_publication(text: str, surface: str, value: str) -> None:
    """A span from now ("over the next year"), a future clause, or no month named: as before."""
    assert _one(text, surface, "2008-09-20").value == value


def test_day_without_year_takes_the_year_of_its_clause() -> None:
    """ "introduced in 2001 in response to the 11 September attacks": the day of that year."""
    text = "The act was introduced in 2001 in response to the 11 September attacks."
    found = _unpublished(text, "the 11 September")
    assert (found.value, found.reference) == ("2001-09-11", "narrative")


def test_day_without_year_after_another_clause_stays() -> None:
    """ "who formed U2 at school in 1977, begin a world tour on 28 March": another clause, no move."""
    text = "The band, who formed at school in 1977, begin a world tour on 28 March."
    assert _unpublished(text, "28 March").value == "XXXX-03-28"


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        (
            "He was arrested in August 2006 and released at the end of the month.",
            "the end of the month",
            "2006-08",
        ),
        ("He was arrested in 2006 and released at the end of the year.", "the end of the year", "2006"),
        ("He was arrested in 2006. Early the next year he was released.", "Early the next year", "2007"),
        ("He was arrested on 3 August 2006 and released on 5 August.", "5 August", "2006-08-05"),
    ],
)
def test_parts_and_days_told_in_the_past_follow_the_date_named(text: str, surface: str, value: str) -> None:
    """The end of the month (year) named in the sentence, the year after it, a day soon after a day."""
    found = _one(text, surface, "2008-09-20")
    assert (found.value, found.reference) == (value, "narrative")


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        (
            "The team won in 2006 and by the end of the year will sign five players.",
            "the end of the year",
            "2008",
        ),
        ("Sales rose in 2006. At the end of the year, profits fell.", "the end of the year", "2008"),
        ("He was arrested on 3 August 2006 and released on 5 June.", "5 June", "2008-06-05"),
    ],
)
def test_parts_and_days_elsewhere_stay_on_publication(text: str, surface: str, value: str) -> None:
    """A future clause, another sentence, a day before the day named: the publication date's reading."""
    assert _one(text, surface, "2008-09-20").value == value


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("On March 3, 2005, the ship sank at 10 p.m.", "10 p.m.", "2005-03-03T22:00"),
        ("The ship sank on 3 March 2005 at about 2200 GMT.", "2200 GMT", "2005-03-03T22:00Z"),
        ("The quake struck on April 11, 2016 at 11:18 p.m. EDT.", "11:18 p.m. EDT", "2016-04-12T03:18Z"),
    ],
)
def test_clock_time_is_on_the_full_date_of_its_sentence(text: str, surface: str, value: str) -> None:
    """A clock time after a full date of its sentence is on that day, whatever the tense ("sank")."""
    found = _one(text, surface, "2008-09-20")
    assert (found.value, found.reference) == (value, "narrative")


@pytest.mark.parametrize(
    "text",
    [
        "The ship, launched on 3 March 2005, sank today at 10 p.m.",
        "Since 3 March 2005 the ship sails every day at 10 p.m.",
        "The ship was launched on 3 March 2005. It sails at 10 p.m.",
    ],
)
def test_clock_time_with_its_own_day_stays(text: str) -> None:
    """Another day word between ("today", "every day") or another sentence: not the date named."""
    assert not _one(text, "10 p.m.", "2008-09-20").value.startswith("2005-03-03")
