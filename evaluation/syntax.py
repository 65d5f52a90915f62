"""Score the ``syntax`` layer on the UD English Web Treebank test file, beside a trivial baseline.

Each gold sentence's text goes through the layer as a document of its own (our own sentence split
and word segmentation); predicted words are aligned to gold words by character offsets, so a word
we segment differently counts as wrong. Figures:

- UPOS accuracy over all gold words;
- precision/recall/F1 of (dependent, head, label) triples for subjects (``nsubj`` and
  ``nsubj:pass`` as one label; the exact-label figure beside it), for ``obj``, and for the clausal
  complements ``ccomp`` and ``xcomp`` (right head and label), and for the participle and adverbial
  clauses ``advcl`` and ``acl`` (labelled, and unlabelled: a word so labelled on one side counts
  as right when the other side gives it the same head, whatever its label there);
- the baseline, same segmentation, same run: the tag most frequent for the word in UD EWT dev
  (unknown words: the most frequent tag of dev), subject = nearest noun, proper noun or pronoun left
  of each verb in the sentence, object = nearest one to its right.

Goals: UPOS >= 0.95, subject F1 >= 0.85, object F1 >= 0.80. The tagger was trained on dev only.
``--dev-holdout`` scores the held-back fifth of dev instead (every fifth sentence: what tuning
decisions are made on, never the test); give it ``--model`` a tagger built without that fifth
(``tools/build_syntax_model.py --holdout --out DIR``), or the shipped tagger's UPOS is inflated.
``--dev-tune`` scores dev less that fifth (the tuning part: rules are shaped there; the shipped
tagger's UPOS is inflated on it). ``--dev`` scores the whole of dev (the parser's rules are
written by hand, so its relation figures are fair there; its UPOS is not, the tagger being trained
on dev).

Run as ``python -m evaluation.syntax [--corpora PATH] [--json OUT]
[--dev | --dev-tune | --dev-holdout [--model DIR]]``.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path

from evaluation.conllu import GoldSentence, read_conllu
from newsparse.syntax import Word
from newsparse.text import split_sentences

Analyser = Callable[[str], list[Word]]
SUBJECTS = ("nsubj", "nsubj:pass")
NOMINAL = ("NOUN", "PROPN", "PRON")
CLAUSAL = ("ccomp", "xcomp")  # clausal complements: what was said, agreed to, refused
MODIFYING = ("advcl", "acl")  # participle clauses: "..., killing 12 people"; "people killed in the raid"
_UNLABELLED = " (unlabelled)"
Pair = tuple[tuple[int, int], tuple[int, int] | None, str | None]  # dependent, head, label (offsets)


def split_dev(sentences: Sequence[GoldSentence]) -> tuple[list[GoldSentence], list[GoldSentence]]:
    """Dev's tuning part and its held-back fifth (every fifth sentence, so every genre is in both)."""
    tune = [s for k, s in enumerate(sentences) if k % 5 != 4]
    held = [s for k, s in enumerate(sentences) if k % 5 == 4]
    return tune, held


def ours(model: Path | None = None) -> Analyser:
    """The built-in layer on one text (with the tagger saved in ``model``, else the shipped one)."""
    from newsparse_syntax.layer import analyse_text
    from newsparse_syntax.tagger import default_tagger, load_tagger

    tagger = default_tagger() if model is None else load_tagger(model)
    return lambda text: analyse_text(text, [(s.start, s.end) for s in split_sentences(text)], tagger)


def baseline(train: Sequence[GoldSentence]) -> Analyser:
    """Most frequent tag per word (from ``train``); subject/object = nearest nominal left/right of a verb."""
    from newsparse_syntax.words import split_words

    counts: dict[str, Counter[str]] = {}
    overall: Counter[str] = Counter()
    for sentence in train:
        for w in sentence.words:
            counts.setdefault(w.form, Counter())[w.upos] += 1
            overall[w.upos] += 1
    best = {form: c.most_common(1)[0][0] for form, c in counts.items()}
    default = overall.most_common(1)[0][0]

    def analyse(text: str) -> list[Word]:
        words: list[Word] = []
        for s in split_sentences(text):
            spans = split_words(text, s.start, s.end)
            tags = [best.get(text[a:b], default) for a, b in spans]
            heads: list[int | None] = [None] * len(spans)
            rels: list[str | None] = [None] * len(spans)
            for v, tag in enumerate(tags):
                if tag != "VERB":
                    continue
                left = next((k for k in range(v - 1, -1, -1) if tags[k] in NOMINAL), None)
                right = next((k for k in range(v + 1, len(tags)) if tags[k] in NOMINAL), None)
                for k, rel in ((left, "nsubj"), (right, "obj")):
                    if k is not None and heads[k] is None:
                        heads[k], rels[k] = v, rel
            base = len(words)
            for k, (a, b) in enumerate(spans):
                head = heads[k]
                words.append(Word(a, b, text[a:b], tags[k], None if head is None else head + base, rels[k]))
        return words

    return analyse


class Score:
    """Counts of one system: tags right, and triples found/gold/right per relation."""

    def __init__(self) -> None:
        self.tags_right = 0
        self.words = 0
        self.counts: dict[str, list[int]] = {}  # relation -> [right, predicted, gold]
        self.unlabelled: dict[str, list[int]] = {}  # relation -> [right, predicted, found, gold]

    def add(self, relation: str, predicted: set[tuple[object, ...]], gold: set[tuple[object, ...]]) -> None:
        """Add one sentence's triples of ``relation``."""
        row = self.counts.setdefault(relation, [0, 0, 0])
        row[0] += len(predicted & gold)
        row[1] += len(predicted)
        row[2] += len(gold)

    def prf(self, relation: str) -> tuple[float, float, float]:
        """Precision, recall and F1 of ``relation``."""
        if relation.endswith(_UNLABELLED):
            right, predicted, found, gold = self.unlabelled.get(relation[: -len(_UNLABELLED)], [0, 0, 0, 0])
        else:
            right, predicted, gold = self.counts.get(relation, [0, 0, 0])
            found = right
        p = right / predicted if predicted else 0.0
        r = found / gold if gold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _triples(
    pairs: list[Pair],
    labels: Sequence[str],
    collapse: str | None,
) -> set[tuple[object, ...]]:
    return {(dep, head, collapse or rel) for dep, head, rel in pairs if rel in labels and head is not None}


def score_sentence(score: Score, sentence: GoldSentence, words: list[Word]) -> None:
    """Add one sentence: tags by offsets, and subject/object triples by offsets."""
    by_span = {(w.start, w.end): w for w in words}
    gold_pairs: list[Pair] = []
    for w in sentence.words:
        score.words += 1
        mine = by_span.get((w.start, w.end))
        score.tags_right += mine is not None and mine.upos == w.upos
        head = sentence.words[w.head] if w.head >= 0 else None
        gold_pairs.append(((w.start, w.end), None if head is None else (head.start, head.end), w.deprel))
    ours_pairs: list[Pair] = []
    for word in words:
        head_word = words[word.head] if word.head is not None else None
        span = None if head_word is None else (head_word.start, head_word.end)
        ours_pairs.append(((word.start, word.end), span, word.deprel))
    score.add("subject", _triples(ours_pairs, SUBJECTS, "nsubj"), _triples(gold_pairs, SUBJECTS, "nsubj"))
    score.add(
        "subject (exact label)", _triples(ours_pairs, SUBJECTS, None), _triples(gold_pairs, SUBJECTS, None)
    )
    for label in ("obj", *CLAUSAL, *MODIFYING):
        score.add(label, _triples(ours_pairs, (label,), None), _triples(gold_pairs, (label,), None))
    for label in MODIFYING:
        _add_unlabelled(score, label, ours_pairs, gold_pairs)


def _add_unlabelled(score: Score, label: str, ours_pairs: list[Pair], gold_pairs: list[Pair]) -> None:
    """Attachment of ``label`` without its label: a predicted ``label`` word is right when its head is
    the gold head (whatever the gold label); a gold ``label`` word is found when ours has its head."""
    gold_head = {dep: head for dep, head, _ in gold_pairs}
    our_head = {dep: head for dep, head, _ in ours_pairs}
    row = score.unlabelled.setdefault(label, [0, 0, 0, 0])  # right (P), predicted, found (R), gold
    for dep, head, rel in ours_pairs:
        if rel == label and head is not None:
            row[0] += gold_head.get(dep) == head
            row[1] += 1
    for dep, head, rel in gold_pairs:
        if rel == label and head is not None:
            row[2] += our_head.get(dep) == head
            row[3] += 1


def evaluate(sentences: Sequence[GoldSentence], systems: dict[str, Analyser]) -> dict[str, Score]:
    """Every system on every sentence."""
    scores = {name: Score() for name in systems}
    for sentence in sentences:
        for name, analyse in systems.items():
            score_sentence(scores[name], sentence, analyse(sentence.text))
    return scores


def _report(scores: dict[str, Score], where: str, seconds: float) -> dict[str, object]:
    print(f"{where}; aligned to gold words by character offsets ({seconds:.1f} s)")
    print(f"{'system':<10}{'UPOS':>8}  {'relation':<24}{'P':>7}{'R':>7}{'F1':>7}")
    figures: dict[str, object] = {}
    for name, score in scores.items():
        upos = score.tags_right / score.words if score.words else 0.0
        entry: dict[str, object] = {"upos_accuracy": round(upos, 4), "words": score.words}
        relations = ("subject", "subject (exact label)", "obj", *CLAUSAL, *MODIFYING)
        for k, relation in enumerate((*relations, *(label + _UNLABELLED for label in MODIFYING))):
            p, r, f = score.prf(relation)
            shown = f"{upos:>8.4f}" if k == 0 else " " * 8
            print(f"{name if k == 0 else '':<10}{shown}  {relation:<24}{p:>7.3f}{r:>7.3f}{f:>7.3f}")
            entry[relation] = {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}
        figures[name] = entry
    return figures


def main(argv: list[str] | None = None) -> int:
    """Evaluate on UD EWT test (or the held-out tenth of dev) and print the table."""
    default = os.environ.get("NEWSPARSE_CORPORA", "../shared/corpora")
    parser = argparse.ArgumentParser(prog="python -m evaluation.syntax", description=__doc__.splitlines()[0])
    parser.add_argument("--corpora", default=default, help="folder holding ud-ewt/")
    parser.add_argument("--json", dest="json_out", help="write the figures to this JSON file")
    parser.add_argument("--dev-holdout", action="store_true", help="score dev's held-back fifth, not test")
    parser.add_argument("--dev", action="store_true", help="score all of dev (relations; UPOS inflated)")
    parser.add_argument("--dev-tune", action="store_true", help="score dev less its held-back fifth")
    parser.add_argument("--model", type=Path, help="a folder with a tagger built on dev's other parts")
    args = parser.parse_args(argv)
    root = Path(args.corpora) / "ud-ewt"
    dev_path, test_path = root / "en_ewt-ud-dev.conllu", root / "en_ewt-ud-test.conllu"
    if not dev_path.is_file() or not test_path.is_file():
        print(f"no UD EWT dev/test files in {root}", file=sys.stderr)
        return 2
    dev = list(read_conllu(dev_path))
    if args.dev_holdout:
        train, sentences = split_dev(dev)
        tagger = "the shipped tagger" if args.model is None else "a tagger built without it"
        where = f"UD EWT dev, held-back fifth ({len(sentences)} sentences, {tagger})"
    elif args.dev_tune:
        sentences, _ = split_dev(dev)
        train = sentences
        where = f"UD EWT dev, tuning part ({len(sentences)} sentences; UPOS inflated)"
    elif args.dev:
        train, sentences = dev, dev
        where = f"UD EWT dev, whole ({len(sentences)} sentences; UPOS inflated: the tagger is trained on it)"
    else:
        train, sentences = dev, list(read_conllu(test_path))
        where = f"UD EWT test ({len(sentences)} sentences)"
    started = time.perf_counter()
    scores = evaluate(sentences, {"newsparse": ours(args.model), "baseline": baseline(train)})
    figures = _report(scores, where, time.perf_counter() - started)
    if args.json_out:
        Path(args.json_out).write_text(
            json.dumps({"set": where, "systems": figures}, indent=2), encoding="utf-8"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
