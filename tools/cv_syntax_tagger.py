"""Cross-validate the syntax tagger on UD EWT dev: train on k-1 blocks, score the layer on the last.

Build time only (never imported by the package). Usage, from the repository root:

    python tools/cv_syntax_tagger.py --treebank ../shared/corpora/ud-ewt/en_ewt-ud-dev.conllu \
        [--folds 5] [--json OUT] [--confusion]

The folds are contiguous blocks of sentences (whole documents stay together, so a name seen in one
document's training sentences does not help its held-out ones). Each fold prints the tagger's UPOS
on gold words, and the whole layer's UPOS and subject/object F1 as ``evaluation.syntax`` scores
them; the mean and spread over folds close the table. This is how tagger changes are chosen; the
test file is never read here.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "plugins"), str(ROOT / "src"), str(ROOT / "tools")]

import build_syntax_model  # noqa: E402
import numpy as np  # noqa: E402
from build_syntax_model import (  # noqa: E402
    WORDNET,
    accuracy,
    build_index,
    find_lexicon,
    make_tagger,
    read_lexicon,
    read_wordnet,
    train,
    write_data,
)
from evaluation.conllu import GoldSentence, read_conllu  # noqa: E402
from evaluation.syntax import Score, score_sentence  # noqa: E402

from newsparse.text import split_sentences  # noqa: E402
from newsparse_syntax.layer import analyse_text  # noqa: E402
from newsparse_syntax.tagger import Tagger, load_tagger  # noqa: E402


def score_layer(tagger: Tagger, sentences: list[GoldSentence], confusion: Counter[tuple[str, str]]) -> Score:
    """The layer's UPOS and relation counts on ``sentences`` (each its own text), confusions added."""
    score = Score()
    for sentence in sentences:
        text = sentence.text
        words = analyse_text(text, [(s.start, s.end) for s in split_sentences(text)], tagger)
        score_sentence(score, sentence, words)
        by_span = {(w.start, w.end): w.upos for w in words}
        for w in sentence.words:
            mine = by_span.get((w.start, w.end), "-")
            if mine != w.upos:
                confusion[(w.upos, mine)] += 1
    return score


def main() -> int:
    """Print per-fold and mean figures (and, with --confusion, the commonest confusions)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--treebank", type=Path, required=True, help="the UD EWT dev file (CoNLL-U)")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--json", dest="json_out", type=Path, help="write per-fold figures here")
    parser.add_argument("--confusion", action="store_true", help="print the 25 commonest confusions")
    parser.add_argument("--save", type=Path, help="write each fold's tagger to DIR/fold<k>")
    parser.add_argument("--load", type=Path, help="score the taggers saved by --save (no training)")
    parser.add_argument("--set", action="append", default=[], help="override a build constant: NAME=1[,2..]")
    args = parser.parse_args()
    for setting in args.set:
        name, _, value = setting.partition("=")
        numbers = tuple(int(part) for part in value.split(","))
        setattr(build_syntax_model, name, numbers if "," in value else numbers[0])
    if "test" in args.treebank.name:
        parser.error("cross-validate on the dev file only; the test file is for measuring")
    lexicon = read_lexicon(find_lexicon())
    word_classes = read_wordnet(WORDNET)
    sentences = list(read_conllu(args.treebank))
    tags = sorted({w.upos for s in sentences for w in s.words})
    blocks = np.array_split(np.arange(len(sentences)), args.folds)
    confusion: Counter[tuple[str, str]] = Counter()
    rows: list[dict[str, float]] = []
    for k, block in enumerate(blocks):
        held_ids = set(block.tolist())
        part = [s for i, s in enumerate(sentences) if i not in held_ids]
        held = [sentences[i] for i in block.tolist()]
        if args.load:
            tagger = load_tagger(args.load / f"fold{k}")
        else:
            names, classes = build_index(part, lexicon, word_classes)
            untrained = make_tagger(tags, names, lexicon, classes, word_classes)
            tagger = train(untrained, part, build_syntax_model.EPOCHS)
        if args.save:
            write_data(args.save / f"fold{k}", tagger, tags)
        score = score_layer(tagger, held, confusion)
        row = {
            "tagger": accuracy(tagger, held),
            "layer": score.tags_right / score.words,
            "subject": score.prf("subject")[2],
            "obj": score.prf("obj")[2],
        }
        rows.append(row)
        print(f"fold {k}: " + "  ".join(f"{name} {value:.4f}" for name, value in row.items()), flush=True)
    for name in rows[0]:
        values = [row[name] for row in rows]
        print(f"mean {name}: {statistics.mean(values):.4f} (sd {statistics.stdev(values):.4f})")
    if args.confusion:
        for (gold, mine), count in confusion.most_common(25):
            print(f"  gold {gold:<6} ours {mine:<6} {count}")
    if args.json_out:
        args.json_out.write_text(json.dumps(rows, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
