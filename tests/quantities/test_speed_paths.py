"""Speed paths give what the plain paths give: the word test before pint, the unchecked Quantity."""

from __future__ import annotations

from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsparse import Span
from newsparse_quantities import units
from newsparse_quantities.found import Found, integer_fraction, replaced
from newsparse_quantities.numbers import Num

_UREG = units.registry()
_NAMES = sorted(_UREG._units)
_PREFIXES = sorted(_UREG._prefixes)


def _pint_reads(candidate: str) -> bool:
    """Whether pint's parser reads ``candidate`` as some unit (an error, or no unit left as in
    "AA per AA", is a no: both give no unit in :func:`units.resolve_unit`)."""
    try:
        parsed = _UREG.parse_units(candidate)
    except Exception:
        return False
    return bool(parsed._units)


_letters = st.text(alphabet="abcdefghijklmnopqrstuvwxyzABCDEFGHIKMNOPRSTWY_", min_size=1, max_size=12)
# words near pint's names: a prefix, a name, a plural "s", a letter added or cut
_near_names = st.builds(
    lambda prefix, name, tail, cut: (prefix + name)[: len(prefix + name) - cut] + tail,
    st.sampled_from(_PREFIXES),
    st.sampled_from(_NAMES),
    st.sampled_from(["", "s", "es", "x"]),
    st.integers(min_value=0, max_value=1),
)
_words = st.one_of(_letters, _near_names, st.sampled_from(["per", "square", "a", "in", "and", "nan", "sq"]))


@settings(max_examples=400, deadline=None)
@given(words=st.lists(_words, min_size=1, max_size=3))
def test_a_turned_down_candidate_is_one_pint_fails_on(words: list[str]) -> None:
    candidate = " ".join(words)
    if not units._may_be_units(_UREG, candidate):
        assert not _pint_reads(candidate), candidate


@pytest.mark.parametrize(
    ("candidate", "maybe"),
    [
        ("patents", False),
        ("workers", False),
        ("laptop per child", False),
        ("kilometers", True),
        ("megabits per second", True),
        ("square feet", True),
        ("kms", True),  # pint may read it: left to pint
        ("km**2", True),  # not plain words: left to pint
    ],
)
def test_common_words_skip_pint(candidate: str, maybe: bool) -> None:
    assert units._may_be_units(_UREG, candidate) is maybe


def test_resolution_unchanged_for_units_and_words() -> None:
    assert units.resolve_unit.__wrapped__("patents") is None
    assert units.resolve_unit.__wrapped__("square kilometers") == units.UnitInfo("km**2", "dimension")
    assert units.resolve_unit.__wrapped__("barrels per day") == units.UnitInfo("bbl/d", "dimension")


def test_unchecked_quantity_equals_the_checked_one() -> None:
    from fractions import Fraction

    from newsparse import Quantity, Span
    from newsparse_quantities.found import Found, to_quantity

    text = "Shares rose by over 3.5% to 40 dlrs among 12 oil workers."
    found = Found(
        start=15, end=24, core_start=20, number_start=20, number_end=23, value=Fraction(7, 2),
        low=Fraction(7, 2), high=None, modifier="over", unit="percent", unit_text="%", kind="percent",
        low_inclusive=False, change="up", change_to=Fraction(40),
    )  # fmt: skip
    counted = Span.of(text, 45, 56)
    checked = Quantity(
        start=15, end=24, text="over 3.5%", value=3.5, low=3.5, high=None, modifier="over",
        unit="percent", counted=counted, unit_text="%", low_inclusive=False, high_inclusive=True,
        kind="percent", change="up", change_to=40,
    )  # fmt: skip
    built = to_quantity(text, found, counted)
    assert built == checked and hash(built) == hash(checked)
    assert type(built.change_to) is int and type(built.value) is float


def test_the_scan_builds_each_found_field_in_its_place() -> None:
    """The scan builds a Found unchecked, by position: each value lands in the field it means."""
    from newsparse_quantities.found import Found
    from newsparse_quantities.recognise import recognise_text

    assert list(Found.__match_args__) == [
        "start", "end", "core_start", "number_start", "number_end", "value", "low", "high", "modifier",
        "unit", "unit_text", "kind", "low_inclusive", "high_inclusive", "counted", "extra_numbers",
        "change", "change_to",
    ]  # fmt: skip
    text = "He paid over $3.5 million for 12 oil wells and between 5 and 7 tonnes."
    (money, _), (wells, counted), (tonnes, _) = recognise_text(text)
    assert text[money.start : money.end] == "over $3.5 million"
    assert text[money.core_start : money.number_start] == "$"
    assert text[money.number_start : money.number_end] == "3.5 million"
    assert (money.modifier, money.unit, money.kind) == ("over", "USD", "currency")
    assert (money.low_inclusive, money.high_inclusive) == (False, True)
    assert money.change is None and money.change_to is None
    assert money.low == 3_500_000 and money.high is None and money.unit_text == "$"
    assert counted is not None and text[counted[0] : counted[1]] == "oil wells" and wells.value == 12
    assert tonnes.extra_numbers == ((text.index("7"), text.index("7") + 1, 7),)
    assert (tonnes.low, tonnes.high, tonnes.modifier, tonnes.unit) == (5, 7, "range", "t")


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("The firm was founded in 2004 and sold 2004 tonnes.", [2004]),  # a year; 2004 with a unit
        ("In 1999 we paid 1999 dollars for 2 tons.", [1999, 2]),
        ("Flight 2001 carried 3 men.", [3]),
    ],
)
def test_a_bare_year_is_no_amount_but_a_described_one_is(text: str, values: list[int]) -> None:
    """The year test, made first among the name/date filters, keeps what it kept last."""
    from newsparse_quantities.recognise import recognise_text

    assert [f.value for f, _ in recognise_text(text)] == values
    assert [f.value for f, _ in recognise_text(text.replace(" ", "\r\n", 3))] == values


def test_the_currency_shortcuts_hold_for_the_tables() -> None:
    """The currency readers answer early for a word starting with a digit (no sign, code or "$"
    prefix does) and test a code only for words of up to three letters (every ISO code has three)."""
    from newsparse_quantities.lexicon import currencies
    from newsparse_quantities.reader import _LOWER_CODES
    from newsparse_quantities.reader_tables import SPACED_PREFIXES

    cur = currencies()
    assert all(len(code) == 3 for code in cur.codes)
    assert not any(k[:1].isdigit() for k in [*cur.symbols, *cur.codes, *SPACED_PREFIXES, *_LOWER_CODES])


@pytest.mark.parametrize(
    ("text", "units"),
    [
        ("It cost 5 USD, then 7 usd and 9 EUR.", ["USD", "USD", "EUR"]),
        ("They paid US$ 5 and HK$ 16.4 million.", ["USD", "HKD"]),
        ("The 3 Uss and 4 usdx.", [None, None]),
    ],
)
def test_codes_and_dollar_prefixes_still_read(text: str, units: list[str | None]) -> None:
    from newsparse_quantities.recognise import recognise_text

    assert [f.unit for f, _ in recognise_text(text)] == units
    assert [f.unit for f, _ in recognise_text(text.replace(" ", "\r\n"))] == units


def test_a_spaced_dollar_prefix_still_reads() -> None:
    from newsparse_quantities.recognise import recognise_text

    assert [f.unit for f, _ in recognise_text("Sales rose to c $ 16.4 million.")] == ["CAD"]


_FRACTIONS = st.none() | st.fractions(min_value=-10**6, max_value=10**6, max_denominator=100)
_FOUNDS = st.builds(
    Found,
    st.integers(0, 50),
    st.integers(50, 100),
    st.integers(0, 50),
    st.integers(0, 50),
    st.integers(50, 100),
    _FRACTIONS,
    _FRACTIONS,
    _FRACTIONS,
    st.none() | st.sampled_from(["~", ">", "range"]),
    st.none() | st.sampled_from(["km", "USD"]),
    st.none() | st.text(max_size=3),
    st.sampled_from(["number", "currency", "age"]),
    st.booleans(),
    st.booleans(),
)
# values of each field's type (a compiled Found checks its fields' types, as mypyc does)
_FIELD_VALUES: dict[str, st.SearchStrategy[object]] = {
    "start": st.integers(0, 9),
    "end": st.integers(0, 9),
    "value": _FRACTIONS,
    "modifier": st.none() | st.text(max_size=3),
    "unit": st.none() | st.sampled_from(["km", "USD"]),
    "kind": st.sampled_from(["number", "age"]),
    "low_inclusive": st.booleans(),
    "counted": st.none() | st.tuples(st.integers(0, 9), st.integers(0, 9)),
    "change": st.none() | st.sampled_from(["up", "down"]),
    "change_to": _FRACTIONS,
}
_CHANGES = st.sets(st.sampled_from(sorted(_FIELD_VALUES)), max_size=4).flatmap(
    lambda names: st.fixed_dictionaries({name: _FIELD_VALUES[name] for name in names})
)


@settings(max_examples=200, deadline=None)
@given(_FOUNDS, _CHANGES)
def test_replaced_is_a_found_built_whole_with_the_changes(found: Found, changes: dict[str, object]) -> None:
    # the layer's fast copy with changes gives the Found built whole from the changed fields, field for
    # field (session 25: Found is a plain final class, no longer attrs, as Num became in session 24)
    fields = {name: changes.get(name, getattr(found, name)) for name in Found.__match_args__}
    fast, whole = replaced(found, **changes), Found(**fields)  # type: ignore[arg-type]
    assert fast == whole and hash(fast) == hash(whole) and type(fast) is Found
    assert all(getattr(fast, name) is fields[name] for name in Found.__match_args__)


def test_a_found_reads_as_attrs_wrote_it_and_copies_by_field() -> None:
    # (its fields are Final: mypy refuses a write, as it refuses one to the claims layer's Found)
    found = Found(0, 2, 0, 0, 2, Fraction(12), Fraction(12), Fraction(12), None, None, None, "number")
    with pytest.raises(TypeError, match="no field"):
        replaced(found, unti="km")
    assert repr(found).startswith("Found(start=0, end=2, core_start=0, number_start=0, number_end=2, value=")
    assert repr(found).endswith("counted=None, extra_numbers=(), change=None, change_to=None)")
    assert found == replaced(found) and found != replaced(found, kind="age")


def test_replaced_keeps_a_num_and_refuses_what_evolve_refuses() -> None:
    num = Num(2, 3, Fraction(5), Fraction(5), Fraction(5), digits=True)
    # (session 24: Num is a plain final class, no longer attrs: the copy is compared with one built whole)
    five = Fraction(5)
    assert replaced(num, first=1, negative=True) == Num(1, 3, five, five, five, True, negative=True)
    assert type(replaced(num, first=1)) is Num and replaced(num) == num
    with pytest.raises(AttributeError, match="frozen"):
        num.first = 0  # type: ignore[misc]
    with pytest.raises(TypeError, match="no field"):
        replaced(num, firts=1)  # a misspelt field: attrs.evolve raises TypeError too
    with pytest.raises(TypeError, match="checks or renames a field"):
        replaced(Span(0, 1, "a"), start=0)  # a class with validators keeps attrs.evolve


def test_an_integer_fraction_is_made_once() -> None:
    assert integer_fraction(12) == Fraction(12) and integer_fraction(12) is integer_fraction(12)


def test_words_are_frozen_and_compare_by_their_columns() -> None:
    # session 24: Words is a plain final class (native when compiled), as frozen as the attrs one was
    from newsparse_quantities.numbers import split_columns

    words = split_columns("a 5km", (0, 2), (1, 5), ("a", "5km"))
    assert (words.texts, words.lower, words.digit_words) == (("a", "5", "km"), ("a", "5", "km"), (1,))
    assert len(words) == 3
    with pytest.raises(AttributeError, match="frozen"):
        words.size = 4  # type: ignore[misc]
    with pytest.raises(AttributeError, match="frozen"):
        words.lower = ()  # type: ignore[misc]
    again = split_columns("a 5km", (0, 2), (1, 5), ("a", "5km"))
    assert again == words and hash(again) == hash(words) and again != split_columns("a", (0,), (1,), ("a",))
    assert repr(words).startswith("Words(text='a 5km', starts=(0, 2, 3)")
    assert (words.gap(1), words.gap(2), words.gap(0)) == (1, 0, 99)
    assert (words.is_digits(1), words.is_digits(2)) == (True, False)


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("It cost US$ 5 million.", "USD"),
        ("It cost HK$5 million.", "HKD"),
        ("It cost €5 million.", "EUR"),
        ("It cost EUR 5 million.", "EUR"),
        ("It cost 5 million TRY.", "TRY"),
        ("They try 5 times.", None),
    ],
)
def test_signs_are_found_among_the_listed_words(text: str, unit: str | None) -> None:
    # session 24: the scan finds a text's signs among the words it lists (every sign lower-cased)
    from newsparse_quantities.recognise import recognise_text

    assert [f.unit for f, _ in recognise_text(text)][:1] == [unit]
