"""Two agreements stay two records: an indefinite deal with words of its own ("a co-operation deal",
"a similar deal with Russia") is another agreement, while "a possible deal" is the one in view."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newsparse import Agreement
from tests.agreements.helpers import Spec, agreements_of, parse

SPEC: Spec = {
    "argentina": ("GPE", "Argentina", ("Argentina",), {"iso3166": "AR"}),
    "venezuela": ("GPE", "Venezuela", ("Venezuela",), {"iso3166": "VE"}),
    "turkmenistan": ("GPE", "Turkmenistan", ("Turkmenistan",), {"iso3166": "TM"}),
    "russia": ("GPE", "Russia", ("Russia",), {"iso3166": "RU"}),
    "china": ("GPE", "China", ("China",), {"iso3166": "CN"}),
    "imf": ("ORG", "International Monetary Fund", ("IMF",), {}),
}


def found(text: str) -> list[Agreement]:
    """The agreements of ``text`` with the hand-made entities."""
    return agreements_of(parse(text, SPEC))


def test_a_similar_deal_with_another_side_is_another_agreement() -> None:
    text = (
        "Argentina and Venezuela signed an oil deal on Tuesday. "
        "Venezuela is also trying to strike a similar deal with Russia."
    )
    records = found(text)
    assert len(records) == 2
    assert "russia" not in records[0].parties


def test_a_deal_named_by_its_subject_is_another_agreement() -> None:
    text = (
        "Venezuela and China signed a trade deal. "
        "The two countries will also continue a joint venture agreement to produce fuel."
    )
    assert [r.text for r in found(text)] == ["trade deal", "joint venture agreement"]


def test_a_possible_deal_is_the_one_in_view() -> None:
    text = "Argentina and Venezuela are in talks on an oil deal. Officials said a possible deal was close."
    (record,) = found(text)
    assert [m.text for m in record.mentions][-1] == "deal"


def test_a_loan_restructuring_deal_is_the_loan() -> None:
    text = "A loan restructuring deal with the IMF is pretty much in the can."
    assert len(found(text)) == 1


@settings(max_examples=30, deadline=None)
@given(adjective=st.sampled_from(["possible", "final", "large", "good", "formal", "lasting"]))
def test_an_adjective_keeps_the_deal_in_view(adjective: str) -> None:
    text = f"Argentina and Venezuela are in talks on an oil deal. Officials hope for a {adjective} deal soon."
    assert len(found(text)) == 1


@settings(max_examples=30, deadline=None)
@given(noun=st.sampled_from(["co-operation", "supply", "debt relief", "production", "licensing"]))
def test_a_subject_noun_makes_another_deal(noun: str) -> None:
    text = f"Argentina and Venezuela are in talks on an oil deal. China wants a {noun} deal too."
    assert len(found(text)) == 2


def test_between_the_two_countries_names_the_pair_before() -> None:
    text = "Venezuela has offered China its oil. It is part of a trade deal between the two countries."
    (rec,) = found(text)
    assert set(rec.parties) == {"venezuela", "china"}


def test_the_two_countries_that_signed_are_the_pair_named_before() -> None:
    text = "Venezuela wants to sell oil to China. The two countries also signed a number of other agreements."
    (rec,) = found(text)
    assert set(rec.parties) == {"venezuela", "china"}


def test_the_two_countries_with_three_named_before_are_unknown() -> None:
    text = "Venezuela, Russia and China met. Officials spoke of a trade deal between the two countries."
    assert all(not r.parties for r in found(text))


def test_a_treaty_inside_an_organisation_name_is_no_agreement() -> None:
    assert found("Leaders of the North Atlantic Treaty Organisation met in Brussels.") == []
