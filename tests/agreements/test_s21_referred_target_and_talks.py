"""Session 21 (issue 17): a definite mention naming an earlier deal's target again joins that deal
("acquired United Republic Reinsurance Co." ... "the acquisition of United Republic", wire check set
s18's half A), and talks about selling or buying a business aim at a company deal ("in advanced talks
about selling its German assets", CoNLL check set s16's half A)."""

from __future__ import annotations

from newsparse import Agreement, Span
from newsparse_agreements.coalesce import _short_form, coalesce
from tests.agreements.helpers import Spec, agreements_of, parse

TEXT = (
    "Lawrence Insurance said it acquired United Republic Reinsurance Co. from Texas Savings. "
    "It plans to use the proceeds to finance the acquisition of United Republic."
)
BUY = TEXT.index("acquired")
LATER = TEXT.index("acquisition")


def _record(start: int, word: str, target: str, acquirer: str | None = None) -> Agreement:
    """An acquisition told by ``word`` at ``start`` with one target (and a buyer when given)."""
    buyer = (acquirer,) if acquirer else ()
    return Agreement(
        start=start,
        end=start + len(word),
        text=word,
        kind="acquisition",
        parties=buyer,
        acquirer=buyer,
        target=(target,),
        status="in_force",
        mentions=(Span(start, start + len(word), word),),
    )


def test_the_acquisition_of_its_target_by_a_short_name_joins_the_deal() -> None:
    records = [
        _record(BUY, "acquired", "org:united-republic-reinsurance-co", "org:lawrence-insurance"),
        _record(LATER, "acquisition", "org:united-republic"),
    ]
    (joined,) = coalesce(TEXT, records, {BUY})
    assert [m.start for m in joined.mentions] == [BUY, LATER]
    assert joined.acquirer == ("org:lawrence-insurance",)
    assert joined.target == ("org:united-republic-reinsurance-co",)  # the short name is that firm


def test_another_target_or_another_buyer_stays_its_own_deal() -> None:
    other = [
        _record(BUY, "acquired", "org:united-republic-reinsurance-co", "org:lawrence-insurance"),
        _record(LATER, "acquisition", "org:globex"),
    ]
    assert len(coalesce(TEXT, other, {BUY})) == 2
    rival = [
        _record(BUY, "acquired", "org:united-republic-reinsurance-co", "org:lawrence-insurance"),
        _record(LATER, "acquisition", "org:united-republic", "org:initech"),
    ]
    assert len(coalesce(TEXT, rival, {BUY})) == 2


def test_a_short_name_opens_the_full_name_with_a_distinctive_word() -> None:
    assert _short_form("org:united-republic", "org:united-republic-reinsurance-co")
    assert _short_form("org:acme", "org:acme-holdings")
    assert not _short_form("org:united", "org:united-republic-reinsurance-co")  # one generic word
    assert not _short_form("loc:acme", "org:acme-holdings")  # another type
    assert not _short_form("org:acme-holdings", "org:acme")


SPEC: Spec = {
    "promodes": ("ORG", "Promodes", ("Promodes",), {}),
    "spar": ("ORG", "Spar AG", ("Spar AG",), {}),
}


def test_talks_about_selling_assets_are_an_acquisition_being_negotiated() -> None:
    text = "German retailer Promodes is in advanced talks about selling its German assets."
    (deal,) = agreements_of(parse(text, SPEC))
    assert (deal.kind, deal.status) == ("acquisition", "negotiating")
    assert [m.text for m in deal.mentions] == ["talks", "selling"]  # the sale is told by its verb


def test_talks_to_merge_keep_the_verb_as_a_mention() -> None:
    text = "Promodes and Spar AG are in talks to merge their German stores."
    (deal,) = agreements_of(parse(text, SPEC))
    assert deal.kind == "merger"
    told = [(m.text, text[m.start : m.end]) for m in deal.mentions]
    assert told == [("talks", "talks"), ("merge", "merge")]


def test_talks_about_the_crisis_are_no_deal() -> None:
    text = "German retailer Promodes is in advanced talks about staffing its German stores."
    assert agreements_of(parse(text, SPEC)) == []
