"""Option parsing shared by the ``newsparse`` commands (``parse``, ``batch``, ...)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

import click

from newsparse.errors import InvalidInput
from newsparse.model import Meta
from newsparse.pipeline import DEFAULT_MAX_CHARS
from newsparse.timelimit import TIME_LIMIT_ENV

F = TypeVar("F", bound=Callable[..., Any])


def check_published(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """A ``--published`` value checked as the document model checks it: a bad date is a usage error."""
    if value is None:
        return None
    try:
        Meta(published=value)
    except InvalidInput as exc:
        raise click.BadParameter(str(exc)) from None
    return value


def layer_names(value: str | None) -> tuple[str, ...] | None:
    """A comma-separated ``--layers`` value as names (None when the option is not given or empty)."""
    if not value:
        return None
    return tuple(name.strip() for name in value.split(",") if name.strip())


def document_limits(command: F) -> F:
    """``--time-limit`` and ``--max-chars``, the per-document limits of every command that parses many
    documents (``batch``, a plugin's ``casualties``): one wording and one default for all of them."""
    command = click.option(
        "--max-chars",
        type=click.IntRange(min=0),
        default=DEFAULT_MAX_CHARS,
        show_default=True,
        help="Largest text.",
    )(command)
    return click.option(
        "--time-limit",
        type=click.FloatRange(min=0),
        default=None,
        help=f"Seconds one document may take (default ${TIME_LIMIT_ENV} or 30; 0: no limit).",
    )(command)
