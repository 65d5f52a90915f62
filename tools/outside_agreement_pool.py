"""The agreements layer's outside wire pool: CoNLL-2003 and TempEval-3 train texts, split before reading.

Development only (never imported by the package). Usage, from the repository root:

    python tools/outside_agreement_pool.py --half odd|even [--base REV] [--keep-copies]

Session 36 (issue 17). The pool is drawn as ``outside_agreements`` draws its wire texts: the CoNLL-2003
train stories no file under evaluation/ or tests/ names (corpus order), then the TempEval-3 train files
(TimeBank, AQUAINT) no such file names, outside the dates layer's held fifth; copies of a named text or of
an earlier text are dropped (``outside_copies.without_copies``). The list is split by place (from 0)
**before any text is parsed**: odd places shape, even places count. The unused news list before it
(844 ids) and the CoNLL block (548 stories) are both of even length, so a pool text's half is the half it
has in the whole outside list of ``outside_agreements --half`` (session 35's halves), and a rule counted
there counts these texts on the same side.

A text *bears* agreements when the agreements layer (the working tree's, or ``--base REV``'s) finds a
record in it. On the **odd** half every record is printed with its sentence, to be tabled by hand; on
the **even** half only the counts (texts, texts bearing records, records by source), never a text or a
record.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "plugins"), str(ROOT / "src"), str(ROOT / "tools")]

import outside_agreements as outside  # noqa: E402
from outside_copies import KEEP_HELP, without_copies  # noqa: E402
from plugin_ab import load_base  # noqa: E402

from newsparse_agreements import records as layer  # noqa: E402

Text = tuple[str, str, str | None]
WIRE = ("conll2003-train", "tempeval3")


def wire_texts(corpora: Path, root: Path = ROOT, *, keep_copies: bool = False) -> list[Text]:
    """The pool in order: the outside CoNLL-2003 train stories then TempEval-3 train files, without
    copies (unless ``keep_copies``); the unused news the outside list opens with is left out."""
    listed = (t for t in outside._outside_texts(corpora, Path("/dev/null"), root) if t[0].startswith(WIRE))
    return without_copies(listed, corpora, root=root, keep=keep_copies, label="agreement pool")


def half_of(texts: Sequence[Text], half: str) -> list[Text]:
    """The texts at odd or even places (from 0) of ``texts``: the split made before anything is read."""
    parity = 1 if half == "odd" else 0
    return [t for k, t in enumerate(texts) if k % 2 == parity]


def report(half: str, rows: Iterable[tuple[str, str, str]], texts: int) -> list[str]:
    """The lines to print for (text id, record summary, sentence) rows: every row on the odd half, the
    counts alone on the even half (texts, texts bearing a record, records by source)."""
    found = list(rows)
    lines = [f"{i}: {r}\n    {s}" for i, r, s in found] if half == "odd" else []
    bearing = len({i for i, _, _ in found})
    by_source = dict(sorted(Counter(outside.source_of(i) for i, _, _ in found).items()))
    counts = f"{texts} texts, {bearing} bearing agreements, {len(found)} records {by_source}"
    lines.append(f"{half} half: {counts}")
    return lines


def main(argv: Sequence[str] | None = None) -> int:
    """Draw the pool, keep one half, and list (odd) or count (even) the agreements found in it."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--half", choices=("odd", "even"), required=True, help="the half read")
    parser.add_argument("--base", help="the git revision whose agreements layer reads (default: the tree's)")
    parser.add_argument("--keep-copies", action="store_true", help=KEEP_HELP)
    args = parser.parse_args(argv)
    pool = wire_texts(outside.CORPORA, keep_copies=args.keep_copies)
    texts = half_of(pool, args.half)
    print(f"pool: {len(pool)} texts; {args.half} half: {len(texts)}", file=sys.stderr)
    pipeline = outside.upstream()
    rows: list[tuple[str, str, str]] = []
    with tempfile.TemporaryDirectory() as folder:
        reader = load_base(args.base, Path(folder), "newsparse_agreements", "records") if args.base else layer
        for text_id, text, published in texts:
            doc = outside.consulting(pipeline.parse(text, published=published), pipeline.consulted)
            found = reader.extract(doc)
            rows += [(text_id, outside.summary(r), outside._sentence(doc, r.start)) for r in found]
    print("\n".join(report(args.half, rows, len(texts))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
