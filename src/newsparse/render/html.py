"""The ``html`` output format: one self-contained page that leads with what a reader needs.

Tables of the layers that matter most come first (casualty events, contested figures,
agreements, claims, entities: whatever their presentations rank), then the text with every
layer's marks highlighted, the timeline, the other layers and the problems.  The page loads
nothing (its Content-Security-Policy forbids it, forms and base URLs too) and has no script:
layers are toggled through CSS ``:has()``; everything written into it is escaped.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from newsparse.hookspecs import hookimpl
from newsparse.model import Document
from newsparse.render import Renderer
from newsparse.render.html_style import CSP

if TYPE_CHECKING:
    from newsparse.render.view import Presentations

__all__ = ["CSP", "render_html"]


def render_html(doc: Document, presentations: Presentations | None = None) -> str:
    """A self-contained HTML page: lead tables, highlighted text, timeline, other layers, problems.

    ``presentations`` (layer -> presentation and types) default to the installed plugins'.
    """
    from newsparse.render.html_page import page  # imported on the first page, not with the plugin

    return page(doc, presentations)


def _html(doc: Document) -> str:
    return render_html(doc)


@hookimpl
def newsparse_register_renderers(register: Callable[[Renderer], None]) -> None:
    """Register the ``html`` format."""
    register(
        Renderer("html", _html, "a self-contained HTML page: tables, highlighted text, timeline", "html")
    )
