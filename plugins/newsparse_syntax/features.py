"""The tagger's features: a few per word type, combined at fixed offsets so tagging is one numpy sum.

A word contributes the same feature strings wherever it occurs, so they are computed once per word
type and document; the context a word sees is its neighbours' type features at offsets -2..+2 and,
in the second pass, the first pass's tags around it. The build script and the tagger share this.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

__all__ = [
    "CONTEXT_SLOTS",
    "OFFSETS",
    "PAD",
    "TAG_FEATURES",
    "shape",
    "type_feature_values",
    "type_features",
]

PAD = "<pad>"  # the word type between sentences
# which of a type's feature slots are used at each offset from the word being tagged
OFFSETS: tuple[tuple[int, tuple[int, ...]], ...] = (
    (0, (0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13)),
    (-1, (0, 3, 6, 7, 8, 12)),
    (1, (0, 3, 6, 7, 8, 12)),
    (-2, (0, 6, 7, 12)),
    (2, (0, 6, 7, 12)),
)
CONTEXT_SLOTS = len(OFFSETS[0][1])
# second pass: previous/next predicted tags, alone, paired, and with the word's lexicon class
TAG_FEATURES = ("t-1", "t+1", "t-2", "t+2", "t-1+1", "lx.t-1", "lx.t+1", "w.t-1", "w.t+1")


def shape(word: str) -> str:
    """A coarse spelling class: ``Xx`` capitalised, ``X`` capitals, ``x`` lower, ``d`` digits, ..."""
    if word.isalpha():
        if word.islower():
            return "x"
        if word.isupper():
            return "X" if len(word) > 1 else "X1"
        return "Xx" if word[0].isupper() and word[1:].islower() else "xX"
    if word.isdigit():
        return "d4" if len(word) == 4 else "d"
    if any(map(str.isdigit, word)):  # (a C loop over the characters, as ``any(c.isdigit() for c in word)``)
        return "d." if not any(map(str.isalpha, word)) else "dx"
    if any(map(str.isalpha, word)):
        return "x."
    return "p" + word[:3]


def type_features(word: str, lexicon: Mapping[str, str], word_classes: Mapping[str, str]) -> tuple[str, ...]:
    """The feature strings of a word type (slots as in :data:`OFFSETS`).

    ``lexicon`` gives a word's most frequent Penn tag, ``word_classes`` the parts of speech a
    dictionary lists for it ("nv": noun and verb), so a word the training data lacks is still known.
    """
    if word == PAD:
        return tuple(f"{k}=<pad>" for k in range(CONTEXT_SLOTS))
    lower = str.lower(word)
    own = lexicon.get(word)
    low = lexicon.get(lower) if lower != word else own
    if own is None and lower == word and word[:1].isalpha():
        own = lexicon.get(word.capitalize())
    form_shape = shape(word)
    senses = word_classes.get(lower, "?")
    return (
        f"0={lower}",
        f"1={lower[-1:]}",
        f"2={lower[-2:]}",
        f"3={lower[-3:]}",
        f"4={lower[-4:]}",
        f"5={lower[:2]}",
        f"6={form_shape}",
        f"7={own or '?'}",
        f"8={low or '?'}",
        f"9={form_shape}|{own or '?'}|{low or '?'}",
        f"10={lower[:3]}",
        f"11={lower[-5:]}",
        f"12={senses}",
        f"13={own or '?'}|{senses}",
    )


def type_feature_values(
    words: Sequence[str], lexicon: Mapping[str, str], word_classes: Mapping[str, str]
) -> list[list[str]]:
    """:func:`type_features` of many word types at once, one list per slot, each feature without its
    ``"<slot>="`` prefix (a column a slot, not a call a word: what the tagger computes for the types
    a document brings that it has not seen; it looks the values up in one table per slot)."""
    if PAD in words:  # the pad's features are its own; spelled like no word, so it is alone
        rows = [
            [name.partition("=")[2] for name in type_features(word, lexicon, word_classes)] for word in words
        ]
        return [list(column) for column in zip(*rows, strict=True)]
    lowers = list(map(str.lower, words))
    owns = list(map(lexicon.get, words))
    lows = [
        own if lower == word else lexicon.get(lower)
        for word, lower, own in zip(words, lowers, owns, strict=True)
    ]
    owns = [
        lexicon.get(word.capitalize()) if own is None and lower == word and word[:1].isalpha() else own
        for word, lower, own in zip(words, lowers, owns, strict=True)
    ]
    shapes = list(map(shape, words))
    senses = [word_classes.get(lower, "?") for lower in lowers]
    own_or = [own or "?" for own in owns]
    low_or = [low or "?" for low in lows]
    return [
        lowers,
        [lower[-1:] for lower in lowers],
        [lower[-2:] for lower in lowers],
        [lower[-3:] for lower in lowers],
        [lower[-4:] for lower in lowers],
        [lower[:2] for lower in lowers],
        shapes,
        own_or,
        low_or,
        [f"{s}|{o}|{w}" for s, o, w in zip(shapes, own_or, low_or, strict=True)],
        [lower[:3] for lower in lowers],
        [lower[-5:] for lower in lowers],
        senses,
        [f"{o}|{sense}" for o, sense in zip(own_or, senses, strict=True)],
    ]
