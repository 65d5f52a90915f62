"""Session 18: an agreement named inside the terms of another ("Under the agreement, Turkey must ...
promise to sign an accord") is an agreement of its own, still to be signed; a promise or a pledge
to sign is a proposal."""

from __future__ import annotations

import newsparse
from newsparse import Agreement

TERMS = (
    "Turkey and the EU agreed a deal on Friday.\n\n"
    "Under the agreement, Turkey must issue a written statement promising to sign an accord "
    "recognising the Greek Cypriot government."
)
PROMISED = "Turkey promised to sign an accord recognising the Greek Cypriot government."
PLEDGED = "Iran pledged to sign a trade pact with Iraq."
UNDER = "Under the agreement, Israel will suspend settlement building."


def deals(text: str) -> list[Agreement]:
    """The agreements of ``text`` read by the whole pipeline."""
    return list(newsparse.parse(text).agreements)


def test_an_accord_in_the_terms_of_a_deal_is_another_agreement() -> None:
    deal, accord = deals(TERMS)
    assert (deal.text, deal.status) == ("deal", "signed")
    assert (accord.text, accord.status) == ("accord", "proposed")


def test_a_promise_to_sign_is_a_proposal() -> None:
    (accord,) = deals(PROMISED)
    assert accord.status == "proposed"
    assert accord.parties == ("turkey",)


def test_a_pledge_to_sign_is_a_proposal() -> None:
    (pact,) = deals(PLEDGED)
    assert pact.status == "proposed"


def test_a_state_verb_in_the_terms_with_no_agreement_after_it_states_nothing() -> None:
    (deal,) = deals(UNDER)
    assert deal.status != "suspended"


def test_expecting_to_sign_or_forge_is_a_proposal() -> None:
    (deal,) = deals("Acme expects to sign a deal with Globex Corp by 1997.")
    assert deal.status == "proposed"
    (venture,) = deals("Acme said it expects to forge a joint venture with Globex Corp by 1997.")
    assert venture.status == "proposed"
