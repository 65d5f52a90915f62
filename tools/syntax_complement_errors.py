"""The clausal complement (``ccomp``) error table of the ``syntax`` layer on UD EWT dev's tuning part.

Every gold ``ccomp`` of dev less its held-back fifth (every fifth sentence,
``evaluation.syntax.split_dev``) that the layer does not give the gold head and label (a miss), and
every ``ccomp`` the layer gives that gold does not have (an invention), classed by what a rule
could test: the head's gold part of speech, the complement's opener (its gold ``mark``, a "wh" word
opening it, "quote" when a quotation mark stands between head and complement, else "none"),
whether a comma or colon stands between them, before or after the head, and what the layer did
instead (its label, or "no head"; "wrong head" when the label is right). A second table gives the
head's lemma (from gold) for the misses. Tuning part only: the counting part and the test file are
never read here.

Usage: ``python tools/syntax_complement_errors.py --corpora CORPORA [--label ccomp] [--top N]
[--examples K]``.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "plugins"), str(ROOT / "src"), str(ROOT / "tools")]

from evaluation.conllu import GoldSentence, read_conllu  # noqa: E402
from evaluation.syntax import ours, split_dev  # noqa: E402
from syntax_clause_errors import marker, read_column  # noqa: E402

from newsparse.syntax import Word  # noqa: E402

_QUOTES = frozenset("\" “ ” ' ‘ ’ ``".split())
Key = tuple[str, str, str, str, str, str]  # kind, head UPOS, opener, between, side, what we did


def read_lemmas(path: Path) -> dict[str, list[str]]:
    """Each sentence's LEMMA column, lower-cased (the words ``read_conllu`` keeps), by sentence id."""
    return {sent: [lemma.lower() for lemma in lemmas] for sent, lemmas in read_column(path, 2).items()}


def opener(sentence: GoldSentence, k: int, head: int) -> str:
    """The complement's mark or wh word, "quote" for a quotation mark between head and it, else "none"."""
    found = marker(sentence, k)
    if found != "none":
        return found
    lo, hi = min(k, head), max(k, head)
    if any(w.form in _QUOTES for w in sentence.words[lo + 1 : hi]):
        return "quote"
    return "none"


def between(sentence: GoldSentence, k: int, head: int) -> str:
    """ "comma" or "colon" when one stands between the head and the complement's verb, else "-"."""
    lo, hi = min(k, head), max(k, head)
    forms = {w.form for w in sentence.words[lo + 1 : hi]}
    return "colon" if ":" in forms else "comma" if "," in forms else "-"


def classify(
    sentence: GoldSentence, words: list[Word], label: str, totals: Counter[str]
) -> list[tuple[Key, int, int]]:
    """The classed misses and inventions of one sentence, with the gold indices (dependent, head)."""
    by_span = {(w.start, w.end): j for j, w in enumerate(words)}
    spans = [(w.start, w.end) for w in sentence.words]
    gold_at = {span: k for k, span in enumerate(spans)}
    found: list[tuple[Key, int, int]] = []
    for k, w in enumerate(sentence.words):
        mine = by_span.get(spans[k])
        our_head = None if mine is None else words[mine].head
        our_rel = None if mine is None else words[mine].deprel
        head_span = None if our_head is None else (words[our_head].start, words[our_head].end)
        if our_rel == label and our_head is not None:
            totals["ours"] += 1
        if w.deprel == label:
            totals["gold"] += 1
            if head_span == spans[w.head] and our_rel == label:
                totals["right"] += 1
                continue
            did = "no word" if mine is None else "no head" if our_head is None else str(our_rel)
            if our_rel == label:
                did = "wrong head"
            elif head_span == spans[w.head]:
                did = "label " + str(our_rel)
            head_upos = sentence.words[w.head].upos
            side = "before" if k < w.head else "after"
            key = ("miss", head_upos, opener(sentence, k, w.head), between(sentence, k, w.head), side, did)
            found.append((key, k, w.head))
        elif our_rel == label and our_head is not None:
            gold_head = gold_at.get(head_span) if head_span else None
            head = gold_head if gold_head is not None else k
            did = "gold " + w.deprel + ("" if w.head >= 0 and head_span == spans[w.head] else ", other head")
            upos = sentence.words[head].upos
            side = "before" if k < head else "after"
            key = ("invented", upos, opener(sentence, k, head), between(sentence, k, head), side, did)
            found.append((key, k, head))
    return found


def phrase(sentence: GoldSentence, k: int, head: int) -> str:
    """A few words from the head to the complement (at most eight), not the sentence."""
    lo, hi = min(k, head), max(k, head)
    if hi - lo > 7:
        return " ".join(w.form for w in sentence.words[lo : lo + 3]) + " ... " + sentence.words[hi].form
    return " ".join(w.form for w in sentence.words[lo : hi + 1])


def main(argv: list[str] | None = None) -> int:
    """Print the table: totals, classes largest first with examples, then the margins and lemmas."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpora", type=Path, required=True, help="folder holding ud-ewt/")
    parser.add_argument("--label", default="ccomp", help="the gold label to table (ccomp, advcl, ...)")
    parser.add_argument("--top", type=int, default=30)
    parser.add_argument("--examples", type=int, default=3)
    args = parser.parse_args(argv)
    path = args.corpora / "ud-ewt" / "en_ewt-ud-dev.conllu"
    tune, _ = split_dev(list(read_conllu(path)))
    lemmas = read_lemmas(path)
    analyse = ours()
    counts: Counter[Key] = Counter()
    examples: dict[Key, list[str]] = {}
    lemma_counts: Counter[str] = Counter()
    totals: Counter[str] = Counter()
    for sentence in tune:
        for key, k, head in classify(sentence, analyse(sentence.text), args.label, totals):
            counts[key] += 1
            examples.setdefault(key, []).append(phrase(sentence, k, head))
            if key[0] == "miss":
                lemma_counts[lemmas.get(sentence.id, [])[head] if sentence.id in lemmas else "?"] += 1
    print("totals:", dict(sorted(totals.items())))
    print(f"\n{'count':>5}  kind / head UPOS / opener / between / side / what the layer did  -- examples")
    for key, n in counts.most_common(args.top):
        print(f"{n:>5}  {' / '.join(key)}  -- {' | '.join(examples[key][: args.examples])}")
    for axis, name in ((1, "head UPOS"), (2, "opener"), (3, "between"), (5, "what the layer did")):
        margin: Counter[str] = Counter()
        for key, n in counts.items():
            margin[f"{key[0]}: {key[axis]}"] += n
        print(f"\nby {name}:")
        for label, n in margin.most_common(args.top):
            print(f"{n:>5}  {label}")
    print("\nmissed, by the head's gold lemma:")
    print("  ".join(f"{lemma} {n}" for lemma, n in lemma_counts.most_common(args.top)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
