"""Session 28: a commissive verb before "to" and a verb takes the infinitive phrase as its content."""

from __future__ import annotations

import pytest

from newsparse_claims.intents import commits

from .summaries import summary


@pytest.mark.parametrize(
    "text",
    [
        "As Europe faces pressure from Russia, Germany has pledged to bolster its military.",
        "After the vote, Ann Lee vowed to fight on.",
        "In March, the party promised to cut taxes.",
    ],
)
def test_a_fronted_clause_is_not_the_content_of_a_commissive(text: str) -> None:
    found = summary(text)
    assert len(found) == 1
    assert found[0][2].startswith("to ")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Germany pledged to bolster its army", True),
        ("Delegates pledged to Clinton", False),
        ("He promised to the voters", False),
        ("He promised to them", False),
        ("He said to reporters", False),
    ],
)
def test_commits_needs_a_commissive_to_and_a_verb(text: str, expected: bool) -> None:
    words = text.split()
    low = [w.lower() for w in words]
    assert commits(tuple(words), low, 1, len(words)) is expected
