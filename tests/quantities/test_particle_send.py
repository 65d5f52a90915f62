""""Send down" is a phrasal verb: the "down" after it says no fall of the amount that follows."""

from __future__ import annotations

import pytest

from newsparse import Document
from newsparse_quantities import extract


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
@pytest.mark.parametrize(
    ("text", "change"),
    [
        ("Bigger attacks sending down 200 megabytes of traffic were rare.", None),
        ("The attackers sent down 50 gigabytes an hour.", None),
        ("Shares were down 3% on Monday.", "down"),
        ("Prices fell 12 cents.", "down"),
    ],
)
def test_send_down(text: str, change: str | None, newline: str) -> None:
    found = list(extract(Document(f"Report.{newline}{text}")))
    assert [q.change for q in found] == [change]
