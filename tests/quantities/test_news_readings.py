"""Unit tests: the readings a news reader makes from context (issue 18): counted nouns shared or
used as measures, units shared by parallel amounts, ages, torque, newswire fractions, changes.

Passages written for the tests, not evidence: accuracy lives in ``make eval``.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.quantities.readings import Q, counted


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "It will allow 300,000 council and housing association tenants to buy.",
            [("300,000", "association tenants")],
        ),
        ("The Tories had a six point lead.", [("six", "point")]),
        (
            "The crop was 3.84 mln bags against a 4.33 mln bag harvest.",
            [("3.84 mln", "bags"), ("4.33 mln", "bag")],
        ),
        ("Lufthansa flies six out of every 10 planes.", [("six", "planes"), ("10", "planes")]),
        (
            "At least three of the militants were killed, and the other three were arrested.",
            [("At least three", "militants"), ("three", "militants")],
        ),
        ("A motion was signed by 98 MPs.", [("98", "MPs")]),
        ("He has one problem still to solve.", [("one", "problem")]),
    ],
)
def test_counted_nouns(quantities: Q, text: str, want: list[tuple[str, str | None]]) -> None:
    assert counted(quantities, text) == want


@pytest.mark.parametrize(
    "text",
    [
        "He scored 20 last season.",  # "last" is no measure noun
        "He has the number seven role.",  # a designation
        "By the end of 2004 Microsoft aims to launch it.",  # a year before a name
        "The speculation is doing no one any good.",  # the pronoun
        "It runs from 6 to 9 January.",  # a span of days
        "Firefox 1.0 is out, and its version 7.60 too.",  # versions
        "The banks report 2004 results on 2003 figures.",  # years before a noun
    ],
)
def test_not_counted_amounts(quantities: Q, text: str) -> None:
    assert [q.counted for q in quantities(text)] == [None] * len(quantities(text))
    assert all(q.kind != "number" or q.counted is None for q in quantities(text))
    assert not any(q.text in ("1.0", "7.60", "6", "2004", "one") for q in quantities(text))


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("30 oil workers went on strike.", "oil workers"),
        ("They argued over three core issues.", "core issues"),
        ("It freed 300 Iraqi detainees.", "detainees"),
        ("The two main opposition parties met.", "opposition parties"),
        ("It made four other important fixes.", "fixes"),
        ("It was heard by two lower courts.", "courts"),
    ],
)
def test_counted_compounds(quantities: Q, text: str, phrase: str) -> None:
    """The counted noun is the head with its compound modifiers, never an adjective."""
    (q,) = quantities(text)
    assert q.counted is not None and q.counted.text == phrase


@pytest.mark.parametrize(
    "text",
    [
        "He is the thirty-fifth representative.",  # an ordinal, not 30/5
        "The ceasefire began as of 12 midnight.",  # a time of day
        "The banks report 2004 results.",  # a year
    ],
)
def test_no_amount(quantities: Q, text: str) -> None:
    assert quantities(text) == []


def test_shared_unit(quantities: Q) -> None:
    found = quantities("Attacks of five and ten gigabytes of traffic, but 5 and $10.")
    assert [(q.text, q.unit) for q in found] == [
        ("five", "GB"),
        ("ten gigabytes", "GB"),
        ("5", None),
        ("$10", "USD"),
    ]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Life expectancy at birth is 71 years for a manual worker and 79 years for others.",
            [("71 years", "year"), ("79 years", "year")],
        ),
        ("A manual worker will live to 81 years.", [("81 years", "year")]),
        ("The conductor has died in Germany at 50.", [("50", "year")]),
        ("Pickens is 58.", [("58", "year")]),
        ("The rate is 58.", [("58", None)]),
        ("They held talks for 12 years.", []),
    ],
)
def test_ages(quantities: Q, text: str, want: list[tuple[str, str | None]]) -> None:
    assert [(q.text, q.unit) for q in quantities(text)] == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("It makes 295 pound-feet at 4,000 rpm.", [("295 pound-feet", "ft*lbf"), ("4,000 rpm", "rpm")]),
        ("The dollar fell to 1.87 marks.", [("1.87 marks", "DEM")]),
        ("Turnover was 76 billion won.", [("76 billion won", "KRW")]),
        ("He won 5 games.", [("5", None)]),
        ("It costs 16.50 dlrs to 17.25 dlrs per share.", [("16.50 dlrs to 17.25 dlrs", "USD/share")]),
        ("The price was 100-1/4 and the rate 66-2/3 pct.", [("100-1/4", None), ("66-2/3 pct", "percent")]),
        ("It gets 1bn euros now, with another 550m later.", [("1bn euros", "EUR"), ("550m", "EUR")]),
        ("He ran 400m later.", [("400m", "m")]),
        (
            "It totalled 6,000 billion yen, including 1,000 billion in tax cuts.",
            [("6,000 billion yen", "JPY"), ("1,000 billion", "JPY")],
        ),
        ("Trading profit 138.0 mln dlrs\nOther 3.9 mln", [("138.0 mln dlrs", "USD"), ("3.9 mln", None)]),
        ("Gold rose $3 an ounce to $420.", [("$3", "USD/oz"), ("$420", "USD/oz")]),
        ("A column some 45 km (28 miles) away.", [("some 45 km", "km"), ("28 miles", "mi")]),
    ],
)
def test_units(quantities: Q, text: str, want: list[tuple[str, str | None]]) -> None:
    assert [(q.text, q.unit) for q in quantities(text)] == want


def test_fraction_values(quantities: Q) -> None:
    assert [q.value for q in quantities("It was up 1-5/8 at 26-3/4.")] == [1.625, 26.75]


def test_approximate_conversion(quantities: Q) -> None:
    assert [q.modifier for q in quantities("A column some 45 km (28 miles) away.")] == ["approx", "approx"]


def test_two_levels_not_a_range(quantities: Q) -> None:
    assert [q.text for q in quantities("It rose from 5% to 7%.")] == ["5%", "7%"]


@pytest.mark.parametrize(
    ("text", "change"),
    [
        ("Mozilla browsers have grown by 5%.", "up"),
        ("China raised rates by 0.27 percentage points.", "up"),
        ("The fund has raised 61 mln dlrs.", None),
        ("The economy expanded by a breakneck 9.5%.", "up"),
        ("It forecast about 1.75 pct annual growth.", "up"),
        ('The Tories would "cut" £35bn from services.', "down"),
        ("The index lost 41 points.", "down"),
        ("The case was heard by two lower courts.", None),
        ("It flagged up eight critical holes.", None),
        ("They have lost eight of their last matches.", None),
        ("England have now lost two tighthead props.", None),
        ("They send video down one single line.", None),
        ("Shares closed 12 cents lower at the bell.", "down"),
    ],
)
def test_changes(quantities: Q, text: str, change: str | None) -> None:
    assert quantities(text)[0].change == change


@settings(max_examples=60, deadline=None)
@given(
    first=st.integers(min_value=2, max_value=999),
    second=st.integers(min_value=2, max_value=999),
    unit=st.sampled_from(["gigabytes", "km", "percent", "dollars", "tonnes"]),
    joint=st.sampled_from(["and", "or"]),
)
def test_shared_unit_property(quantities: Q, first: int, second: int, unit: str, joint: str) -> None:
    """Two numbers joined by "and"/"or" before one unit: both amounts have that unit (or one range)."""
    found = quantities(f"They reported {first} {joint} {second} {unit} last week.")
    assert found and len({q.unit for q in found}) == 1 and found[-1].unit is not None
    assert all(q.start < q.end for q in found)


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Crude oil prices went past $50 a barrel on Tuesday.", "USD/bbl"),
        ("It earned 2.41 dlrs a share on revenues of 606.7 mln dlrs.", "USD/share"),
        ("The new price for unalloyed ingot is 64.5 cents a lb.", "cent/lb"),
        ("Sales were $1.17 billion a year earlier.", "USD"),
    ],
)
def test_rate_of_a_thing_is_no_time_phrase(quantities: Q, text: str, unit: str) -> None:
    """A word of time after "a barrel" ("on Tuesday") does not undo the rate; "a year earlier" does."""
    assert quantities(text)[0].unit == unit


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("Franz Ferdinand have won two Brit Awards.", "Awards"),
        ("The ILO estimated that 400,000 Sri Lankans have lost their jobs.", "Lankans"),
        ("He has started to recruit 25,000 Community Support Officers.", "Officers"),
        ("It holds 14 Liberal MPs.", "MPs"),
    ],
)
def test_capitalised_plural_is_counted(quantities: Q, text: str, counted: str) -> None:
    """A capitalised plural after an amount says what is counted, as a lower-case one does."""
    (amount,) = quantities(text)
    assert amount.counted is not None and amount.counted.text.split()[-1] == counted


@pytest.mark.parametrize(
    "text",
    [
        "He beat world number two Tommy Haas in Rome.",
        "The pundits included BBC Radio 1 DJ Trevor Nelson.",
        "Rico Gear ran in two of the All Blacks' seven tries.",
        "It was the one Wayne Rooney scored from.",
    ],
)
def test_capitalised_name_after_an_amount_is_not_counted(quantities: Q, text: str) -> None:
    """A name after an amount (a person, a title) is not what the amount counts."""
    assert all(
        q.counted is None or q.counted.text.split()[-1] not in ("Haas", "Nelson", "Blacks", "Rooney")
        for q in quantities(text)
    )


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("They released two Ireland-only singles.", "singles"),
        ("Viewers will be able to receive 14 free-to-air channels.", "channels"),
        ("He owns three state-of-the-art factories.", "factories"),
        ("It has two song-and-dance routines.", "routines"),
    ],
)
def test_hyphenated_modifier_before_the_counted_noun(quantities: Q, text: str, counted: str) -> None:
    """A word inside a hyphenated modifier ("only", "to", "and") does not end the counted phrase,
    and the counted noun does not start inside the modifier."""
    (amount,) = quantities(text)
    assert amount.counted is not None and amount.counted.text == counted


def test_start_level_takes_its_end_not_earlier_money(quantities: Q) -> None:
    """ "from 40 to 1,796 cinemas" after a sum of money: the start counts cinemas too, no currency."""
    money, start, end = quantities("The film took $9.4m after expanding from 40 to 1,796 cinemas.")
    assert start.unit is None and start.counted is not None and start.counted.text == "cinemas"
    assert money.unit == "USD" and end.counted == start.counted


def test_change_of_points(quantities: Q) -> None:
    """ "a one point drop", "one point lower": points counted, the change read past them."""
    drop, rise = quantities("This was a one point drop for the Tories and one point rise for the Alliance.")
    assert (drop.counted.text, drop.change) == ("point", "down")  # type: ignore[union-attr]
    assert (rise.counted.text, rise.change) == ("point", "up")  # type: ignore[union-attr]
    (lower, _) = quantities("The stock closed just under one point lower at 100.")
    assert lower.change == "down"
    (behind,) = quantities("Wales could have gone into the interval 30 points down.")
    assert behind.change is None and behind.counted is not None  # behind in a game, not a fall


def test_at_one_point_is_a_moment(quantities: Q) -> None:
    assert quantities("At one point, he turned and shot.") == []
    assert quantities("It rose one point.")[0].change == "up"


@pytest.mark.parametrize(
    "text",
    [
        "She will race alongside Olympic 5,000m finalist Pavey.",
        "He is one of the fastest 800m runners in the world.",
        "I plan to defend my 100m world title in Helsinki.",
        "She will start her 3,000m season in Boston.",
    ],
)
def test_race_distance_naming_an_event(quantities: Q, text: str) -> None:
    """A distance before a word of racing names an event (the guideline's "10,000m champion")."""
    assert quantities(text) == []


def test_part_out_of_a_whole_takes_its_noun(quantities: Q) -> None:
    """ "six out of the 14 places", like "nine of the Council's 15 members": the part counts places."""
    part, whole = quantities("The MDP won six out of the 14 places on the union's board.")
    assert part.counted == whole.counted and whole.counted is not None and whole.counted.text == "places"


@pytest.mark.parametrize(
    "text",
    [
        "I'm only 27 and don't remember it.",
        "She's 17, has an amazing voice.",
        "If I'm half the talent when I'm 74, I will know.",
    ],
)
def test_age_after_a_pronoun_and_be(quantities: Q, text: str) -> None:
    """ "I'm 27", "she's 17": an age, as "when he was just 14"."""
    assert [q.kind for q in quantities(text)] == ["age"]


@pytest.mark.parametrize(
    "text",
    [
        "Part two will follow on Monday.",
        "I predict series two will be better.",
        "It runs the Symbian Series 60 phone operating system.",
        "They are in Hall 25 of the show.",
    ],
)
def test_part_series_hall_designate(quantities: Q, text: str) -> None:
    """ "Part two", "series 3", "Hall 25": designations, as "Chapter 5" (the guideline)."""
    assert quantities(text) == []


def test_place_in_a_chart_is_a_rank(quantities: Q) -> None:
    """ "dropped one place to five", "entered the chart at four": ranks, not amounts (guideline)."""
    assert [q.text for q in quantities("Halo 2 dropped one place to five, while Doom fell to nine.")] == [
        "one"
    ]
    assert quantities("Erasure entered the chart at four with Breathe.") == []
    assert [q.text for q in quantities("The index rose to 45 as sales fell from 30 to 20.")] == [
        "45",
        "30",
        "20",
    ]


def test_digits_inside_a_name(quantities: Q) -> None:
    """ "RBS 6 Nations", "Radio 1 Thursday": a number between two capitalised words is part of a name."""
    assert quantities("Ruddock also warned his RBS 6 Nations Championship rivals.") == []
    assert quantities("Huw is one half of the Radio 1 Thursday night show.") == []
    (voters,) = quantities("The 5,808 Academy voters had until Tuesday.")
    assert voters.value == 5808


def test_part_of_an_owners_whole(quantities: Q) -> None:
    """ "92 of the Lords' 750 hereditary peers": the part counts peers, not the owner."""
    part, whole = quantities("Labour removed all but 92 of the Lords' 750 hereditary peers.")
    assert (
        part.counted is not None
        and part.counted.text.split()[-1] == "peers" == whole.counted.text.split()[-1]
    )  # type: ignore[union-attr]


def test_capital_a_inside_a_name_is_no_article(quantities: Q) -> None:
    """ "20 Serie A appearances": the letter belongs to the name before the counted noun."""
    _goals, games = quantities("Adriano has scored 14 goals in 20 Serie A appearances this season.")
    assert games.counted is not None and games.counted.text.split()[-1] == "appearances"
