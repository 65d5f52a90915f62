"""How people see the ``quantities`` layer: "more than 3,000 km²", "24 to 99 casualties", "about 10,000"."""

from __future__ import annotations

from newsparse import Quantity
from newsparse.humanize import amount, number
from newsparse.presentation import Column, Context, Presentation

__all__ = ["PRESENTATION", "describe"]

_UNITS = {"percent": "%", "percentage_point": "percentage points", "degC": "°C", "degF": "°F"}


def describe(quantity: Quantity) -> str:
    """An amount in words with its unit or the noun it counts."""
    unit = quantity.unit or None
    if unit in _UNITS:
        shown = amount(quantity.value, quantity.low, quantity.high, quantity.modifier)
        symbol = _UNITS[unit]
        return shown + symbol if symbol.startswith(("%", "°")) else f"{shown} {symbol}"
    if unit is not None and len(unit) == 3 and unit.isupper():  # an ISO 4217 currency code
        return f"{unit} {amount(quantity.value, quantity.low, quantity.high, quantity.modifier)}"
    shown = amount(quantity.value, quantity.low, quantity.high, quantity.modifier, unit)
    if quantity.counted is not None:
        shown = f"{shown} {quantity.counted.text}"
    return shown


def _bounds(quantity: Quantity) -> str:
    if quantity.low is None and quantity.high is None:
        return ""
    low = "" if quantity.low is None else number(quantity.low)
    high = "" if quantity.high is None else number(quantity.high)
    return f"{'[' if quantity.low_inclusive else '('}{low} … {high}{']' if quantity.high_inclusive else ')'}"


def _tooltip(quantity: Quantity, context: Context) -> list[str]:
    lines = [describe(quantity)]
    bounds = _bounds(quantity)
    if bounds and quantity.low != quantity.high:
        lines.append(f"between {bounds}")
    if quantity.unit_text:
        lines.append(f"unit as written: “{quantity.unit_text}”")
    if quantity.kind:
        lines.append(f"kind: {quantity.kind}")
    return lines


def _details(quantity: Quantity) -> str:
    parts = [f"value={quantity.value}", f"bounds={_bounds(quantity) or 'none'}"]
    if quantity.modifier:
        parts.append(f"modifier={quantity.modifier}")
    if quantity.unit:
        parts.append(f"unit={quantity.unit}")
    return " ".join(parts)


PRESENTATION = Presentation(
    title="Quantities",
    summary=lambda quantity, context: describe(quantity),
    columns=(
        Column("Amount", lambda quantity, context: describe(quantity)),
        Column("Kind", lambda quantity, context: quantity.kind or ""),
    ),
    tooltip=_tooltip,
    details=_details,
    colour="#e07b00",
)
