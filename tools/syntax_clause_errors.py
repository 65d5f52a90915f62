"""The adverbial and adnominal clause error table of the ``syntax`` layer on UD EWT dev's tuning part.

Every gold ``advcl``, ``acl`` and ``acl:relcl`` of dev less its held-back fifth (every fifth
sentence, ``evaluation.syntax.split_dev``) that the layer does not give the gold head and label
(a miss), and every one the layer gives that gold does not have (an invention), classed by what a
rule could test: the clause's marker (its gold ``mark``, or a "wh" word opening it; "none"), the
verb's form from the gold XPOS (finite, participle, gerund, infinitive, other), where the clause
sits (before or after its head; after a comma) and what the layer did instead (its label, or "no
head"; "wrong head" when the label is right). Tuning part only: the counting part and the test file
are never read here.

Usage: ``python tools/syntax_clause_errors.py --corpora CORPORA [--top N]``.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "plugins"), str(ROOT / "src")]

from evaluation.conllu import GoldSentence, read_conllu  # noqa: E402
from evaluation.syntax import ours, split_dev  # noqa: E402

from newsparse.syntax import Word  # noqa: E402

LABELS = ("advcl", "acl", "acl:relcl")
_WH = frozenset("when where why how what who whom which whose whether".split())
Key = tuple[str, str, str, str, str, str]  # kind, gold label, marker, form, place, what we did


def read_column(path: Path, column: int) -> dict[str, list[str]]:
    """Each sentence's values of one CoNLL-U column (0-based; the words ``read_conllu`` keeps), by
    sentence id."""
    table: dict[str, list[str]] = {}
    sent_id, values = "", []
    for line in [*path.read_text(encoding="utf-8").splitlines(), ""]:
        if line.startswith("# sent_id ="):
            sent_id = line.split("=", 1)[1].strip()
        elif line and not line.startswith("#"):
            cols = line.split("\t")
            if len(cols) == 10 and cols[0].isdigit():
                values.append(cols[column])
        elif not line and values:
            table[sent_id], values = values, []
    return table


def read_xpos(path: Path) -> dict[str, list[str]]:
    """Each sentence's XPOS column (the words ``read_conllu`` keeps), by sentence id."""
    return read_column(path, 4)


def verb_form(sentence: GoldSentence, xpos: list[str], k: int) -> str:
    """The clause head's form: finite, participle (-ed), gerund (-ing), infinitive (with "to"), other."""
    tag = xpos[k] if k < len(xpos) else ""
    if tag in ("VBD", "VBZ", "VBP", "MD"):
        return "finite"
    if tag == "VBN":
        return "participle"
    if tag == "VBG":
        return "gerund"
    if tag == "VB":
        marked = any(w.head == k and w.form.lower() == "to" for w in sentence.words)
        return "infinitive" if marked else "base"
    aux = [w for w in sentence.words if w.head == k and w.deprel in ("aux", "cop", "aux:pass")]
    if any(xpos[sentence.words.index(w)] in ("VBD", "VBZ", "VBP", "MD") for w in aux):
        return "finite (aux)"
    return "other:" + sentence.words[k].upos


def marker(sentence: GoldSentence, k: int) -> str:
    """The clause's gold ``mark`` (lower-cased), else a "wh" word among its first dependents, else "none"."""
    words = sentence.words
    marks = [w.form.lower() for w in words if w.head == k and w.deprel == "mark"]
    if marks:
        return " ".join(marks)
    first = min((j for j, w in enumerate(words) if w.head == k), default=k)
    if first < k and words[first].form.lower() in _WH:
        return words[first].form.lower()
    return "none"


def place(sentence: GoldSentence, k: int, head: int) -> str:
    """Before or after its head, and whether a comma opens the clause."""
    words = sentence.words
    first = min([k] + [j for j, w in enumerate(words) if w.head == k and w.deprel != "punct"])
    comma = first > 0 and words[first - 1].form == ","
    side = "before" if k < head else "after"
    return side + (", comma" if comma else "")


def table(corpora: Path) -> tuple[Counter[Key], dict[Key, str], Counter[str]]:
    """The classed misses and inventions on the tuning part, an example phrase of each, the totals."""
    path = corpora / "ud-ewt" / "en_ewt-ud-dev.conllu"
    tune, _ = split_dev(list(read_conllu(path)))
    xpos = read_xpos(path)
    analyse = ours()
    counts: Counter[Key] = Counter()
    examples: dict[Key, str] = {}
    totals: Counter[str] = Counter()
    for sentence in tune:
        words = analyse(sentence.text)
        for key, phrase in classify(sentence, xpos.get(sentence.id, []), words, totals):
            counts[key] += 1
            examples.setdefault(key, phrase)
    return counts, examples, totals


def classify(
    sentence: GoldSentence, xpos: list[str], words: list[Word], totals: Counter[str]
) -> list[tuple[Key, str]]:
    """The classed misses and inventions of one sentence, with a short phrase each."""
    by_span = {(w.start, w.end): j for j, w in enumerate(words)}
    spans = [(w.start, w.end) for w in sentence.words]
    gold_at = {span: k for k, span in enumerate(spans)}
    found: list[tuple[Key, str]] = []
    for k, w in enumerate(sentence.words):
        ours_k = by_span.get(spans[k])
        our_head = None if ours_k is None else words[ours_k].head
        our_rel = None if ours_k is None else words[ours_k].deprel
        head_span = None if our_head is None else (words[our_head].start, words[our_head].end)
        if our_rel in LABELS and our_head is not None:
            totals["ours " + str(our_rel)] += 1
        if w.deprel in LABELS:
            totals["gold " + w.deprel] += 1
            if head_span == spans[w.head] and our_rel == w.deprel:
                totals["right " + w.deprel] += 1
                continue
            did = "no word" if ours_k is None else "no head" if our_head is None else str(our_rel)
            if our_rel == w.deprel or (head_span == spans[w.head] and our_rel in LABELS):
                did = ("wrong head: " if head_span != spans[w.head] else "label ") + str(our_rel)
            form, where = verb_form(sentence, xpos, k), place(sentence, k, w.head)
            key = ("miss", w.deprel, marker(sentence, k), form, where, did)
            found.append((key, _phrase(sentence, k, w.head)))
        if our_rel in LABELS and ours_k is not None and our_head is not None:
            if w.head >= 0 and w.deprel == our_rel and head_span == spans[w.head]:
                continue
            gold_head = gold_at.get(head_span) if head_span else None
            did = "gold " + w.deprel + ("" if w.head >= 0 and head_span == spans[w.head] else ", other head")
            form = verb_form(sentence, xpos, k)
            where = "before" if gold_head is not None and k < gold_head else "after"
            key = ("invented", str(our_rel), marker(sentence, k), form, where, did)
            found.append((key, _phrase(sentence, k, gold_head if gold_head is not None else k)))
    return found


def _phrase(sentence: GoldSentence, k: int, head: int) -> str:
    """A few words around the clause word and its head (at most eight), not the sentence."""
    lo, hi = min(k, head), max(k, head)
    if hi - lo > 6:
        return f"{sentence.words[lo].form} ... {sentence.words[hi].form}"
    return " ".join(w.form for w in sentence.words[lo : hi + 1])


def main(argv: list[str] | None = None) -> int:
    """Print the table: totals, then classes largest first, then the margins."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpora", type=Path, required=True, help="folder holding ud-ewt/")
    parser.add_argument("--top", type=int, default=40)
    args = parser.parse_args(argv)
    counts, examples, totals = table(args.corpora)
    print("totals:", dict(sorted(totals.items())))
    print(f"\n{'count':>5}  kind / gold label / marker / form / place / what the layer did  -- example")
    for key, n in counts.most_common(args.top):
        print(f"{n:>5}  {' / '.join(key)}  -- {examples[key]}")
    for axis, name in ((2, "marker"), (3, "form"), (4, "place"), (5, "what the layer did")):
        margin: Counter[str] = Counter()
        for key, n in counts.items():
            margin[f"{key[0]} {key[1]}: {key[axis]}"] += n
        print(f"\nby {name}:")
        for label, n in margin.most_common(args.top):
            print(f"{n:>5}  {label}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
