"""Where a content read after its cue ends: the next claim, a conjunction before a second cue, a
semicolon, or a comma before a cut word ("but", "however" ...) outside an open quotation.

Split from ``recognise`` (the cue search) so that each module stays under the size limit.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from newsparse_claims.lexicon import CONTENT_CUTS, PUNCT_BREAK

__all__ = ["JOINS", "MAX_JOINED_ADVERBIAL", "next_cut", "writer_tail"]


def next_cut(
    low: list[str], cues: list[tuple[str, int, int, tuple[int, int] | None]], n: int, hi: int
) -> int:
    """Where the content after cue ``n`` ends: the next clause break or the next claim's source."""
    start = cues[n][2]
    limit = hi
    for kind, ca, cb, src in cues[n + 1 :]:
        if _in_open_quotation(low, start, ca):
            continue  # 'expects "to continue ... and defending ourselves"': the quotation's own words
        first = ca if kind != "verb" or src is None or src[0] < start else min(ca, src[0])
        if kind in {"cut", "unresolved"} or (kind == "verb" and src is not None and src[0] < start):
            first = _conjunction_before(low, start, ca)  # "X said A but on Monday said B": A ends at "but"
        if kind == "verb" and src is not None and first == src[0] and low[first - 1] == "with":
            first -= 1  # "X said ..., with Y saying ...": the absolute clause opens at "with"
        if first > start + 1 and low[first - 1] in _OPENERS:
            if _embedded(low, first - 1, first == ca, cb):
                continue  # "... was right when he said ...", "... what he called ...": the content's clause
            first -= 1  # '"...," as she tried to ...', ", where both claim": the writer's comment
            if low[first - 1] in _DASHES:
                first -= 1
        if first > start:
            limit = first
            break
    # the first ";", or "," before "but"/"however"... (a cut word after a comma is that comma's cut);
    # found by C-level searches of the content's words, not a loop over them
    words = low[start:limit]
    semicolon = words.index(";") if ";" in words else len(words)
    head = words[:semicolon] if semicolon < len(words) else words
    k = -1
    for _ in range(head.count(",")):  # each comma before the semicolon, by C-level scans of the list
        k = head.index(",", k + 1)
        if k + 1 == len(words):
            break
        word = words[k + 1]
        if (word in CONTENT_CUTS or (word in _TAIL_OPENERS and writer_tail(words, k))) and _cuts(words, k):
            return start + k  # ", but ...", ", in a bid to ...": the content ends at the comma
    return start + semicolon if semicolon < len(words) else limit


def writer_tail(words: Sequence[str], k: int) -> bool:
    """Whether the comma at ``k`` opens the writer's comment on the reported clause, not more of it: an
    aim the writer gives (", in a bid to", ", in an effort to"), a judgement (", seen as a way of"), a
    consequence (", raising questions", ", prompting fears", ", a move that could ...").

    Not after a subordinator ("because, seen as ..., it"): the clause goes on. A perfect participle
    (", having transferred his wealth") is left alone: as often the source's reason as the writer's.
    """
    opener = words[k + 1]
    if opener not in _TAIL_OPENERS or (k > 0 and words[k - 1] in _SUBORDINATORS):
        return False
    nxt = words[k + 2] if k + 2 < len(words) else ""
    if opener == "in":
        return words[k + 2 : k + 5] in _PURPOSES  # not "in order to": often the speaker's own aim
    if opener in _JUDGEMENTS:
        return nxt == "as"
    if opener in {"a", "widely"}:
        return nxt in _COMMENT_NOUNS or (opener == "widely" and nxt in _JUDGEMENTS)
    return True  # ", raising questions about", ", prompting fears of"


_TAIL_OPENERS: Final = frozenset(
    "in seen regarded viewed widely a raising prompting sparking fuelling fueling triggering".split()
)
_SUBORDINATORS: Final = frozenset("because and but that when if although though while since as or".split())
_PURPOSES: Final = (["a", "bid", "to"], ["an", "effort", "to"], ["an", "attempt", "to"])
_JUDGEMENTS: Final = frozenset({"seen", "regarded", "viewed"})
_COMMENT_NOUNS: Final = frozenset({"move", "step"})


def _in_open_quotation(low: list[str], start: int, at: int) -> bool:
    """Whether token ``at`` lies inside a quotation opened after ``start`` (an odd count of marks;
    a straight mark after a number is an inch mark: 'about 5\' 10" tall')."""
    words = low[start:at]
    if (words.count('"') + words.count("“") + words.count("”") + words.count("''")) % 2 == 0:
        return False  # most contents: C-level counts of the four marks
    marks = [k for k in range(start, at) if low[k] in _DOUBLE_QUOTES]
    inches = sum(1 for k in marks if k > 0 and low[k] == '"' and low[k - 1][-1:].isdigit())
    return (len(marks) - inches) % 2 == 1


def _conjunction_before(low: list[str], start: int, cue: int) -> int:
    """The "and"/"but" joining a second cue verb to the first ("... but on Monday said"), else the cue."""
    for k in range(cue - 1, max(start, cue - MAX_JOINED_ADVERBIAL) - 1, -1):
        if low[k] in JOINS:
            return k
        if low[k] in PUNCT_BREAK:
            break
    return cue


def _embedded(low: list[str], k: int, at_cue: bool, cue_end: int) -> bool:
    """Whether the word at ``k`` (one of ``_OPENERS``), just before a later cue or its source, opens a
    clause inside the content: a relative or interrogative word, a subordinator, a preposition's
    gerund ("which he said was", "when he claimed", "by saying"). An adverbial word ("as", "where",
    "since" ...) only before the cue itself ("as opposed to", "as forecast") or inside running words:
    after a comma, a dash, a quotation mark or "and" it opens the writer's comment ('"...," as she
    tried to', ', where both candidates claim', 'and before he left, X told'), unless it opens an
    aside the content runs on after ("the result, as he later explained, was ...").
    """
    if low[k] in _EMBEDDING:
        return True
    if low[k] == "as" and cue_end < len(low) and low[cue_end] == ",":
        return True
    return at_cue or (low[k - 1][:1].isalnum() and low[k - 1] not in _JOINS_OR)


# words after which a cue opens a clause inside the content, wherever they stand
_EMBEDDING: Final = frozenset("when what that which who whom whose because if whether how why by".split())
# the same only after a word of the clause (see ``_embedded``)
_ADVERBIAL: Final = frozenset("as where since before after although though".split())
_JOINS_OR: Final = frozenset({"and", "but", "or"})
_OPENERS: Final = _EMBEDDING | _ADVERBIAL
_DASHES: Final = frozenset({"-", "--", "—", "–"})
MAX_JOINED_ADVERBIAL: Final = 6  # tokens between the "and"/"but" and the second cue verb it joins
JOINS: Final = frozenset({"and", "but"})
_DOUBLE_QUOTES: Final = frozenset({'"', "“", "”", "''"})


def _cuts(words: Sequence[str], k: int) -> bool:
    """Whether the comma at ``k`` before a cut word ends the content: not inside an open quotation
    ('"... very young, when you ..."'), nor before a second "that" clause (", but that ...").
    """
    if k + 2 < len(words) and words[k + 2] == "that":
        return False
    return sum(1 for word in words[:k] if word in _DOUBLE_QUOTES) % 2 == 0


