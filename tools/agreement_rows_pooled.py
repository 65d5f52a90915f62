"""Score the agreements layer on the odd or even rows of every check set's half A, pooled (session 42).

Development only (never imported by the package). Usage, from the repository root:

    python tools/agreement_rows_pooled.py --rows odd|even [--corpora PATH] [--errors]
    python tools/agreement_rows_pooled.py --held-out [--corpora PATH]

The odd rows (1st, 3rd, ... of each set's half A, in file order) are session 42's tuning part, the
even rows its counting part (``evaluation.agreements_real.check_rows``). The pooled counts (party and
third-party tp/fp/fn, detection) are printed beside the pooled figures and each set's row count.
``--errors`` lists the pipeline's mismatches, for the odd rows only. ``--held-out`` scores every set's
half B instead, pooled, as summary figures and counts only (never a mismatch: it is held out).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "plugins"), str(ROOT / "src")]

from evaluation.agreements_real import Scores, check_rows, run  # noqa: E402
from evaluation.real_common import Counts, rebuilt_texts, side_by_side  # noqa: E402

#: the check sets that have a half A (check_agreements_s11 was tuned whole and has no halves)
SETS = tuple(
    f"check_agreements_{name}.jsonl"
    for name in "s12 s13 s14 s17 s20 wire_s18 conll_s14 conll_s15 conll_s16 polnear_s22 polnear_s23".split()
)


def pooled(into: Scores, scores: Scores) -> None:
    """Add one set's scores to the pooled ones."""
    for name in ("detection", "parties", "third", "roles"):
        total, part = getattr(into, name), getattr(scores, name)
        total.add(part.tp, part.fp, part.fn)
    for name in ("kind", "venue", "status", "date", "errors"):
        getattr(into, name).extend(getattr(scores, name))


def counts_line(name: str, counts: Counts) -> str:
    """One pooled count as ``name tp fp fn``."""
    return f"{name:<10} tp={counts.tp} fp={counts.fp} fn={counts.fn}"


def main(argv: Sequence[str] | None = None) -> int:
    """Score every set's half-A rows of one parity and print the pooled figures and counts."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    rows = parser.add_mutually_exclusive_group(required=True)
    rows.add_argument("--rows", choices=("odd", "even"), help="the odd or even rows of each half A")
    rows.add_argument("--held-out", action="store_true", help="every half B, pooled (summary only)")
    corpora = os.environ.get("NEWSPARSE_CORPORA", "../shared/corpora")
    parser.add_argument("--corpora", type=Path, default=Path(corpora))
    parser.add_argument("--errors", action="store_true", help="list the mismatches (odd rows only)")
    args = parser.parse_args(argv)
    total = {"pipeline": Scores(), "cue-word baseline": Scores()}
    n_articles = n_gold = 0
    for name in SETS:
        gold = check_rows(name, "B") if args.held_out else check_rows(name, "A", args.rows)
        texts = rebuilt_texts(args.corpora, gold)
        if texts is None or len(texts) < len(gold):
            print(f"agreement_rows_pooled: skipped (corpus not found under {args.corpora})")
            return 0
        for label, scores in run(gold, texts).items():
            pooled(total[label], scores)
        n_articles += len(gold)
        n_gold += sum(len(a["agreements"]) for a in gold)
        print(f"{name}: {len(gold)} articles")
    parts = f"{len(SETS)} check sets: {n_articles} articles, {n_gold} gold agreements"
    print(f"\n[{'half B' if args.held_out else f'half A {args.rows} rows'} of {parts}]")
    side_by_side({label: scores.figures() for label, scores in total.items()}, label=22, cell=20)
    pipeline = total["pipeline"]
    for name in ("detection", "parties", "third"):
        print(counts_line(name, getattr(pipeline, name)))
    if args.errors and args.rows == "odd":
        print("\n".join(pipeline.errors))
    return 0


if __name__ == "__main__":
    sys.exit(main())
