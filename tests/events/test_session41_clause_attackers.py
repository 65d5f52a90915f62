"""Issue 16, session 41 (evactor): a casualty participle or conjunct takes the actor subject of the attack
verb it follows in its own sentence ("the air force targeted ..., killing", "gunmen attacked X, killed").

The parse often leaves the participle unattached or hangs the subject elsewhere; ``clause_attackers``
scans back to the nearest verb with a subject of its own. A body's noun ("air force", "brigade") is an
actor; an instrument ("airstrikes targeted") never is. Passages written for the test: unit tests, not
evidence.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsparse
from newsparse.testing import syntax_tree
from newsparse_events.clause_attackers import _clause_attacker, with_clause_attackers
from newsparse_events.context import mentions_of
from newsparse_events.model import Event

from .helpers import perpetrators


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "On 5 May 2020, the national air force targeted rebel positions near the dam, reportedly killing "
            "twelve fighters.",
            "the national air force",
        ),
        (
            "On 5 May 2020, the air force targeted three rebel trucks in Kassala (Red Sea) killing and "
            "injuring several fighters.",
            "the air force",
        ),
        (
            "On 2 June 2021, armed bandits attacked Dogo (Maru LGA, Zamfara), killed 4 farmers and stole "
            "cattle.",
            "armed bandits",
        ),
        ("On 9 March 2021, a mob attacked a trader resulting in 1 death near the market.", "a mob"),
        (
            "On 8 May 2020, elements of the pro-government 5th Infantry Brigade, affiliated with the ruling "
            "party, reportedly opened fire on a farmer in Wadi area of Marib city (Sirwah, Marib), injuring "
            "him.",
            "elements of the pro-government 5th Infantry Brigade",
        ),
    ],
)
def test_the_attacker_of_the_clause_the_toll_follows(text: str, actor: str) -> None:
    """The attack verb's actor subject, the parse's attachment aside (nobody on base)."""
    found = perpetrators(text, published="2021-06-10")
    assert found and all(p == actor for _, p in found)


def test_an_instrument_is_no_attacker() -> None:
    """ "Airstrikes targeted the market, killing five": the means, never the perpetrator."""
    text = "On 1 May 2020, airstrikes targeted the market, killing five civilians."
    assert perpetrators(text) == [("killing", None)]




def _attacker(spec: str, trigger: str) -> str | None:
    tree = syntax_tree(spec)
    t = next(k for k, w in enumerate(tree.words) if w.text == trigger)
    found = _clause_attacker(tree, t)
    return None if found is None else found.text


def test_an_unattached_participle_after_the_attack() -> None:
    """The participle the parse leaves with no head takes the attack verb's subject."""
    spec = (
        "Rebels/NOUN/1/nsubj fired/VERB/-/root on/ADP/3/case troops/NOUN/1/obl ,/PUNCT/-/ killing/VERB/-/ "
        "two/NUM/5/obj"
    )
    assert _attacker(spec, "killing") == "Rebels"


@pytest.mark.parametrize(
    "spec",
    [
        # another clause between: "Rebels fired on the base which guards held, killing two"
        "Rebels/NOUN/1/nsubj fired/VERB/-/root on/ADP/3/case base/NOUN/1/obl which/PRON/6/obj "
        "guards/NOUN/6/nsubj held/VERB/3/acl:relcl killing/VERB/-/ two/NUM/7/obj",
        # no attack: "Police stopped a car, killing two"
        "Police/NOUN/1/nsubj stopped/VERB/-/root car/NOUN/1/obj killing/VERB/-/ two/NUM/3/obj",
        # a two-sided fight: "Rebels clashed with troops, killing two"
        "Rebels/NOUN/1/nsubj clashed/VERB/-/root with/ADP/3/case troops/NOUN/1/obl killing/VERB/-/ "
        "two/NUM/4/obj",
        # an instrument as the subject: "Airstrikes targeted the market, killing two"
        "Airstrikes/NOUN/1/nsubj targeted/VERB/-/root market/NOUN/1/obj killing/VERB/-/ two/NUM/3/obj",
        # the trigger has its own subject: "Rebels attacked, troops killing two"
        "Rebels/NOUN/1/nsubj attacked/VERB/-/root troops/NOUN/3/nsubj killing/VERB/-/ two/NUM/3/obj",
        # the trigger under a noun: "Rebels attacked the report of killing two"
        "Rebels/NOUN/1/nsubj attacked/VERB/-/root report/NOUN/1/obj killing/VERB/2/acl two/NUM/3/obj",
    ],
)
def test_nobody_across_a_clause_a_non_attack_or_an_instrument(spec: str) -> None:
    """A clause boundary, a verb of no attack or of two sides, an instrument, a subject of its own."""
    assert _attacker(spec, "killing") is None


@given(
    st.text(
        alphabet="abc, gunmen air force attacked targeted killing killed injuring the ()2.\n", max_size=80
    )
)
def test_any_text_keeps_every_event(text: str) -> None:
    """The step only fills an actor: the events, their roles and triggers are those it was given."""
    doc = newsparse.parse(text, only=("syntax", "dates", "quantities", "entities", "claims", "events"))
    events = [e for e in doc.layer("events") if isinstance(e, Event)]
    filled = with_clause_attackers(doc, events, mentions_of(doc))
    assert [(e.role, e.trigger) for e in filled] == [(e.role, e.trigger) for e in events]
    pairs = zip(filled, events, strict=True)
    assert all(a.perpetrator_text == b.perpetrator_text for a, b in pairs if b.perpetrator_text is not None)
