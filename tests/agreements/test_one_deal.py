"""One record per business deal: a later definite mention or the same buyer joins the deal named
before (read off unused news articles), and a deal of its own stays apart."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newsparse import Agreement
from tests.agreements.helpers import Spec, agreements_of, parse

SPEC: Spec = {
    "american": ("ORG", "American Airlines Inc", ("American Airlines Inc",), {}),
    "aircal": ("ORG", "AirCal Inc", ("AirCal Inc",), {}),
    "novartis": ("ORG", "Novartis", ("Novartis",), {}),
    "hexal": ("ORG", "Hexal", ("Hexal",), {}),
    "boerse": ("ORG", "Deutsche Boerse", ("Deutsche Boerse",), {}),
    "euronext": ("ORG", "Euronext", ("Euronext",), {}),
    "texas": ("ORG", "Texas Commerce", ("Texas Commerce",), {}),
    "boeing": ("ORG", "Boeing", ("Boeing",), {}),
    "hcl": ("ORG", "HCL Technologies", ("HCL Technologies",), {}),
    "france": ("GPE", "France", ("France",), {"iso3166": "FR"}),
}


def found(text: str) -> list[Agreement]:
    """The agreements of ``text`` with the hand-made entities."""
    return agreements_of(parse(text, SPEC))


def test_the_merger_plan_after_an_acquisition_is_that_acquisition() -> None:
    text = (
        "The DOT approved the proposed acquisition of AirCal Inc by American Airlines Inc. "
        "The DOT had given tentative approval to the merger plan in February."
    )
    (rec,) = found(text)
    assert rec.kind == "acquisition"
    assert [m.text for m in rec.mentions] == ["acquisition", "merger plan"]


def test_the_acquisitions_after_a_verb_told_purchase_join_it() -> None:
    text = (
        "Novartis said it had bought Hexal. "
        "Novartis said it would save $200m a year following the acquisitions."
    )
    (rec,) = found(text)
    assert rec.text == "bought"
    assert "hexal" in rec.target


def test_the_merger_after_the_deal_makes_the_deal_a_merger() -> None:
    text = (
        "The two banks have agreed to combine. The deal is in line with a directive. "
        "The merger was announced in a statement on Tuesday."
    )
    records = [r for r in found(text) if r.text in ("deal", "merger")]
    assert len(records) == 1
    assert records[0].kind == "merger"


def test_the_deal_right_after_a_verb_told_purchase_is_that_purchase() -> None:
    text = (
        "Novartis has bought Hexal at auction in Moscow. Analysts said the structure of the deal had changed."
    )
    (rec,) = found(text)
    assert rec.kind == "acquisition"
    assert [m.text for m in rec.mentions] == ["bought", "deal"]


def test_the_deal_with_its_price_after_a_verb_told_sale_is_that_sale() -> None:
    text = "Hexal sold its generics division to Novartis. The $1.75bn (£900m) deal will make it the biggest."
    assert len(found(text)) == 1


def test_a_takeover_with_its_own_target_after_a_date_is_another_deal() -> None:
    text = (
        "Boeing helped orchestrate the merger between Hexal and Euronext in 1999. "
        "He was instrumental in the £8.5bn takeover last November of HCL Technologies."
    )
    assert len(found(text)) == 2


def test_the_same_buyer_named_again_is_the_same_takeover() -> None:
    filler = "Traders in London and Frankfurt watched the shares closely all week. " * 8
    text = (
        "Deutsche Boerse tabled a takeover bid for the exchange last month. "
        + filler
        + "Shareholders feared a Deutsche Boerse takeover would raise their fees."
    )
    (rec,) = found(text)
    assert rec.acquirer == ("boerse",)
    assert len(rec.mentions) == 2


def test_a_sale_with_its_own_object_is_another_deal() -> None:
    text = (
        "Boeing announced a deal with HCL Technologies to develop a test platform. "
        "Boeing said it had agreed with a new airline the sale of 10 planes for $630m."
    )
    assert len(found(text)) == 2


def test_a_verb_told_purchase_by_the_same_buyer_is_another_deal() -> None:
    text = (
        "Texas Commerce said its planned merger with Euronext would help earnings. "
        "In January, Texas Commerce acquired a failed bank in Montgomery County."
    )
    assert len(found(text)) == 2


def test_a_contract_signed_long_ago_is_not_the_agreement_being_sought() -> None:
    text = (
        "Boeing will meet HCL Technologies in an attempt to reach agreement over the unit. "
        "HCL Technologies says the contract, signed in 2000, is no longer valid."
    )
    assert len(found(text)) == 2


@settings(max_examples=40, deadline=None)
@given(
    first=st.sampled_from(["acquisition", "takeover", "merger", "deal", "contract"]),
    second=st.sampled_from(["the merger", "the acquisition", "a takeover", "the contract", "the loan"]),
    filler=st.text(alphabet=st.characters(codec="ascii", categories=("L", "Zs")), max_size=40),
)
def test_joining_never_loses_a_mention_nor_invents_one(first: str, second: str, filler: str) -> None:
    text = f"Novartis announced a {first} with Hexal. {filler}. Analysts said {second} was costly."
    records = found(text)
    mentions = sorted((m.start, m.end) for r in records for m in r.mentions)
    assert len(mentions) == len(set(mentions))
    for rec in records:
        assert all(text[m.start : m.end] == m.text for m in rec.mentions)
        assert rec.start == min(m.start for m in rec.mentions)


def test_the_two_firms_are_the_two_firms_named_in_the_sentence_before() -> None:
    text = "Texas Commerce struck a supply pact with Euronext. The two firms signed an agreement on Monday."
    rec = next(r for r in found(text) if r.text == "agreement")
    assert set(rec.parties) == {"texas", "euronext"}


def test_it_is_the_one_firm_of_the_sentence_before() -> None:
    text = "Novartis forecast a loss for the year. Last month, it signed a production agreement."
    assert one_with("agreement", text).parties == ("novartis",)


def test_it_stays_unnamed_when_two_firms_fit() -> None:
    text = "Novartis rejected the offer by Hexal. But it signed a supply agreement."
    assert one_with("agreement", text).parties == ()


def test_the_company_is_the_one_firm_not_the_country() -> None:
    text = "Boeing met officials in France. The company signed a supply agreement."
    assert one_with("agreement", text).parties == ("boeing",)


@settings(max_examples=40, deadline=None)
@given(
    subject=st.sampled_from(["It", "The company", "The two firms", "The two sides", "They"]),
    before=st.lists(st.sampled_from(["Novartis", "Hexal", "Boeing", "France", "the market"]), max_size=3),
)
def test_an_unnamed_subject_takes_only_names_said_before_it(subject: str, before: list[str]) -> None:
    text = f"{' and '.join(before) or 'Nobody'} spoke on Monday. {subject} signed a supply agreement."
    rec = one_with("agreement", text)
    cut = text.index(subject + " signed")
    assert all(any(text.find(name) < cut for name in SPEC[p][2]) for p in rec.parties)
    assert len(rec.parties) <= (2 if "two" in subject else 1)


def one_with(head: str, text: str) -> Agreement:
    """The one record whose mention is ``head``."""
    (rec,) = [r for r in found(text) if r.text.endswith(head)]
    return rec


def test_an_unnamed_subject_may_stand_before_adverbs_but_not_another_verb() -> None:
    text = "Novartis forecast a loss for the year. It has also formally signed a supply agreement."
    assert one_with("agreement", text).parties == ("novartis",)
    text = "Novartis forecast a loss. Sales fell, as it was when talks on a supply agreement began."
    assert one_with("agreement", text).parties == ()


def test_a_dateline_is_no_antecedent() -> None:
    spec: Spec = {**SPEC, "france": ("GPE", "France", ("FRANCE",), {"iso3166": "FR"})}
    text = "FRANCE, March 3 - Shares of Novartis rose after it signed a supply agreement."
    (rec,) = agreements_of(parse(text, spec))
    assert rec.parties == ("novartis",)
