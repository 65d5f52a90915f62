"""Issue 16, session 30 (third round): a comma-led "-ing" participle ("..., killing 3") whose own
clause has no subject in the parse takes the nearest earlier verb's active subject as its actor; a
passive before it ("air raids were reported ..., killing") gives none (``roles._acting_before``)."""

from __future__ import annotations

import pytest

from .helpers import perpetrators


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (  # "As reported on 1 May, Turkish forces carried out airstrikes ..., killing 3" (none on base)
            "As reported on 1 May 2020, Turkish Army forces carried out airstrikes against rebel targets "
            "in Zap (Amadiya) region of Dahuk, Northern Iraq, killing or injuring 3 militants.",
            "Turkish",
        ),
        (  # a subject before a parenthesis acts: "Army forces and allies (coded as X) ... responded"
            "On 28 April 2020, army forces and allies (coded as Southern Resistance) reportedly responded to "
            "shelling of rebel forces in Al Kirsh front (Al Qabbaytah, Lahij), killing and injuring a number "
            "of fighters.",
            "forces",
        ),
    ],
)
def test_an_acting_clause_before_the_participle_gives_the_actor(text: str, actor: str) -> None:
    """The nearest earlier verb's active subject is the participle's actor (none on base)."""
    found = perpetrators(text, published="2020-05-08")
    assert any(p is not None and actor in p for _, p in found)


def test_a_passive_before_the_participle_gives_none() -> None:
    """ "Air raids were reported on the area, killing four citizens": no actor is told."""
    found = perpetrators(
        "On 7 May 2020, air raids were reported on the Al Jarr area, killing four citizens.",
        published="2020-05-08",
    )
    assert found and all(p is None for _, p in found)
