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
from typing import Any

import attrs
import numpy as np

from newsparse_syntax.features import CONTEXT_SLOTS, OFFSETS, PAD, type_features

__all__ = ["Tagger", "default_tagger", "feature_rows", "load_lexicon", "tag_rows"]

Array = Any  # numpy arrays (numpy's own generic types would add nothing a reader needs here)


def load_lexicon(text: str) -> dict[str, str]:
    """The shipped word -> lexicon class table from its ``word<TAB>class`` lines."""
    table: dict[str, str] = {}
    for line in text.splitlines():
        word, _, tag = line.partition("\t")
        if word and tag:
            table[word] = tag
    return table


@attrs.frozen(eq=False)
class Tagger:
    """The trained tables: feature ids, lexicon, the two passes' weights and the tag set."""

    tags: tuple[str, ...]
    features: Mapping[str, int]
    lexicon: Mapping[str, str]
    lex_classes: Mapping[str, int]
    first: Array  # (rows, tags) weights of pass one
    second: Array  # (rows + tag rows, tags) weights of pass two
    # type_row with a bounded memory of the word types seen (most words of an article recur)
    _cached_row: Any = attrs.field(init=False, repr=False)

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "_cached_row", functools.lru_cache(maxsize=1 << 16)(self.type_row))

    def type_table(self, types: Sequence[str]) -> Array:
        """One row per word type: its feature ids in each slot, then its lexicon class id."""
        row = self._cached_row
        return np.array([row(word) for word in types], dtype=np.int64)

    def type_row(self, word: str) -> tuple[int, ...]:
        """The feature ids of word type ``word`` in each slot, then its lexicon class id."""
        index = self.features
        names = type_features(word, self.lexicon)
        ids = [index.get(name, index.get(f"{slot}=?", 0)) for slot, name in enumerate(names)]
        ids.append(self.lex_classes.get(names[7][2:], 0))
        return tuple(ids)

    def type_scores(self, table: Array) -> Array:
        """What each word type adds to the scores, per pass and offset: (types, 2, offsets, tags).

        Summing a type's feature weights once per type (not once per occurrence and offset) is
        what makes tagging a handful of array additions per document.
        """
        n_features = len(self.features)
        scores = np.empty((len(table), 2, len(OFFSETS), len(self.tags)), dtype=np.float32)
        for block, (_, slots) in enumerate(OFFSETS):
            rows = table[:, list(slots)] + block * n_features
            scores[:, 0, block] = self.first[rows].sum(axis=1)
            scores[:, 1, block] = self.second[rows].sum(axis=1)
        return scores

    def tag(self, sentences: Sequence[Sequence[str]]) -> list[list[str]]:
        """The UPOS tag of every word of every sentence."""
        sequence, types = _sequence(sentences)
        table = self.type_table(types)
        by_type = self.type_scores(table)
        lex = table[sequence, CONTEXT_SLOTS]
        at = by_type[sequence]  # (positions, pass, offset, tag)
        n = len(sequence)
        first = np.zeros((n, len(self.tags)), dtype=np.float32)
        second = np.zeros_like(first)
        core = slice(2, n - 2)
        for block, (offset, _) in enumerate(OFFSETS):
            first[core] += at[2 + offset : n - 2 + offset, 0, block]
            second[core] += at[2 + offset : n - 2 + offset, 1, block]
        guess = first.argmax(axis=1)
        pad = len(self.tags)
        guess[sequence == 0] = pad
        extra = tag_rows(guess, lex, len(self.features), pad + 1, len(self.lex_classes))
        for column in range(extra.shape[1]):
            second += self.second[extra[:, column]]
        best = second.argmax(axis=1).tolist()
        names = self.tags
        out: list[list[str]] = []
        k = 2
        for sentence in sentences:
            out.append([names[t] for t in best[k : k + len(sentence)]])
            k += len(sentence) + 2
        return out


def _sequence(sentences: Sequence[Sequence[str]]) -> tuple[Array, list[str]]:
    """Type ids of the words with two pads around every sentence (type 0 is the pad), and the types."""
    ids: dict[str, int] = {PAD: 0}
    seq = [0, 0]
    for sentence in sentences:
        for word in sentence:
            seq.append(ids.setdefault(word, len(ids)))
        seq += (0, 0)
    return np.array(seq, dtype=np.int64), list(ids)


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
    """Weight-row ids of the second pass's tag features (neighbours' first-pass tags)."""
    base = len(OFFSETS) * n_features
    pad = n_tags - 1
    prev = np.concatenate(([pad], tags[:-1]))
    nxt = np.concatenate((tags[1:], [pad]))
    prev2 = np.concatenate(([pad, pad], tags[:-2]))
    next2 = np.concatenate((tags[2:], [pad, pad]))
    t2 = n_tags * n_tags
    return np.stack(
        (
            base + prev,
            base + n_tags + nxt,
            base + 2 * n_tags + prev2,
            base + 3 * n_tags + next2,
            base + 4 * n_tags + prev * n_tags + nxt,
            base + 4 * n_tags + t2 + lex * n_tags + prev,
            base + 4 * n_tags + t2 + n_lex * n_tags + lex * n_tags + nxt,
        ),
        axis=1,
    )


def tag_row_count(n_tags: int, n_lex: int) -> int:
    """How many weight rows the second pass's tag features take."""
    return 4 * n_tags + n_tags * n_tags + 2 * n_lex * n_tags


def _data(name: str) -> bytes:
    return resources.files("newsparse_syntax").joinpath("data", name).read_bytes()


@functools.cache
def default_tagger() -> Tagger:
    """The shipped tagger (loaded once per process, on first use)."""
    lexicon = load_lexicon(gzip.decompress(_data("lexicon.tsv.gz")).decode("utf-8"))
    with resources.files("newsparse_syntax").joinpath("data", "tagger.npz").open("rb") as handle:
        data = np.load(handle, allow_pickle=False)
        features = {str(name): k for k, name in enumerate(data["features"].tolist())}
        return Tagger(
            tags=tuple(str(t) for t in data["tags"].tolist()),
            features=features,
            lexicon=lexicon,
            lex_classes={str(name): k for k, name in enumerate(data["lex_classes"].tolist())},
            first=data["first"].astype(np.float32),
            second=data["second"].astype(np.float32),
        )
