"""Where the working tree's claims differ from a git revision's on text outside every set (session 36).

Development only (never imported by the package). Usage, from the repository root:

    python tools/outside_claim_contents.py --half odd|even [--base REV] [--cue REGEX]
                                           [--unused FILE] [--polnear FILE]

The outside texts are those of ``tools/outside_agreements.py`` (unused news, CoNLL-2003 and TempEval-3
train stories no set names, then the PolNeAR train texts of ``--polnear``, by default the computed
counting half), without copies, split by place in the whole list (from 0, before ``--cue``): ``odd``
to shape a rule on, ``even`` to count it once. Each text is parsed once up to the claims layer's
inputs (the ``syntax`` layer consulted sentence by sentence, as in the pipeline); both versions'
``extract`` then run on it, and every claim one version gives and the other does not (cue, source,
content) is printed with its sentence, for the reader to judge ("N firings, M right").
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "plugins"), str(ROOT / "src"), str(ROOT / "tools")]

from outside_agreements import CORPORA, consulting, outside_arguments, outside_texts, polnear_texts  # noqa: E402
from outside_copies import KEEP_HELP  # noqa: E402
from outside_quantities import at_half  # noqa: E402
from plugin_ab import load_base  # noqa: E402

import newsparse  # noqa: E402
from newsparse import Document  # noqa: E402
from newsparse_claims import resolve  # noqa: E402

_ = KEEP_HELP  # the option's help is outside_arguments'


def upstream() -> Any:
    """The default pipeline without the claims layer (its inputs only; ``syntax`` consulted)."""
    import attrs

    pipeline = newsparse.default_pipeline()
    return attrs.evolve(pipeline, extractors=tuple(e for e in pipeline.extractors if e.name != "claims"))


def summary(doc: Document, claim: Any) -> str:
    """One claim as cue, source and content, with the content's pieces."""
    parts = " | ".join(p.text for p in getattr(claim, "content_parts", ())) or claim.content.text
    source = claim.source_text.text if claim.source_text is not None else None
    return f"cue={claim.cue.text!r} src={source!r} content={parts!r}"


def sentence_of(doc: Document, offset: int) -> str:
    """The sentence holding ``offset`` (with the one before it, where a quotation may close)."""
    starts = [s.start for s in doc.sentences]
    at = max((k for k, s in enumerate(starts) if s <= offset), default=0)
    first = doc.sentences[max(0, at - 1)].start
    return doc.text[first : doc.sentences[at].end].replace("\n", " ")


def differences(doc: Document, old: Sequence[Any], new: Sequence[Any]) -> list[str]:
    """The claims of one version that the other lacks, by cue: each cue's sentence, then ``-`` the
    base's claim and ``+`` the working tree's."""
    before = {(c.cue.start, c.cue.end): c for c in old}
    after = {(c.cue.start, c.cue.end): c for c in new}
    lines = []
    for cue in sorted(set(before) | set(after)):
        a, b = before.get(cue), after.get(cue)
        if a is not None and b is not None and summary(doc, a) == summary(doc, b):
            continue
        lines.append(f"  @ {sentence_of(doc, cue[0])!r}")
        if a is not None:
            lines.append(f"  - {summary(doc, a)}")
        if b is not None:
            lines.append(f"  + {summary(doc, b)}")
    return lines


def main(argv: Sequence[str] | None = None) -> int:
    """Print every claim that differs between ``--base`` and the working tree on one half."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    outside_arguments(parser)
    parser.add_argument("--half", choices=("odd", "even"), required=True)
    args = parser.parse_args(argv)
    keep = args.keep_copies
    every = [
        *outside_texts(CORPORA, args.unused, keep_copies=keep),
        *polnear_texts(CORPORA, args.polnear, keep_copies=keep),
    ]
    texts = at_half(every, [t[0] for t in every], args.half)
    if args.cue:
        cue = re.compile(args.cue, re.IGNORECASE)
        texts = [t for t in texts if cue.search(t[1])]
    pipeline = upstream()
    differing = firings = 0
    with tempfile.TemporaryDirectory() as folder:
        old = load_base(args.base, Path(folder), "newsparse_claims", "resolve")
        for text_id, text, published in texts:
            doc = consulting(pipeline.parse(text, published=published), pipeline.consulted)
            lines = differences(doc, list(old.extract(doc)), list(resolve.extract(doc)))
            if lines:
                differing += 1
                firings += sum(1 for line in lines if line.startswith("  @"))
                print(f"{text_id}:\n" + "\n".join(lines), flush=True)
    parsed = f"{len(texts)} outside texts of the {args.half} half parsed"
    print(f"{parsed}, {differing} differ, {firings} claims differ")
    return 0


if __name__ == "__main__":
    sys.exit(main())
