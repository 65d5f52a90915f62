"""Output formats.  Each is a :class:`Renderer` registered through the renderers hook."""

from __future__ import annotations

from collections.abc import Callable

import attrs

from newsparse.model import Document

__all__ = ["Renderer"]


@attrs.frozen
class Renderer:
    """Turns a document into text for one output format (``--format NAME``)."""

    name: str
    render: Callable[[Document], str]
    description: str = ""
    extension: str = "txt"
