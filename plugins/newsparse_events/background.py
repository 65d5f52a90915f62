"""Killings told as the occasion of the act a text reports: "protested over the killing of a trader".

Such an event happened, but it is not the act reported (ACLED codes the protest, not the killing):
it is marked ``background``, never dropped. It is one when a word tying it to such an act stands
right before it in its clause ("over", "against", "after", "for", "relatives of"; "accused of")
and its sentence names that act (a protest, a vigil, a demand, a riot, a retaliation), or the tie
names a suspect or a reason itself ("accused of killing", "in retaliation for the killing of"), or
a verb marking it governs it ("to condemn the killing of", "to honour a man who died").
"""

from __future__ import annotations

import re

from newsparse import Document
from newsparse_events.disowned import on_earlier_event
from newsparse_events.lexicon import (
    ACTOR_WORDS,
    BACKGROUND_CUES,
    BACKGROUND_HEADS,
    BACKGROUND_LINKS,
    KIN_HEADS,
    NOT_LINKING,
    VIOLENCE_WORDS,
)
from newsparse_events.model import Event

__all__ = ["is_background"]

MAX_LINK_WORDS = 5  # words between the tie and the event ("after [the previous day] 40 ...")
_WORD = re.compile(r"[\w'-]+")
_CLAUSE_BREAK = re.compile(r"[,;:()]")
# verbs whose object is a killing marked by the act reported: "gathered to condemn the killing of"
_MARKING_VERBS = ("condemn", "denounc", "mourn", "commemorat", "honour", "honor")
# a protest verb whose object holds the killing ("protesting HTS policies having executed a commander");
# "protesting the election and killed" coordinates an act of its own
_PROTEST_VERBS = frozenset({"protesting", "denouncing", "decrying"})
_EARLIER = frozenset({"after", "following"})
# between "after" and the event: a toll the act's own side suffered ("retreat after incurring fatalities")
_SUFFERING = frozenset("incurring suffering sustaining losing taking".split())
# an attack named between "after" and the event times the killing: "after the blast 12 were found dead"
_ATTACK_WORDS = VIOLENCE_WORDS - ACTOR_WORDS


def _tie(words: list[str]) -> tuple[int, bool] | None:
    """The last tying word of a clause before an event: its index and whether it names the act itself."""
    for k in range(len(words) - 1, max(-1, len(words) - 2 - MAX_LINK_WORDS), -1):
        word, before = words[k], words[k - 1] if k > 0 else ""
        if word in {"of", "to", "for", "with"} and before in BACKGROUND_HEADS:
            return k, True
        family = before == "members" and words[k - 2 : k - 1] == ["family"]
        if word == "of" and (before in KIN_HEADS or family):
            return k, False  # "relatives of", "family members of a baby who died"
        if word in BACKGROUND_LINKS and before not in NOT_LINKING:
            return k, before in {"retaliation", "revenge", "reprisal"}
        if word.startswith(_MARKING_VERBS) or (word in _PROTEST_VERBS and "and" not in words[k:]):
            return k, True  # "to condemn the killing of", "a vigil protesting HTS having executed"
    return None


_KEPT_WORDS = MAX_LINK_WORDS + 6  # more than :func:`_tie` and what follows the tie ever read
_WINDOW = 400  # characters read back first for the clause's last words


def _last_words(text: str, lo: int, start: int) -> list[str]:
    """The last words (lower case) of the clause that ends at ``start`` in the sentence from ``lo``:
    those :func:`_tie` reads, from a window before ``start``, not the whole sentence per event."""
    window = max(lo, start - _WINDOW)
    clause = _CLAUSE_BREAK.split(text[window:start])[-1]
    words = [str.lower(w) for w in _WORD.findall(clause)]
    if window > lo and len(clause) == start - window:  # no break in the window: its first word may be cut
        if len(words) <= _KEPT_WORDS:
            words = [str.lower(w) for w in _WORD.findall(_CLAUSE_BREAK.split(text[lo:start])[-1])]
        return words[-_KEPT_WORDS:]
    return words


def is_background(doc: Document, event: Event) -> bool:
    """Whether the event is told as the occasion of another act of its sentence (see the module)."""
    sentence = doc.sentence_of(event.trigger.start)
    if sentence is None:
        return False
    if on_earlier_event(doc, event):
        return True  # "after days of clashes ... in which 8 armed individuals have died"
    text = doc.text
    start = min(event.start, event.victims.start) if event.victims is not None else event.start
    words = _last_words(text, sentence.start, start)
    tie = _tie(words)
    if tie is None:
        return False
    if tie[1]:
        return True
    if _opens_earlier_clause(words[tie[0] :]):
        return True
    end = max(event.end, event.victims.end) if event.victims is not None else event.end
    rest = str.lower(text[sentence.start : start] + " " + text[end : sentence.end])
    return any(w.startswith(BACKGROUND_CUES) for w in _WORD.findall(rest))


def _opens_earlier_clause(words: list[str]) -> bool:
    """Whether "after"/"following" opens the event's own clause, naming no attack nor a toll suffered.

    ``words`` run from the tie to the event: "after [the Islamic State]" ties an earlier killing to
    the act told before it; "after the blast", "after incurring" tie the killing to its own attack.
    """
    if not words or words[0] not in _EARLIER:
        return False
    between = set(words[1:])
    return not (between & _SUFFERING or between & _ATTACK_WORDS)
