"""A two-pass linear UPOS tagger whose scores are numpy sums over feature rows, for a whole document.

Pass one scores each word from its own and its neighbours' type features; pass two adds the tags
pass one gave the neighbours. No pass looks at its own earlier decisions, so each is one gather and
sum over every word of the document at once (a few microseconds a word), not a Python loop.
"""

from __future__ import annotations

import functools
import gzip
from collections.abc import Mapping, Sequence
from importlib import resources
from importlib.resources.abc import Traversable
from itertools import repeat
from typing import Any, Final, NoReturn, final

import numpy as np

from newsparse_syntax.features import CONTEXT_SLOTS, OFFSETS, PAD, type_feature_values, type_features
from newsparse_syntax.noun_verb_repairs import past_nouns

_MEMORY: Final = 1 << 16  # word types whose scores are kept
_PADS: Final = (PAD, PAD)
_NAME_CLASSES: Final = frozenset({"NNP", "NNPS"})
# plural nouns and function words: a capitalised one opening a sentence is no name
_COMMON_CLASSES: Final = frozenset("NNS IN DT PDT PRP PRP$ WDT WP WRB CC MD EX TO".split())
_OPENERS: Final = frozenset("\" “ ‘ ' ( [ -".split())
_SHORT: Final = 96  # positions below which each pass sums its feature rows in one operation
# each offset of OFFSETS (a row) at every position (a column), as places among the padded positions
# (two pads first): offsets first, so a sum over them adds whole rows, as fast as numpy sums
_WINDOWS: Final = np.array([2 + o for o, _ in OFFSETS])[:, None] + np.arange(_SHORT, dtype=np.int64)
_BLOCKS: Final = np.arange(len(OFFSETS), dtype=np.int64)[:, None]  # the score blocks, one an offset

__all__ = ["Tagger", "default_tagger", "feature_rows", "load_lexicon", "load_tagger", "tag_rows"]

Array = Any  # numpy arrays (numpy's own generic types would add nothing a reader needs here)


def load_lexicon(text: str) -> dict[str, str]:
    """The shipped word -> lexicon class table from its ``word<TAB>class`` lines."""
    parts = text.replace("\n", "\t").split("\t")
    if text.endswith("\n") and text.count("\t") == text.count("\n"):  # one tab a line: pair them at C speed
        return dict(zip(parts[0::2], parts[1::2], strict=False))
    table: dict[str, str] = {}
    for line in text.splitlines():
        word, _, tag = line.partition("\t")
        if word and tag:
            table[word] = tag
    return table


@final
class Tagger:
    """The trained tables: feature ids, lexicon, the two passes' weights and the tag set.

    A plain final class (a native class in the compiled build, whose fields compiled code reads
    directly). It is frozen as the attrs class was: its fields are set once, in ``__init__``, and
    any later write raises ``AttributeError``. What each word type seen adds to the scores is kept
    in a bounded memory of derived data (a cache like Document's tokens, not state).
    """

    __slots__ = (
        "_column_mix",
        "_column_starts",
        "_memory",
        "_own_classes",
        "_rows",
        "_slot_ids",
        "_tag_names",
        "_unknown",
        "_word_weights",
        "features",
        "first",
        "lex_classes",
        "lexicon",
        "memory_size",
        "past_nouns",
        "second",
        "tags",
        "word_classes",
    )
    tags: tuple[str, ...]
    features: Mapping[str, int]
    lexicon: Mapping[str, str]
    lex_classes: Mapping[str, int]
    first: Array  # (rows, tags) weights of pass one
    second: Array  # (rows + tag rows, tags) weights of pass two
    word_classes: Mapping[str, str]  # word -> its dictionary classes ("nv")
    memory_size: int  # how many word types' scores are kept before the memory starts over
    past_nouns: frozenset[str]  # words both a noun and a verb's past form (the noun-verb repair's)
    _memory: dict[str, int]  # type -> row
    # one (types, 2 x tags) score table per offset of OFFSETS, then the types' second-pass class ids:
    # a contiguous table per offset makes gathering a document's rows one fast ``take`` each
    _rows: list[Array]
    _unknown: tuple[int, ...]  # each slot's id for an unseen value
    # each slot's feature ids by value ("rom" for "3=rom"), and the frequent words' own classes by
    # word: new types' ids are looked up without building a "slot=value" string a feature
    _slot_ids: tuple[dict[str, int], ...]
    _own_classes: dict[str, int]
    # both passes' weights of the word-feature rows, one row a feature holding every offset's block
    # side by side (-0.0 where the offset does not use the feature's slot): one gather a slot for new types
    _word_weights: Array
    _tag_names: Array  # the tags as an object array: one take names all
    _column_starts: Array  # where each of the second pass's tag-feature blocks starts among the rows
    _column_mix: Array  # (class, tags at offsets -1, +1, -2, +2) -> the seven tag-feature rows

    def __init__(
        self,
        tags: tuple[str, ...],
        features: Mapping[str, int],
        lexicon: Mapping[str, str],
        lex_classes: Mapping[str, int],
        first: Array,
        second: Array,
        word_classes: Mapping[str, str] | None = None,
        memory_size: int = _MEMORY,
    ) -> None:
        """Keep the tables and derive the lookup tables from them, once."""
        object.__setattr__(self, "tags", tags)
        object.__setattr__(self, "features", features)
        object.__setattr__(self, "lexicon", lexicon)
        object.__setattr__(self, "lex_classes", lex_classes)
        object.__setattr__(self, "first", first)
        object.__setattr__(self, "second", second)
        object.__setattr__(self, "word_classes", {} if word_classes is None else word_classes)
        object.__setattr__(self, "memory_size", memory_size)
        object.__setattr__(self, "past_nouns", past_nouns(self.word_classes))
        object.__setattr__(self, "_memory", {})
        object.__setattr__(self, "_rows", [])
        object.__setattr__(self, "_tag_names", np.array(tags, dtype=object))
        object.__setattr__(
            self, "_unknown", tuple(features.get(f"{slot}=?", 0) for slot in range(CONTEXT_SLOTS))
        )
        slot_ids = _ids_by_value(features)
        object.__setattr__(self, "_slot_ids", slot_ids)
        own_classes = {name[2:]: k for name, k in lex_classes.items() if name.startswith("0=")}
        object.__setattr__(self, "_own_classes", own_classes)
        object.__setattr__(
            self, "_word_weights", _both_weights(first, second, len(features), len(tags), slot_ids)
        )
        object.__setattr__(
            self, "_column_starts", _column_bases(len(features), len(tags) + 1, len(lex_classes))
        )
        object.__setattr__(self, "_column_mix", _column_mix(len(tags) + 1))

    def __setattr__(self, name: str, value: object) -> NoReturn:
        """Refuse a write: a trained tagger never changes (as an ``attrs.frozen`` class refuses)."""
        raise AttributeError(f"Tagger is frozen: cannot set {name!r}")

    def __repr__(self) -> str:
        """The tag set and the table sizes (the weights are too large to print)."""
        return f"Tagger(tags={self.tags!r}, features={len(self.features)}, lexicon={len(self.lexicon)})"

    def with_weights(self, first: Array, second: Array) -> Tagger:
        """The same tables with new weights of both passes (what training fills in)."""
        return Tagger(
            self.tags,
            self.features,
            self.lexicon,
            self.lex_classes,
            first,
            second,
            self.word_classes,
            self.memory_size,
        )

    def type_table(self, types: Sequence[str]) -> Array:
        """One row per word type: its feature ids in each slot, then its class id (second pass)."""
        if not types:
            return np.array([], dtype=np.int64)
        columns = type_feature_values(types, self.lexicon, self.word_classes)
        ids = [
            list(map(index.get, values, repeat(unknown)))
            for index, values, unknown in zip(self._slot_ids, columns, self._unknown, strict=True)
        ]
        # as in type_row: a frequent word's own class, else its lexicon's
        classes, own_classes = self.lex_classes, self._own_classes
        words, owns = columns[0], columns[7]
        ids.append([own_classes.get(w, 0) or classes.get(own, 0) for w, own in zip(words, owns, strict=True)])
        return np.array(ids, dtype=np.int64).T.copy()

    def type_row(self, word: str) -> tuple[int, ...]:
        """The feature ids of word type ``word`` in each slot, then its lexicon class id."""
        index = self.features
        names = type_features(word, self.lexicon, self.word_classes)
        ids = list(map(index.get, names, self._unknown))
        classes = self.lex_classes  # a word frequent in training is its own class, others their lexicon's
        ids.append(classes.get(names[0], 0) or classes.get(names[7][2:], 0))
        return tuple(ids)

    def type_scores(self, table: Array) -> Array:
        """What each word type adds to the scores at each offset: (types, offsets, 2 x tags).

        The last axis holds pass one's scores then pass two's. Summing a type's feature weights
        once per type (not once per occurrence and offset) makes tagging a few array additions.
        """
        weights = self._word_weights  # every offset's rows of a feature side by side: one take a slot
        scores = weights.take(table[:, 0], axis=0)
        for slot in range(1, CONTEXT_SLOTS):  # in slot order, as each offset's own sum (OFFSETS ascends)
            scores += weights.take(table[:, slot], axis=0)
        return scores.reshape(len(table), len(OFFSETS), 2 * len(self.tags))

    def _entries(self, words: list[str]) -> Array:
        """The memory row of each word (types not yet remembered are computed together)."""
        memory = self._memory
        try:  # most documents bring only types already kept: no set of the words to build
            return np.fromiter(map(memory.__getitem__, words), dtype=np.int64, count=len(words))
        except KeyError:
            pass
        missing = set(words).difference(memory)
        if missing and len(memory) + len(missing) > self.memory_size:  # start over, keeping this call's types
            memory.clear()
            missing = set(words)
        if missing:
            types = sorted(missing)
            table = self.type_table(types)
            self._remember(types, self.type_scores(table), table[:, CONTEXT_SLOTS])
        return np.fromiter(map(memory.__getitem__, words), dtype=np.int64, count=len(words))

    def _remember(self, words: list[str], scores: Array, lex: Array) -> None:
        """Keep new types' rows after those already kept."""
        memory, store = self._memory, self._rows
        used, needed = len(memory), len(memory) + len(words)
        if not store or store[0].shape[1] < needed:
            size = max(needed, 2 * store[0].shape[1] if store else 4096)
            grown = [np.zeros((len(OFFSETS), size, scores.shape[2]), dtype=np.float32)]
            grown.append(np.zeros(size, dtype=np.int64))
            if store:
                grown[0][:, :used] = store[0][:, :used]
                grown[1][:used] = store[1][:used]
            store[:] = grown
        store[0][:, used:needed] = scores.transpose(1, 0, 2)
        store[1][used:needed] = lex
        memory.update(zip(words, range(used, needed), strict=True))

    def tag(self, sentences: Sequence[Sequence[str]]) -> list[list[str]]:
        """The UPOS tag of every word of every sentence.

        A few whole-array operations per call (not per sentence or word), so one short sentence
        costs little more than its share of a document. A sentence whose capitalised first word
        was taken for a name but is a common word ("People are ...") is tagged again in lower case.
        """
        tagged = self._tag(sentences)
        openers = _common_openers(sentences, tagged, self.lexicon)
        if openers:
            again = [list(sentences[i]) for i, _ in openers]
            for sentence, (_, k) in zip(again, openers, strict=True):
                sentence[k] = str.lower(sentence[k])
            for (i, _), tags in zip(openers, self._tag(again), strict=True):
                tagged[i] = tags
        return tagged

    def _tag(self, sentences: Sequence[Sequence[str]]) -> list[list[str]]:
        """The model's tags of every word of every sentence (both passes)."""
        words = _padded(sentences)
        n, n_tags = len(words) - 4, len(self.tags)  # positions between the outer pads
        if n <= 0:
            return [[] for _ in sentences]
        rows = self._entries(words)  # memory row of every position
        if n < _SHORT:
            second = self._short_scores(rows, n, n_tags)
        else:
            second = self._long_scores(rows, n, n_tags)
        names = self._tag_names.take(second.argmax(axis=1)).tolist()
        out: list[list[str]] = []
        k = 0
        for sentence in sentences:
            out.append(names[k : k + len(sentence)])
            k += len(sentence) + 2
        return out

    def _long_scores(self, rows: Array, n: int, n_tags: int) -> Array:
        """Pass two's scores of the ``n`` positions between the outer pads, a take an offset and a
        tag feature (large arrays: few, long operations)."""
        blocks, lex = self._rows
        both = blocks[0].take(rows[2:-2], axis=0)  # (positions, 2 x tags): both passes' word scores
        for block, (offset, _) in enumerate(OFFSETS[1:], start=1):
            both += blocks[block].take(rows[2 + offset : n + 2 + offset], axis=0)
        guess = np.full(n + 4, n_tags, dtype=np.int64)  # the pad tag around and between sentences
        guess[2:-2] = both[:, :n_tags].argmax(axis=1)
        guess[rows == self._memory[PAD]] = n_tags
        classes = lex.take(rows[2:-2])
        extra = _tag_columns(guess, classes, n_tags + 1, self._column_starts)
        tag_part = self.second.take(extra[:, 0], axis=0)
        for column in extra.T[1:]:
            tag_part += self.second.take(column, axis=0)
        return both[:, n_tags:] + tag_part

    def _short_scores(self, rows: Array, n: int, n_tags: int) -> Array:
        """The same scores for a few positions (a sentence), in fewer, larger array operations: each
        pass's rows of every offset gathered at once and summed over the offsets in the same order."""
        window = _WINDOWS[:, :n]  # (offsets, positions): each position's neighbour at every offset
        blocks, lex = self._rows
        steps = _BLOCKS * blocks.shape[1]  # where each block starts among all blocks' rows
        rows_at = rows.take(window) + steps  # (a take, not an index: several times faster on few rows)
        both = blocks.reshape(-1, blocks.shape[2]).take(rows_at, axis=0).sum(axis=0)  # (positions, 2 x tags)
        guess = np.full(n + 4, n_tags, dtype=np.int64)  # the pad tag around and between sentences
        guess[2:-2] = both[:, :n_tags].argmax(axis=1)
        guess[rows == self._memory[PAD]] = n_tags
        around = guess.take(window)  # the word's own first-pass tag, then its neighbours'
        around[0] = lex.take(rows[2:-2])  # (the word's own tag is no feature: its class instead)
        extra = self._column_mix @ around  # _tag_columns' seven columns (as rows), as one product
        extra += self._column_starts[:, None]
        return both[:, n_tags:] + self.second.take(extra, axis=0).sum(axis=0)


def _ids_by_value(features: Mapping[str, int]) -> tuple[dict[str, int], ...]:
    """Each context slot's feature ids by value ("rom" for the feature "3=rom")."""
    slots: dict[str, dict[str, int]] = {str(slot): {} for slot in range(CONTEXT_SLOTS)}
    for name, index in features.items():
        slot, equals, value = name.partition("=")
        ids = slots.get(slot)
        if ids is not None and equals:
            ids[value] = index
    return tuple(slots.values())


def _both_weights(
    first: Array, second: Array, n_features: int, n_tags: int, slot_ids: tuple[dict[str, int], ...]
) -> Array:
    """(features, offsets x 2 x tags): a feature's rows of both passes at every offset, in one row.

    An untrained tagger (no weight rows yet) gets an empty table.
    """
    n_blocks = len(OFFSETS)
    if len(first) != n_blocks * n_features:
        return np.zeros((0, 2 * n_blocks * n_tags), dtype=np.float32)
    both = np.empty((n_features, n_blocks, 2 * n_tags), dtype=np.float32)
    for part, weights in enumerate((first, second[: len(first)])):
        by_feature = weights.reshape(n_blocks, n_features, n_tags).transpose(1, 0, 2)
        both[:, :, part * n_tags : (part + 1) * n_tags] = by_feature
    used = np.zeros((CONTEXT_SLOTS + 1, n_blocks), dtype=bool)  # (slot, offset); the last row: no slot
    for block, (_, slots) in enumerate(OFFSETS):
        used[list(slots), block] = True
    slot_of = np.full(n_features, CONTEXT_SLOTS, dtype=np.int64)  # each feature's slot (set below)
    for slot, ids in enumerate(slot_ids):
        slot_of[np.fromiter(ids.values(), dtype=np.int64, count=len(ids))] = slot
    both[~used[slot_of]] = -0.0  # adds nothing, even to a -0.0 (IEEE)
    return both.reshape(n_features, -1)


def _tag_columns(tags: Array, lex: Array, n_tags: int, starts: Array) -> Array:
    """The second pass's tag-feature rows of the positions between two outer pads of ``tags``.

    Neighbours' tags one and two away, the pair (previous, next), and the word's class with the
    previous and with the next tag.
    """
    prev, nxt, prev2, next2 = tags[1:-3], tags[3:-1], tags[:-4], tags[4:]
    columns = np.empty((len(prev), 7), dtype=np.int64)
    columns[:, 0], columns[:, 1], columns[:, 2], columns[:, 3] = prev, nxt, prev2, next2
    columns[:, 4] = prev * n_tags + nxt
    lex_rows = lex * n_tags
    columns[:, 5] = lex_rows + prev
    columns[:, 6] = lex_rows + nxt
    columns += starts
    return columns


def _column_mix(n_tags: int) -> Array:
    """(7, 5): this times the word's class and its neighbours' tags (rows in OFFSETS' order after the
    word itself) gives :func:`_tag_columns`'s columns (as rows) before their starts are added."""
    mix = np.zeros((7, len(OFFSETS)), dtype=np.int64)
    mix[5, 0] = mix[6, 0] = n_tags  # the class with the previous, with the next tag
    mix[0, 1] = mix[1, 2] = mix[2, 3] = mix[3, 4] = 1  # previous, next, two back, two on
    mix[4, 1], mix[4, 2] = n_tags, 1  # the pair (previous, next)
    mix[5, 1] = mix[6, 2] = 1
    return mix


def _column_bases(n_features: int, n_tags: int, n_lex: int) -> Array:
    """Where each of :func:`_tag_columns`'s feature blocks starts among the weight rows."""
    base = len(OFFSETS) * n_features
    pairs = 4 * n_tags + n_tags * n_tags
    starts = (0, n_tags, 2 * n_tags, 3 * n_tags, 4 * n_tags, pairs, pairs + n_lex * n_tags)
    return np.array(starts, dtype=np.int64) + base


def _common_openers(
    sentences: Sequence[Sequence[str]], tagged: list[list[str]], lexicon: Mapping[str, str]
) -> list[tuple[int, int]]:
    """(sentence, word) of each sentence-opening capitalised word tagged PROPN that is a common word.

    Common: the lexicon knows its lower case as a plural noun or a function word ("People",
    "Hundreds", "In") and its capitalised form not as a name, and no capital follows it. A
    singular noun is left alone: names are spelt like them ("Usher", "Marvel"). Each sentence is
    judged alone, so a sentence gets the same tags in any document.
    """
    found = []
    for i, (sentence, tags) in enumerate(zip(sentences, tagged, strict=True)):
        if sentence and tags[0] != "PROPN" and sentence[0] not in _OPENERS:
            continue  # (most sentences: a first word that is no name, with nothing before it)
        k = _opening(sentence)
        if k + 1 >= len(sentence) or tags[k] != "PROPN" or sentence[k + 1][:1].isupper():
            continue
        word = sentence[k]
        if word[:1].isupper() and word[1:].islower() and lexicon.get(str.lower(word)) in _COMMON_CLASSES:
            if lexicon.get(word) not in _NAME_CLASSES:
                found.append((i, k))
    return found


def _opening(sentence: Sequence[str]) -> int:
    """Where the sentence's first word is, past opening quotation marks and brackets."""
    k = 0
    while k < len(sentence) and sentence[k] in _OPENERS:
        k += 1
    return k


def _padded(sentences: Sequence[Sequence[str]]) -> list[str]:
    """The words with two pads before every sentence and after the last."""
    words: list[str] = []
    for sentence in sentences:  # (two C-level extends a sentence: no generator to resume)
        words += _PADS
        words += sentence
    words += _PADS
    return words


def feature_rows(kinds: Array, n_features: int) -> Array:
    """Weight-row ids of each padded position's word features at every offset (pads included)."""
    n = len(kinds)
    columns = []
    for block, (offset, slots) in enumerate(OFFSETS):
        shifted = np.roll(kinds[:, list(slots)], -offset, axis=0)  # the neighbour at ``offset``
        if offset > 0:
            shifted[n - offset :] = kinds[0, list(slots)]  # a pad's features past the end
        elif offset < 0:
            shifted[:-offset] = kinds[0, list(slots)]
        columns.append(shifted + block * n_features)
    return np.concatenate(columns, axis=1)


def tag_rows(tags: Array, lex: Array, n_features: int, n_tags: int, n_lex: int) -> Array:
    """Weight-row ids of the second pass's tag features (neighbours' first-pass tags) at every position."""
    pad = np.full(2, n_tags - 1, dtype=np.int64)
    starts = _column_bases(n_features, n_tags, n_lex)
    return _tag_columns(np.concatenate((pad, tags, pad)), lex, n_tags, starts)


def tag_row_count(n_tags: int, n_lex: int) -> int:
    """How many weight rows the second pass's tag features take."""
    return 4 * n_tags + n_tags * n_tags + 2 * n_lex * n_tags


def load_tagger(folder: Traversable) -> Tagger:
    """A tagger from a folder holding ``lexicon.tsv.gz``, ``wordclasses.tsv.gz`` and ``tagger.npz``
    (as the build script writes them)."""
    lexicon = load_lexicon(_unzipped(folder.joinpath("lexicon.tsv.gz")))
    classes = load_lexicon(_unzipped(folder.joinpath("wordclasses.tsv.gz")))
    with folder.joinpath("tagger.npz").open("rb") as handle:
        data = np.load(handle, allow_pickle=False)
        features = {str(name): k for k, name in enumerate(data["features"].tolist())}
        return Tagger(
            tags=tuple(str(t) for t in data["tags"].tolist()),
            features=features,
            lexicon=lexicon,
            lex_classes={str(name): k for k, name in enumerate(data["lex_classes"].tolist())},
            first=data["first"].astype(np.float32),
            second=data["second"].astype(np.float32),
            word_classes=classes,
        )


def _unzipped(path: Traversable) -> str:
    """The text of a gzipped UTF-8 file."""
    return gzip.decompress(path.read_bytes()).decode("utf-8")


@functools.cache
def default_tagger() -> Tagger:
    """The shipped tagger (loaded once per process, on first use)."""
    return load_tagger(resources.files("newsparse_syntax").joinpath("data"))
