"""Every organisation pronoun the entities layer links (form ``pronoun``) on text outside every set.

Development only (never imported by the package). Usage, from the repository root:

    python tools/outside_pronouns.py --half odd|even [--limit N] [--sample N] [--seed S]
                                     [--unused FILE] [--polnear FILE]

The outside texts are those of ``tools/outside_agreements.py`` (unused news, CoNLL-2003 and TempEval-3
train stories no set names, then the PolNeAR train texts of the counting half; the two lists are
``evaluation.outside_lists``'s unless ``--unused`` / ``--polnear`` name files), split by position:
``odd`` (1st, 3rd, ...) to shape the rule on, ``even`` to count it once. Each link is printed with its
sentence and the entity it names (the base revision has no pronoun link, so every link is a firing);
``--sample`` prints a random N of them (seeded), for the reader to judge ("N firings, M right").
Since session 34 the outside texts are read without copies (``outside_copies.without_copies``:
a text that copies a text a set or test names, or an earlier text of the list, is dropped, and
standard error says which); ``--keep-copies`` reads the lists as given.
"""

from __future__ import annotations

import argparse
import random
import sys
from itertools import chain, islice
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "plugins"), str(ROOT / "src"), str(ROOT / "tools")]

from outside_agreements import CORPORA, outside_texts, polnear_texts  # noqa: E402
from outside_copies import KEEP_HELP  # noqa: E402

from newsparse import parse  # noqa: E402


def main() -> None:
    """Print the links of one half of the outside texts (or a seeded sample of them)."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--half", choices=("odd", "even"), required=True)
    ap.add_argument("--limit", type=int, default=None, help="texts of the half to read (default all)")
    ap.add_argument("--sample", type=int, default=0)
    ap.add_argument("--seed", type=int, default=31)
    ap.add_argument("--skip", type=int, default=0, help="texts of the half to pass over first")
    ap.add_argument("--keep-copies", action="store_true", help=KEEP_HELP)
    ap.add_argument("--unused", type=Path, help="a list of unused news ids (default: computed)")
    ap.add_argument("--polnear", type=Path, help="a list of PolNeAR train files (default: computed)")
    args = ap.parse_args()
    texts = chain(
        outside_texts(CORPORA, args.unused, keep_copies=args.keep_copies),
        polnear_texts(CORPORA, args.polnear, keep_copies=args.keep_copies),
    )
    first = 0 if args.half == "odd" else 1
    links = []
    read = 0
    for ident, text, published in islice(texts, first + 2 * args.skip, None, 2):
        if args.limit is not None and read >= args.limit:
            break
        read += 1
        doc = parse(text, published=published, only=["entities"])
        for entity in doc.entities:
            for m in entity.descriptions:
                if m.form == "pronoun":
                    s = next(s for s in doc.sentences if s.start <= m.start < s.end)
                    p = doc.sentences[max(0, doc.sentences.index(s) - 1)]
                    context = text[p.start : s.end].replace("\n", " ")
                    links.append(
                        f"{ident} @{m.start} {m.text!r} -> {entity.canonical} ({entity.type})\n    {context}"
                    )
    print(f"# {read} texts of the {args.half} half, {len(links)} links")
    shown = random.Random(args.seed).sample(links, min(args.sample, len(links))) if args.sample else links
    for line in shown:
        print(line)


if __name__ == "__main__":
    main()
