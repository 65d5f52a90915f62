"""The working arrays of one sentence's parse, and the lookups every rule of the parser shares."""

from __future__ import annotations

__all__ = ["PARTICIPLE_ENDS", "QUOTES", "REACH", "RELATIVE", "State", "group_end", "indices", "next_group"]

REACH = 40  # the farthest any rule looks from a word, in words
PARTICIPLE_ENDS = ("ed", "en", "wn", "ne", "lt", "pt", "ught", "un", "ung")
RELATIVE = frozenset({"who", "which", "that", "whom"})
QUOTES = frozenset({'"', "“", "”", "'", "‘", "’", "``", "''"})


class State:
    """The working arrays of one sentence's parse (local to one call).

    A plain class, not attrs: compiled (mypyc), it becomes a native class whose fields the rules
    read at C speed; a class-level attrs default would fail mypyc's run-time type check.
    """

    __slots__ = (
        "appositive",
        "chains",
        "group_of",
        "heads",
        "lower",
        "passive",
        "pp",
        "rels",
        "start_of",
        "subject_of",
        "tags",
    )

    def __init__(
        self,
        lower: list[str],
        tags: list[str],
        heads: list[int | None],
        rels: list[str | None],
        group_of: list[int],
        pp: list[int],
        start_of: dict[int, int],
    ) -> None:
        """The sentence's words and tags, its arrays so far, and empty tables for the rules to fill."""
        self.lower = lower
        self.tags = tags
        self.heads = heads
        self.rels = rels
        self.group_of = group_of  # the head of the noun group holding each word, or -1
        self.pp = pp  # for a group head, the index of its preposition, or -1
        self.start_of = start_of  # group head -> group start
        self.subject_of: dict[int, int] = {}  # predicate -> subject head
        self.passive: set[int] = set()  # predicates with a passive auxiliary
        # the comma closing an apposition -> the last word before it opened ("Kerry, the envoy, said")
        self.appositive: dict[int, int] = {}
        self.chains: dict[int, int] = {}  # predicate -> first word of its auxiliaries

    def free(self, k: int) -> bool:
        """Whether word ``k`` has no head yet."""
        return self.heads[k] is None and self.rels[k] is None

    def attach(self, k: int, head: int | None, rel: str) -> None:
        """Attach ``k`` (never onto itself)."""
        if head != k:
            self.heads[k], self.rels[k] = head, rel


def next_group(state: State, k: int) -> int:
    """The head of the group starting at ``k`` (-1 if none starts there)."""
    head = state.group_of[k] if k < len(state.tags) else -1
    return head if head >= 0 and state.start_of.get(head) == k else -1


def group_end(state: State, head: int) -> int:
    k = max(head, state.start_of.get(head, head))
    n = len(state.tags)
    while k < n and state.group_of[k] == head:
        k += 1
    return k


def indices(items: list[str], value: str) -> list[int]:
    """Where ``value`` occurs in ``items``: one compiled scan of a typed list (a string test a word),
    about 2.5x faster than counting then indexing through the generic sequence methods."""
    found: list[int] = []
    k = 0
    for item in items:
        if item == value:
            found.append(k)
        k += 1
    return found
