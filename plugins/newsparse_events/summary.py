"""A document's casualty summary a user can tabulate: killed, wounded, missing, ... by victim group and scope.

Rival reports of one toll (events linked as ``alternatives``) count once, at their lowest figure
(as ACLED codes conflicting reports), under the group they share ("people" when they differ);
incident and cumulative figures are kept apart, so that a war's running total is never added to
the day's incidents. A ``casualties`` figure that tells its
roles ("killing and injuring 12": ``includes``) has its own row, which :meth:`SummaryRow.tells` reads.
A row's ``high`` bounds its ``total`` from above: the upper figures summed, or None when one is open.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import attrs

from newsparse_events.lexicon import GROUP_SYNONYMS
from newsparse_events.model import Event

__all__ = ["SummaryRow", "summarise"]

_OPEN: frozenset[str] = frozenset({"over", "at_least"})  # modifiers that leave a count's top open


@attrs.frozen
class SummaryRow:
    """One line of the summary: a role, a victim group and a scope with the figures that add up.

    ``total`` sums the lower figures of the events (an unnumbered group adds nothing to it);
    ``unknown`` counts the events without a figure ("civilians were killed"); ``includes``, on a
    ``casualties`` row, the roles its figure is told to join ("killed and wounded": someone died).
    ``high`` sums the upper figures ("dozens": 99; rival reports: the highest), None when any is
    open ("more than 200", no figure): the row's figure lies between ``total`` and ``high``.
    """

    role: str
    group: str
    scope: str
    total: int
    events: int
    unknown: int
    includes: tuple[str, ...] = ()
    high: int | None = None

    def tells(self, role: str) -> bool:
        """Whether the row's events tell that someone was ``role``: its role, or one its figure includes."""
        return role == self.role or role in self.includes


def _group(event: Event) -> str:
    """The victim group's head noun, synonyms merged; "people" when none is said."""
    if event.victims is None or not event.victims.text.split():
        return "people"
    word = str.lower(event.victims.text).split()[-1]
    return GROUP_SYNONYMS.get(word, word)


def _cluster_group(cluster: Sequence[Event]) -> str:
    """The victim group rival reports share; "people" when they name different groups ("12 soldiers"
    against "dozens of people"), so a row never gives one report's group to another's figure."""
    groups = {_group(event) for event in cluster}
    return groups.pop() if len(groups) == 1 else "people"


def _figure(event: Event) -> int | None:
    """The lower figure of an event's count: its value, else its lower bound."""
    if event.count is None:
        return None
    value = event.count.value if event.count.value is not None else event.count.low
    return int(value) if value is not None else None


def _upper(event: Event) -> int | None:
    """The upper figure of an event's count: its upper bound, else its value unless the count is open
    ("more than 200", "at least 12"); None when open or without a figure."""
    count = event.count
    if count is None:
        return None
    if count.high is not None:
        return int(count.high)
    if count.value is None or count.modifier in _OPEN:
        return None
    return int(count.value)


def _clusters(events: Sequence[Event]) -> list[list[Event]]:
    """The events grouped with their alternatives (rival reports of one toll)."""
    index = {(e.start, e.end): n for n, e in enumerate(events)}
    parent = list(range(len(events)))

    def root(n: int) -> int:
        """The representative of event ``n``'s cluster."""
        while parent[n] != n:
            n = parent[n]
        return n

    for n, event in enumerate(events):
        for other in event.alternatives:
            m = index.get((other.start, other.end))
            if m is not None:
                parent[root(m)] = root(n)
    groups: dict[int, list[Event]] = {}
    for n, event in enumerate(events):
        groups.setdefault(root(n), []).append(event)
    return list(groups.values())


def summarise(events: Iterable[Event]) -> tuple[SummaryRow, ...]:
    """A document's summary rows, in the order their role, group, scope and includes first appear."""
    rows: dict[tuple[str, str, str, tuple[str, ...]], list[int]] = {}
    highs: dict[tuple[str, str, str, tuple[str, ...]], int | None] = {}
    for cluster in _clusters(list(events)):
        first = cluster[0]
        key = (first.role, _cluster_group(cluster), first.scope, first.includes)
        figures = [f for f in (_figure(e) for e in cluster) if f is not None]
        uppers = [_upper(e) for e in cluster]
        totals = rows.setdefault(key, [0, 0, 0])
        totals[0] += min(figures) if figures else 0
        totals[1] += 1
        totals[2] += 0 if figures else 1
        high = highs.get(key, 0)
        top = None if not figures or None in uppers else max(u for u in uppers if u is not None)
        highs[key] = None if high is None or top is None else high + top
    return tuple(
        SummaryRow(role, group, scope, total, told, unknown, includes, highs[(role, group, scope, includes)])
        for (role, group, scope, includes), (total, told, unknown) in rows.items()
    )
