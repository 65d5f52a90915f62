"""The HTML page's timeline: one bar (or dot) per annotation whose presentation places it in time.

Which annotations have a place in time is for each layer's presentation to say (``when``); the
timeline knows no layer.  Long empty gaps are squeezed behind a break so recent dates stay readable.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Iterable, Iterator

import attrs

from newsparse.humanize import clip, interval
from newsparse.presentation import When
from newsparse.render.markup import esc, text
from newsparse.render.view import DocumentView

__all__ = ["Scale", "timeline"]


@attrs.frozen
class Scale:
    """Days to x positions, linear except that very long empty gaps are squeezed behind a break."""

    x0: float
    width: float
    knots: tuple[tuple[int, float], ...]  # (day ordinal, virtual position), increasing in both

    @classmethod
    def build(cls, days: Iterable[int], x0: float, width: float) -> Scale:
        """A scale covering ``days``, squeezing every gap longer than a third of the whole span."""
        points = sorted(set(days))
        if len(points) == 1:
            points = [points[0] - 1, points[0] + 1]
        span = points[-1] - points[0]
        gaps = list(itertools.pairwise(points))
        big = {g for g in gaps if g[1] - g[0] > max(60, span / 3)}
        rest = span - sum(b - a for a, b in big)
        squeezed = max(rest * 0.18, 1.0)
        knots = [(points[0], 0.0)]
        for a, b in gaps:
            step = squeezed if (a, b) in big and rest > 0 else float(b - a)
            knots.append((b, knots[-1][1] + step))
        return cls(x0, width, tuple(knots))

    @property
    def breaks(self) -> list[tuple[float, float]]:
        """The x ranges squeezed behind a break mark."""
        found = []
        for (a, va), (b, vb) in zip(self.knots, self.knots[1:], strict=False):
            if vb - va < b - a:
                found.append((self.x(a), self.x(b)))
        return found

    def squeezed(self, day: int) -> bool:
        """Whether ``day`` lies strictly inside a squeezed gap."""
        for (a, va), (b, vb) in zip(self.knots, self.knots[1:], strict=False):
            if a < day < b:
                return vb - va < b - a
        return False

    def x(self, day: int) -> float:
        """The x position of the start of ``day`` (an ordinal)."""
        knots = self.knots
        total = knots[-1][1] or 1.0
        if day <= knots[0][0]:
            virtual = knots[0][1] - (knots[0][0] - day)
        elif day >= knots[-1][0]:
            virtual = knots[-1][1] + (day - knots[-1][0])
        else:
            virtual = knots[-1][1]
            for (a, va), (b, vb) in itertools.pairwise(knots):
                if a <= day <= b:
                    virtual = va + (vb - va) * (day - a) / (b - a)
                    break
        return self.x0 + self.width * virtual / total


_LAST_DAY = dt.date.max.toordinal()
_UNITS = (
    ("day", 1),
    ("week", 7),
    ("month", 30),
    ("quarter", 91),
    ("year", 365),
    ("5 years", 1826),
    ("decade", 3652),
)
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _ticks(first: dt.date, last: dt.date, unit: str) -> Iterator[tuple[dt.date, str]]:
    """Tick days and labels (without the year, except for yearly ticks) at a whole ``unit``."""
    if unit in ("day", "week"):
        day = first if unit == "day" else first + dt.timedelta(days=(7 - first.weekday()) % 7)
        step = dt.timedelta(days=1 if unit == "day" else 7)
        while day <= last:
            yield day, f"{day.day} {_MONTHS[day.month - 1]}"
            day += step
        return
    months = {"month": 1, "quarter": 3, "year": 12, "5 years": 60, "decade": 120}[unit]
    index = first.year * 12 + first.month - 1
    index += (-index) % months
    while True:
        year, month = divmod(index, 12)
        if not dt.MINYEAR <= year <= dt.MAXYEAR:
            return
        day = dt.date(year, month + 1, 1)
        if day > last:
            return
        if day >= first:
            yield day, (str(year) if months >= 12 else _MONTHS[month])
        index += months


@attrs.frozen
class _Entry:
    """One row of the timeline: the annotation's label, its place in time and its start offset."""

    label: str
    when: When
    start: int


_LEFT, _RIGHT, _ROW, _TOP = 310.0, 1070.0, 24.0, 46.0
_AXIS = _TOP - 10


def _entries(view: DocumentView) -> list[_Entry]:
    """Every annotation a presentation places in time, sorted by date then by position."""
    found = []
    for layer in view.layers:
        if layer.presentation.when is None:
            continue
        for item in layer.items:
            when = layer.when(item)
            if when is not None:
                start = getattr(item, "start", 0)
                found.append(
                    _Entry(layer.label(item, view.context), when, start if isinstance(start, int) else 0)
                )
    found.sort(key=lambda e: (e.when.first, e.when.last, e.start))
    return found


def _axis(scale: Scale, height: float) -> Iterator[str]:
    """The axis, its ticks (the finest unit whose ticks are not crowded) and the break marks."""
    yield f'<line class="axis" x1="{_LEFT}" y1="{_AXIS}" x2="{_RIGHT}" y2="{_AXIS}"/>'
    first_day = dt.date.fromordinal(min(max(scale.knots[0][0], 1), _LAST_DAY))
    last_day = dt.date.fromordinal(min(max(scale.knots[-1][0], 1), _LAST_DAY))
    ticks: list[tuple[dt.date, str]] = []
    xs: list[float] = []
    unit = "decade"
    for unit, unit_days in _UNITS:
        if (last_day - first_day).days / unit_days > 5000 and unit != "decade":
            continue  # far too many ticks to consider
        ticks = [
            (d, lab) for d, lab in _ticks(first_day, last_day, unit) if not scale.squeezed(d.toordinal())
        ]
        xs = [scale.x(d.toordinal()) for d, _ in ticks]
        if all(b - a >= 58 for a, b in itertools.pairwise(xs)):
            break
    previous, labelled_year = -1e9, 0
    for (tick_day, label), x in zip(ticks, xs, strict=False):
        if x - previous < 58:
            continue
        previous = x
        if unit not in ("year", "5 years", "decade") and tick_day.year != labelled_year:
            label, labelled_year = f"{label} {tick_day.year}", tick_day.year
        yield f'<line class="grid" x1="{x:.1f}" y1="{_AXIS}" x2="{x:.1f}" y2="{height - 8:.0f}"/>'
        yield f'<line class="axis" x1="{x:.1f}" y1="{_AXIS - 4}" x2="{x:.1f}" y2="{_AXIS + 4}"/>'
        yield f'<text class="tick" x="{x:.1f}" y="{_AXIS - 8}" text-anchor="middle">{text(label)}</text>'
    for a, b in scale.breaks:
        middle = (a + b) / 2
        yield (
            f'<rect x="{a + 2:.1f}" y="{_AXIS - 3}" width="{max(b - a - 4, 1):.1f}" '
            'height="6" fill="#ffffff"/><path class="break" '
            f'd="M{middle - 6:.1f},{_AXIS + 6} l6,-12 M{middle:.1f},{_AXIS + 6} l6,-12"/>'
        )


def _row(row: int, entry: _Entry, scale: Scale) -> str:
    """One row: the label and value on the left, a bar (or a dot for a short stretch) on the axis."""
    y = _TOP + row * _ROW
    first, last = entry.when.first, entry.when.last
    stretch = interval(first.isoformat(), last.isoformat()) or first.isoformat()
    tip = f"“{entry.label}”: {stretch}"
    x1, x2 = scale.x(first.toordinal()), scale.x(last.toordinal() + 1)
    kind = esc(entry.when.kind.lower())
    data = f'data-first="{first.isoformat()}" data-last="{last.isoformat()}"'
    if x2 - x1 >= 6:
        mark = (
            f'<rect class="bar tl-mark t-{kind}" {data} x="{x1:.1f}" y="{y + 6:.0f}" '
            f'width="{x2 - x1:.1f}" height="12" rx="3"><title>{text(tip)}</title></rect>'
        )
    else:
        mark = (
            f'<circle class="dot tl-mark t-{kind}" {data} cx="{(x1 + x2) / 2:.1f}" cy="{y + 12:.0f}" r="5">'
            f"<title>{text(tip)}</title></circle>"
        )
    return (
        f'<g class="row"><rect class="band" x="0" y="{y:.0f}" width="1100" height="{_ROW:.0f}"/>'
        f'<text class="label" x="8" y="{y + 16:.0f}">“{text(clip(entry.label, 34))}”'
        f'<tspan class="value" dx="6">{text(clip(stretch, 26))}</tspan></text>{mark}</g>'
    )


def _published(published: dt.date, scale: Scale, height: float) -> str:
    """The dashed line and label of the publication date."""
    day_ = published.toordinal()
    x = scale.x(day_) + (scale.x(day_ + 1) - scale.x(day_)) / 2
    anchor = "end" if x > _LEFT + (_RIGHT - _LEFT) * 0.6 else "start"
    dx = -5 if anchor == "end" else 5
    return (
        f'<line class="pub" x1="{x:.1f}" y1="{_AXIS - 20}" x2="{x:.1f}" y2="{height - 4:.0f}"/>'
        f'<text class="publabel" x="{x + dx:.1f}" y="{_AXIS - 22}" text-anchor="{anchor}">'
        f"published {published.isoformat()}</text>"
    )


_KEY = (
    '<span class="key"><i style="background:#1f6fd1"></i>date<i style="background:#0f9a9a"></i>duration'
    '<i style="background:#8e3fc7"></i>time / recurring'
    '<i style="background:#d62839;height:2px"></i>published</span>'
)


def timeline(view: DocumentView) -> str:
    """The timeline section: an SVG with one row per annotation placed in time."""
    found = _entries(view)
    published = view.context.published
    if not found:
        return '<section id="timeline"><h2>Timeline</h2><p class="empty">No resolved dates.</p></section>'
    days = [d for e in found for d in (e.when.first.toordinal(), e.when.last.toordinal() + 1)]
    if published is not None:
        days += [published.toordinal(), published.toordinal() + 1]
    scale = Scale.build(days, _LEFT, _RIGHT - _LEFT)
    height = _TOP + _ROW * len(found) + 14
    parts = [
        f'<svg class="timeline" viewBox="0 0 1100 {height:.0f}" width="1100" height="{height:.0f}" '
        'role="img" aria-label="timeline of resolved dates">',
        *_axis(scale, height),
        "<g>",
        *(_row(i, entry, scale) for i, entry in enumerate(found)),
        "</g>",
        _published(published, scale, height) if published is not None else "",
        "</svg>",
    ]
    count = f"{len(found)} resolved date{'s' if len(found) != 1 else ''}"
    return (
        f'<section id="timeline"><h2>Timeline <span class="count">({count})</span>{_KEY}</h2>'
        f"{''.join(parts)}</section>"
    )
