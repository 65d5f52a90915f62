"""Shared readers for the events tests: what the whole pipeline gives for a written passage."""

from __future__ import annotations

import newsparse
from newsparse_events.model import Event


def perpetrators(text: str, published: str = "2020-05-04") -> list[tuple[str, str | None]]:
    """(trigger, perpetrator as written) of each event of ``text`` parsed by the whole pipeline."""
    events = newsparse.parse(text, published=published).layer("events")
    return [
        (e.trigger.text, e.perpetrator_text.text if e.perpetrator_text is not None else None)
        for e in events
        if isinstance(e, Event)
    ]


def sources(text: str, published: str = "2020-05-08") -> list[tuple[str, str | None]]:
    """(trigger, source phrase as written) of each event of ``text`` parsed by the whole pipeline."""
    events = newsparse.parse(text, published=published).layer("events")
    return [
        (e.trigger.text, e.source.source_text if e.source is not None else None)
        for e in events
        if isinstance(e, Event)
    ]
