"""Where a content opens after its cue: past "that", the recipient of "told", an adverbial.

"told the BBC Tom Reed had ..." (the recipient is one name), "said in an interview with X: ..." (an
adverbial closed by a colon), "said on Monday the plan ..." (a time adverbial before a clause).
Token ranges over the shared token columns; ``low[k]`` is ``cols.texts[k].lower()``.
"""

from __future__ import annotations

from collections.abc import Container, Sequence
from typing import Final

from newsparse.text import TokenColumns
from newsparse_claims.lexicon import (
    ACTION_CUES,
    ADVERBIAL_AFTER_CUE,
    DETERMINERS,
    NEEDS_ABOUT,
    PREPOSITIONS,
    PUNCT_BREAK,
    QUOTES,
    TITLE_ABBREVIATIONS,
)

__all__ = ["MAX_THAT", "OUT_PARTICLE_CUES", "TELL", "Names", "after_recipient", "content_start_after"]

MAX_THAT: Final = 7  # tokens between a cue and its "that"
Names = Container[int]  # the start offsets of the persons' names of the text (``entities``)


def _channel_number(low: list[str], k: int, start: int) -> bool:
    """Whether token ``k`` is the number of a channel inside a recipient's name ("BBC Radio 4's")."""
    return k > start and low[k].isdigit() and k + 1 < len(low) and low[k + 1] in _APOSTROPHES


def _new_name(low: list[str], starts: Sequence[int], k: int, names: Names) -> bool:
    """Whether a person's name starts at token ``k`` after another name ("the BBC Ann Lee"), not "Mr Lee"."""
    return starts[k] in names and low[k - 1] not in TITLE_ABBREVIATIONS and low[k - 1] != "."


def content_start_after(low: list[str], cols: TokenColumns, i: int, hi: int, names: Names) -> int:
    """First token of the content after the cue at ``i`` (after "that", an adverbial or a recipient)."""
    j = i + 1
    cue = low[i]
    if cue in NEEDS_ABOUT and j < hi and low[j] == "about":
        return j + 1  # "talked about the economy"
    if j + 1 < hi and cue in _CUE_PREPOSITIONS.get(low[j], ()):
        return _past_addressee(low, j + 1, hi) if low[j] == "on" else j + 1  # "called for talks"
    if cue in ACTION_CUES and j < hi and low[j] == "to":
        return j  # "refused to comment on reports that ...": the infinitive phrase is the content
    if j < hi and low[j] == "out" and cue in OUT_PARTICLE_CUES:
        j += 1  # "pointed out (that) ...": the particle is the cue's, not the content's
    window = min(hi, j + MAX_THAT)
    for k in range(j, window):
        word = low[k]
        if word in PUNCT_BREAK and word not in QUOTES:
            break
        if word == "that" and (k == j or low[j] in _BEFORE_THAT or cue in TELL):
            return k + 1
    if cue in TELL:
        return _past_colon(cols, low, after_recipient(cols, low, j, hi, names), hi, tell=True)
    if j >= hi or low[j] not in _ADVERBIAL_OPENERS:
        return j  # most contents: a clause right after the cue
    k = _past_adverbial(cols, low, j, hi)
    if k > j:
        k = _past_adverbial(cols, low, k, hi)  # "said earlier this week he ..."
    return _past_colon(cols, low, k, hi, tell=False)


def _past_addressee(low: list[str], j: int, hi: int) -> int:
    """The "to" of the infinitive after the addressee of "called on" ("called on Ann Lee to quit"),
    else ``j``: the addressee is neither source nor content; "called on Thursday for ..." is left."""
    if low[j] in _WEEKDAYS:
        return j - 1
    for k in range(j, min(hi, j + MAX_ADDRESSEE)):
        if low[k] == "to":
            return k
        if low[k] in PUNCT_BREAK:
            break
    return j


MAX_ADDRESSEE: Final = 8  # tokens of the addressee of "called on" before its infinitive
_WEEKDAYS: Final = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())


def _past_adverbial(cols: TokenColumns, low: list[str], j: int, hi: int) -> int:
    """Past a time or occasion adverbial opening the content when a clause follows it, else ``j``.

    "said on Monday the plan was dead", "has said in the past it markets ...", "said in a statement
    the ...": the content is the clause after the adverbial.
    """
    word = low[j] if j < hi else ""
    after = low[j + 1] if j + 1 < hi else ""
    if word in _TIME_ADVERBS:
        k = j + 1
    elif (word in {"last", "this", "next"} and after in _TIME_NOUNS) or (word == "on" and after in _WEEKDAYS):
        k = j + 2
    elif word in {"in", "at"} and low[j + 1 : j + 3] in (["the", "past"], ["the", "weekend"]):
        k = j + 3
    elif word == "in" and after in _OCCASION_DETERMINERS and j + 2 < hi and low[j + 2] in _OCCASIONS:
        k = j + 3
    else:
        return j
    if k < hi and (low[k] in _CLAUSE_OPENERS or cols.texts[k][:1].isupper() or low[k][:1].isdigit()):
        return k
    return j


_TIME_ADVERBS: Final = frozenset("yesterday today tonight earlier later recently previously".split())
_TIME_NOUNS: Final = (
    _WEEKDAYS | frozenset("week month year night weekend autumn spring summer winter".split())
)
_OCCASION_DETERMINERS: Final = frozenset({"a", "an", "his", "her", "their", "its", "the"})
_OCCASIONS: Final = frozenset("statement interview speech letter remarks report briefing".split())
_CLAUSE_OPENERS: Final = DETERMINERS | frozenset("he she it they we i you there".split())


def _past_colon(cols: TokenColumns, low: list[str], k: int, hi: int, *, tell: bool) -> int:
    """Past an adverbial (or the rest of a recipient) closed by a colon before a quotation, else ``k``.

    'said in an interview with The Spectator: "I would ..."', 'told BBC One's Breakfast with Frost: "..."'.
    """
    if k >= hi or not (tell or low[k] in _BEFORE_COLON):
        return k
    for m in range(k, min(hi - 1, k + MAX_COLON_ADVERBIAL)):
        word = low[m]
        if word == ":":
            return m + 1 if low[m + 1] in QUOTES or cols.texts[m + 1][:1].isupper() else k
        if word in PUNCT_BREAK or word == "that":
            return k
    return k


# tokens of an adverbial between a cue and a colon ("in an interview with X:")
MAX_COLON_ADVERBIAL: Final = 10
_BEFORE_COLON: Final = ADVERBIAL_AFTER_CUE | PREPOSITIONS | {"with"}
# The first words of the adverbials read past above (a time, an occasion, one closed by a colon).
_ADVERBIAL_OPENERS: Final = _TIME_ADVERBS | _BEFORE_COLON | {"last", "this", "next", "on", "in", "at"}


def after_recipient(cols: TokenColumns, low: list[str], j: int, hi: int, names: Names) -> int:
    """Skip the recipient of "told" at token ``j``: "reporters", "Reuters", "the BBC", "Labour members".

    The recipient is one name (a new person's name or a title such as "Mr" opens the content: "told
    the BBC Michael Howard had ..."), the nouns of a body after it ("select committee", "members",
    "programme"), or after a determiner a few lower-case words ("the panel", "a news conference").
    """
    k = j
    determiner = k < hi and low[k] in DETERMINERS
    if determiner:
        k += 1
    start = k
    texts, starts = cols.texts, cols.starts
    limit = min(hi, start + MAX_RECIPIENT_NAME)
    while k < limit and (texts[k][:1].isupper() or _channel_number(low, k, start)):
        if k > start and (low[k] in _NAME_OPENERS or _new_name(low, starts, k, names)):
            break  # "the Sunday Times Mr Campbell would ...": the content's subject
        k += 1
    named = k > start
    if named and k + 1 < hi and low[k] in _APOSTROPHES:
        return _after_programme(cols, low, k, hi)  # "told BBC Radio 4's Today programme (that) ..."
    body = k
    while k < hi and k - body < MAX_RECIPIENT_NAME and low[k] in _RECIPIENT_NOUNS:
        k += 1  # "Labour members", "GMTV's Sunday programme", "reporters"
    if k > body and k + 1 < hi and len(texts[k]) > 1 and texts[k].isupper() and texts[k + 1].islower():
        k += 1  # "the Iraqi news agency INA the ...": the body's acronym
    if named or k > body or not determiner:
        return k
    while k < hi and k - start < 4 and low[k].isalpha() and low[k] not in _NOT_RECIPIENT:
        k += 1  # "the panel", "the paper"
    return k


MAX_RECIPIENT_NAME: Final = 6  # words of a recipient's name ("the South African Press Association")
_NAME_OPENERS: Final = (
    TITLE_ABBREVIATIONS | frozenset("the lord lady sir dame president prime chancellor".split())
)
# Nouns of a body or a programme after a recipient's name ("Labour members", "a select committee").
_RECIPIENT_NOUNS: Final = frozenset(
    """
    reporters journalists media press agency television radio parliament lawmakers members
    supporters delegates activists audience committee select panel conference hearing meeting
    briefing news programme program show newspaper magazine podcast channel station
    """.split()
)


def _after_programme(cols: TokenColumns, low: list[str], k: int, hi: int) -> int:
    """The end of a broadcaster's programme named after a recipient ("Radio 4's Today programme")."""
    start = k
    while k < hi and k - start < MAX_PROGRAMME:
        word = low[k]
        if word.isdigit() or word in _APOSTROPHES or word == "s" or cols.texts[k][:1].isupper() or (
            word in _RECIPIENTS
        ):
            k += 1
        elif word in _PROGRAMMES:
            return k + 1
        else:
            break
    return k


_APOSTROPHES: Final = frozenset({"'", "’"})
MAX_PROGRAMME: Final = 6  # tokens of a programme's name after its broadcaster ("4's Today programme")
_PROGRAMMES: Final = frozenset({"programme", "program", "show", "newspaper", "magazine", "podcast"})


# Words that end the recipient of "told the ...": the content or an adverbial starts.
_NOT_RECIPIENT: Final = frozenset(
    "that on in at during after before when while it he she they we i you there both all".split()
) | DETERMINERS


TELL: Final = frozenset({"told", "tell", "tells", "telling"})
# Words that open an adverbial between a cue and its "that" ("said while touring Europe that ...").
# Prepositions that belong to the cue verb before them, not to its content ("called for", "agreed with").
_CUE_PREPOSITIONS: Final = {
    "for": frozenset("called calls call calling".split()),
    "on": frozenset("called calls call calling commented comments".split()),
    "against": frozenset("railed rails warned warns warning decided cautioned".split()),
    "with": frozenset("agreed agrees disagreed disagrees".split()),
    "to": frozenset("pointed points referred refers".split()),
    "about": frozenset("complained complains complaining worried worries".split()),
}
OUT_PARTICLE_CUES: Final = frozenset("pointed points point pointing spelled spelt spells spelling".split())
_BEFORE_THAT: Final = ADVERBIAL_AFTER_CUE | {"while", "when", "as", "repeatedly", "again"}


_RECIPIENTS: Final = frozenset(
    "reporters journalists media press agency television radio parliament lawmakers".split()
)
