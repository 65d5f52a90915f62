"""Table the ACLED dev rows where the events layer's "someone was killed" disagrees with the coded toll.

Development only (never imported by the package). Issue 16's killed precision (goal .97) and recall
(goal .90) on ACLED dev (a tuning set) count rows, not events; this tool says which disagreeing rows
carry a coder's note on the toll (the coder's choice, which no reader of the note can infer) and
which do not (the reader's own errors, to be read by hand), for one half of the file: odd 1-based
line numbers may be read to shape a rule, even ones are the counting pool (``--list`` is refused
there). Usage, from the checkout to read:

    python tools/acled_killed_rows.py --half odd [--list] [--limit N]

It prints the counts by class, precision and recall over every row, and the same leaving out the
rows with a coder's note (a separate, named line: the figure the layer owns). Missed rows with a
``casualties`` event told by a killing ("killed and injured several") are counted apart: the layer
keeps killed-or-wounded figures out of ``killed`` on purpose (design.md, "Layers beyond the four").
Session 33, events (issue 16).
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "plugins"), str(ROOT / "src"), str(ROOT / "tools")]

from acled_event_fields import ACLED, half_rows  # noqa: E402

# a footnote that codes the toll as 0: "Fatalities coded as 0 (VoJ reported 1)"
CODED_ZERO = re.compile(r"\bcoded (?:as|to) (?:0|zero)\b", re.IGNORECASE)
# the toll shared among rows: "[1 fatality split among 12 events]", "distributed across six events"
SPLIT = re.compile(
    r"\b(?:split|spread|distributed|divided)(?: up| equally)? (?:between|among|across)\b|\bcoded across\b",
    re.IGNORECASE,
)
# any other coded figure: "Unknown fatalities coded as 10", "fatalities reported as half"
CODED = re.compile(r"\bcoded (?:as|to)\b|\bfatalities reported as\b", re.IGNORECASE)
# a casualties trigger telling a killing joined to another harm: "killed and injured", "killing and wounding"
KILLED_AND = re.compile(r"\bkill(?:ed|ing)? and\b", re.IGNORECASE)


def coder_note(notes: str) -> str:
    """The class of the coder's note on the toll: ``coded 0``, ``split``, ``coded`` or ``none``."""
    if CODED_ZERO.search(notes):
        return "coded 0"
    if SPLIT.search(notes):
        return "split"
    return "coded" if CODED.search(notes) else "none"


def killed_and(triggers: Sequence[tuple[str, str]]) -> bool:
    """Whether a ``casualties`` event is told by a killing joined to another harm ("killed and injured").

    ``triggers`` are the (role, trigger text) of a row's events.
    """
    return any(role == "casualties" and KILLED_AND.search(text) is not None for role, text in triggers)


def share(a: int, b: int) -> str:
    """``a / b`` to three places, ``-`` when there is nothing to count."""
    return f"{a / b:.3f}" if b else "-"


def read(rows: Sequence[dict[str, Any]]) -> list[tuple[dict[str, Any], bool, list[tuple[str, str]]]]:
    """Each row with whether the layer reads someone killed, and its events' (role, trigger)."""
    from evaluation.events_acled import system_reading

    import newsparse

    out = []
    for row in rows:
        doc = newsparse.parse(row["notes"], published=row.get("event_date") or None)
        triggers = [(e.role, e.trigger.text) for e in doc.events]
        out.append((row, system_reading(doc).killed, triggers))
    return out


def main(argv: Sequence[str] | None = None) -> int:
    """Read one half of ACLED dev and print its disagreeing rows by class."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--acled", type=Path, default=ACLED)
    parser.add_argument("--half", choices=("odd", "even"), required=True)
    parser.add_argument("--limit", type=int, help="read only the first N rows of the half")
    parser.add_argument("--list", action="store_true", help="print each disagreeing row (odd half only)")
    args = parser.parse_args(argv)
    if args.list and args.half == "even":
        raise SystemExit("--list: the even half is the counting pool; read its figures only")
    rows = half_rows(args.acled, args.half)
    rows = [r for r in rows if isinstance(r.get("fatalities"), int) and r.get("notes")][: args.limit]
    false_killed: Counter[str] = Counter()
    missed: Counter[str] = Counter()
    tp = tp_plain = told = 0
    for row, killed, triggers in read(rows):
        dead = row["fatalities"] > 0
        plain = coder_note(row["notes"]) == "none"
        tp += killed and dead
        tp_plain += killed and dead and plain
        if killed == dead:
            continue
        kind = coder_note(row["notes"])
        (false_killed if killed else missed)[kind] += 1
        told += not killed and killed_and(triggers)
        if args.list:
            label = "FALSE" if killed else "MISSED"
            print(f"{label} [{kind}] {row['event_id_cnty']} ({row['fatalities']}): {row['notes']}")
    fp, fn = sum(false_killed.values()), sum(missed.values())
    fp_plain, fn_plain = false_killed["none"], missed["none"]
    print(f"{len(rows)} rows ({args.half} lines); read killed, coded 0: {fp} ({dict(false_killed)})")
    print(f"coded > 0, read no killing: {fn} ({dict(missed)}); a casualties event 'killed and ...': {told}")
    print(f"every row: killed precision {share(tp, tp + fp)}, recall {share(tp, tp + fn)}")
    print(
        f"rows without a coder's note on the toll: killed precision {share(tp_plain, tp_plain + fp_plain)}, "
        f"recall {share(tp_plain, tp_plain + fn_plain)}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
