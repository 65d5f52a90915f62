"""Session 23: a bare plural deal noun names a class of deals, not one; a bid for an office is no
takeover (``several.a_class``, ``several.plural_only``, ``triggers._CONTEST``)."""

from __future__ import annotations

import pytest

from newsparse import Agreement
from tests.agreements.helpers import agreements_of, parse

SPEC = {
    "china": ("GPE", "China", ("China",), {"iso3166": "CN"}),
    "acme": ("ORG", "Acme", ("Acme",), {}),
    "globex": ("ORG", "Globex", ("Globex",), {}),
    "tpp": ("ORG", "Trans-Pacific Partnership", ("Trans-Pacific Partnership", "TPP"), {}),
    "rubio": ("PERSON", "Marco Rubio", ("Marco Rubio", "Rubio"), {}),
}


def found(text: str) -> list[Agreement]:
    """The agreements of ``text`` with the hand-made entities above."""
    return agreements_of(parse(text, SPEC))


def mention_texts(records: list[Agreement]) -> list[str]:
    """Every mention text of every record, in order."""
    return [m.text for record in records for m in record.mentions]


@pytest.mark.parametrize(
    "text",
    [
        "Rubio offered the crowd an emotional speech as he ended his bid for the White House.",
        "It is a strategy he could replicate in his current bid for the White House.",
        "He told reporters about it during the former governor's first bid for president.",
        "The campaign made a bid for conservative voters that put the base to sleep.",
    ],
)
def test_a_bid_for_an_office_or_voters_is_no_takeover(text: str) -> None:
    """A bid for the White House, the presidency or voters buys no company: no record."""
    assert found(text) == []


def test_a_bid_for_a_firm_is_still_a_takeover() -> None:
    """The control: a bid for a named firm stays an acquisition."""
    records = found("Acme made a bid for Globex on Monday.")
    assert [r.kind for r in records] == ["acquisition"]


@pytest.mark.parametrize(
    "text",
    [
        "We have accepted decades of back-room deals which selected an American male, it said.",
        "He suggested he would require senior federal employees to sign nondisclosure agreements.",
    ],
)
def test_a_bare_plural_with_no_side_is_a_class(text: str) -> None:
    """A plural head with no determiner and no one named around it is a class of deals: no record,
    even under a state verb ("accepted", "sign")."""
    assert found(text) == []


def test_a_bare_plural_joins_no_record() -> None:
    """A general "trade deals" is no earlier mention of the deal signed later: it neither opens the
    record nor gives it its first mention."""
    records = found("Voters dislike trade deals that cost jobs. Obama signed the deal in July.")
    assert "trade deals" not in mention_texts(records)
    assert [r.text for r in records] == ["deal"]


def test_a_singular_mention_does_not_refer_back_to_a_plural_of_other_sides() -> None:
    """The singular "the TPP pact" is not one of the "bad deals with China": a singular names one
    deal and shares no side with them, so it starts its own record."""
    records = found(
        "Lost jobs are not due to bad deals with China. "
        "Obama backs the 12-nation TPP pact, which Rubio opposes."
    )
    for record in records:
        texts = [m.text for m in record.mentions]
        assert not ("deals" in texts and any(t.endswith("pact") for t in texts))


def test_one_of_several_deals_named_again_with_its_side_still_joins() -> None:
    """The control: "sponsorship deals with Chelsea and Celtic", then "its sponsorship agreement with
    Chelsea" shares a side with the plural: it refers back (the dev gold's reading)."""
    spec = {
        "umbro": ("ORG", "Umbro", ("Umbro",), {}),
        "chelsea": ("ORG", "Chelsea", ("Chelsea",), {}),
        "celtic": ("ORG", "Celtic", ("Celtic",), {}),
    }
    text = (
        "Umbro, which recently lost sponsorship deals with Chelsea and Celtic, said sales rose. "
        "In January, Umbro announced its sponsorship agreement with Chelsea."
    )
    records = agreements_of(parse(text, spec))
    assert any(
        {m.text for m in r.mentions} >= {"sponsorship deals", "sponsorship agreement"} for r in records
    )


OWN_NAME = {
    "org:trans-pacific-partnership": (
        "ORG",
        "Trans-Pacific Partnership",
        ("Trans-Pacific Partnership", "TPP"),
        {},
    ),
    "iran": ("GPE", "Iran", ("Iran",), {"iso3166": "IR"}),
}


@pytest.mark.parametrize(
    "text",
    [
        "She publicly opposed the Trans-Pacific Partnership trade pact last year.",
        "Trump has called the 12-nation TPP pact insanity.",
        "Policy makers must weigh the pending Trans-Pacific Partnership deal, if it goes forward.",
    ],
)
def test_the_agreement_named_before_its_head_is_not_its_own_party(text: str) -> None:
    """A name compounded before the deal word that names the agreement itself (as written or by its
    canonical name) is the agreement's name, not a side bound by it."""
    records = agreements_of(parse(text, OWN_NAME))
    assert records and all("org:trans-pacific-partnership" not in r.parties for r in records)


def test_a_state_compounded_before_a_deal_is_still_its_party() -> None:
    """The control: "the Iran deal" keeps Iran as a side."""
    records = agreements_of(parse("Cruz invited Trump to a rally against the Iran deal.", OWN_NAME))
    assert [r.parties for r in records] == [("iran",)]


@pytest.mark.parametrize(
    "text",
    [
        "Gary Hart won Senate campaigns by denouncing Franklin Delano Roosevelt's New Deal.",
        "He will create the biggest economic boom in this country since the New Deal.",
        "Their impressions fall far short of the miseries of the Warsaw Pact.",
        "He paid $8 million for it, according to his book The Art of the Deal.",
    ],
)
def test_a_programme_an_alliance_or_a_book_named_with_a_deal_word_is_no_agreement(text: str) -> None:
    """Names of no agreement: "the New Deal" (a programme), "the Warsaw Pact", "The Art of the Deal"."""
    assert found(text) == []


def test_a_new_deal_in_lower_case_is_still_a_deal() -> None:
    """The control: "a new deal with Globex", written in lower case, is a deal."""
    assert [r.parties for r in found("Acme signed a new deal with Globex on Monday.")] == [("acme", "globex")]
