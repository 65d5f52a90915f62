"""Who reports a toll when no claim of the ``claims`` layer holds it: a report noun or a toll's subject.

The guideline anchors the source on the source phrase of the clause: "Reports that civilians had been
killed prompted an inquiry" is told by reports; "Reuters put the figure at twenty-three" by Reuters
(the subject of "put the toll at" reported the toll, it did not do it).
"""

from __future__ import annotations

import re

from newsparse import Span
from newsparse_events.model import SourceRef

__all__ = ["reported_source"]

MAX_REPORT_GAP = 90  # characters between "reports that" and the trigger
# "Reports that", "shortly after reports that", "unconfirmed reports of"
_REPORTS_THAT = re.compile(
    r"\b((?:(?:initial|early|earlier|unconfirmed|later|media|news|press|local|first)\s+)?reports)\s+"
    r"(?:that|of)\s+[^.;:\"]*$",
    re.IGNORECASE,
)
# "Reuters put the figure at", "the Red Cross put the death toll at"
_PUT_TOLL = re.compile(
    r"((?:[Tt]he\s+)?[A-Z][\w.&'-]*(?:\s+[A-Z][\w.&'-]*){0,4})\s+(?:put|puts|placed|places)\s+"
    r"(?:the|its|their)\s+(?:(?:death|casualty|overall|final)\s+)?(?:toll|figure|number)$"
)


def reported_source(text: str, sentence_start: int, trigger: Span) -> SourceRef | None:
    """The report noun or the toll's subject that tells the event of ``trigger``, as a SourceRef."""
    before = text[max(sentence_start, trigger.start - MAX_REPORT_GAP) : trigger.start]
    found = _REPORTS_THAT.search(before)
    offset = trigger.start - len(before)
    if found is None:
        head = text[max(sentence_start, trigger.start - 80) : trigger.end]
        found = _PUT_TOLL.search(head)
        offset = trigger.end - len(head)
    if found is None:
        return None
    start, end = offset + found.start(1), offset + found.end(1)
    return SourceRef(start, trigger.end, text[start : trigger.end], None, text[start:end], None)
