"""Unnumbered victims, active voice and unreal events, read from the words around a trigger.

"killed a police officer", "a woman was shot dead", "resulting in his death", "the body of a man
was found" each count one victim; "three gunmen shot and killed a farmer" counts the farmer, not
the gunmen; "attempted to kill" and "could kill" count nobody.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from typing import Any

from newsparse import Span
from newsparse.text import TokenColumns
from newsparse_events.lexicon import (
    ASIDE_OPENERS,
    ATTEMPT_WORDS,
    BE_AUXILIARIES,
    DETERMINERS,
    FOUND_WORDS,
    HARD_BREAKS,
    MODALS,
    NOT_PERSONS,
    OBJECT_PRONOUNS,
    PERSON_SUFFIXES,
    PRIOR_ACTS,
    SINGLE_DETERMINERS,
    SINGULAR_VICTIMS,
    SKIP_BEFORE_TRIGGER,
    SUBJECT_PRONOUNS,
)

__all__ = [
    "group_among",
    "is_age_aside",
    "is_passive",
    "is_person_noun",
    "is_unreal",
    "killed_named",
    "object_starts",
    "past_appositions",
    "single_after",
    "single_before",
    "single_of_noun",
    "singles_after",
    "singles_before",
    "skip_back",
    "sums_to",
    "superset_of",
    "vague_after",
]

MAX_NP_WORDS = 5  # words of a noun phrase between its determiner and its head ("a 25-year-old local man")
MAX_RELATIVE_WORDS = 16  # words of a relative clause between a victim and its trigger
MAX_PARTICIPLE_WORDS = 6  # words of a reduced relative ("driving a motorcycle") before the trigger
MAX_OF_WORDS = 12  # words after the head of "a cadre of Communist Party of India-Maoist (CPI-Maoist)"


def is_person_noun(word: str) -> bool:
    """Whether a lower-case singular noun names a person ("farmer", "policeman", "civilian").

    A hyphenated compound is judged by its last part: "sub-inspector", "ex-soldier", "co-pilot".
    """
    if "-" in word:
        word = word.rsplit("-", 1)[1]
    if word in SINGULAR_VICTIMS:
        return True
    if word in NOT_PERSONS or not word.isalpha() or len(word) < 4:
        return False
    return word.endswith(PERSON_SUFFIXES)


def _low(tokens: TokenColumns, k: int) -> str:
    return str.lower(tokens.texts[k])


def _prior_act(tokens: TokenColumns, lo: int, k: int) -> int | None:
    """The index of an act told before a killing that ends with "and" at ``k - 1``, or None.

    "shot and [killed]", "shot in the forehead and [died]".
    """
    if k - 2 < lo or _low(tokens, k - 1) != "and":
        return None
    if _low(tokens, k - 2) in PRIOR_ACTS:
        return k - 2
    for j in range(k - 3, max(lo, k - 7) - 1, -1):
        word = _low(tokens, j)
        if word in PRIOR_ACTS:
            return j if _low(tokens, j + 1) in {"in", "on", "at", "through"} else None
        if word in {",", "and", "or"} or tokens.texts[j] in HARD_BREAKS:
            return None
    return None


def skip_back(tokens: TokenColumns, lo: int, k: int, also: frozenset[str] = frozenset()) -> int:
    """The index after the subject of a trigger at ``k``: auxiliaries, adverbs and prior acts skipped.

    "a man was shot and killed", "a suspect was [reportedly] shot and died": the subject is "a man".
    """
    while k > lo:
        word = _low(tokens, k - 1)
        act = _prior_act(tokens, lo, k)
        if word in SKIP_BEFORE_TRIGGER or word in also:
            k -= 1
        elif act is not None:
            k = act
        elif is_age_aside(tokens, lo, k):
            k -= 3  # "a man, 45, was stabbed": the age between commas is no part of the subject
        else:
            break
    return k


def is_age_aside(tokens: TokenColumns, lo: int, k: int) -> bool:
    """Whether tokens ``[k-3, k)`` are an age between commas after a word: "a man , 45 ,"."""
    if k - 4 < lo or tokens.texts[k - 1] != "," or tokens.texts[k - 3] != ",":
        return False
    age = tokens.texts[k - 2]
    return age.isdigit() and 0 < int(age) <= 110 and tokens.texts[k - 4][:1].isalpha()


def is_passive(tokens: TokenColumns, lo: int, a: int) -> bool:
    """Whether the trigger at token ``a`` follows a form of "be" ("was [reportedly] [shot and] killed")."""
    k = a - 1
    while k >= lo and _low(tokens, k) not in BE_AUXILIARIES:
        act = _prior_act(tokens, lo, k + 1)
        if _low(tokens, k) in SKIP_BEFORE_TRIGGER:
            k -= 1
        elif act is not None:
            k = act - 1
        else:
            break
    return k >= lo and _low(tokens, k) in BE_AUXILIARIES and not tokens.texts[k].isupper()  # "IS" is a group


def object_starts(tokens: TokenColumns, b: int, hi: int) -> bool:
    """Whether a noun phrase (an object) starts right after an active trigger ending at ``b``."""
    if b >= hi:
        return False
    word = _low(tokens, b)
    return (
        word in DETERMINERS
        or word in OBJECT_PRONOUNS
        or word.isdigit()
        or is_person_noun(word)
        or (tokens.texts[b][:1].isupper() and tokens.texts[b].isalpha())
    )


def is_unreal(tokens: TokenColumns, lo: int, a: int) -> bool:
    """Whether the trigger at ``a`` is an attempt, a threat or a possibility ("tried to kill")."""
    words = [_low(tokens, k) for k in range(max(lo, a - 3), a)]
    if words and (words[-1] in MODALS or words[-1] in {"nearly", "almost"}):
        return True  # "could kill", "was nearly lynched"
    if "to" in words:
        k = len(words) - 1 - words[::-1].index("to")
        return k > 0 and words[k - 1] in ATTEMPT_WORDS
    return False


def _head_after(tokens: TokenColumns, k: int, hi: int) -> int | None:
    """The person-noun head of a noun phrase opening at ``k`` (after its determiner), within a few words."""
    for j in range(k, min(hi, k + MAX_NP_WORDS)):
        word = _low(tokens, j)
        if tokens.texts[j] in HARD_BREAKS or word in {",", "and", "or", "who", "in", "by", "with", "of"}:
            return None
        if is_person_noun(word.removesuffix("'s").removesuffix("\u2019s")):
            if j + 1 < hi and is_person_noun(_low(tokens, j + 1)):
                continue  # "a police officer": the head is the last noun
            return j
    return None


def single_after(text: str, tokens: TokenColumns, b: int, hi: int) -> tuple[Span, Span] | None:
    """An unnumbered single object after an active trigger: ("a", "farmer") of "killed a farmer"."""
    if b >= hi:
        return None
    word = _low(tokens, b)
    if word in {"him", "her"}:
        span = Span.of(text, tokens.starts[b], tokens.ends[b])
        return span, span
    if word not in SINGLE_DETERMINERS:
        return None
    head = _head_after(tokens, b + 1, hi)
    if head is None:
        return None
    return Span.of(text, tokens.starts[b], tokens.ends[b]), Span.of(
        text, tokens.starts[b + 1], tokens.ends[head]
    )


def singles_after(
    text: str, tokens: TokenColumns, one: tuple[Span, Span] | None, hi: int
) -> list[tuple[Span, Span]]:
    """The single object ``one`` of an active trigger and one joined to it by "and": "killed a policeman
    and a teacher" tells two victims, each its own event (the guideline's one event per victim group)."""
    if one is None:
        return []
    k = bisect.bisect_left(tokens.starts, one[1].end)
    if k + 1 >= hi or str.lower(tokens.texts[k]) != "and":
        return [one]
    other = single_after(text, tokens, k + 1, hi)
    return [one] if other is None or str.lower(other[0].text) in {"him", "her"} else [one, other]


def single_before(text: str, tokens: TokenColumns, lo: int, a: int) -> tuple[Span, Span] | None:
    """An unnumbered single subject before a trigger: "a woman was shot dead", "the victim died".

    The head may carry an "of" phrase ("a local leader of Awami League was beaten to death") or a
    coordinated modifier ("a drug and kidnapping suspect").
    """
    k = skip_back(tokens, lo, a, FOUND_WORDS)
    if k - 1 >= lo and _low(tokens, k - 1) in SUBJECT_PRONOUNS:
        span = Span.of(text, tokens.starts[k - 1], tokens.ends[k - 1])
        return span, span
    other = _one_or_other(text, tokens, lo, k)
    if other is not None:
        return other
    who = _relative_start(tokens, lo, k)  # "a former bodyguard who worked for a mayor was shot dead"
    found = _single_ending_at(text, tokens, lo, who) if who is not None else None
    doing = _participle_start(tokens, lo, k) if found is None else None  # "a man riding a motorcycle was"
    found = found or (_single_ending_at(text, tokens, lo, doing) if doing is not None else None)
    return found or _single_ending_at(text, tokens, lo, k)


def joined_before(text: str, tokens: TokenColumns, lo: int, k: int) -> list[tuple[Span, Span]]:
    """The single victim joined by "and" to the counted subject opening at token ``k``.

    "A policeman and two civilians were killed", "She and eight others died": two victim groups.
    """
    if k - 1 <= lo or _low(tokens, k - 1) != "and":
        return []
    one = single_before(text, tokens, lo, k - 1)
    return [] if one is None else [one]


def _relative_start(tokens: TokenColumns, lo: int, k: int) -> int | None:
    """The index of the "who" opening a relative clause that ends right before token ``k``."""
    for j in range(k - 1, max(lo, k - MAX_RELATIVE_WORDS) - 1, -1):
        word = _low(tokens, j)
        if word == "who":
            return j
        if word == "," or tokens.texts[j] in HARD_BREAKS:
            return None
    return None


def _participle_start(tokens: TokenColumns, lo: int, k: int) -> int | None:
    """The index of the "-ing" participle opening a reduced relative that ends right before token ``k``
    ("a man driving a motorcycle was shot"), when a person noun stands right before it."""
    for j in range(k - 1, max(lo, k - MAX_PARTICIPLE_WORDS) - 1, -1):
        word = _low(tokens, j)
        if word in {",", "who", "which", "that", "and", "or"} or tokens.texts[j] in HARD_BREAKS:
            return None
        if j - 1 >= lo and len(word) > 4 and word.endswith("ing") and is_person_noun(_low(tokens, j - 1)):
            return j if j < k - 1 else None  # "-ing" right before the trigger's auxiliary is no relative
    return None


def _single_ending_at(text: str, tokens: TokenColumns, lo: int, k: int) -> tuple[Span, Span] | None:
    """The single person noun phrase ending right before token ``k`` (its head may carry "of"/"from")."""
    head = k - 1
    for j in _back(tokens, lo, k - 1, MAX_OF_WORDS):  # "a leader of Awami League", "a cadre of X (Y)"
        if j - 1 >= lo and _low(tokens, j) in {"of", "from"} and is_person_noun(_low(tokens, j - 1)):
            head = j - 1
            break
        if tokens.texts[j] in HARD_BREAKS or _low(tokens, j) in {",", "by", "in", "who", "which"}:
            break
        if _opens_own_phrase(tokens, lo, j, k):
            break  # "father of Thomas a soldier killed in Iraq": the soldier, not the father
    if head < lo:
        return None
    word = _low(tokens, head)
    bare = word.removesuffix("'s").removesuffix("\u2019s")
    if not is_person_noun(bare):
        return None
    end = tokens.ends[head] - (len(word) - len(bare))  # "a man's body": the victim is "man"
    for j in _back(tokens, lo, head - 1, MAX_NP_WORDS + 2):
        word = _low(tokens, j)
        if word in SINGLE_DETERMINERS:
            return Span.of(text, tokens.starts[j], tokens.ends[j]), Span.of(text, tokens.starts[j + 1], end)
        if word == "and" and j - 1 >= lo and _low(tokens, j - 1) not in SINGLE_DETERMINERS:
            continue  # "a drug and kidnapping suspect"
        if tokens.texts[j] in HARD_BREAKS or word in {",", "and", "or", "of", "by", "in"}:
            return None
    return None


def _opens_own_phrase(tokens: TokenColumns, lo: int, j: int, k: int) -> bool:
    """Whether token ``j`` is a single determiner opening the person noun phrase that ends at ``k``,
    not the object of an "of"/"from" ("the wife of a policeman" stays the wife)."""
    if _low(tokens, j) not in SINGLE_DETERMINERS or (j - 1 >= lo and _low(tokens, j - 1) in {"of", "from"}):
        return False
    words = {_low(tokens, i) for i in range(j, k)}
    return k - 1 > j and is_person_noun(_low(tokens, k - 1)) and "of" not in words


def _back(tokens: TokenColumns, lo: int, start: int, limit: int) -> list[int]:
    """Token indices from ``start`` down to ``lo``, at most ``limit``, over a bracketed aside "(X)"."""
    out: list[int] = []
    j = start
    while j >= lo and len(out) < limit:
        if tokens.texts[j] == ")":
            k = j - 1
            while k >= lo and tokens.texts[k] not in {"(", ")"}:
                k -= 1
            if k >= lo and tokens.texts[k] == "(" and j - k <= 12:
                j = k - 1
                continue
        out.append(j)
        j -= 1
    return out


def _one_or_other(text: str, tokens: TokenColumns, lo: int, k: int) -> tuple[Span, Span] | None:
    """ "one" or "the other" as the whole subject: "three fled and one was killed", "the other died"."""
    if k - 1 < lo:
        return None
    word, before = _low(tokens, k - 1), _low(tokens, k - 2) if k - 2 >= lo else ""
    if word == "one" and before not in {"no", "every", "any", "each", "of", "than"}:
        span = Span.of(text, tokens.starts[k - 1], tokens.ends[k - 1])
        return span, span
    if word == "other" and before == "the":
        return Span.of(text, tokens.starts[k - 2], tokens.ends[k - 2]), Span.of(
            text, tokens.starts[k - 1], tokens.ends[k - 1]
        )
    return None


def single_of_noun(
    text: str, tokens: TokenColumns, lo: int, hi: int, a: int, b: int
) -> tuple[Span, Span] | None:
    """One victim of a singular noun trigger: "his death", "the death of a man", "a man's body was found"."""
    word = _low(tokens, a)
    if word == "body" and not any(_low(tokens, k) in FOUND_WORDS for k in range(lo, hi)):
        return None
    if a > lo and _low(tokens, a - 1) in {"his", "her"} and word == "death":
        span = Span.of(text, tokens.starts[a - 1], tokens.ends[a - 1])
        return span, span
    if b + 1 < hi and _low(tokens, b) == "of":
        found = single_after(text, tokens, b + 1, hi)
        if found is not None and str.lower(found[0].text) not in {"him", "her"}:
            return found
    if a > lo and str.lower(tokens.texts[a - 1]).endswith(("'s", "\u2019s")):
        return single_before(text, tokens, lo, a)
    if (
        word == "body"
        and a - 2 >= lo
        and _low(tokens, a - 2) in {"a", "an"}
        and tokens.texts[a - 1].isalpha()
    ):
        return Span.of(text, tokens.starts[a - 2], tokens.ends[a - 2]), Span.of(
            text, tokens.starts[a], tokens.ends[a]
        )
    return None


def singles_before(text: str, tokens: TokenColumns, lo: int, a: int) -> list[tuple[Span, Span]]:
    """Single subjects joined by "and" before a trigger: "a farmer and his brother were killed" gives two."""
    found: list[tuple[Span, Span]] = []
    end = a
    while True:
        single = single_before(text, tokens, lo, end) if not found else _single_ending(text, tokens, lo, end)
        if single is None:
            return found
        found.insert(0, single)
        k = _index_at(tokens, lo, end, single[0].start)
        if k - 1 < lo or _low(tokens, k - 1) not in {"and", ","}:
            return found
        end = k - 1


def _index_at(tokens: TokenColumns, lo: int, hi: int, offset: int) -> int:
    """The index of the token starting at ``offset`` among ``[lo, hi)`` (``hi`` if none)."""
    return next((k for k in range(lo, hi) if tokens.starts[k] == offset), hi)


def _single_ending(text: str, tokens: TokenColumns, lo: int, end: int) -> tuple[Span, Span] | None:
    """A single noun phrase ending right before token ``end`` ("his brother" of "his brother and")."""
    head = end - 1
    if head < lo or not is_person_noun(_low(tokens, head)):
        return None
    for j in range(head - 1, max(lo, head - MAX_NP_WORDS) - 1, -1):
        word = _low(tokens, j)
        if word in SINGLE_DETERMINERS:
            return Span.of(text, tokens.starts[j], tokens.ends[j]), Span.of(
                text, tokens.starts[j + 1], tokens.ends[head]
            )
        if tokens.texts[j] in HARD_BREAKS or word in {",", "and", "or", "of", "by", "in"}:
            return None
    return None


# vague counts the quantities layer leaves out: (words, low, high)
VAGUE_COUNTS: tuple[tuple[tuple[str, ...], int | None, int | None], ...] = (
    (("an", "unspecified", "number", "of"), 2, None),
    (("an", "unknown", "number", "of"), 2, None),
    (("unknown", "number", "of"), 2, None),
    (("a", "number", "of"), 2, None),
    (("several",), 3, 9),
    (("one",), 1, 1),
)
_NP_BREAKS = frozenset({",", "and", "or", "in", "on", "at", "by", "with", "while", "when", "after", "during"})


def _group_end(tokens: TokenColumns, k: int, hi: int) -> int:
    """Where the short noun group opening at token ``k`` ends: at most four words, before a break."""
    stop = k
    while (
        stop < hi
        and stop - k < 4
        and _low(tokens, stop) not in _NP_BREAKS
        and tokens.texts[stop] not in HARD_BREAKS
    ):
        stop += 1
    return stop


def _group_of(text: str, tokens: TokenColumns, k: int, hi: int) -> Span | None:
    """The group after "one of": "[the] suicide bombers" of "killed one of the suicide bombers"."""
    if k < hi and _low(tokens, k) in {"the", "their", "its", "his", "her", "those", "these"}:
        k += 1
    stop = _group_end(tokens, k, hi)
    return Span.of(text, tokens.starts[k], tokens.ends[stop - 1]) if stop > k else None


def vague_after(
    text: str, tokens: TokenColumns, b: int, hi: int
) -> tuple[Span, int | None, int | None, Span | None] | None:
    """A vague count after an active trigger ("killing several soldiers"): its span, bounds and victims."""
    for words, low, high in VAGUE_COUNTS:
        end = b + len(words)
        if end <= hi and tuple(_low(tokens, k) for k in range(b, end)) == words:
            stop = _group_end(tokens, end, hi)
            victims = Span.of(text, tokens.starts[end], tokens.ends[stop - 1]) if stop > end else None
            if words == ("one",) and end < hi and _low(tokens, end) == "of":
                return (
                    Span.of(text, tokens.starts[b], tokens.ends[b]),
                    1,
                    1,
                    _group_of(text, tokens, end + 1, hi),
                )
            if words == ("one",) and victims is not None and not is_person_noun(_low(tokens, stop - 1)):
                return None  # "killing one of the ...", "one day"
            return Span.of(text, tokens.starts[b], tokens.ends[end - 1]), low, high, victims
    return None


def group_among(text: str, tokens: TokenColumns, b: int, hi: int) -> Span | None:
    """The victims named after a toll noun ending at token ``b``: "fatalities among Houthi forces"."""
    if b >= hi - 1 or _low(tokens, b) not in {"among", "for"}:
        return None
    k = b + 1
    if _low(tokens, k) in {"the", "their", "its", "his", "her", "those", "these"}:
        k += 1
    stop = next((j for j in range(k, _group_end(tokens, k, hi)) if _low(tokens, j) == "including"), None)
    stop = stop if stop is not None else _group_end(tokens, k, hi)
    while stop - k > 1 and _low(tokens, stop - 1).endswith("ing"):
        stop -= 1  # "U.S. soldiers serving in Iraq": the soldiers
    return Span.of(text, tokens.starts[k], tokens.ends[stop - 1]) if stop > k else None


MAX_APPOSITION = 10  # tokens of an apposition between a named subject and its verb (", 32, from Leeds,")
_APPOSITION_OPENERS = frozenset({"from", "of", "a", "an", "aged", "who", "whose"})


def past_appositions(tokens: TokenColumns, lo: int, k: int) -> int:
    """The index after a subject whose appositions end at ``k``: "John Smith, 32, from Leeds, was shot".

    An apposition opens with a comma and an age, "from", "of", "aged" or an article; it holds no
    other comma-closed clause and no sentence break.
    """
    while k - 2 > lo:
        if tokens.texts[k - 1] == ",":
            j = k - 2
            while j > lo and k - j <= MAX_APPOSITION and tokens.texts[j] not in {",", *HARD_BREAKS}:
                j -= 1
            opener = str.lower(tokens.texts[j + 1])
            if j <= lo or tokens.texts[j] != "," or not (opener.isdigit() or opener in _APPOSITION_OPENERS):
                break
            k = j
        elif tokens.texts[k - 1].isdigit() and tokens.texts[k - 2] == ",":
            k -= 2  # "Smith, 32" before ", from Leeds": the age's closing comma opened the next aside
        else:
            break
    return k


# participles that tell a killing even as an adjective: "murdered designer Gianni Versace" ("the
# injured Phil Vickery" tells no injury done here)
_KILLED_ADJECTIVES = frozenset({"murdered", "slain", "assassinated"})
MAX_TITLE_WORDS = 4  # words of a title between the participle and the name ("former prime minister")


def killed_named(
    text: str, tokens: TokenColumns, a: int, b: int, mentions: Sequence[tuple[int, int, str, str, str | None]]
) -> tuple[Span, Span] | None:
    """The person a killing participle (tokens ``[a, b)``) modifies: the name, and it with its title.

    "slain Dutch director Theo van Gogh": one victim, Theo van Gogh ("Dutch director Theo van Gogh").
    """
    if b - a != 1 or str.lower(tokens.texts[a]) not in _KILLED_ADJECTIVES or b >= len(tokens.starts):
        return None
    begin = tokens.starts[b]
    reach = tokens.starts[min(b + MAX_TITLE_WORDS, len(tokens.starts) - 1)]
    for start, stop, _ident, kind, _form in mentions:
        if kind == "PERSON" and begin <= start <= reach and "," not in text[begin:start]:
            return Span.of(text, start, stop), Span.of(text, begin, stop)
    return None


MAX_GROUP_WORDS = 3  # words of a victim group between a count and its "including" aside


def superset_of(
    tokens: TokenColumns, counts: Sequence[tuple[int, int, Any]], part: tuple[int, int, Any]
) -> Any:
    """The count whose ", including" aside holds count ``part`` (token bounds), or None.

    "at least 21 militants including 2 commanders": the 2 commanders are a part of the 21.
    """
    k = part[0] - 1
    if k < 1 or str.lower(tokens.texts[k]) not in ASIDE_OPENERS:
        return None
    end = k - 1 if tokens.texts[k - 1] == "," else k
    for count in reversed(counts):
        between = tokens.texts[count[1] : end]
        if count[1] <= end and len(between) <= MAX_GROUP_WORDS and all(w.isalpha() for w in between):
            return count
    return None


def sums_to(whole: tuple[int, int, Any], parts: Sequence[tuple[int, int, Any]]) -> bool:
    """Whether the counts ``parts`` add up to count ``whole``: the breakdown of one group.

    "five personnel including one policeman and four soldiers": 1 + 4 = 5, so the four are no join.
    """
    values = [part[2].value for part in parts]
    return whole[2].value is not None and None not in values and sum(values) == whole[2].value
