"""Option parsing shared by the ``newsparse`` commands (``parse``, ``batch``, ...)."""

from __future__ import annotations

import click

from newsparse.errors import InvalidInput
from newsparse.model import Meta


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
