"""Build the syntax plugin's shipped data: the word-class lexicon and the tagger's weights.

Build time only (never imported by the package). Usage, from the repository root:

    python tools/build_syntax_model.py --treebank ../shared/corpora/ud-ewt/en_ewt-ud-dev.conllu \
        [--lexicon path/to/en-lexicon.txt] [--wordnet WORDNET_DICT_DIR] [--holdout]

The lexicon is the Brill tagger's word list as shipped in textblob's wheel (``textblob/en/
en-lexicon.txt``, MIT; from pattern, BSD): one Penn tag per word. The word classes are the parts
of speech WordNet 3.0 lists for each form (its index and exception files, as Debian's
``wordnet-base`` installs them; WordNet licence). The weights are the mean of three averaged
perceptrons trained on the UD English Web Treebank **dev** file only (CC BY-SA 4.0); the test file
is for measuring. ``--holdout`` trains on dev less its held-back fifth (every fifth sentence) and
reports accuracy on that fifth, which is how the settings below were chosen; with ``--out DIR`` it
also writes that tagger, for ``python -m evaluation.syntax --dev-holdout --model DIR``.
"""

from __future__ import annotations

import argparse
import gzip
import sys
from collections import Counter
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "plugins"), str(ROOT / "src")]

from evaluation.conllu import GoldSentence, read_conllu  # noqa: E402
from evaluation.syntax import split_dev  # noqa: E402

from newsparse_syntax.features import CONTEXT_SLOTS, PAD, type_features  # noqa: E402
from newsparse_syntax.tagger import Tagger, feature_rows, tag_row_count, tag_rows  # noqa: E402

DATA = ROOT / "plugins" / "newsparse_syntax" / "data"
EPOCHS = 10
FOLDS = 5
SEEDS = (13, 14, 15)  # the perceptrons averaged (each shuffles the examples its own way)
OWN_CLASS = 8  # training occurrences from which a word is its own class in the second pass


def read_lexicon(path: Path) -> dict[str, str]:
    """Brill's lexicon: ``word TAG [TAG...]`` lines, the first tag the most frequent."""
    table: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        if line.startswith(";;;"):
            continue
        parts = line.split()
        if len(parts) >= 2:
            table.setdefault(parts[0], parts[1])
    return table


WORDNET = Path("/usr/share/wordnet")  # Debian's wordnet-base package
_POS_FILES = (("noun", "n"), ("verb", "v"), ("adj", "a"), ("adv", "r"))


def _inflections(lemma: str, pos: str) -> list[tuple[str, str]]:
    """Regular inflected forms of a WordNet lemma: plurals of nouns, -s/-ed/-ing of verbs."""
    if pos == "n":
        plural = (
            lemma[:-1] + "ies"
            if lemma.endswith("y") and lemma[-2:-1] not in "aeiou"
            else lemma + ("es" if lemma.endswith(("s", "x", "z", "ch", "sh")) else "s")
        )
        return [(plural, "N")]
    if pos != "v":
        return []
    stem = lemma[:-1] if lemma.endswith("e") and not lemma.endswith(("ee", "ye", "oe")) else lemma
    third = (
        lemma[:-1] + "ies"
        if lemma.endswith("y") and lemma[-2:-1] not in "aeiou"
        else lemma + ("es" if lemma.endswith(("s", "x", "z", "ch", "sh")) else "s")
    )
    past = lemma[:-1] + "ied" if lemma.endswith("y") and lemma[-2:-1] not in "aeiou" else stem + "ed"
    return [(third, "S"), (past, "D"), (stem + "ing", "G")]


def read_wordnet(folder: Path) -> dict[str, str]:
    """Word form -> its WordNet classes: n v a r (lemmas), N plural, S -s, D -ed, G -ing (forms)."""
    found: dict[str, set[str]] = {}
    for name, pos in _POS_FILES:
        for line in (folder / f"index.{name}").read_text(encoding="utf-8").splitlines():
            lemma = line.split(" ", 1)[0]
            if line.startswith(" ") or not lemma.isalpha() or not lemma.isascii():
                continue
            found.setdefault(lemma, set()).add(pos)
            for form, mark in _inflections(lemma, pos):
                found.setdefault(form, set()).add(mark)
        exceptions = folder / f"{name}.exc"
        for line in exceptions.read_text(encoding="utf-8").splitlines():
            form = line.split(" ", 1)[0]
            if form.isalpha():
                found.setdefault(form, set()).add(_exception_mark(form, pos))
    return {form: "".join(sorted(marks)) for form, marks in found.items()}


def _exception_mark(form: str, pos: str) -> str:
    """The class of an irregular form from an exception list (its ending tells a verb's form)."""
    if pos == "v":
        return "G" if form.endswith("ing") else "S" if form.endswith("s") else "D"
    return {"n": "N", "a": "a", "r": "r"}[pos]


def find_lexicon() -> Path:
    """textblob's copy of the lexicon, from the installed package."""
    import textblob

    return Path(textblob.__file__).parent / "en" / "en-lexicon.txt"


def build_index(
    sentences: list[GoldSentence], lexicon: dict[str, str], word_classes: dict[str, str]
) -> tuple[dict[str, int], dict[str, int]]:
    """Every feature string seen in training (plus one unknown per slot), and the lexicon classes."""
    names: dict[str, int] = {}
    for slot in range(CONTEXT_SLOTS):
        names.setdefault(f"{slot}=?", len(names))
        names.setdefault(f"{slot}=<pad>", len(names))
    classes: dict[str, int] = {"?": 0}
    counts: Counter[str] = Counter()
    for sentence in sentences:
        for word in sentence.words:
            feats = type_features(word.form, lexicon, word_classes)
            for name in feats:
                names.setdefault(name, len(names))
            classes.setdefault(feats[7][2:], len(classes))
            counts[feats[0]] += 1
    for tag in sorted(set(lexicon.values())):
        classes.setdefault(tag, len(classes))
    for name, count in sorted(counts.items()):  # the second pass pairs a frequent word itself with tags
        if count >= OWN_CLASS:
            classes.setdefault(name, len(classes))
    return names, classes


def make_tagger(
    tags: list[str],
    names: dict[str, int],
    lexicon: dict[str, str],
    classes: dict[str, int],
    word_classes: dict[str, str],
) -> Tagger:
    """An untrained tagger from tables (the shape the plugin loads)."""
    empty = np.zeros((0, len(tags)), dtype=np.float32)
    return Tagger(tuple(tags), names, lexicon, classes, empty, empty, word_classes)


def examples(
    tagger: Tagger, sentences: list[GoldSentence]
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Pass-one rows, lexicon class ids, padded-position mask and gold tag ids of every position."""
    seq, types = _sequence([[w.form for w in s.words] for s in sentences])
    table = tagger.type_table(types)
    kinds = table[seq]
    rows = feature_rows(kinds[:, :CONTEXT_SLOTS], len(tagger.features))
    gold = np.full(len(seq), -1, dtype=np.int64)
    at = 2
    tag_id = {t: k for k, t in enumerate(tagger.tags)}
    for s in sentences:
        for k, w in enumerate(s.words):
            gold[at + k] = tag_id[w.upos]
        at += len(s.words) + 2
    return rows, kinds[:, CONTEXT_SLOTS], seq == 0, gold


def _sequence(sentences: list[list[str]]) -> tuple[np.ndarray, list[str]]:
    """Type ids of the words with two pads around every sentence (type 0 is the pad), and the types."""
    ids: dict[str, int] = {PAD: 0}
    seq = [0, 0]
    for sentence in sentences:
        seq += [ids.setdefault(word, len(ids)) for word in sentence]
        seq += (0, 0)
    return np.array(seq, dtype=np.int64), list(ids)


def perceptron(
    rows: np.ndarray, gold: np.ndarray, n_rows: int, n_tags: int, epochs: int, seed: int = 13
) -> np.ndarray:
    """Averaged perceptron over independent examples (rows of active weight rows, gold tag)."""
    weights = np.zeros((n_rows, n_tags), dtype=np.float64)
    totals = np.zeros_like(weights)
    step = 1
    order = np.flatnonzero(gold >= 0)
    rng = np.random.default_rng(seed)
    for _ in range(epochs):
        rng.shuffle(order)
        for i in order.tolist():
            active = rows[i]
            guess = int(weights[active].sum(axis=0).argmax())
            truth = int(gold[i])
            if guess != truth:
                weights[active, truth] += 1.0
                weights[active, guess] -= 1.0
                totals[active, truth] += step
                totals[active, guess] -= step
            step += 1
    return (weights - totals / step).astype(np.float32)


def _averaged(rows: np.ndarray, gold: np.ndarray, n_rows: int, n_tags: int, epochs: int) -> np.ndarray:
    """The mean weights of perceptrons trained on differently shuffled examples (steadier than one)."""
    runs = [perceptron(rows, gold, n_rows, n_tags, epochs, seed) for seed in SEEDS]
    return np.mean(runs, axis=0).astype(np.float32)


def train(tagger: Tagger, sentences: list[GoldSentence], epochs: int) -> Tagger:
    """Both passes; pass two learns from first-pass tags predicted on held-out folds (jackknife)."""
    n_tags = len(tagger.tags)
    n_first = 5 * len(tagger.features)
    rows, lex, pads, gold = examples(tagger, sentences)
    first = _averaged(rows, gold, n_first, n_tags, epochs)
    predicted = np.zeros(len(gold), dtype=np.int64)
    folds = np.array_split(np.arange(len(sentences)), FOLDS)
    for fold in folds:
        held = set(fold.tolist())
        part = [s for k, s in enumerate(sentences) if k not in held]
        r, _, _, g = examples(tagger, part)
        w = perceptron(r, g, n_first, n_tags, epochs)
        r2, _, p2, _ = examples(tagger, [sentences[k] for k in fold.tolist()])
        guess = w[r2].sum(axis=1).argmax(axis=1)
        guess[p2] = n_tags
        lo = _position(sentences, int(fold[0]))
        predicted[lo : lo + len(guess)] = guess
    predicted[pads] = n_tags
    extra = tag_rows(predicted, lex, len(tagger.features), n_tags + 1, len(tagger.lex_classes))
    both = np.concatenate((rows, extra), axis=1)
    n_second = n_first + tag_row_count(n_tags + 1, len(tagger.lex_classes))
    second = _averaged(both, gold, n_second, n_tags, epochs)
    return tagger.with_weights(first, second)


def _position(sentences: list[GoldSentence], index: int) -> int:
    """Where sentence ``index`` starts in the padded sequence of all sentences, minus its pads."""
    return sum(len(s.words) + 2 for s in sentences[:index])


def accuracy(tagger: Tagger, sentences: list[GoldSentence]) -> float:
    """UPOS accuracy on gold words."""
    tagged = tagger.tag([[w.form for w in s.words] for s in sentences])
    right = total = 0
    for s, tags in zip(sentences, tagged, strict=True):
        for w, t in zip(s.words, tags, strict=True):
            right += w.upos == t
            total += 1
    return right / total


def main() -> int:
    """Build (or, with --holdout, measure on dev's held-back fifth) the tagger."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--treebank", type=Path, required=True, help="the UD EWT dev file (CoNLL-U)")
    parser.add_argument("--lexicon", type=Path, help="en-lexicon.txt (default: the installed textblob's)")
    parser.add_argument("--wordnet", type=Path, default=WORDNET, help="WordNet 3.0's dict folder")
    parser.add_argument("--holdout", action="store_true", help="train without held-back dev, score it")
    parser.add_argument("--out", type=Path, help="output folder (default: the plugin data)")
    parser.add_argument("--epochs", type=int, default=EPOCHS)
    args = parser.parse_args()
    if "test" in args.treebank.name:
        parser.error("train on the dev file only; the test file is for measuring")
    lexicon = read_lexicon(args.lexicon or find_lexicon())
    sentences = list(read_conllu(args.treebank))
    train_part, held = split_dev(sentences) if args.holdout else (sentences, [])
    tags = sorted({w.upos for s in sentences for w in s.words})
    word_classes = read_wordnet(args.wordnet)
    names, classes = build_index(train_part, lexicon, word_classes)
    tagger = train(make_tagger(tags, names, lexicon, classes, word_classes), train_part, args.epochs)
    if args.holdout:
        print(f"held-back dev fifth ({len(held)} sentences): UPOS accuracy {accuracy(tagger, held):.4f}")
        if args.out is None:
            return 0
    out = args.out or DATA
    write_data(out, tagger, tags)
    print(f"wrote {out} ({len(names)} features, {len(lexicon)} lexicon words)")
    return 0


def write_data(out: Path, tagger: Tagger, tags: list[str]) -> None:
    """The lexicon and the weights (half precision), as the plugin loads them."""
    out.mkdir(parents=True, exist_ok=True)
    lines = "".join(f"{word}\t{tag}\n" for word, tag in sorted(tagger.lexicon.items()))
    (out / "lexicon.tsv.gz").write_bytes(gzip.compress(lines.encode("utf-8"), mtime=0))
    lines = "".join(f"{word}\t{marks}\n" for word, marks in sorted(tagger.word_classes.items()))
    (out / "wordclasses.tsv.gz").write_bytes(gzip.compress(lines.encode("utf-8"), mtime=0))
    np.savez_compressed(
        out / "tagger.npz",
        tags=np.array(tags),
        features=np.array(list(tagger.features)),
        lex_classes=np.array(list(tagger.lex_classes)),
        first=tagger.first.astype(np.float16),
        second=tagger.second.astype(np.float16),
    )


if __name__ == "__main__":
    sys.exit(main())
