"""A passive's agent phrase ("abducted by four men"): its count names the attackers, never victims.

"A man was abducted by four men and stabbed to death" is one man stabbed: the count after "by" is
the doers' number, and the coordinated verb after the agent phrase shares the first verb's subject.
"""

from __future__ import annotations

from newsparse.text import TokenColumns

MAX_AGENT_WORDS = 8  # words of "by four armed men on a motorcycle" between the two verbs


def agent_count(tokens: TokenColumns, lo: int, start: int) -> bool:
    """Whether the count at token ``start`` opens a "by" phrase (the agent): "by [at least] four men"."""
    return start > lo and str.lower(tokens.texts[start - 1]) == "by"


def joined(tokens: TokenColumns, first_end: int, second_start: int) -> bool:
    """Whether only "and", or an agent phrase and "and", stands between two verbs: "kidnapped and
    killed", "abducted [by four men and] stabbed"."""
    if not 0 < second_start - first_end <= MAX_AGENT_WORDS:
        return False
    gap = [str.lower(t) for t in tokens.texts[first_end:second_start]]
    return gap == ["and"] or (
        2 < len(gap) <= MAX_AGENT_WORDS
        and gap[0] == "by"
        and gap[-1] == "and"
        and not any(w in {",", ";", ".", ":", "and", "or", "who", "which", "that"} for w in gap[1:-1])
    )
