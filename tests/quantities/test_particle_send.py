""""Send down" is a phrasal verb and "the long jump" an event: neither says a change of the amount."""

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


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
@pytest.mark.parametrize(
    ("text", "change"),
    [
        ("Kluft took the long jump at 6.63m on Sunday.", None),
        ("Women's triple jump 14 metres clear.", None),
        ("Profits saw a jump of 5% this year.", "up"),
        ("Sales jumped 12% in May.", "up"),
    ],
)
def test_jump_events(text: str, change: str | None, newline: str) -> None:
    found = list(extract(Document(f"Results.{newline}{text}")))
    assert [q.change for q in found] == [change]
