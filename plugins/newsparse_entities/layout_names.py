"""Names the wire's layout gives or extends: the place of a dateline no gazetteer knows ("FRANKFURT,
April 13 -"), and the number that is part of a name ("BBC Radio 4", "PlayStation 3")."""

from __future__ import annotations

import re
from typing import Final

from newsparse_entities.chunk_context import in_score_line, named_alone_elsewhere
from newsparse_entities.gazetteer import Gazetteer
from newsparse_entities.rules import STOP_CAPS, TEAM_ROLES
from newsparse_entities.words import Candidate, Words

__all__ = ["dateline_places", "national_team", "numbered_names", "scorer", "standings_row", "without_tickers"]

_new = tuple.__new__  # a Candidate from its fields in order, without the named tuple's Python frame


# A model's code after a name ("PowerMac G4", "Airbus A380", "Walkman W800"): capitals, then digits.
_MODEL_CODE: Final = re.compile(r"[A-Z]{1,2}[0-9]{1,4}[a-z]?")
# Words that number a name as digits do ("BBC One", "Channel Four"; "Rocky II", "Windows XP").
_NUMBER_WORDS: Final = frozenset("One Two Three Four Five II III IV XP".split())
# Common words that with a number name a broadcaster ("Radio 4", "Channel 4").
_STATIONS: Final = frozenset(["Radio", "Channel"])
# Common words that with a number name a part, a rank, a place or a time, not a title ("Chapter 11").
_NUMBERED_COMMON: Final = frozenset(
    """Chapter Article Section Number No Top Hot Club Super Series Page Room Level Phase Grade Year Stage
    Category Class Type Model Flight Route Highway Gate Terminal Platform Division Proposition Amendment
    Rule Resolution Week Day Game Round Act Part Book Volume Episode Season Group Pool Heat Lane Court
    Hole Block Unit Ward Zone Sector Area District Region Line Bus Train Car Lot Item Figure Table
    Appendix Schedule Clause Paragraph Exhibit Grid Position Seed Under Over Top Bottom Plan Option
    Fund Index Box Studio Floor Street Road Avenue Camp Base Station Tower Hall League Formula Treasury
    Spring Summer Autumn Winter Euro""".split()
)
# Words before a common word and a number that make it part of a longer title or a phrase.
_INSIDE_TITLE: Final = frozenset("on of in at to the a an from for by".split())
# Evidence that the name is a person's: a number after it is a score or an age ("Nadal 6", "Smith 65").
# What may follow the minute of a goal after a scorer's name ("Ronaldo 85th minute", "( 39th )").
_AFTER_MINUTE: Final = frozenset([")", ",", "minute", "min", "pen", "penalty", "and", "."])
_PERSON_EVIDENCE: Final = frozenset(
    "first_name title initial role says apposition scorer scorecard substitute".split()
)


def numbered_names(words: Words, cands: list[Candidate], gaz: Gazetteer) -> list[Candidate]:
    """Names with the number that is part of them: "BBC Radio 4", "PlayStation 2", "Halo 2", "BBC
    One", "Nikkei 225" (an organisation's or a product's; never in a score line or before a count)."""
    text, n, starts, sent = words.text, len(words.text), words.start, words.sent
    out = cands
    split: list[int] = []
    for k, c in enumerate(cands):
        j = c.j
        if j >= n:
            continue
        # the word after first (most are no number: a comma, a verb), a model code only from A to Z
        t = text[j]
        if not (
            (t.isdigit() and len(t) <= 4)
            or t in _NUMBER_WORDS
            or ("A" <= t[0] <= "Z" and _MODEL_CODE.fullmatch(t))
        ):
            continue
        if starts[j] != c.end + 1 or sent[j] != sent[c.i] or not _numbered_context(words, c):
            continue
        evidence = _numbered_evidence(words, c, gaz)
        if evidence is None:
            continue
        name = " ".join(text[c.i : j + 1])
        if out is cands:
            out = list(cands)
        out[k] = _new(Candidate, (c.i, j + 1, c.start, words.end[j], name, "chunk", (), evidence, c.prefix))
        if (
            "numbered" in evidence
            and c.kind == "chunk"
            and c.j - c.i >= 2
            and text[c.i + 1] not in _STATIONS  # "BBC Radio 4": the station's own name
            and text[c.i + 1] not in _NUMBERED_COMMON  # "Symbian Series 60"
            and named_alone_elsewhere(words, c.i)
        ):
            split.append(k)
    return _brands_apart(words, out, split) if split else out


def _brands_apart(words: Words, cands: list[Candidate], split: list[int]) -> list[Candidate]:
    """The numbered products ``split`` with their first word, a company the document names alone
    elsewhere, made a name of its own: "Sony PlayStation 2" -> "Sony" + "PlayStation 2" (the
    guideline's "Acme Widget 3" -> Acme + Widget 3)."""
    text = words.text
    out: list[Candidate] = []
    for k, c in enumerate(cands):
        if k not in split:
            out.append(c)
            continue
        i = c.i
        out.append(_new(Candidate, (i, i + 1, c.start, words.end[i], text[i], "chunk", (), (), None)))
        rest = " ".join(text[i + 1 : c.j])
        out.append(
            _new(Candidate, (i + 1, c.j, words.start[i + 1], c.end, rest, "chunk", (), c.evidence, None))
        )
    return out


def _numbered_context(words: Words, c: Candidate) -> bool:
    """Whether the number after ``c`` may be part of its name: no score, result or count follows it
    ("Leeds 2 Southampton 0", "Fiji 26-3", "Ronaldo 9, Rooney 87", "Sony 100 staff")."""
    j, text, n = c.j, words.text, len(words.text)
    if in_score_line(words, c.i, c.j):
        return False
    after = text[j + 1] if j + 1 < n and words.sent[j + 1] == words.sent[j] else ""
    if after[:1].isdigit() or after in ("-", ":", "(", "/", "%") or words.cap[j + 1 : j + 2] == [True]:
        return False
    if after in (",", ".") and j + 2 < n and text[j + 2][:1].isdigit():
        return False
    if (after[:1].islower() and after.endswith("s") and after != "is") or after in _AFTER_SCORE:
        return False
    before = text[c.i - 1] if c.i > 0 else ""
    if before == ")" or before[:1].isdigit() or (before == "." and c.i > 1 and text[c.i - 2].isdigit()):
        return False  # a row of results: "3. Smets 27", "Paul Malin ( Britain ) Yamaha 317"
    # a line of results names several sides with their scores ("Glamorgan 259 and 207, Durham 114"),
    # or opens with its rank
    lo = c.i
    while lo > 0 and not words.line_start[lo] and c.i - lo < 200:
        lo -= 1
    if text[lo][:1].isdigit():
        return False
    hi = j + 1
    while hi < n and not words.line_start[hi] and hi - j < 200:
        hi += 1
    cap = words.cap
    return sum(1 for k in range(lo + 1, hi) if cap[k - 1] and text[k][:1].isdigit()) < 2


# Words after a number that make it a result or a count: "Benetton 1 minute 53.706", "White 66 not
# out", "Sussex 389 and 112", "Yankees 12 of the past 15", "Meri 34 in the ballot".
_AFTER_SCORE: Final = frozenset("minute hour sec not out pts pt lap and of to in by pct percent per".split())


def _common_word_numbered(words: Words, c: Candidate) -> tuple[str, ...] | None:
    """The evidence of one common word and a number: a station ("Radio 4", "Channel Four") is an
    organisation; a title ("Halo 2", "Doom 3") a product when the number has digits (not a year) and no
    preposition or article stands before it ("Assault on Precinct 13"); a section ("Chapter 11") none."""
    if c.text in _STATIONS:
        return ("numbered_org",)
    number = words.text[c.j]
    if " " in c.text or c.text in _NUMBERED_COMMON or not (number.isdigit() and len(number) <= 3):
        return None
    if c.i > 0 and words.lower[c.i - 1] in _INSIDE_TITLE:
        return None
    return (*c.evidence, "numbered")


def _numbered_evidence(words: Words, c: Candidate, gaz: Gazetteer) -> tuple[str, ...] | None:
    """The evidence of a numbered name, or None where the name is no organisation's or product's."""
    if c.kind == "chunk":
        if _PERSON_EVIDENCE.intersection(c.evidence) or len(c.text) == 1:
            return None
        if all(str.lower(w) in gaz.words for w in c.text.split()):
            return _common_word_numbered(words, c)  # "Radio 4", "Halo 2"; not "Chapter 11", "Top 40"
        return (*c.evidence, "numbered")
    if not c.cands:
        return None
    row = gaz.entities.get(c.cands[0][0])
    if row is None or row[0] not in ("ORG", "PRODUCT", "EVENT"):
        return None  # a place or a person with a number: a score, a rank
    return ("numbered_org",) if row[0] == "ORG" else ("numbered",)


def dateline_places(words: Words, by_start: dict[int, Candidate]) -> list[Candidate]:
    """The place of each dateline that no gazetteer name matches ("FRANKFURT, April 13 -", "TRAIL,
    British Columbia, June 1 -"): its words in capitals, a place whatever the words are."""
    out = []
    text, upper = words.text, words.upper
    for d, end in words.datelines.items():
        if d in by_start or not upper[d]:
            continue
        k = d
        while k < end and upper[k] and text[k].isalpha():
            k += 1
        # the place, then a comma, a bracket or the date: "SOCCER - ...", a topic, is no dateline place
        if d < k < len(text) and (text[k] in (",", "(") or text[k][0].isdigit()):
            out.append(
                _new(
                    Candidate,
                    (
                        d,
                        k,
                        words.start[d],
                        words.end[k - 1],
                        " ".join(text[d:k]),
                        "chunk",
                        (),
                        ("dateline",),
                        None,
                    ),
                )
            )
    return out


def without_tickers(words: Words, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` without the stock tickers of the wire ("<GE>", "<CAWL.L>"), which the guidelines do
    not annotate: one word in capitals alone in angle brackets, or with its exchange's letter after
    a period (a name in angle brackets, "<Suralco>", "<Carolian Systems Inc>", stays)."""
    text, n = words.text, len(words.text)

    def ticker(c: Candidate) -> bool:
        """Whether ``c`` is one word in capitals between "<" and ">" (or "." and a letter before ">")."""
        j = c.j
        return (
            c.i > 0
            and j == c.i + 1
            and words.upper[c.i]
            and text[c.i - 1] == "<"
            and j < n
            and (text[j] == ">" or (text[j] == "." and j + 2 < n and text[j + 2] == ">"))
        )

    return [c for c in cands if not ticker(c)]


# Words after a country's name that make it its national team ("England captain", "Ireland star",
# "France's squad", "England beat Fiji"), and before it ("beat Australia", "winners France").
_NATIONAL_TEAM_AFTER: Final = (TEAM_ROLES - {"owner", "forward"}) | frozenset(
    """star player players squad international internationals beat beats drew defeated v vs vs.
    edged thrashed""".split()
)
_NATIONAL_TEAM_BEFORE: Final = frozenset(
    "beat beating defeated v vs vs. winners champions captain captained".split()
)


def national_team(words: Words, c: Candidate) -> bool:
    """Whether the country that ``c`` names plays: its national team, an organisation as the guideline
    says ("England coach Andy Robinson", "beat Australia"); "Sweden's Thomas Enqvist" is his country."""
    i, j, n, sent = c.i, c.j, len(words.text), words.sent
    if c.end != words.end[j - 1] or (words.poss[j - 1] and j < n and words.cap[j]):
        return False  # inside a word ("England-based"), or a person's country
    after = words.lower[j] if j < n and sent[j] == sent[i] else ""
    before = words.lower[i - 1] if i > 0 and sent[i - 1] == sent[i] else ""
    return after in _NATIONAL_TEAM_AFTER or before in _NATIONAL_TEAM_BEFORE


def standings_row(words: Words, i: int, j: int) -> bool:
    """Whether the name ``i:j`` opens a line followed by seven whole numbers or more: a team's row of a
    league table (a golfer's four rounds and total, a bowler's figures with decimals are none)."""
    if not words.line_start[i]:
        return False
    text, n, k = words.text, len(words.text), j
    while k < n and words.sent[k] == words.sent[i] and len(text[k]) <= 3 and text[k].isdigit():
        k += 1
    return k - j >= 7 and (k >= n or words.line_start[k] or words.sent[k] != words.sent[i])


def scorer(words: Words, j: int) -> bool:
    """Whether word ``j`` is the minute of a goal after a scorer's name ("39th", "70th minute")."""
    n = len(words.text)
    if words.text[j] == "(" and j + 2 < n and words.text[j + 2] == ")":
        j += 1  # the minute in brackets: "Valkucak ( 54th )"
    t = words.text[j]
    if not (3 <= len(t) <= 5 and t[:-2].isdigit() and t[-2:] in ("st", "nd", "rd", "th")):
        return False
    after = words.lower[j + 1] if j + 1 < n else ")"
    return after in _AFTER_MINUTE


_CODE_NAME: Final = re.compile(r"[A-Z]{1,3}[a-z]*\d{1,2}")


def code_name(words: Words, i: int) -> bool:
    """Whether word ``i`` is a code name of capitals and a number inside a sentence ("U2", "ITV1",
    "PS2"), standing alone: not on a line's start nor after a name ("BMW X5" is BMW's product)."""
    if not _CODE_NAME.fullmatch(words.text[i]) or words.line_start[i] or i == 0:
        return False
    return not words.cap[i - 1] or words.text[i - 1] in STOP_CAPS
