"""Plugin: the ``events`` layer (casualty and conflict events) and the ``contested`` layer (disputes)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from newsparse import Extractor, hookimpl
from newsparse_events.contest import extract_contested
from newsparse_events.governing import extract
from newsparse_events.model import Contest, Event
from newsparse_events.present import CONTESTED, EVENTS
from newsparse_events.summary import SummaryRow, summarise

if TYPE_CHECKING:
    import click

__all__ = [
    "Contest",
    "Event",
    "SummaryRow",
    "newsparse_register_commands",
    "newsparse_register_extractors",
    "summarise",
]
__version__ = "0.2.0"


@hookimpl
def newsparse_register_extractors(register: Callable[[Extractor], None]) -> None:
    """Register the ``events`` and ``contested`` extractors."""
    register(
        Extractor(
            name="events",
            produces="events",
            extract=extract,
            annotation_types=Event,
            presentation=EVENTS,
            requires=("quantities", "dates", "entities", "claims"),
            consults=("syntax",),
            description="Casualty events: role, count, victims, perpetrator, instrument, place, date, scope",
            version=__version__,
        )
    )
    register(
        Extractor(
            name="contested",
            produces="contested",
            extract=extract_contested,
            annotation_types=Contest,
            presentation=CONTESTED,
            requires=("events",),
            description="Figures for the same measure (a death toll) that different sources dispute",
            version=__version__,
        )
    )


@hookimpl
def newsparse_register_commands(cli: click.Group) -> None:
    """Add ``newsparse casualties``: the casualty table of every document of a file, folder or stream
    (imported here, so that a parse never loads the command line)."""
    from newsparse_events.casualties_cli import casualties

    cli.add_command(casualties)
