"""Session 12, round 2: the status of an agreement no state verb is said of.  One named as made
("the Plaza agreement", "the organisation's accord") or one a thing was done in ("settled in a
deal") is ``signed``; one named as running ("is a joint venture between", "has an interconnection
deal with", "under a humanitarian agreement") is ``in_force``; under a modal, a negation or a
word of possibility it keeps no state."""

from __future__ import annotations

from newsparse import Agreement
from tests.agreements.helpers import Spec, agreements_of, parse

SPEC: Spec = {
    "opec": ("ORG", "OPEC", ("OPEC",), {}),
    "tnt": ("ORG", "TNT", ("TNT",), {}),
    "israel": ("GPE", "Israel", ("Israel",), {}),
}


def found(text: str) -> list[Agreement]:
    """The agreements of ``text`` with the hand-made entities."""
    return agreements_of(parse(text, SPEC))


def statuses(text: str) -> list[str | None]:
    """The status of every record of ``text``."""
    return [rec.status for rec in found(text)]


def test_a_named_agreement_is_one_made() -> None:
    assert statuses("Baker said he stood by the Plaza agreement among industrial nations.") == ["signed"]


def test_an_owners_accord_is_one_made() -> None:
    assert statuses("Prices have climbed since the organisation's accord in the winter.") == ["signed"]


def test_settled_in_a_deal_is_signed() -> None:
    assert statuses("The two sides settled out of court in a deal that has remained secret.") == ["signed"]


def test_a_joint_venture_between_is_in_force() -> None:
    assert statuses("TNT is a joint venture between France Televisions and a cable operator.") == ["in_force"]


def test_has_a_deal_with_is_in_force() -> None:
    assert statuses("The firm has an interconnection deal with Israeli networks.") == ["in_force"]


def test_under_an_agreement_is_in_force() -> None:
    assert statuses("The pills are provided to poor nations under a humanitarian agreement.") == ["in_force"]


def test_a_possible_agreement_has_no_state() -> None:
    assert "signed" not in statuses("Officials hope that a sweeping farm agreement is possible next year.")


def test_a_hypothetical_deal_has_no_state() -> None:
    assert statuses("If you can't sell a deal in that time, it is a bad deal.") in ([], [None])


def test_a_negated_treaty_has_no_state() -> None:
    assert "signed" not in statuses("The rules were not part of a binding Treaty and could be changed.")


def test_a_named_deal_under_a_modal_is_not_made() -> None:
    assert statuses("Analysts said the Paris agreement would help exporters.") in ([], [None])


def test_talks_a_deal_opens_do_not_make_it_negotiated() -> None:
    recs = found("The deal to open formal talks with Israel came despite a demand.")
    assert [r.status for r in recs if r.kind != "talks"] == ["signed"]


def test_talks_before_a_deal_make_it_negotiated() -> None:
    recs = found("Talks to revive the nuclear deal resumed in Vienna.")
    assert [r.status for r in recs] == ["negotiating"]


def test_one_plain_mention_is_enough_beside_a_hedged_one() -> None:
    text = "The deal was a step in the peace process. Officials hoped the deal would help Kashmiris."
    assert [r.status for r in found(text) if r.kind != "talks"] == ["signed"]


def test_a_state_in_an_if_clause_is_not_reported() -> None:
    assert "rejected" not in statuses("If we reject this treaty, Britain will be isolated, said Straw.")


def test_a_reached_state_under_a_modal_is_not_reported() -> None:
    text = "TNT said the joint venture with Israel could be successfully implemented next year."
    assert "in_force" not in statuses(text)


def test_a_proposal_under_a_modal_stays_proposed() -> None:
    assert statuses("Any merger would have to be approved by the unions.") == ["proposed"]


def test_a_renewed_bid_is_still_an_offer() -> None:
    assert statuses("Reports say TNT will renew their bid for the Israel unit.") == ["proposed"]
