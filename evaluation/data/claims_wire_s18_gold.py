"""Build ``check_claims_wire_s18.jsonl``: the session-18 wire claims check set (issue 15).

Eighteen TempEval-3 train stories drawn by ``select_claims_wire_s18.py`` (``claims_wire_s18_ids.txt``;
the pool held only 18 under the 6-per-source cap: 14 AP, 5 New York Times, 1 San Jose Mercury News and
21 Wall Street Journal candidates). The gold was written from ``guidelines/claims.md`` and the texts
only, before the system was run on them, as anchors in ``anchors_wire_s18/claims.json`` (the syntax of
``anchor_b``; difficult calls in ``guidelines/claims_wire_s18_notes.md``). Half A (split
``check_wire_s18_A``, even draw positions) is tuned on, half B (``check_wire_s18_B``) only scored.
The file holds ids, the TimeML file of each text (``tml``), dates and gold only: the scorer rebuilds the
texts (``evaluation.real_common.rebuilt_texts``). Research only. Run as
``python -m evaluation.data.claims_wire_s18_gold [CORPORA]``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from evaluation.data.anchor_b import AnchorError, resolve_claims

DATA = Path(__file__).resolve().parent
OUT = DATA / "check_claims_wire_s18.jsonl"
ANCHORS = DATA / "anchors_wire_s18" / "claims.json"
DRAWN = [line.split() for line in (DATA / "claims_wire_s18_ids.txt").read_text(encoding="utf-8").splitlines()]


def texts_and_dates(corpora: Path) -> tuple[dict[str, str], dict[str, str]]:
    """The drawn documents' texts and publication dates, rebuilt from the corpora."""
    from evaluation.data.select_events_wire_s18 import wire_text

    pairs = {i: wire_text(corpora, i) for i, _ in DRAWN}
    return {i: p[0] for i, p in pairs.items()}, {i: p[1] for i, p in pairs.items()}


def row(set_id: str, half: str, published: str, claims: list[dict[str, Any]]) -> dict[str, Any]:
    """One document's line: its id, its TimeML file, its half, its date and gold (never the text)."""
    _, corpus, name = set_id.split("-", 2)
    return {
        "id": set_id,
        "tml": f"{corpus}/{name}.tml",
        "subset": f"tempeval3/{corpus}",
        "split": f"check_wire_s18_{half}",
        "published": published,
        "cut": None,
        "claims": sorted(claims, key=lambda c: c["cue"]["start"]),
    }


def rows(texts: dict[str, str], dates: dict[str, str]) -> list[dict[str, Any]]:
    """Every drawn document's row in draw order, its hand anchors resolved against its text."""
    hand = json.loads(ANCHORS.read_text(encoding="utf-8"))
    out = []
    for set_id, half in DRAWN:
        try:
            claims = resolve_claims(texts[set_id], {"claims": hand[half].get(set_id, [])})
        except AnchorError as error:
            raise AnchorError(f"{set_id}: {error}") from error
        out.append(row(set_id, half, dates[set_id], claims))
    return out


def main(corpora: Path) -> None:
    """Write the set beside this script, one line per drawn document in draw order."""
    hand = json.loads(ANCHORS.read_text(encoding="utf-8"))
    halves = {i: h for i, h in DRAWN}
    assert all(halves.get(i) == h for h in "AB" for i in hand[h]), "gold outside its half"
    texts, dates = texts_and_dates(corpora)
    with OUT.open("w", encoding="utf-8") as handle:
        for line in rows(texts, dates):
            handle.write(json.dumps(line, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("../shared/corpora"))
