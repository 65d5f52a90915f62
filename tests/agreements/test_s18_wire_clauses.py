"""Session 18 round 2: a firm's legal form ("Inc.", "Co.", "N.V.", "S.p.A.") ends no deal clause; an
adverb may stand between the buyer and its verb; a date the mention opens with dates it."""

from __future__ import annotations

import newsparse
from newsparse import Agreement
from newsparse_agreements.clauses import abbreviation_period


def deals(text: str) -> list[Agreement]:
    """The agreements of ``text`` read by the whole pipeline."""
    return list(newsparse.parse(text, published="1989-10-26").agreements)


def test_the_firm_bought_keeps_its_legal_form_inside_the_clause() -> None:
    (deal,) = deals(
        "Lawrence Insurance Group Inc. said it acquired United Republic Reinsurance Co. from "
        "United Savings Association of Texas for $28 million."
    )
    assert deal.acquirer == ("org:lawrence-insurance-group-inc",)
    assert deal.target == ("org:united-republic-reinsurance-co",)
    assert deal.seller == ("org:united-savings-association-of-texas",)


def test_a_dotted_legal_form_ends_no_clause() -> None:
    (deal,) = deals("Montedison S.p.A. agreed to buy Erbamont N.V. for $37 each.")
    assert deal.acquirer == ("org:montedison-s-p-a",)
    assert deal.target == ("org:erbamont-n-v",)


def test_an_adverb_between_the_buyer_and_its_verb() -> None:
    (deal,) = deals(
        "Montedison S.p.A. definitively agreed to buy all of the shares of Erbamont N.V. for $37."
    )
    assert deal.acquirer == ("org:montedison-s-p-a",)


def test_abbreviation_periods() -> None:
    text = "Acme Inc. and Beta N.V. met. It ended. Gamma S.p.A. left W. Bush. U.S. firms."
    dots = [i for i, c in enumerate(text) if c == "." and text[i + 1 : i + 2] in (" ", "")]
    closing = {text[text.rfind(" ", 0, i) + 1 : i + 1] for i in dots if abbreviation_period(text, i)}
    assert closing == {"Inc.", "N.V.", "S.p.A.", "W.", "U.S."}


def test_a_date_the_mention_opens_with_dates_it() -> None:
    (accord,) = deals("Iraq said it would honour the Feb. 23 accord with the United Nations.")
    assert accord.date is not None and accord.date.text == "Feb. 23"
    (plan,) = deals("Poughkeepsie said it will sell itself, under a June agreement with a shareholder group.")
    assert plan.date is not None and plan.date.text == "June"


def test_a_full_date_set_off_by_a_comma_before_noun_modifiers() -> None:
    (deal,) = deals(
        "Hewlett-Packard bought 730,070 shares from Octel under an Aug. 10, 1988, stock purchase agreement."
    )
    assert deal.date is not None and deal.date.value == "1988-08-10"


def test_a_seller_s_own_stake_is_the_target() -> None:
    (deal,) = deals("Sansui Electric agreed to sell a 51% stake to Polly Peck of Britain for $110 million.")
    assert deal.target == ("org:sansui-electric",)
    assert deal.seller == ("org:sansui-electric",)


def test_a_stake_in_another_firm_keeps_that_firm_as_target() -> None:
    (deal,) = deals("Acme Corp sold a 20% stake in Beta Inc to Gamma Corp.")
    assert deal.target == ("org:beta-inc",)


def test_the_company_s_acquisition_is_the_story_firm_s() -> None:
    (deal,) = deals(
        "Consolidated Freightways Inc. reported a drop in net income. Revenue rose 43%, "
        "reflecting the company's acquisition of Emery earlier this year."
    )
    assert deal.acquirer == ("org:consolidated-freightways-inc",)
    assert deal.date is not None and deal.date.text == "earlier this year"


def test_a_date_right_after_a_takeover_dates_it_but_not_a_deadline() -> None:
    (deal,) = deals("SSL International may be subject to a takeover early in 2005.")
    assert deal.date is not None and deal.date.value == "2005"
    (merger,) = deals("Acme completed its merger with Beta Corp by March 3, 2005.")
    assert merger.date is None
