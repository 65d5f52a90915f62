"""Writing HTML safely: every text and attribute goes through :func:`esc`, tables through :func:`table`."""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence

__all__ = ["esc", "table", "text"]


def esc(value: object) -> str:
    """Text escaped for HTML content and quoted attributes (newlines kept as character references)."""
    return html.escape(str(value), quote=True).replace("\r", "&#13;").replace("\n", "&#10;")


def text(value: object) -> str:
    """Text escaped for HTML element content (newlines kept as they are)."""
    return html.escape(str(value), quote=False)


def table(headers: Sequence[str], rows: Iterable[Sequence[str]], *, css: str = "") -> str:
    """A table in a horizontally scrollable box; headers and cells are plain text, escaped here."""
    head = "".join(f"<th>{text(h)}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f"<td>{text(cell)}</td>" for cell in row) + "</tr>" for row in rows)
    kind = f' class="{esc(css)}"' if css else ""
    return (
        f'<div class="scroll"><table{kind}><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table></div>'
    )
