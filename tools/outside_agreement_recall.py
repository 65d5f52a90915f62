"""The agreements layer's recall read on outside text: every sentence with a deal word, and the records on it.

Development only (never imported by the package). Usage, from the repository root:

    python tools/outside_agreement_recall.py [--source SOURCE] [--skip N] [--limit N]
        [--unused FILE] [--polnear FILE]

Session 38 (issue 17). The records the layer finds show its precision; what it misses shows only in
the sentences it leaves alone. This lists, on the **odd** half of the whole outside list (the halves
of ``outside_agreements --half odd --acled --ud-dev --unused FILE --polnear FILE``, split before the
cue; session 38 gave the deduplicated id lists of its machine), the texts a deal
word (:data:`CUE`) occurs in, in list order (``--source``: only ids of that source, see
``outside_agreements.source_of``; ``--skip`` / ``--limit``: a slice of them), and for each the
sentences holding a deal word or a record's mention, each record under its sentence (kind, mention,
sides and business roles by canonical name, status). The reader judges each sentence by the
guideline: an agreement found (its sides and status right or not), missed, or none. The even half
is never listed here: it is for counting a rule once (``outside_agreements --half even``).
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "plugins"), str(ROOT / "src"), str(ROOT / "tools")]

import outside_agreements as outside  # noqa: E402

from newsparse import Agreement, Document  # noqa: E402
from newsparse_agreements import records  # noqa: E402

# The deal words whose sentences are read (the brief's cue regex, with the verbs' forms).
CUE = re.compile(
    r"\b(?:deals?|agreements?|accords?|treat(?:y|ies)|cease-?fires?|truces?|pacts?|contracts?|mergers?|merge[ds]?"
    r"|signed|signs?|agreed|agrees|takeovers?|acquir\w+|acquisitions?|bought|buys?|sold|sells?|memorand\w+"
    r"|loans?|settlements?|armistice|transfer\w*)\b",
    re.IGNORECASE,
)


def record_line(agreement: Agreement, names: Mapping[str, str]) -> str:
    """One record as the reader judges it: kind, mention, sides and roles by name, status."""
    named = {
        role: [names.get(i, i) for i in getattr(agreement, role)]
        for role in ("parties", "acquirer", "target", "seller", "club", "player", "lender", "borrower")
    }
    roles = " ".join(f"{k}={v}" for k, v in named.items() if v and k != "parties")
    sides = f"parties={named['parties']} {roles}"
    return f"R: {agreement.kind} {agreement.text!r} {sides} status={agreement.status}"


def sentence_lines(doc: Document, found: Iterable[Agreement]) -> list[str]:
    """The sentences of ``doc`` holding a deal word or a record's mention, each with its records."""
    found = list(found)
    names = {e.id: e.canonical for e in doc.entities}
    lines = []
    for sentence in doc.sentences:
        text = doc.text[sentence.start : sentence.end]
        on = [a for a in found if any(sentence.start <= m.start < sentence.end for m in a.mentions)]
        if on or CUE.search(text):
            lines.append("  S: " + " ".join(text.split()))
            lines += ["    " + record_line(a, names) for a in on]
    return lines


def odd_texts(
    source: str | None, unused: Path | None = None, polnear: Path | None = None
) -> list[tuple[str, str, str | None]]:
    """The odd half of the whole outside list (split before the cue), those a deal word occurs in.

    ``unused``: the news id list (None: the list ``evaluation.outside_lists`` computes); ``polnear``:
    the PolNeAR names read too (None: none).
    """
    args = argparse.Namespace(
        cue=None,
        unused=unused,
        polnear=polnear,
        keep_copies=False,
        acled=True,
        ud_dev=True,
        only_added=False,
        half="odd",
    )
    texts = outside._texts(args)
    return [t for t in texts if CUE.search(t[1]) and (source is None or outside.source_of(t[0]) == source)]


def main(argv: Sequence[str] | None = None) -> int:
    """List the deal-word sentences of a slice of the odd half, with the layer's records on them."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", help="only texts of this source (outside_agreements.source_of)")
    parser.add_argument("--skip", type=int, default=0, help="texts skipped first")
    parser.add_argument("--limit", type=int, default=40, help="texts listed")
    parser.add_argument("--unused", type=Path, help="unused news ids (default: the computed list)")
    parser.add_argument("--polnear", type=Path, help="PolNeAR counting-half names (default: none read)")
    args = parser.parse_args(argv)
    pipeline = outside.upstream()
    listed = odd_texts(args.source, args.unused, args.polnear)
    for text_id, text, published in listed[args.skip : args.skip + args.limit]:
        doc = outside.consulting(pipeline.parse(text, published=published), pipeline.consulted)
        found = list(records.extract(doc))
        print(f"=== {text_id} ({len(found)} records)")
        print("\n".join(sentence_lines(doc, found)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
