"""Score the ``events`` layer on ACLED event rows: ``<corpora>/acled/dev.jsonl`` (issue 16).

Each row's ``notes`` (a coder's short English report) is parsed with its ``event_date`` as the
publication date. The row's toll read by the system is the sum of the counts of its ``killed``
events of scope ``incident`` that are not ``background`` (a killing told as the occasion of the
row's event, "protested over the killing of a trader", is another event: SOURCE.md's
``fatalities`` is the row's own toll), where events linked as ``alternatives`` (competing reports or
restatements of one toll) count once, at their lowest figure (ACLED's rule); a count is its value,
else its lower bound, else 1 for an unnumbered single victim and 0 for an unnumbered group.

Figures, beside a trigger-word baseline in the same run (every casualty word of
``evaluation.events_real.trigger_baseline``: its role, the nearest number in the 30 characters
before it; place: the first capitalised word after "in" following the trigger, else before it):

- ``exact``: the share of rows whose toll equals ACLED's ``fatalities``;
- ``killed_recall`` / ``killed_precision``: "someone was killed" (a killed incident event with a
  positive or unknown count, or, since session 34, a ``casualties`` incident event whose
  ``includes`` names ``killed``: "killing and injuring a number of fighters") against
  ``fatalities > 0``; such a joined figure adds nothing to the toll (how many of it died is not told);
- ``place``: among rows where the system found an event, the share whose first event with a place
  names the row's ``location``, ``admin1``-``admin3`` or ``country`` (normalised names equal, or one
  contains the other as whole words); an event row without a place is wrong;
- ``place_or_area``: ``place``, where the event's place as written (its ``place_text``) or one of
  its ``areas`` (the larger places written with it: "Pir Laka area of Jani Khel district, Paktika")
  may name the row's place too: ACLED codes a row at the level of a town or district;
- ``exact_no_footnote``: ``exact`` on the rows whose note has no coder footnote "coded as" (ACLED's
  figure for an unknown or disputed toll, which no reader of the note could infer otherwise);
- ``killed_recall_uncoded`` / ``killed_precision_uncoded``: the same on the rows without a coder's
  note on the toll ("coded as", "split between", "fatalities reported as"): "Fatalities coded as 0
  (VoJ reported 1)" rows are deaths ACLED chose not to count.

Since session 40 the same run scores the casualty events' instrument and perpetrator against the
row's ``sub_event_type`` and ``actor1``/``actor2`` (``evaluation.events_acled_roles`` defines them), and
``--half odd|even`` reads the rows at odd or even 1-based line numbers only (odd: the tuning part of
the roles, even: their counting part; ``tools/acled_event_fields.py`` splits alike).

SOURCE.md says why a perfect reader will not match every row. Research only: never shipped.
Run as ``python -m evaluation.events_acled [--corpora PATH] [--json OUT] [--errors N] [--limit N]
[--half odd|even] [--roles OUT]``.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from evaluation.events_acled_roles import RoleTally, baseline_roles, system_roles
from evaluation.events_real import trigger_baseline
from evaluation.real_common import normalise

__all__ = ["RowResult", "Tally", "baseline_reading", "main", "place_matches", "system_reading", "toll"]

FOOTNOTE = re.compile(r"\bcoded as\b", re.IGNORECASE)
# a coder's note on the toll itself: a coded figure, a toll split across rows, a halved count
CODING_NOTE = re.compile(
    r"\bcoded (?:as|to)\b|\b(?:split|spread) (?:between|among|across)\b|\bfatalities reported as\b",
    re.IGNORECASE,
)
PLACE_AFTER_IN = re.compile(r"\bin (?:the )?((?:[A-Z][\w'-]+)(?: [A-Z][\w'-]+)*)")
ROW_PLACES = ("location", "admin1", "admin2", "admin3", "country")


@dataclass(frozen=True)
class RowResult:
    """What one reader got from one row: its toll, whether someone was killed, its place."""

    toll: int
    killed: bool
    has_event: bool
    place: str | None
    areas: tuple[str, ...] = ()


@dataclass
class Tally:
    """The counts of one reader over the rows."""

    rows: int = 0
    exact: int = 0
    rows_plain: int = 0
    exact_plain: int = 0
    tp: int = 0
    fp: int = 0
    fn: int = 0
    event_rows: int = 0
    place_right: int = 0
    area_right: int = 0
    plain_tp: int = 0
    plain_fp: int = 0
    plain_fn: int = 0
    errors: list[str] = field(default_factory=list)

    def add(self, row: Mapping[str, Any], got: RowResult) -> None:
        """Count one row."""
        gold = int(row["fatalities"])
        plain = not FOOTNOTE.search(row["notes"])
        self.rows += 1
        self.exact += got.toll == gold
        self.rows_plain += plain
        self.exact_plain += plain and got.toll == gold
        self.tp += got.killed and gold > 0
        self.fp += got.killed and gold == 0
        self.fn += not got.killed and gold > 0
        coded = CODING_NOTE.search(row["notes"]) is not None
        self.plain_tp += not coded and got.killed and gold > 0
        self.plain_fp += not coded and got.killed and gold == 0
        self.plain_fn += not coded and not got.killed and gold > 0
        if got.has_event:
            self.event_rows += 1
            self.place_right += place_matches(got.place, row)
            self.area_right += any(place_matches(p, row) for p in (got.place, *got.areas))
        if got.toll != gold:
            self.errors.append(f"{row['event_id_cnty']}: toll {got.toll} != {gold}: {row['notes'][:300]}")

    def figures(self) -> dict[str, float]:
        """The reported figures."""

        def share(a: int, b: int) -> float:
            """``a / b``, 1.0 when there is nothing to count."""
            return a / b if b else 1.0

        return {
            "exact": share(self.exact, self.rows),
            "killed_recall": share(self.tp, self.tp + self.fn),
            "killed_precision": share(self.tp, self.tp + self.fp),
            "place": share(self.place_right, self.event_rows),
            "place_or_area": share(self.area_right, self.event_rows),
            "exact_no_footnote": share(self.exact_plain, self.rows_plain),
            "killed_recall_uncoded": share(self.plain_tp, self.plain_tp + self.plain_fn),
            "killed_precision_uncoded": share(self.plain_tp, self.plain_tp + self.plain_fp),
            "rows": float(self.rows),
            "event_rows": float(self.event_rows),
        }


def _words(name: str) -> str:
    return f" {normalise(name)} "


def place_matches(place: str | None, row: Mapping[str, Any]) -> bool:
    """Whether a place name names the row's location, an admin area or the country."""
    if not place or not normalise(place):
        return False
    said = _words(place)
    for key in ROW_PLACES:
        wanted = row.get(key) or ""
        if normalise(wanted) and (_words(wanted) in said or said in _words(wanted)):
            return True
    return False


def _amount(count: Any) -> int:
    """A count's figure for a toll: its value, else its lower bound, else 0."""
    if count is None:
        return 0
    for name in ("value", "low"):
        value = getattr(count, name, None)
        if value is not None:
            return int(value)
    return 0


def _counted(event: Any) -> bool:
    """Whether an event counts toward the row's toll: killed, an incident, not the occasion of the row."""
    return (
        event.role == "killed"
        and getattr(event, "scope", "incident") == "incident"
        and not getattr(event, "background", False)
    )


def _deaths_told(event: Any) -> bool:
    """Whether a joined ``casualties`` figure of the row's incident tells deaths ("killing and injuring")."""
    return (
        event.role == "casualties"
        and "killed" in getattr(event, "includes", ())
        and getattr(event, "scope", "incident") == "incident"
        and not getattr(event, "background", False)
    )


def toll(events: Sequence[Any]) -> int:
    """The sum of the killed incident events' counts, each set of alternatives counted once at its lowest."""
    killed = [e for e in events if _counted(e)]
    spans = {(e.start, e.end): n for n, e in enumerate(killed)}
    parent = list(range(len(killed)))

    def root(n: int) -> int:
        """The representative of event ``n``'s set of alternatives."""
        while parent[n] != n:
            n = parent[n]
        return n

    for n, event in enumerate(killed):
        for other in getattr(event, "alternatives", ()):
            m = spans.get((other.start, other.end))
            if m is not None:
                parent[root(m)] = root(n)
    lowest: dict[int, int] = {}
    for n, event in enumerate(killed):
        k = root(n)
        lowest[k] = min(lowest.get(k, _amount(event.count)), _amount(event.count))
    return sum(lowest.values())


def _place_name(event: Any, entities: Mapping[str, Any]) -> str | None:
    """The event's place as a name: its entity's canonical name, else the place text."""
    if event.place and event.place in entities:
        return str(getattr(entities[event.place], "canonical", None) or event.place)
    return event.place_text.text if event.place_text is not None else None


def system_reading(doc: Any) -> RowResult:
    """What the pipeline read from one parsed note."""
    events = list(doc.layer("events"))
    entities = {entity.id: entity for entity in doc.entities}
    killed = any(
        (_counted(e) or _deaths_told(e)) and (e.count is None or _amount(e.count) > 0) for e in events
    )
    placed = next((e for e in events if _place_name(e, entities)), None)
    place = _place_name(placed, entities) if placed is not None else None
    areas = tuple(a.text for a in getattr(placed, "areas", ())) if placed is not None else ()
    if placed is not None and placed.place_text is not None:
        areas = (placed.place_text.text, *areas)
    return RowResult(toll(events), killed, bool(events), place, areas)


def baseline_reading(text: str) -> RowResult:
    """What the trigger-word baseline read from one note."""
    events = trigger_baseline(text)
    killed = [e for e in events if e.role == "killed"]
    place = None
    if events:
        where = events[0].trigger.end
        match = PLACE_AFTER_IN.search(text, where) or PLACE_AFTER_IN.search(text)
        place = match.group(1) if match else None
    return RowResult(sum(e.count.value if e.count else 0 for e in killed), bool(killed), bool(events), place)


def load_rows(corpora: Path, limit: int | None, half: str | None = None) -> list[dict[str, Any]] | None:
    """The dev rows with a coded toll (of one half of the lines if asked), or None without the corpus."""
    path = corpora / "acled" / "dev.jsonl"
    if not path.is_file():
        return None
    keep = {None: (0, 1), "odd": (1,), "even": (0,)}[half]
    with path.open(encoding="utf-8") as handle:
        rows = [json.loads(line) for n, line in enumerate(handle, start=1) if line.strip() and n % 2 in keep]
    rows = [r for r in rows if isinstance(r.get("fatalities"), int) and r.get("notes")]
    return rows[:limit] if limit else rows


def run(rows: Sequence[Mapping[str, Any]]) -> tuple[dict[str, Tally], dict[str, RoleTally]]:
    """Score the pipeline and the baseline on the rows: the tolls and places, the instruments and actors."""
    import newsparse

    runs = {"pipeline": Tally(), "trigger-word baseline": Tally()}
    roles = {"pipeline": RoleTally(), "trivial baseline": RoleTally()}
    for row in rows:
        doc = newsparse.parse(row["notes"], published=row.get("event_date") or None)
        runs["pipeline"].add(row, system_reading(doc))
        runs["trigger-word baseline"].add(row, baseline_reading(row["notes"]))
        roles["pipeline"].add(row, system_roles(doc))
        roles["trivial baseline"].add(row, baseline_roles(row["notes"], trigger_baseline(row["notes"])))
    return runs, roles


def _table(figures: Mapping[str, Mapping[str, float]], counts: frozenset[str]) -> None:
    """Print one table of figures, a reader a column."""
    names = list(figures)
    print(f"{'figure':<26}" + "".join(f"{name:>24}" for name in names))
    for key in figures[names[0]]:
        form = "{:>24.0f}" if key in counts else "{:>24.3f}"
        print(f"{key:<26}" + "".join(form.format(figures[name][key]) for name in names))


def main(argv: list[str] | None = None) -> int:
    """Run the evaluation and print the table; skip cleanly without the corpus."""
    parser = argparse.ArgumentParser(prog="python -m evaluation.events_acled", description=__doc__)
    parser.add_argument("--corpora", default=os.environ.get("NEWSPARSE_CORPORA", "../shared/corpora"))
    parser.add_argument("--json", type=Path, help="write the figures to this file")
    parser.add_argument("--errors", type=int, default=0, help="print this many toll mismatches")
    parser.add_argument("--limit", type=int, help="read only the first N rows (while tuning)")
    parser.add_argument("--half", choices=("odd", "even"), help="only the rows at odd or even line numbers")
    parser.add_argument("--roles", type=Path, help="write the pipeline's instrument and perpetrator verdicts")
    args = parser.parse_args(argv)
    rows = load_rows(Path(args.corpora), args.limit, args.half)
    if rows is None:
        print(f"events_acled: skipped (acled/dev.jsonl not found under {args.corpora})")
        return 0
    runs, roles = run(rows)
    figures = {name: tally.figures() for name, tally in runs.items()}
    role_figures = {name: tally.figures() for name, tally in roles.items()}
    part = f", {args.half} lines" if args.half else ""
    print(f"\n[ACLED dev{part}: {len(rows)} rows, {sum(r['fatalities'] > 0 for r in rows)} with a death]")
    _table(figures, frozenset({"rows", "event_rows"}))
    print("\n[the casualty events' instrument and perpetrator against the coded fields]")
    _table(role_figures, frozenset({"means_rows", "means_evented", "one_sided_evented"}))
    if args.errors:
        print("\n".join(runs["pipeline"].errors[: args.errors]))
    if args.roles:
        args.roles.write_text("".join(line + "\n" for line in roles["pipeline"].lines), encoding="utf-8")
    if args.json:
        both = {"figures": figures, "roles": role_figures, "set": "acled/dev.jsonl", "half": args.half}
        args.json.write_text(json.dumps(both, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
