"""Issue 16, session 40 (evinst): a bare toll tied to the attack sentence before takes that attack's means.

"The rebels fired mortars at army positions. Three soldiers were wounded.": ``prior`` gives the toll
the attacker, ``prior_means`` the means the attack verb takes. Nothing is taken for a means word that
only modifies another noun ("grenade launchers"), or when a second act is told ("and dropped grenades
from a drone"). Passages written for the test: unit tests, not evidence.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsparse


def _instruments(text: str) -> list[str | None]:
    """Each casualty event's instrument as written."""
    doc = newsparse.parse(text, published="2020-05-10")
    return [
        e.instrument.text if e.instrument is not None else None
        for e in doc.layer("events")
        if e.role in ("killed", "wounded")
    ]


@pytest.mark.parametrize(
    ("text", "means"),
    [
        (
            "On 2 May 2020, the separatist forces fired 82mm mortars at army positions near Vodiane. During "
            "the day, three soldiers were wounded.",
            "mortars",
        ),
        (
            "On 3 May 2020, in Celaya, armed men driving a car carried out a drive-by shooting against a "
            "grocer. The grocer died.",
            "shooting",
        ),
        (
            "On 4 May 2020, the Nigerian army conducted air strikes against a rebel camp near Gao. Some "
            "rebels were killed.",
            "air strikes",
        ),
    ],
)
def test_the_means_of_the_attack_sentence_before(text: str, means: str) -> None:
    """The means the attack verb before takes becomes the bare toll's instrument (none on base)."""
    found = _instruments(text)
    assert found and all(m is not None and means in m for m in found)


@pytest.mark.parametrize(
    "text",
    [
        "On 2 May 2020, the separatist forces fired grenade launchers at army positions near Vodiane. During "
        "the day, three soldiers were wounded.",
        "On 2 May 2020, the separatist forces fired mortars at army positions and dropped grenades from a "
        "drone near Vodiane. During the day, three soldiers were wounded.",
        "On 2 May 2020, militants fired mortars at an army base in Gao. Five militants were killed.",
    ],
)
def test_no_means_for_a_modifier_a_second_act_or_the_own_side(text: str) -> None:
    """A means word modifying another noun, two acts, the attackers' own dead: no instrument."""
    assert all(m is None for m in _instruments(text))


@given(st.sampled_from(["mortars", "rockets", "artillery", "shells"]), st.integers(2, 40))
def test_a_means_given_is_a_span_of_the_text(means: str, count: int) -> None:
    """Whatever the rule gives is a span of the text naming the attack's means."""
    text = (
        f"On 2 May 2020, the separatist forces fired {means} at army positions near Vodiane. "
        f"During the day, {count} soldiers were wounded."
    )
    doc = newsparse.parse(text, published="2020-05-10")
    for e in doc.layer("events"):
        if e.instrument is not None:
            assert doc.text[e.instrument.start : e.instrument.end] == e.instrument.text
