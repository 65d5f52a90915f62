"""The claims check sets of sessions 12 and 14: their shape (no corpus needed), their seeded draws,
and their offsets (skipped without the corpus); one test per set, from its draw module."""

from __future__ import annotations

import importlib
import json
import os
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from evaluation.data.drawing import CHECK_SETS

CORPORA = Path(
    os.environ.get("NEWSPARSE_CORPORA", Path(__file__).resolve().parents[3] / "shared" / "corpora")
)
SETS = ["s12", "s14"]  # check_claims_<set>.jsonl, drawn by select_claims_<set>.py
#: per set: a second source of articles (id prefix, subset), the quota of the first source (ids
#: "bbc-x-..."), and the halves of the draw (s12: first half A; s14: alternating by place).
DRAWS = [
    ("s12", "reuters", "reuters/x", 5, ["A"] * 6 + ["B"] * 4),
    ("s14", "bbc-y", "bbc/y", 3, ["A", "B"] * 3),
]


def _draw(name: str) -> ModuleType:
    """The set's draw module (its size, own file, draw and gold builder)."""
    return importlib.import_module(f"evaluation.data.select_claims_{name}")


def _records(name: str) -> list[dict[str, Any]]:
    """The committed records of the set."""
    own: Path = _draw(name).OWN
    return [json.loads(line) for line in own.read_text(encoding="utf-8").splitlines() if line]


@pytest.mark.parametrize("name", SETS)
def test_the_check_set_is_registered_and_split_in_two_halves(name: str) -> None:
    """SIZE articles in CHECK_SETS, half in the tuned half A and half in the held-out half B."""
    draw, records = _draw(name), _records(name)
    assert draw.OWN.name in CHECK_SETS
    assert len(records) == draw.SIZE
    halves = [r["split"] for r in records]
    assert halves.count(f"check_{name}_A") == halves.count(f"check_{name}_B") == draw.SIZE // 2
    kinds = {c["kind"] for r in records for c in r["claims"]}
    assert kinds <= {"direct", "indirect", "according_to", "belief", "perception"}


@pytest.mark.parametrize(("name", "other", "other_subset", "quota", "halves"), DRAWS)
def test_the_draw_is_seeded_and_keeps_a_quota_per_source(
    name: str, other: str, other_subset: str, quota: int, halves: list[str]
) -> None:
    """The same pool gives the same draw; the first source gives just its quota of articles."""
    selection = _draw(name).selection
    text = "He said it. She told them. They said so. " * 20
    articles = [{"id": f"bbc-x-{n:03d}", "subset": "bbc/x", "text": text} for n in range(20)]
    articles += [{"id": f"{other}-{n:03d}", "subset": other_subset, "text": text} for n in range(20)]
    pool = {a["id"] for a in articles}
    first, again = selection(articles, pool), selection(list(reversed(articles)), pool)
    assert first == again
    assert sum(1 for i, _ in first if i.startswith("bbc-x")) == quota
    assert [h for _, h in first] == halves


@pytest.mark.skipif(not (CORPORA / "news" / "articles.jsonl").is_file(), reason="news corpus absent")
@pytest.mark.parametrize("name", SETS)
def test_the_anchors_resolve_to_the_stored_offsets(name: str) -> None:
    """Resolving the hand anchors again gives the stored gold file."""
    path = CORPORA / "news" / "articles.jsonl"
    articles = {a["id"]: a for a in map(json.loads, path.read_text(encoding="utf-8").splitlines())}
    assert _draw(name).build(articles) == _records(name)
