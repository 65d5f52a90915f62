"""The page of the ``html`` output format (see :mod:`newsparse.render.html`), built on request.

Kept apart from the plugin module, which the plugin host imports for every parse: the page's
modules (tables, marks, timeline, ``html.entities``) load only when a page is written.
"""

from __future__ import annotations

from newsparse.humanize import clip, day
from newsparse.model import Document
from newsparse.render.html_style import CSP, CSS
from newsparse.render.html_tables import lead_tables, other_tables, problems
from newsparse.render.html_text import article, group_css, legend, marks_of
from newsparse.render.markup import esc, text
from newsparse.render.timeline import timeline
from newsparse.render.view import Presentations, view_of

__all__ = ["page"]


def _title(doc: Document) -> str:
    """The page title: the article's title, else its first line."""
    if doc.meta.title:
        return doc.meta.title
    for line in doc.text.splitlines():
        if line.strip():
            return clip(line, 100)
    return "newsparse document"


def _facts(doc: Document) -> str:
    published = day(doc.meta.published.isoformat()) if doc.meta.published else "unknown"
    facts = [f"published {published}", f"{len(doc.text):,} characters", f"{len(doc.sentences)} sentences"]
    if doc.meta.url:
        facts.append(f"source {doc.meta.url}")
    return " · ".join(facts)


def page(doc: Document, presentations: Presentations | None = None) -> str:
    """A self-contained HTML page: lead tables, highlighted text, timeline, other layers, problems.

    ``presentations`` (layer -> presentation and types) default to the installed plugins'.
    """
    view = view_of(doc, presentations)
    layers, marks = marks_of(view)
    bar, layer_css = legend(layers)
    title = _title(doc)
    return "".join(
        [
            '<!DOCTYPE html>\n<html lang="',
            esc(doc.meta.language or "en"),
            '">\n<head>\n<meta charset="utf-8">\n',
            f'<meta http-equiv="Content-Security-Policy" content="{CSP}">\n',
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n',
            '<meta name="generator" content="newsparse">\n',
            f"<title>{text(title)}</title>\n<style>{CSS}\n{layer_css}\n{group_css(marks)}\n</style>\n",
            "</head>\n<body>\n",
            f'<header class="top"><h1>{text(title)}</h1><p class="meta">{text(_facts(doc))}</p></header>\n',
            bar,
            "\n<main>\n",
            lead_tables(view),
            '\n<section id="text"><h2>Text <span class="key">hover a highlight for its details; '
            "untick a layer above to hide it, or show one alone</span></h2>",
            f'<div class="article">{article(view, layers, marks)}</div></section>\n',
            timeline(view),
            "\n",
            other_tables(view),
            "\n",
            problems(view),
            "\n</main>\n</body>\n</html>\n",
        ]
    )
