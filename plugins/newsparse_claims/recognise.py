"""Find attributed statements: the cue, the source before or after it, and the content it reports.

Rules work on the shared tokens, one sentence at a time, in time linear in the sentence length:
  * ``SOURCE [adverbs] CUE [that] CONTENT`` ("UN officials say hundreds ... have been killed");
  * ``CONTENT, SOURCE CUE`` and ``CONTENT, CUE SOURCE`` ("..., the ministry said.");
  * ``according to SOURCE, CONTENT`` and ``CONTENT, according to SOURCE``;
  * ``NAME, APPOSITION, CUE CONTENT`` ("Viktor Vodolatsky, a deputy of ..., said ...");
  * ``..., claiming/saying CONTENT``: a participle continues the sentence's previous claim.
A pronoun source ("It said ...") stands for the most recent source named before it.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from newsparse import Token
from newsparse_claims.lexicon import (
    ADVERBIAL_AFTER_CUE,
    BOUNDARY_WORDS,
    CONTENT_CUTS,
    CUE_VERBS,
    DETERMINERS,
    INVERTIBLE_CUES,
    PARTICIPLE_CUES,
    PASSIVE_MARKERS,
    PUNCT_BREAK,
    QUOTES,
    SKIP_BEFORE_CUE,
)

__all__ = ["Found", "find_claims"]

MAX_SOURCE = 8  # tokens in a source noun phrase before a cue
MAX_ACCORDING = 14  # tokens in an "according to" source
MAX_APPOSITION = 16  # tokens between the two commas of an apposition
MAX_TRAILER = 8  # tokens after an inverted cue ("said Ahmed, a local doctor")
MAX_THAT = 7  # tokens between a cue and its "that"
MAX_SENTENCE_TOKENS = 300  # longer sentences are read in windows of this many tokens


@attrs.frozen
class Found:
    """One claim as token-free character offsets; ``parent`` is the index of the claim it continues."""

    cue: tuple[int, int]
    content: tuple[int, int]
    source: tuple[int, int] | None
    parent: int | None = None


def _low(token: Token) -> str:
    """The token's text in lower case."""
    return token.text.lower()


def _is_punct(token: Token) -> bool:
    """Whether the token is punctuation that bounds a phrase."""
    return token.text in PUNCT_BREAK


def _trim(tokens: Sequence[Token], a: int, b: int) -> tuple[int, int]:
    """Token range [a, b) without punctuation, quotes and dangling conjunctions at its ends."""
    while a < b and (_is_punct(tokens[a]) or _low(tokens[a]) == "that"):
        a += 1
    while b > a and (_is_punct(tokens[b - 1]) or _low(tokens[b - 1]) in {"and", "but", "while", "whereas"}):
        b -= 1
    return a, b


def _chars(tokens: Sequence[Token], a: int, b: int) -> tuple[int, int] | None:
    """Token range ``[a, b)`` as character offsets (None when empty)."""
    return (tokens[a].start, tokens[b - 1].end) if a < b else None


def _source_before(tokens: Sequence[Token], lo: int, i: int) -> tuple[int, int]:
    """The noun phrase that ends right before token ``i`` (read backwards), as a token range."""
    a = i
    while a > lo and i - a < MAX_SOURCE:
        token = tokens[a - 1]
        word = _low(token)
        if _is_punct(token) or word in BOUNDARY_WORDS:
            break
        if word == "and" and not (
            a - 2 >= lo and tokens[a - 2].text[:1].isupper() and tokens[a].text[:1].isupper()
        ):
            break
        a -= 1
    return a, i


def _skip_back(tokens: Sequence[Token], lo: int, i: int) -> int:
    """Index after the last token before ``i`` that is not an adverb or auxiliary of the cue."""
    while i > lo and _low(tokens[i - 1]) in SKIP_BEFORE_CUE:
        i -= 1
    return i


def _is_cue_verb(tokens: Sequence[Token], lo: int, i: int) -> bool:
    """Whether token ``i`` is an attribution verb (not a passive "were reported", not a noun "the claims")."""
    if not tokens[i].text.islower() or tokens[i].text not in CUE_VERBS:
        return False
    j = _skip_back(tokens, lo, i)
    if j > lo:
        before = _low(tokens[j - 1])
        if before in PASSIVE_MARKERS or before in DETERMINERS:
            return False
    return True


def _content_start_after(tokens: Sequence[Token], i: int, hi: int) -> int:
    """First token of the content after the cue at ``i`` (after "that", an adverbial or a recipient)."""
    j = i + 1
    cue = _low(tokens[i])
    window = min(hi, j + MAX_THAT)
    for k in range(j, window):
        word = _low(tokens[k])
        if _is_punct(tokens[k]) and tokens[k].text not in QUOTES:
            break
        if word == "that" and (
            k == j or _low(tokens[j]) in ADVERBIAL_AFTER_CUE or cue in {"told", "tell", "tells"}
        ):
            return k + 1
    if cue in _TELL:
        return _after_recipient(tokens, j, hi)
    return j


def _after_recipient(tokens: Sequence[Token], j: int, hi: int) -> int:
    """Skip the recipient of "told" at token ``j``: "reporters", "Reuters", "the BBC"."""
    k = j
    if k < hi and _low(tokens[k]) in DETERMINERS:
        k += 1
    while k < hi and k - j < 4 and (tokens[k].text[:1].isupper() or _low(tokens[k]) in _RECIPIENTS):
        k += 1
    return k


_TELL = frozenset({"told", "tell", "tells"})


_RECIPIENTS = frozenset(
    "reporters journalists media press agency television radio parliament lawmakers".split()
)


def _is_trailer(tokens: Sequence[Token], i: int, hi: int) -> bool:
    """Whether what follows the cue at ``i`` is only an adverbial (the cue closes an inverted claim)."""
    j = _after_recipient(tokens, i + 1, hi) if _low(tokens[i]) in _TELL else i + 1
    if j >= hi:
        return True
    if _is_punct(tokens[j]) and tokens[j].text not in {"(", "—", "–"}:
        return tokens[j].text not in {":"}
    rest = hi - j
    return _low(tokens[j]) in ADVERBIAL_AFTER_CUE and rest <= MAX_TRAILER and not _has_that(tokens, j, hi)


def _is_short_tail(tokens: Sequence[Token], i: int, hi: int) -> bool:
    """Whether only a short noun phrase (no "that") follows the cue at ``i`` to the sentence end."""
    rest = [t for t in tokens[i + 1 : hi] if not _is_punct(t)]
    return 0 < len(rest) <= MAX_TRAILER and not _has_that(tokens, i + 1, hi)


def _has_that(tokens: Sequence[Token], a: int, b: int) -> bool:
    """Whether a "that" stands among tokens ``[a, b)``."""
    return any(_low(t) == "that" for t in tokens[a:b])


def _comma_before(tokens: Sequence[Token], lo: int, a: int) -> int | None:
    """Index of the comma that ends the clause before token ``a`` (closing quotes allowed), if any."""
    k = a - 1
    if k >= lo and tokens[k].text in QUOTES:
        k -= 1
    if k >= lo and tokens[k].text == ",":
        return k
    if a - 1 >= lo and tokens[a - 1].text in QUOTES:
        return a - 1
    return None


def _clause_start(tokens: Sequence[Token], lo: int, end: int) -> int:
    """Start of the clause that ends at token ``end``: after the last ", while"/";" before it."""
    start = lo
    for k in range(lo, end):
        word = _low(tokens[k])
        if tokens[k].text in {";", "—", "–"} or (
            word in CONTENT_CUTS and k > lo and tokens[k - 1].text == ","
        ):
            start = k + 1
    return start


def _sentence_claims(tokens: Sequence[Token], lo: int, hi: int) -> list[Found]:
    """The claims of one sentence, tokens ``[lo, hi)``, in cue order."""
    # 1. cues with their sources (token ranges), before contents are cut
    cues: list[tuple[str, int, int, tuple[int, int] | None]] = []  # (kind, cue_a, cue_b, source)
    i = lo
    while i < hi:
        word = _low(tokens[i])
        if word == "according" and i + 1 < hi and _low(tokens[i + 1]) == "to":
            a = i + 2
            b = a
            while b < hi and b - a < MAX_ACCORDING and not _is_punct(tokens[b]):
                b += 1
            src = _trim(tokens, a, b)
            if src[0] < src[1]:
                cues.append(("according", i, i + 2, src))
            i = b
            continue
        if word in PARTICIPLE_CUES and i > lo and tokens[i - 1].text == ",":
            cues.append(("participle", i, i + 1, None))
        elif _is_cue_verb(tokens, lo, i):
            j = _skip_back(tokens, lo, i)
            src = _source_before(tokens, lo, j)
            if src[0] == src[1]:
                comma = _comma_before(tokens, lo, j)
                if comma is not None and not _is_trailer(tokens, i, hi):
                    src = _apposition_head(tokens, lo, comma)
                    if src[0] == src[1] and word in INVERTIBLE_CUES and _is_short_tail(tokens, i, hi):
                        src = _source_after(tokens, i, hi)  # "..., said the regional governor."
                elif comma is not None and word in INVERTIBLE_CUES:
                    src = _source_after(tokens, i, hi)
            if src[0] < src[1]:
                cues.append(("verb", i, i + 1, src))
        i += 1

    found: list[Found] = []
    for n, (kind, ca, cb, who) in enumerate(cues):
        next_cut = _next_cut(tokens, cues, n, hi)
        if kind == "according":
            assert who is not None
            sa = ca - 1 if ca > lo and tokens[ca - 1].text == "," else ca
            if _clause_start(tokens, lo, sa) == sa or all(_is_punct(t) for t in tokens[lo:ca]):
                # "According to SOURCE, CONTENT"
                content = _trim(tokens, who[1], next_cut)
            else:
                content = _trim(tokens, _clause_start(tokens, lo, sa), sa)
            _add(found, tokens, (ca, cb), content, who)
        elif kind == "participle":
            parent = len(found) - 1 if found else None
            if parent is None:
                continue
            content = _trim(tokens, cb, next_cut)
            source = found[parent].source
            if content[0] < content[1]:
                found.append(
                    Found(
                        cue=(tokens[ca].start, tokens[cb - 1].end),
                        content=(tokens[content[0]].start, tokens[content[1] - 1].end),
                        source=source,
                        parent=parent,
                    )
                )
        else:
            assert who is not None
            if who[0] > ca:  # "..., said the ministry": the content is the clause before the comma
                comma = _comma_before(tokens, lo, ca)
                end = comma if comma is not None else ca
                content = _trim(tokens, _clause_start(tokens, lo, end), end)
            elif _is_trailer(tokens, ca, hi) and _comma_before(tokens, lo, who[0]) is not None:
                comma = _comma_before(tokens, lo, who[0])
                assert comma is not None
                content = _trim(tokens, _clause_start(tokens, lo, comma), comma)
            else:
                content = _trim(tokens, _content_start_after(tokens, ca, hi), next_cut)
            _add(found, tokens, (ca, cb), content, who)
    return found


def _add(
    found: list[Found],
    tokens: Sequence[Token],
    cue: tuple[int, int],
    content: tuple[int, int],
    src: tuple[int, int],
) -> None:
    """Append a claim found as token ranges, unless its source or content is empty."""
    content_chars = _chars(tokens, *content)
    source_chars = _chars(tokens, *src)
    if content_chars is None or source_chars is None:
        return
    found.append(
        Found(cue=(tokens[cue[0]].start, tokens[cue[1] - 1].end), content=content_chars, source=source_chars)
    )


def _next_cut(
    tokens: Sequence[Token], cues: Sequence[tuple[str, int, int, tuple[int, int] | None]], n: int, hi: int
) -> int:
    """Where the content after cue ``n`` ends: the next clause break or the next claim's source."""
    start = cues[n][2]
    limit = hi
    for kind, ca, _cb, src in cues[n + 1 :]:
        first = ca if kind != "verb" or src is None else min(ca, src[0])
        if first > start:
            limit = first
            break
    for k in range(start, limit):
        word = _low(tokens[k])
        if tokens[k].text == ";" or (
            tokens[k].text == "," and k + 1 < limit and _low(tokens[k + 1]) in CONTENT_CUTS
        ):
            return k
        if word in CONTENT_CUTS and k > start and tokens[k - 1].text == ",":
            return k
    return limit


def _apposition_head(tokens: Sequence[Token], lo: int, comma: int) -> tuple[int, int]:
    """For "NAME, APPOSITION, said": the name before the apposition's first comma."""
    k = comma - 1
    while k >= lo and comma - k <= MAX_APPOSITION:
        if tokens[k].text == ",":
            head = _source_before(tokens, lo, k)
            if head[0] < head[1] and tokens[head[0]].text[:1].isupper():
                return head
            break
        if _is_punct(tokens[k]):
            break
        k -= 1
    return (comma, comma)


def _source_after(tokens: Sequence[Token], i: int, hi: int) -> tuple[int, int]:
    """For "..., said the ministry": the noun phrase after the cue, up to a comma or the end."""
    a = i + 1
    b = a
    while (
        b < hi
        and b - a < MAX_SOURCE
        and not _is_punct(tokens[b])
        and _low(tokens[b]) not in ADVERBIAL_AFTER_CUE
    ):
        b += 1
    return _trim(tokens, a, b)


def find_claims(tokens: Sequence[Token], sentences: Sequence[tuple[int, int]]) -> list[Found]:
    """Every claim of the text, sentence by sentence (``sentences`` are character ranges)."""
    found: list[Found] = []
    k = 0
    for start, end in sentences:
        while k < len(tokens) and tokens[k].start < start:
            k += 1
        lo = k
        while k < len(tokens) and tokens[k].end <= end:
            k += 1
        # a run-on "sentence" is read in windows, so that the work stays linear in the text
        for a in range(lo, k, MAX_SENTENCE_TOKENS):
            offset = len(found)
            for claim in _sentence_claims(tokens, a, min(k, a + MAX_SENTENCE_TOKENS)):
                parent = None if claim.parent is None else claim.parent + offset
                found.append(attrs.evolve(claim, parent=parent))
    return found
