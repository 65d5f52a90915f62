"""The hooks a newsparse plugin may implement.

Each hook receives a ``register`` callback (or the CLI group), so the host validates what a plugin
gives, rejects duplicates loudly and remembers which plugin gave what.  The host calls every hook
through pluggy, by keyword (so ``NEWSPARSE_TRACE_PLUGINS`` traces it); implementations may take
fewer arguments than the specification, so hooks can grow new arguments without breaking plugins.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import pluggy

if TYPE_CHECKING:
    from newsparse.extractor import Extractor
    from newsparse.render import Renderer

hookspec = pluggy.HookspecMarker("newsparse")
hookimpl = pluggy.HookimplMarker("newsparse")


# -- Extraction -----------------------------------------------------------------------------


@hookspec
def newsparse_register_extractors(register: Callable[[Extractor], None]) -> None:
    """Register extractors: call ``register(Extractor(...))`` once for each.

    Called once when the plugin manager builds a pipeline.  An extractor names the layer it
    ``produces`` (no other extractor may produce it), the layers it ``requires``, its annotation
    type, and its ``extract(doc)`` function.  Registering a name or layer twice is an error that
    names both plugins.
    """


# -- Output ---------------------------------------------------------------------------------


@hookspec
def newsparse_register_renderers(register: Callable[[Renderer], None]) -> None:
    """Register output formats: call ``register(Renderer(name, render, ...))`` once for each.

    ``newsparse parse --format NAME`` and :func:`newsparse.render_document` use them.  The core
    registers ``table``, ``json`` and ``jsonl`` through this same hook.
    """


# -- Command line ---------------------------------------------------------------------------


@hookspec
def newsparse_register_commands(cli: Any) -> None:
    """Add subcommands to the ``newsparse`` command: ``cli`` is its :class:`click.Group`.

    Called once when the command starts, before arguments are parsed.  Use ``@cli.command()``.
    """
