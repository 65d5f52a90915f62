"""Score the ``agreements`` layer on PA-X, a public table of 2,257 real peace agreements (issue 17).

The table (``<corpora>/pax/pax.csv``, the PA-X Peace Agreements Database of the University of
Edinburgh, read as research reference data and never shipped: ``pax/SOURCE.md``) has one row per
agreement, coded by the PA-X team: its name (``Agt``), a prose ``description``, its date (``Dat``,
dd/mm/yyyy), its signatories as free text (``Part``), its third parties (``ThrdPart``: mediators,
witnesses, guarantors) and its stage (``stage_label``). Each row is parsed as one document, the name
as its first paragraph and the description after a blank line, published on the row's date.
Without the corpus the evaluation is skipped (exit 0). Session 40.

Parts: rows at odd places (from 0) are the tuning part, rows at even places the counting part
(``--half odd|even|all``; session 40 scored the counting part once for its rule).

Figures (rows of the chosen half; "parties" pools the parties of every record of the row, a "name"
of a found party is its entity's canonical name, id and mention texts, or a text party's name):

- ``detection_recall``: rows in which the layer finds at least one agreement record (every row is
  one agreement, so there is no precision);
- ``ceasefire_kind_accuracy``: over rows of stage ``Ceasefire`` with a record, whether some record is
  of kind ``ceasefire`` or ``truce``. Only this stage is mapped: ``Pre-negotiation/process``,
  ``Framework-substantive`` (partial, comprehensive), ``Implementation``, ``Renewal`` and ``Other``
  are stages of a process, not kinds of the layer (a framework agreement may be a peace agreement,
  a memorandum or a treaty), so they are left out;
- ``party_precision``: found parties whose name shares a content word (``content_words``: three
  letters or more, not a function word or a generic word of state such as "government" or
  "republic") with ``Part`` or ``Agt``, i.e. a real signatory rather than a place, a mediator, the
  country or a dateline, and whose canonical name holds no agreement noun (a party "Montelimar
  Declaration" is the document itself);
- ``party_precision_part``: the same, against ``Part`` (the signatories) only. ``Agt`` is the
  agreement's own name, so ``party_precision`` scores every name the layer takes from the title
  right ("Mexico Agreement" gives Mexico); this line shows those title-line parties (session 41);
- ``party_recall_between``: over rows whose name says "between X and Y" (``between_names``: the
  names after "between", split at "and" and commas, up to a preposition such as "on" or "for"), the
  share of those gold names that some found party shares a content word with;
- ``third_party_precision``: found mediators, guarantors, endorsers and observers sharing a content
  word with ``ThrdPart``; ``third_party_row_recall``: rows with a ``ThrdPart`` in which one is found;
- ``date_accuracy``: over rows with a record that has a dated value, whether the first dated
  record's value agrees with ``Dat`` at its own precision ("1990-03" agrees with 01/03/1990).

The ``cue-word baseline`` in the same run: a row has a record when it holds an agreement noun
(``CUE_WORDS``), of kind ``ceasefire`` when one of them is a ceasefire noun; its parties are the
capitalised names after the first "between" (split as ``between_names`` does); no third parties and
no date. Its party recall on "between" rows is high by construction (the gold is read from the same
place), so it is a floor for precision and detection, not for that recall.

Run as ``python -m evaluation.agreements_pax [--corpora PATH] [--half odd|even|all] [--errors N]
[--json OUT]``.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import re
import sys
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final

from evaluation.real_common import normalise

__all__ = [
    "Found",
    "RowScores",
    "between_names",
    "content_words",
    "cue_baseline",
    "main",
    "pipeline_found",
    "read_rows",
    "row_document",
    "score_row",
    "score_status",
]

TABLE: Final = Path("pax") / "pax.csv"
CEASEFIRE_KINDS: Final = frozenset({"ceasefire", "truce"})
# function words and generic words of state: sharing one of them says nothing about who signed
GENERIC: Final = frozenset(
    "the and for with from between into upon under over its their his her our this that these those "
    "who which was were are has have had not all any other others such mr mrs ms dr "
    "government governments republic state states united national democratic people peoples "
    "federal federation kingdom council party parties representatives representative "
    "president minister prime behalf signed witnessed agreement agreements accord".split()
)
BETWEEN: Final = re.compile(
    r"\bbetween\s+(.+?)(?=\s+(?:on|in|for|to|concerning|regarding|relating|about|under|at|of the "
    r"implementation|signed|dated)\b|[(:;.]|$)",
    re.IGNORECASE,
)
SPLIT: Final = re.compile(r",\s*(?:and\s+)?|\s+and\s+", re.IGNORECASE)
CUE_WORDS: Final = re.compile(
    r"\b(agreement|accord|treaty|declaration|memorandum|protocol|ceasefire|cease-fire|truce|"
    r"armistice|cessation of hostilities|deal|pact|statement|communiqu[eé]|minutes?)s?\b",
    re.IGNORECASE,
)
CEASEFIRE_CUES: Final = re.compile(
    r"\b(ceasefire|cease-fire|cease fire|truce|armistice|cessation of hostilities)\b", re.IGNORECASE
)
CAPITALISED: Final = re.compile(r"\b[A-Z][\w'-]*(?:\s+(?:of|the|and|for|de|la)?\s*[A-Z][\w'-]*)*")


def content_words(text: str) -> frozenset[str]:
    """The content words of a name or a field: ASCII-folded, three letters or more, not generic."""
    return frozenset(
        w for w in normalise(text).split() if len(w) >= 3 and w not in GENERIC and not w.isdigit()
    )


def between_names(name: str) -> tuple[str, ...]:
    """The names an agreement's name gives after "between" ("between X and Y" -> X, Y), else ()."""
    match = BETWEEN.search(name)
    if match is None:
        return ()
    parts = [p.strip() for p in SPLIT.split(match.group(1)) if p.strip()]
    parts = [re.sub(r"^the\s+", "", p, flags=re.IGNORECASE) for p in parts]
    return tuple(p for p in parts if content_words(p)) if len(parts) >= 2 else ()


def iso_date(value: str) -> str | None:
    """A dd/mm/yyyy date as yyyy-mm-dd, or None."""
    match = re.fullmatch(r"\s*(\d{1,2})/(\d{1,2})/(\d{4})\s*", value or "")
    if match is None:
        return None
    day, month, year = match.groups()
    return f"{year}-{int(month):02d}-{int(day):02d}"


def row_document(row: Mapping[str, str]) -> str:
    """The text a row is parsed as: its name as a paragraph of its own, then its description.

    A blank line, not a single line break: the entities layer joins capitalised words across one
    ("the Toncontin Agreement\nShort declaration" gave a name "Toncontin Agreement Short")."""
    name = " ".join(row.get("Agt", "").split())
    description = " ".join(row.get("description", "").split())
    return f"{name}\n\n{description}" if description else name


@dataclass(frozen=True)
class Found:
    """What one system found in one row: record count, kinds, party names, third-party names, date."""

    records: int
    kinds: tuple[str, ...]
    parties: tuple[tuple[str, ...], ...]
    third: tuple[tuple[str, ...], ...]
    date: str | None = None


def _names(ident: str, entities: Mapping[str, Any]) -> tuple[str, ...]:
    """The names of a found party: a text party's name, or its entity's canonical name, id and mentions."""
    if ident.startswith("text:"):
        return (ident[5:],)
    entity = entities.get(ident)
    if entity is None:
        return (ident,)
    names = [getattr(entity, "canonical", "") or "", ident]
    names += [m.text for m in getattr(entity, "mentions", ())]
    return tuple(dict.fromkeys(n for n in names if n))


def pipeline_found(doc: Any) -> Found:
    """The layer's records of a parsed row, pooled."""
    entities = {e.id: e for e in doc.entities}
    records = list(doc.agreements)
    parties = dict.fromkeys(p for r in records for p in r.parties)
    third = dict.fromkeys(
        p
        for r in records
        for role in ("mediators", "guarantors", "endorsers", "observers")
        for p in getattr(r, role)
    )
    date = next((r.date.value for r in records if r.date is not None and r.date.value), None)
    return Found(
        records=len(records),
        kinds=tuple(r.kind for r in records),
        parties=tuple(_names(p, entities) for p in parties),
        third=tuple(_names(p, entities) for p in third),
        date=date,
    )


def cue_baseline(text: str) -> Found:
    """The cue-word baseline: a cue noun is a record; the capitalised names after "between" its parties."""
    cues = [m.group(1) for m in CUE_WORDS.finditer(text)]
    if not cues:
        return Found(0, (), (), ())
    kind = "ceasefire" if CEASEFIRE_CUES.search(text) else "agreement"
    parties: list[tuple[str, ...]] = []
    for name in between_names(text.split("\n")[0]) or between_names(text):
        capitalised = CAPITALISED.findall(name)
        parties.extend((c,) for c in capitalised[:1])
    return Found(1, (kind,), tuple(parties), ())


@dataclass
class RowScores:
    """Counts over the rows of one run."""

    rows: int = 0
    detected: int = 0
    ceasefire_rows: int = 0
    ceasefire_right: int = 0
    parties: int = 0
    parties_right: int = 0
    parties_right_part: int = 0
    between_gold: int = 0
    between_found: int = 0
    third: int = 0
    third_right: int = 0
    third_rows: int = 0
    third_rows_found: int = 0
    dated: int = 0
    dated_right: int = 0
    errors: list[str] = field(default_factory=list)
    status: StatusScores = field(default_factory=lambda: StatusScores())

    def figures(self) -> dict[str, float | None]:
        """The reported figures (None where nothing was counted)."""

        def share(right: int, total: int) -> float | None:
            return right / total if total else None

        return {
            "detection_recall": share(self.detected, self.rows),
            "ceasefire_kind_accuracy": share(self.ceasefire_right, self.ceasefire_rows),
            "party_precision": share(self.parties_right, self.parties),
            "party_precision_part": share(self.parties_right_part, self.parties),
            "party_recall_between": share(self.between_found, self.between_gold),
            "third_party_precision": share(self.third_right, self.third),
            "third_party_row_recall": share(self.third_rows_found, self.third_rows),
            "date_accuracy": share(self.dated_right, self.dated),
            "rows": float(self.rows),
            "parties_found": float(self.parties),
            "between_names": float(self.between_gold),
            "dated_rows": float(self.dated),
            **self.status.figures(),
        }


def _shares(names: Iterable[str], gold: frozenset[str]) -> bool:
    """Whether one of a found party's names shares a content word with the gold words."""
    return any(content_words(n) & gold for n in names)


def score_row(scores: RowScores, row: Mapping[str, str], found: Found) -> list[str]:
    """Add one row's comparison to ``scores``; return its wrong items (for ``--errors``)."""
    wrong: list[str] = []
    scores.rows += 1
    scores.detected += found.records > 0
    if found.records == 0:
        wrong.append("missed: no record")
    if row.get("stage_label") == "Ceasefire" and found.records:
        scores.ceasefire_rows += 1
        right = bool(CEASEFIRE_KINDS & set(found.kinds))
        scores.ceasefire_right += right
        if not right:
            wrong.append(f"kind: {','.join(found.kinds)} for a ceasefire")
    part = content_words(row.get("Part", ""))
    signatories = part | content_words(row.get("Agt", ""))
    for names in found.parties:
        scores.parties += 1
        document = bool(CUE_WORDS.search(names[0]))
        if _shares(names, signatories) and not document:
            scores.parties_right += 1
        else:
            wrong.append(f"party not a signatory: {names[0]}")
        if _shares(names, part) and not document:
            scores.parties_right_part += 1
        elif not document and _shares(names, signatories):
            wrong.append(f"party from the title only: {names[0]}")
    for gold in between_names(" ".join(row.get("Agt", "").split())):
        scores.between_gold += 1
        if any(_shares(names, content_words(gold)) for names in found.parties):
            scores.between_found += 1
        else:
            wrong.append(f"signatory missed: {gold}")
    _score_third(scores, row, found, wrong)
    _score_date(scores, row, found, wrong)
    return wrong


def _score_third(scores: RowScores, row: Mapping[str, str], found: Found, wrong: list[str]) -> None:
    """Third parties: precision against ``ThrdPart`` and rows with one in which one is found."""
    gold = content_words(row.get("ThrdPart", ""))
    right = [names for names in found.third if _shares(names, gold)]
    scores.third += len(found.third)
    scores.third_right += len(right)
    wrong.extend(f"third party not in ThrdPart: {names[0]}" for names in found.third if names not in right)
    if gold:
        scores.third_rows += 1
        scores.third_rows_found += bool(right)


def _score_date(scores: RowScores, row: Mapping[str, str], found: Found, wrong: list[str]) -> None:
    """The first dated record's value against ``Dat`` at the value's own precision."""
    gold = iso_date(row.get("Dat", ""))
    if found.date is None or gold is None:
        return
    value = found.date[:10]
    scores.dated += 1
    if re.fullmatch(r"\d{4}(-\d{2}){0,2}", value) and gold.startswith(value):
        scores.dated_right += 1
    else:
        wrong.append(f"date: {found.date} for {gold}")


# The statuses the guideline allows for a text PA-X codes "Multiparty signed/agreed": agreed or
# signed, in force, and extended (a renewal is itself signed).
SIGNED_STATUSES: Final = frozenset({"signed", "in_force", "extended"})
SIGNED_ROW: Final = "Multiparty signed/agreed"
OTHER_STATUSES: Final = ("none", "proposed", "negotiating", "rejected", "violated", "suspended", "collapsed")
STATUS_COUNTS: Final = frozenset({"status_rows"} | {f"status_{s}" for s in OTHER_STATUSES})


@dataclass
class StatusScores:
    """The status line: signed rows with a record at the row's agreement, and what status it carries."""

    rows: int = 0
    allowed: int = 0
    otherwise: Counter[str] = field(default_factory=Counter)

    def figures(self) -> dict[str, float | None]:
        """The share with a status allowed for a signed text (and of those given one), the others' counts."""
        given = self.rows - self.otherwise["none"]
        return {
            "status_signed_share": self.allowed / self.rows if self.rows else None,
            "status_signed_of_given": self.allowed / given if given else None,
            "status_rows": float(self.rows),
            **{f"status_{s}": float(self.otherwise[s]) for s in OTHER_STATUSES},
        }


def score_status(scores: StatusScores, row: Mapping[str, str], doc: Any) -> list[str]:
    """Score the status of a "Multiparty signed/agreed" row's record at its name (issue 17).

    The record at the row's agreement is the first record with a mention inside the name paragraph
    (the name is the agreement; records met only in the description are other agreements it cites).
    Its status is right when the guideline allows it for a signed text (``SIGNED_STATUSES``): the
    description reports the document, not later events, so violated, suspended and collapsed are
    read from its content ("Agreement on the Cessation of Violations") and are wrong; null is wrong
    too (the row is signed) but counted apart ("none"). Rows of other PA-X statuses are not scored.
    """
    if row.get("Status", SIGNED_ROW) != SIGNED_ROW:
        return []
    name_end = len(" ".join(row.get("Agt", "").split()))
    at_name = [r for r in doc.agreements if any(m.start < name_end for m in r.mentions) or r.start < name_end]
    if not at_name:
        return []
    record = min(at_name, key=lambda r: r.start)
    scores.rows += 1
    if record.status in SIGNED_STATUSES:
        scores.allowed += 1
        return []
    status = record.status or "none"
    scores.otherwise[status] += 1
    cue = next((e.text for e in record.evidence if e.field == "status"), "")
    return [f"status: {status} from {cue!r}"]


def read_rows(corpora: Path, half: str) -> list[dict[str, str]] | None:
    """The table's rows of one half (odd or even places from 0, or all), or None without the corpus."""
    path = corpora / TABLE
    if not path.is_file():
        return None
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    if half == "all":
        return rows
    parity = 1 if half == "odd" else 0
    return [row for index, row in enumerate(rows) if index % 2 == parity]


def run(rows: Sequence[Mapping[str, str]], errors: int) -> dict[str, RowScores]:
    """Score the pipeline and the baseline on ``rows``; keep up to ``errors`` rows of wrong items."""
    import newsparse

    results = {"pipeline": RowScores(), "cue-word baseline": RowScores()}
    for row in rows:
        text = row_document(row)
        doc = newsparse.parse(text, published=iso_date(row.get("Dat", "")))
        wrong = score_row(results["pipeline"], row, pipeline_found(doc))
        wrong += score_status(results["pipeline"].status, row, doc)
        score_row(results["cue-word baseline"], row, cue_baseline(text))
        if wrong and len(results["pipeline"].errors) < errors:
            results["pipeline"].errors.append(
                f"{row.get('AgtId', '?')}: {text[:160]!r}\n    " + "; ".join(wrong)
            )
    return results


def _print(results: Mapping[str, RowScores], half: str) -> None:
    """The figures side by side."""
    names = list(results)
    figures = {name: results[name].figures() for name in names}
    print(f"\n[{half}: {results[names[0]].rows} PA-X rows]")
    print(f"{'figure':28}" + "".join(f"{n:>20}" for n in names))
    for key in figures[names[0]]:
        cells = [figures[n][key] for n in names]
        shown = ["-" if c is None else (f"{c:.0f}" if key in _COUNTS else f"{c:.3f}") for c in cells]
        print(f"{key:28}" + "".join(f"{s:>20}" for s in shown))


_COUNTS: Final = frozenset({"rows", "parties_found", "between_names", "dated_rows"}) | STATUS_COUNTS


def main(argv: list[str] | None = None) -> int:
    """Score the layer and the baseline on one half of PA-X and print (or write) the figures."""
    parser = argparse.ArgumentParser(prog="python -m evaluation.agreements_pax", description=__doc__)
    parser.add_argument("--corpora", default=os.environ.get("NEWSPARSE_CORPORA", "../shared/corpora"))
    parser.add_argument("--half", choices=("odd", "even", "all"), default="all")
    parser.add_argument("--errors", type=int, default=0, help="print up to N rows with wrong items")
    parser.add_argument("--json", type=Path, help="write the figures to this file")
    args = parser.parse_args(argv)
    rows = read_rows(Path(args.corpora), args.half)
    if rows is None:
        print(f"agreements_pax: skipped ({Path(args.corpora) / TABLE} not found)")
        return 0
    print(
        f"agreements_pax: PA-X table, {args.half} rows ({len(rows)}); research reference data, never shipped"
    )
    results = run(rows, args.errors)
    _print(results, args.half)
    for line in results["pipeline"].errors:
        print(line)
    if args.json:
        args.json.write_text(json.dumps({n: s.figures() for n, s in results.items()}, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
