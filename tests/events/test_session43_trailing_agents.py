"""Issue 16, session 43 (evagent): a passive toll takes the "by" phrase that closes its clause chain ("a
man was killed and three people were injured ... by two armed men"), whichever noun the parse hangs it on.

``trailing_agents`` walks from the toll through passive tolls told alongside it and their obliques to
the first "by" phrase naming an actor. Another clause, a "by" of finding, a time, a way or an
instrument, and the victims' own side name nobody. Passages written for the test: unit tests, not
evidence.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsparse
from newsparse.testing import syntax_tree
from newsparse_events.context import mentions_of
from newsparse_events.model import Event
from newsparse_events.trailing_agents import trailing_agent, with_trailing_agents

from .helpers import perpetrators


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "On 2 May 2021, in Riverton, a farmer was killed and three people were injured in a drive-by "
            "shooting by two armed men on a motorcycle.",
            "two armed men",
        ),
        (
            "On 2 May 2021, in Riverton, a farmer was killed in a drive-by shooting in Green Hill "
            "neighborhood by armed men in a car.",
            "armed men",
        ),
        (
            "On 7 May 2021, a shopkeeper was shot dead while a bystander was wounded in an attack by "
            "unidentified assailants near the market.",
            "unidentified assailants",
        ),
    ],
)
def test_the_by_phrase_closing_the_toll_chain(text: str, actor: str) -> None:
    """Every toll of the chain takes the "by" phrase after it (nobody for the first one on base)."""
    found = perpetrators(text, published="2021-05-10")
    assert found and all(p == actor for _, p in found)


@pytest.mark.parametrize(
    "text",
    [
        # an instrument: the means, never the perpetrator
        "On 3 May 2021, two soldiers were killed and one was injured in Green Hill district by a roadside "
        "bomb.",
        # the victims' own side: "Taliban fighters were killed ... by Taliban fighters" names nobody
        "On 3 May 2021, two Taliban fighters were killed in a drive-by shooting in Green Hill neighborhood "
        "by Taliban fighters in a car.",
    ],
)
def test_no_instrument_or_own_side(text: str) -> None:
    """An instrument, or the victims' own group, is no perpetrator."""
    assert all(p is None for _, p in perpetrators(text, published="2021-05-10"))




def _agent(spec: str, trigger: str) -> str | None:
    tree = syntax_tree(spec)
    t = next(k for k, w in enumerate(tree.words) if w.text == trigger)
    found = trailing_agent(tree, t, t)
    return None if found is None else found.text


def test_a_number_the_parse_made_the_head() -> None:
    """ "by two armed men" read as a number and an unattached participle: the words up to the noun."""
    spec = (
        "man/NOUN/2/nsubj:pass was/AUX/2/aux:pass killed/VERB/-/root in/ADP/4/case town/NOUN/2/obl "
        "by/ADP/6/case two/NUM/4/nmod armed/VERB/-/ men/NOUN/7/obj"
    )
    assert _agent(spec, "killed") == "two armed men"


def test_a_finding_names_nobody() -> None:
    """ "A man was found dead in town by police": the finder, not the killer."""
    spec = (
        "man/NOUN/2/nsubj:pass was/AUX/2/aux:pass found/VERB/-/root dead/ADJ/2/xcomp in/ADP/5/case "
        "town/NOUN/3/nmod by/ADP/7/case police/NOUN/5/nmod"
    )
    assert _agent(spec, "dead") is None


@pytest.mark.parametrize(
    "spec",
    [
        # an active toll: "gunmen killed a man in town by the river" has its own reading
        "gunmen/NOUN/1/nsubj killed/VERB/-/root man/NOUN/1/obj by/ADP/4/case soldiers/NOUN/2/nmod",
        # another clause between: "a man was killed in town, which soldiers held by ..."
        "man/NOUN/2/nsubj:pass was/AUX/2/aux:pass killed/VERB/-/root in/ADP/4/case town/NOUN/2/obl "
        "which/PRON/7/obj soldiers/NOUN/7/nsubj held/VERB/4/acl:relcl by/ADP/9/case rebels/NOUN/7/obl",
        # a verb with an active subject between: "a man was killed and troops searched ... by rebels"
        "man/NOUN/2/nsubj:pass was/AUX/2/aux:pass killed/VERB/-/root and/CCONJ/5/cc troops/NOUN/5/nsubj "
        "searched/VERB/2/conj area/NOUN/5/obj by/ADP/8/case rebels/NOUN/5/obl",
        # a time, not a doer: "was killed by night"
        "man/NOUN/2/nsubj:pass was/AUX/2/aux:pass killed/VERB/-/root by/ADP/4/case night/NOUN/2/obl",
        # a "drive-by" is no agent phrase
        "man/NOUN/2/nsubj:pass was/AUX/2/aux:pass killed/VERB/-/root in/ADP/4/case drive-/NOUN/2/obl "
        "by/ADP/6/case shooting/NOUN/4/nmod",
    ],
)
def test_nobody_for_an_active_toll_a_clause_a_time_or_a_drive_by(spec: str) -> None:
    """An active toll, a clause of another kind between, a "by" of time, a hyphenated "drive-by"."""
    assert _agent(spec, "killed") is None


@given(st.text(alphabet="abc, armed men were killed injured shot dead by in while the 2.\n", max_size=80))
def test_any_text_keeps_every_event(text: str) -> None:
    """The step only fills an actor: the events, their roles and triggers are those it was given."""
    doc = newsparse.parse(text, only=("syntax", "dates", "quantities", "entities", "claims", "events"))
    events = [e for e in doc.layer("events") if isinstance(e, Event)]
    filled = with_trailing_agents(doc, events, mentions_of(doc))
    assert [(e.role, e.trigger) for e in filled] == [(e.role, e.trigger) for e in events]
    pairs = zip(filled, events, strict=True)
    assert all(a.perpetrator_text == b.perpetrator_text for a, b in pairs if b.perpetrator_text is not None)
