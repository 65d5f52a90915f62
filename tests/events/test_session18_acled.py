"""Issue 16, session 18 round 2 (ACLED precision): a killing denied in its own sentence, named as
an aim or sentenced by a court is no casualty; one told in a relative clause on the noun of an
"after" phrase is background."""

from __future__ import annotations

import newsparse
from newsparse.annotations import Event
from newsparse_events.disowned import on_earlier_event


def killed(text: str) -> list[tuple[str, bool]]:
    """(text, background) of each killed event of ``text`` parsed by the whole pipeline."""
    layer = newsparse.parse(text, published="2020-05-04").layer("events")
    return [(e.text, e.background) for e in layer if isinstance(e, Event) and e.role == "killed"]


def test_a_killing_denied_in_its_own_sentence_is_no_casualty() -> None:
    """A passive denial with "this" for the report, or a denial conjoined with the toll's verb."""
    told = "Security forces fired live rounds, an elderly man was reportedly killed"
    assert killed(told + ".") == [("an elderly man was reportedly killed", False)]
    assert killed(told + ", although this was formally denied by the police.") == []
    assert killed("Fatalities were reported by some sources and denied by others.") == []


def test_a_denial_of_something_else_keeps_the_killing() -> None:
    """The denial names another act, or another verb stands between the toll and the denial."""
    text = "Two villagers were killed by gunmen, and the army denied involvement."
    assert [t for t, _ in killed(text)] == ["Two villagers were killed"]
    text = (
        "Residents protested over the death of a man who was allegedly shot by the police even though "
        "the authorities have denied it."
    )
    assert [t for t, _ in killed(text)] == ["death of a"]


def test_a_thing_denied_to_the_victims_keeps_the_event() -> None:
    """ "arrested and denied access to lawyers": the victims are denied something, the act stands."""
    for text, told in (
        ("Five protesters were arrested and denied access to lawyers.", "Five protesters were arrested"),
        ("Two men were killed and denied a burial by the militia.", "Two men were killed"),
    ):
        layer = newsparse.parse(text, published="2020-05-04").layer("events")
        assert [e.text for e in layer if isinstance(e, Event)] == [told]


def test_a_killing_told_on_an_earlier_event_after_the_act_is_background() -> None:
    """ "after days of clashes ... in which 8 died": the clashes the act followed, not the incident."""
    text = (
        "The attack occurred after days of clashes between security forces "
        "and local gangs in which 8 armed individuals have died."
    )
    assert killed(text) == [("8 armed individuals have died", True)]


def test_a_next_step_or_a_reported_toll_is_no_relative_on_an_earlier_event() -> None:
    """ "following which he was beaten" is the next step; "after officials said that" has no noun."""
    for text in (
        "The man attacked the residents, following which he was beaten to death.",
        "The army withdrew after officials said that 12 soldiers were killed.",
    ):
        doc = newsparse.parse(text, published="2020-05-04", only=["events", "syntax"])
        events = [e for e in doc.layer("events") if isinstance(e, Event)]
        assert len(events) == 1 and not on_earlier_event(doc, events[0])
    text = "Laws were introduced in 2002 following a fire at one cafe that killed 25 people."
    doc = newsparse.parse(text, published="2020-05-04", only=["events", "syntax"])
    assert [on_earlier_event(doc, e) for e in doc.layer("events") if isinstance(e, Event)] == [True]


def test_a_killing_named_as_an_aim_kills_no_one() -> None:
    """ "aimed [mainly] at killing", "an attempt at killing": no death, as "attempted to kill"."""
    assert killed("The rebels launched an attack aimed at killing the governor.") == []
    assert killed("It is a weapon aimed mainly at killing an unarmed civilian.") == []
    assert killed("Police foiled an attempt at killing the mayor.") == []
    assert killed("The raid aimed at capturing the town, killing 12 people.") == [("killing 12", False)]


def test_a_death_sentence_is_no_death() -> None:
    """ "sentenced two men to death" is a court's sentence; "beat two men to death" a killing."""
    assert killed("The Supreme Court on Thursday sentenced two men to death.") == []
    assert killed("The court condemned three rebels to death on Monday.") == []
    assert killed("Soldiers beat two men to death on Monday.") == [("beat two", False)]
