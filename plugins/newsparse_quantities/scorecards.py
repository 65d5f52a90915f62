"""A batsman's runs in a cricket scorecard are amounts, though a surname stands before them.

A bare number after a capitalised word is read as part of a name ("Radio Shack 101", "Boeing 747").
In a scorecard ("Durham 326 (D. Cox 95 not out, S. Campbell 69; G. Rose 7-73)") the word is a
batsman's surname and the number his runs, which the guideline counts ("a single count of goals,
points, runs or wickets outside a score pair is a quantity", unit null). Two shapes decide it: the
number is followed by "not out", or it closes an entry of a list, an initial and its point before
the surname ("(J. Crawley 106,", ", G. Thorpe 54."). A bowler's figures ("7-73") stay a pair.
A team's total before its bracket ("Durham 326 (D. Cox 95") is a count of runs too: the bracket's
first batting entry decides it (session 39); a total written as a pair ("Somerset 236-4") stays one.
An entry without an initial ("Ijaz Ahmed 61)", "(Saeed Anwar 57)") is runs where the bracket is a
scorecard's: the entry before it closes with runs or "not out", or the bracket opens after a total
written as a pair or after "closed"/"declared" (", Service Pack 2," is no entry).
"""

from __future__ import annotations

from typing import Final

from .word_columns import Words

__all__ = ["batting_score", "scorecard_runs", "team_total", "unnamed_entry"]

#: what follows a batsman's runs inside a scorecard's bracket: the next entry, the bowlers, the end
_ENTRY_ENDS: Final = frozenset({",", ";", ")", "."})
#: what opens an entry of a scorecard's list: its bracket or the entry before
_ENTRY_OPENS: Final = frozenset({"(", ",", ";"})
#: the words that close a team's score before its bracket ("225-5 innings closed (", "446-9 declared (")
_INNINGS_ENDS: Final = frozenset({"closed", "declared"})


def _surname(text: str) -> bool:
    """Whether a word may be a batsman's surname: capitalised letters only."""
    return text[:1].isupper() and text.isalpha()


def batting_score(words: Words, i: int) -> bool:
    """Whether the bare number at word ``i`` (one to three digits after a surname) is a batsman's
    runs: "not out" follows it, or an initial, its point and the surname open an entry of a list
    that the number closes (module docstring)."""
    text = words.texts[i]
    if i < 1 or len(text) > 3 or not text.isdigit() or not _surname(words.texts[i - 1]):
        return False
    after = i + 1
    if after + 1 < words.size and words.lower[after] == "not" and words.lower[after + 1] == "out":
        return True  # "D. Cox 95 not out", "Saeed Anwar 169 not out"
    if i < 4 or after >= words.size or words.texts[after] not in _ENTRY_ENDS or words.gap(after) != 0:
        return False
    initial, point = words.texts[i - 3], words.texts[i - 2]
    if len(initial) != 1 or not initial.isupper() or point != "." or words.gap(i - 2) != 0:
        return False
    return words.texts[i - 4] in _ENTRY_OPENS  # "(J. Crawley 106,", ", G. Thorpe 54."


def team_total(words: Words, i: int) -> bool:
    """Whether the bare number at word ``i`` after a team's name is its total of runs: a bracket opens
    right after it whose first entry is a batsman's runs after an initial ("Durham 326 (D. Cox 95")."""
    first = i + 5  # "(", the initial, its point, the surname, the runs
    if first >= words.size or words.texts[i + 1] != "(" or len(words.texts[i]) > 3:
        return False
    initial = words.texts[i + 2]
    if len(initial) != 1 or not initial.isupper() or words.texts[i + 3] != ".":
        return False
    return _surname(words.texts[i - 1]) and batting_score(words, first)


def _closes_entry(words: Words, k: int) -> bool:
    """Whether word ``k`` ends a batting entry: "not out", or runs an entry closes."""
    if words.texts[k] == "out":
        return k >= 1 and words.lower[k - 1] == "not"
    return words.texts[k].isdigit() and (batting_score(words, k) or unnamed_entry(words, k))


def _opens_card(words: Words, k: int) -> bool:
    """Whether word ``k``, before a bracket, ends a team's score: "closed", "declared", or the
    wickets of a total written as a pair ("318-2 (")."""
    if words.lower[k] in _INNINGS_ENDS:
        return True
    return k >= 2 and words.texts[k].isdigit() and words.texts[k - 1] == "-" and words.texts[k - 2].isdigit()


def unnamed_entry(words: Words, i: int) -> bool:
    """Whether the bare number at word ``i`` closes a batting entry without an initial ("Ijaz Ahmed
    61)") inside a scorecard's bracket (module docstring)."""
    text = words.texts[i]
    if i < 4 or len(text) > 3 or not text.isdigit():
        return False
    after = i + 1
    if after >= words.size or words.texts[after] not in _ENTRY_ENDS or words.gap(after) != 0:
        return False
    if not _surname(words.texts[i - 1]) or not _surname(words.texts[i - 2]):
        return False
    opener = words.texts[i - 3]
    if opener == "(":
        return _opens_card(words, i - 4)
    return opener in _ENTRY_OPENS and _closes_entry(words, i - 4)


def scorecard_runs(words: Words, i: int) -> bool:
    """Whether the bare number at word ``i`` after a capitalised word is a scorecard's count of runs
    (a batsman's or a team's), not a name's number ("Boeing 747")."""
    if batting_score(words, i) or unnamed_entry(words, i):
        return True
    return i >= 1 and words.texts[i].isdigit() and team_total(words, i)
