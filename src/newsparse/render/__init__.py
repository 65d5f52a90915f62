"""Output formats.  Each is a :class:`Renderer` registered through the renderers hook."""

from __future__ import annotations

from collections.abc import Callable

import attrs

from newsparse.model import Document

__all__ = ["RenderOptions", "Renderer"]


@attrs.frozen
class RenderOptions:
    """How the command line asks for output: technical detail, terminal styling, line width."""

    verbose: bool = False
    styled: bool = False
    width: int = 100


@attrs.frozen
class Renderer:
    """Turns a document into text for one output format (``--format NAME``).

    ``render_with`` (optional) also takes :class:`RenderOptions`; a format without it ignores them.
    """

    name: str
    render: Callable[[Document], str]
    description: str = ""
    extension: str = "txt"
    render_with: Callable[[Document, RenderOptions], str] | None = None

    def output(self, doc: Document, options: RenderOptions) -> str:
        """The document in this format, honouring ``options`` where the format can."""
        return self.render(doc) if self.render_with is None else self.render_with(doc, options)
