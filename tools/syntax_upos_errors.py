"""The UPOS error table of the ``syntax`` layer on UD EWT dev's tuning part, cross-validated.

The shipped tagger is trained on all of dev, so its errors on the tuning part (dev less every fifth
sentence, ``evaluation.syntax.split_dev``) are too few to class. This tool cuts the tuning part into
``--folds`` contiguous blocks, trains a tagger on the other blocks for each (as
``tools/build_syntax_model.py`` trains the shipped one, with the lexicon ``--lexicon`` names and
WordNet's word classes), runs the whole layer on each block with its block's tagger, and classes
every word whose tag is not gold's as (gold tag, our tag), largest first, with the web genres
(the sentence id's prefix) and the commonest forms; "-" is a gold word our segmentation does not
give. Tuning part only: the counting part and the test file are never read here.

Usage: ``python tools/syntax_upos_errors.py --corpora CORPORA --lexicon en-lexicon.txt
[--folds 5] [--save DIR | --load DIR] [--top 25]`` (about 30 s a fold to train; ``--load`` reads
taggers saved by ``--save``).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "plugins"), str(ROOT / "src"), str(ROOT / "tools")]

import build_syntax_model as build  # noqa: E402
import numpy as np  # noqa: E402
from evaluation.conllu import GoldSentence, read_conllu  # noqa: E402
from evaluation.syntax import Score, score_sentence, split_dev  # noqa: E402

from newsparse.text import split_sentences  # noqa: E402
from newsparse_syntax.layer import analyse_text  # noqa: E402
from newsparse_syntax.tagger import Tagger, load_tagger  # noqa: E402

Miss = tuple[str, str, str, str]  # gold tag, our tag ("-": no such word of ours), form, genre


def fold_blocks(sentences: Sequence[GoldSentence], folds: int) -> list[list[int]]:
    """Contiguous blocks of sentence indices (a document's sentences stay together)."""
    return [block.tolist() for block in np.array_split(np.arange(len(sentences)), folds)]


def fold_tagger(sentences: Sequence[GoldSentence], held: set[int], lexicon: Path) -> Tagger:
    """A tagger trained on the tuning sentences outside ``held``."""
    part = [s for i, s in enumerate(sentences) if i not in held]
    words = build.read_lexicon(lexicon)
    classes = build.read_wordnet(build.WORDNET)
    tags = sorted({w.upos for s in sentences for w in s.words})
    names, lex_classes = build.build_index(part, words, classes)
    return build.train(build.make_tagger(tags, names, words, lex_classes, classes), part, build.EPOCHS)


def misses(sentence: GoldSentence, tagger: Tagger, score: Score) -> list[Miss]:
    """The layer on one sentence: its counts added to ``score``, its wrong words returned."""
    text = sentence.text
    words = analyse_text(text, [(s.start, s.end) for s in split_sentences(text)], tagger)
    score_sentence(score, sentence, words)
    ours = {(w.start, w.end): w.upos for w in words}
    genre = sentence.id.split("-", 1)[0]
    found: list[Miss] = []
    for w in sentence.words:
        mine = ours.get((w.start, w.end), "-")
        if mine != w.upos:
            found.append((w.upos, mine, w.form, genre))
    return found


def table(found: Sequence[Miss], top: int) -> list[str]:
    """The (gold, ours) pairs, largest first: count, genres, commonest forms."""
    pairs = Counter((gold, mine) for gold, mine, _, _ in found)
    lines = []
    for (gold, mine), count in pairs.most_common(top):
        mine_only = [(form, genre) for g, m, form, genre in found if (g, m) == (gold, mine)]
        genres = Counter(genre for _, genre in mine_only).most_common()
        forms = Counter(str.lower(form) for form, _ in mine_only).most_common(8)
        shown_genres = " ".join(f"{g} {n}" for g, n in genres)
        shown_forms = ", ".join(f"{f} {n}" if n > 1 else f for f, n in forms)
        lines.append(f"{count:5d}  {gold:>6} -> {mine:<6} [{shown_genres}]  {shown_forms}")
    return lines


def main(argv: list[str] | None = None) -> int:
    """Train (or load) the fold taggers, run the layer on each block, print the figures and the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpora", type=Path, required=True, help="folder holding ud-ewt/")
    parser.add_argument("--lexicon", type=Path, help="en-lexicon.txt (needed unless --load)")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--save", type=Path, help="write each fold's tagger to DIR/fold<k>")
    parser.add_argument("--load", type=Path, help="read the fold taggers --save wrote (no training)")
    parser.add_argument("--top", type=int, default=25)
    args = parser.parse_args(argv)
    if args.load is None and args.lexicon is None:
        parser.error("--lexicon is needed to train the fold taggers (or --load saved ones)")
    tune, _ = split_dev(list(read_conllu(args.corpora / "ud-ewt" / "en_ewt-ud-dev.conllu")))
    score, found = Score(), []
    for k, block in enumerate(fold_blocks(tune, args.folds)):
        if args.load is not None:
            tagger = load_tagger(args.load / f"fold{k}")
        else:
            tagger = fold_tagger(tune, set(block), args.lexicon)
            if args.save is not None:
                tags = sorted({w.upos for s in tune for w in s.words})
                build.write_data(args.save / f"fold{k}", tagger, tags)
        for i in block:
            found += misses(tune[i], tagger, score)
    upos = score.tags_right / score.words
    print(f"UD EWT dev, tuning part ({len(tune)} sentences, {args.folds} folds): UPOS {upos:.4f}", end="")
    print(f" ({score.tags_right} of {score.words}), subject F1 {score.prf('subject')[2]:.4f},", end="")
    print(f" obj F1 {score.prf('obj')[2]:.4f}; {len(found)} words wrong")
    print("\n".join(table(found, args.top)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
