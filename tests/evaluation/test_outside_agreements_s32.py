"""tools/outside_agreements.py's session-32 ``--half``: the texts at odd or even places of the whole
outside list, counted before the cue, so a rule is shaped on one half and counted once on the other."""

from __future__ import annotations

import argparse
import re
from typing import Any

import pytest

from tests.evaluation.test_outside_agreements_polnear import tool

TEXTS = [
    ("a", "no cue word here", None),
    ("b", "a deal", None),
    ("c", "a truce", None),
    ("d", "a deal", None),
]


def _chosen(args: argparse.Namespace, *extra: Any) -> list[tuple[str, str, None]]:
    """The stand-in list, filtered by the cue as ``chosen_texts`` filters it."""
    return [t for t in TEXTS if args.cue is None or re.search(args.cue, t[1])]


@pytest.mark.parametrize(("half", "wanted"), [("odd", ["b", "d"]), ("even", ["c"]), (None, ["b", "c", "d"])])
def test_a_half_is_counted_before_the_cue(
    monkeypatch: pytest.MonkeyPatch, half: str | None, wanted: list[str]
) -> None:
    """A text keeps its place in the whole list whatever the cue keeps: "a" (place 0) has no cue word,
    yet "c" stays at an even place and "b", "d" at odd ones."""
    module = tool()
    monkeypatch.setattr(module, "chosen_texts", _chosen)
    args = argparse.Namespace(cue="deal|truce", half=half, acled=False, ud_dev=False)
    assert [t[0] for t in module._texts(args)] == wanted
