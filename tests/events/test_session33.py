"""Issue 16, session 33: "both" before a passive or intransitive casualty verb counts two victims
("Both victims died", "both were killed": ``victims.several_before``); as an active verb's subject
("they both killed") or before a noun trigger ("both deaths") it counts none."""

from __future__ import annotations

import pytest

import newsparse
from newsparse_events.model import Event


def counts(text: str) -> list[tuple[str, str, int | float | None, str | None]]:
    """(role, trigger, count value, victims) of each event of ``text`` parsed by the whole pipeline."""
    events = newsparse.parse(text, published="2020-05-08").layer("events")
    return [
        (e.role, e.trigger.text, e.count.value if e.count is not None else None, e.victims and e.victims.text)
        for e in events
        if isinstance(e, Event)
    ]


@pytest.mark.parametrize(
    ("text", "role", "victims"),
    [
        (
            "Gunmen on a motorcycle attacked a man and a woman in the market. Both victims died.",
            "killed",
            "victims",
        ),
        ("Both men were killed in the attack on Tuesday.", "killed", "men"),
        ("Both brothers were shot dead outside their home on Tuesday.", "killed", "brothers"),
        ("Both officers were injured when the crowd threw stones.", "wounded", "officers"),
    ],
)
def test_both_counts_two_victims_of_a_passive_or_intransitive_verb(
    text: str, role: str, victims: str | None
) -> None:
    """The subject opened by "both" is two victims: the count is 2, the group the noun after it."""
    found = [e for e in counts(text) if e[0] == role]
    assert [(value, group) for _, _, value, group in found] == [(2, victims)]


def test_an_unnumbered_toll_with_both_adds_two_to_the_tally() -> None:
    """A closing tally that sums the incidents before it restates them: 2 + 1 = 3, one toll of 3."""
    text = (
        "On 29 April 2020, in Leon, armed men carried out a drive-by shooting against a man and a woman. "
        "Both victims died. That day, armed men carried out a drive-by shooting against a man in "
        "Colonia Las Margaritas. The victim died. 3 fatalities."
    )
    killed = [e for e in counts(text) if e[0] == "killed"]
    assert sorted(value or 0 for _, _, value, _ in killed) == [1, 2]


@pytest.mark.parametrize(
    "text",
    [
        "They both killed a man in the village before they fled.",
        "Police are investigating both deaths in the village.",
    ],
)
def test_both_as_a_doer_or_before_a_noun_trigger_counts_no_victims(text: str) -> None:
    """An active verb's "both" names the doers; "both deaths" points back: no count of 2."""
    assert all(value != 2 for _, _, value, _ in counts(text))


def test_both_before_two_joined_victims_reads_each() -> None:
    """ "Both the driver and the passenger" are two single victims, not a count of 2 and two more."""
    found = counts("Both the driver and the passenger were killed when the bomb went off.")
    assert sorted(group or "" for _, _, _, group in found) == ["driver", "passenger"]
