"""The HTML page's style sheet (inline: the page loads nothing) and the fallback highlight colours."""

from __future__ import annotations

__all__ = ["CSP", "CSS", "PALETTE"]

# The page's Content-Security-Policy: it loads nothing, submits nothing, and sets no base URL.
CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'none'; base-uri 'none'"

# Colours for layers whose presentation names none (or a colour already taken), in order.
PALETTE = (
    "#3949ab",
    "#7c9a12",
    "#00838f",
    "#b5651d",
    "#5d6d7e",
    "#ad1457",
    "#2e7d32",
    "#f9a825",
    "#4e342e",
    "#0277bd",
)

CSS = """
:root { --ink: #1d232b; --muted: #5b6572; --rule: #d8dde3; --paper: #ffffff; --wash: #f4f6f8; }
* { box-sizing: border-box; }
body { margin: 0; background: var(--wash); color: var(--ink);
  font: 16px/1.5 "DejaVu Sans", "Segoe UI", Helvetica, Arial, sans-serif; }
header.top { background: var(--paper); border-bottom: 1px solid var(--rule); padding: 18px 32px 10px; }
header.top h1 { margin: 0 0 4px; font-size: 24px; line-height: 1.25; overflow-wrap: anywhere; }
.meta { color: var(--muted); font-size: 14px; margin: 0; overflow-wrap: anywhere; }
nav.legend { position: sticky; top: 0; z-index: 2; background: var(--paper);
  border-bottom: 1px solid var(--rule); padding: 8px 32px; display: flex; flex-wrap: wrap; gap: 6px 18px;
  align-items: center; font-size: 14px; }
nav.legend .title { font-weight: bold; color: var(--muted); }
nav.legend label { display: inline-flex; align-items: center; gap: 6px; cursor: pointer; user-select: none; }
nav.legend .only { color: var(--muted); font-size: 12px; }
.swatch { display: inline-block; width: 26px; height: 14px; border-radius: 3px;
  background: var(--t); border-bottom: 3px solid var(--c); }
.count { color: var(--muted); }
main { max-width: 1180px; margin: 0 auto; padding: 8px 32px 40px; }
section { background: var(--paper); border: 1px solid var(--rule); border-radius: 6px;
  margin: 18px 0; padding: 14px 22px; min-width: 0; }
section > h2 { margin: 0 0 10px; font-size: 18px; }
section.lead > h2 { border-left: 5px solid var(--c); padding-left: 10px; }
.article { white-space: pre-wrap; overflow-wrap: anywhere; font: 17px/1.95 Georgia, "DejaVu Serif", serif; }
.hl { --pad: 3px; padding-bottom: var(--pad); position: relative;
  background-image: linear-gradient(var(--c), var(--c)), linear-gradient(var(--t), var(--t));
  background-size: 100% 3px, 100% calc(100% - var(--pad));
  background-position: 0 100%, 0 0; background-repeat: no-repeat; }
.hl.d1 { --pad: 7px; } .hl.d2 { --pad: 11px; } .hl.d3 { --pad: 15px; } .hl.d4 { --pad: 19px; }
.hl[data-tip] { cursor: help; }
.hl[data-tip]:hover::after { content: attr(data-tip); position: absolute; left: 0; top: 100%; z-index: 5;
  width: max-content; max-width: min(380px, 70vw); white-space: pre-line; overflow-wrap: anywhere;
  background: #1d232b; color: #ffffff; font: 13px/1.45 "DejaVu Sans", Helvetica, Arial, sans-serif;
  padding: 7px 10px; border-radius: 6px; box-shadow: 0 4px 14px rgba(0, 0, 0, .25); pointer-events: none; }
.pb { display: block; height: 14px; font-size: 0; line-height: 0; overflow: hidden; }
.scroll { overflow-x: auto; max-width: 100%; }
table { border-collapse: collapse; width: 100%; font-size: 14px; }
th, td { text-align: left; vertical-align: top; padding: 5px 8px; border-bottom: 1px solid var(--rule);
  overflow-wrap: break-word; }
th { background: var(--wash); font-weight: 600; white-space: nowrap; }
details > summary { cursor: pointer; font-weight: 600; margin: 4px 0; }
.empty { color: var(--muted); font-style: italic; margin: 4px 0; }
ul.problems { margin: 0; padding-left: 20px; overflow-wrap: anywhere; }
svg.timeline { display: block; width: 100%; height: auto;
  font-family: "DejaVu Sans", Helvetica, Arial, sans-serif; }
svg .axis { stroke: #4a5560; stroke-width: 1; }
svg .grid { stroke: #e3e7eb; stroke-width: 1; }
svg .tick { font-size: 11px; fill: #4a5560; }
svg .label { font-size: 12px; fill: #1d232b; }
svg .value { font-size: 11px; fill: #5b6572; }
svg .bar { fill: #1f6fd1; fill-opacity: .75; }
svg .dot { fill: #1f6fd1; stroke: #0b3d7a; stroke-width: 1; }
svg .bar.t-duration, svg .dot.t-duration { fill: #0f9a9a; }
svg .bar.t-recurring, svg .dot.t-recurring, svg .bar.t-time, svg .dot.t-time { fill: #8e3fc7; }
.key { font-size: 12px; color: var(--muted); font-weight: normal; margin-left: 12px; }
.key i { display: inline-block; width: 18px; height: 9px; border-radius: 2px; margin: 0 4px 0 8px; }
svg .pub { stroke: #d62839; stroke-width: 1.5; stroke-dasharray: 5 3; }
svg .publabel { font-size: 12px; fill: #d62839; font-weight: bold; }
svg .break { stroke: #4a5560; stroke-width: 1.5; fill: none; }
svg .row:nth-child(odd) rect.band { fill: #f6f8fa; }
svg rect.band { fill: transparent; }
"""
