"""Each matched agreement record of the tuning sets whose parties are wrong, with the sentences that tell it.

Development only (never imported by the package). Usage, from the repository root:

    NEWSPARSE_EVAL_SPLITS=dev,check python tools/agreement_party_errors.py [--corpora PATH]

Session 34's table of party errors by own-sentence shape was read from this listing. For every record
the pipeline matches to a gold record (``evaluation.agreements_real.match_records``) with a side
missed or added, it prints the predicted and gold sides, the sentence of each gold mention ("M:") and
each gold side ("+" found, "-" missed), marked ``SAME`` when that side's sentence is a mention's.
Sentences are cut at a full stop and a space or a line break, so a hard-wrapped wire text (Reuters)
shows a line, not a sentence: read those as "one sentence or another" by hand. Only the **tuning**
sets are read (dev, check s11 whole, the A halves of the other check sets); never a held-out half.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "plugins"), str(ROOT / "src")]

from evaluation.agreements_real import _published, _with_text_parties, match_records  # noqa: E402
from evaluation.real_common import load_gold, match_names, rebuilt_texts  # noqa: E402

# (gold file, the split or half read): the tuning sets only.
TUNING = [("real_agreements.jsonl", "dev"), ("check_agreements_s11.jsonl", "")] + [
    (f"check_agreements_{name}.jsonl", "A")
    for name in ("s12 s13 s14 s17 s20 wire_s18 conll_s14 conll_s15 conll_s16 polnear_s22 polnear_s23".split())
]


def sentence_at(text: str, pos: int) -> str:
    """The text from the last full stop or line break before ``pos`` to the next, on one line."""
    lo = max(text.rfind(". ", 0, pos), text.rfind("\n", 0, pos)) + 1
    ends = [i for i in (text.find(". ", pos), text.find("\n", pos)) if i >= 0]
    return " ".join(text[lo : (min(ends) if ends else len(text)) + 1].split())


def tuning_articles(name: str, split: str) -> list[dict[str, Any]]:
    """The gold articles of one tuning set: the ``dev`` split, a half (``A``) or the whole file."""
    gold = load_gold(name)
    if split == "dev":
        return [a for a in gold if a["split"] == "dev"]
    return [a for a in gold if not split or a["split"].endswith("_" + split)]


def record_lines(gold: Mapping[str, Any], found: Any, entities: Mapping[str, Any], text: str) -> list[str]:
    """The listing of one matched pair, or nothing when its parties are right."""
    tp, fp, fn = match_names(gold["parties"], found.parties, entities)
    if not (fp or fn):
        return []
    names = [p["name"] for p in gold["parties"]]
    lines = [f"{gold['trigger']['text']!r} pred={list(found.parties)} gold={names} tp={tp} fp={fp} fn={fn}"]
    told = {sentence_at(text, m["start"]) for m in gold["mentions"]}
    lines += [f"   M: {s[:400]}" for s in sorted(told)]
    for party in gold["parties"]:
        if party.get("span"):
            mark = "+" if match_names([party], found.parties, entities)[0] else "-"
            said = sentence_at(text, party["span"]["start"])
            where = "SAME" if said in told else f"OTHER: {said[:300]}"
            lines.append(f"   {mark} {party['name']!r}: {where}")
    return lines


def main(argv: Sequence[str] | None = None) -> int:
    """Print the party errors of every tuning set."""
    import newsparse

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpora", type=Path, default=ROOT.parent / "shared" / "corpora")
    args = parser.parse_args(argv)
    for name, split in TUNING:
        articles = tuning_articles(name, split)
        texts = rebuilt_texts(args.corpora, articles)
        if texts is None:
            print(f"{name}: skipped (corpus not found under {args.corpora})")
            continue
        for article in articles:
            text = texts[article["id"]]
            doc = newsparse.parse(text, published=_published(article["published"]))
            entities = {entity.id: entity for entity in doc.entities}
            predicted = list(doc.agreements)
            for g, p in match_records(article["agreements"], predicted):
                found, named = predicted[p], _with_text_parties(entities, predicted[p])
                lines = record_lines(article["agreements"][g], found, named, text)
                if lines:
                    print(f"=== {name} {article['id']} " + "\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
