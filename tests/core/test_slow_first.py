"""The suite's order: the longest tests start first, so that pytest-xdist's workers end together."""

from __future__ import annotations

from typing import Any, cast

import pytest

from tests.conftest import SLOW_FIRST, slow_first


class _Item:
    """A stand-in for a collected test: only its node id is read."""

    def __init__(self, nodeid: str) -> None:
        self.nodeid = nodeid


def test_named_slow_tests_move_to_the_front_in_their_order_and_the_rest_keep_theirs() -> None:
    names = [
        "tests/a.py::test_one",
        f"{SLOW_FIRST[1]}",
        "tests/b.py::test_two[x]",
        f"{SLOW_FIRST[0]}",
        f"{SLOW_FIRST[7]}[spaced digits]",
        "tests/c.py::test_three",
    ]
    items = cast(list[pytest.Item], [_Item(name) for name in names])
    slow_first(items)
    order = [cast(Any, item).nodeid for item in items]
    assert order == [
        SLOW_FIRST[0],
        SLOW_FIRST[1],
        f"{SLOW_FIRST[7]}[spaced digits]",
        "tests/a.py::test_one",
        "tests/b.py::test_two[x]",
        "tests/c.py::test_three",
    ]


def test_every_name_is_a_test_of_the_suite(request: pytest.FixtureRequest) -> None:
    """A renamed test would silently lose its place: each name must still be collected."""
    collected = {item.nodeid.split("[", 1)[0] for item in request.session.items}
    files = {name.split("::")[0] for name in collected}
    if not {name.split("::")[0] for name in SLOW_FIRST} <= files:
        pytest.skip("only a part of the suite was collected")
    assert set(SLOW_FIRST) <= collected
