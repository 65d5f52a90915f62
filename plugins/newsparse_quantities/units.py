"""Units: what a word after a number means, resolved by pint and cached.

pint knows the units, their symbols, plurals and prefixes; this module only decides which of
pint's units count in news text (a policy: "in", "pm", "points" are English words far more often
than inch, picometre or typographic point) and adds a few aliases through pint's own API.
The registry is built once, lazily, on the first unit lookup, from pint's disk cache of its parsed
definitions when there is one, so importing the plugin stays cheap.
"""

from __future__ import annotations

import keyword
import os
import re
from collections.abc import Container, Iterable
from functools import lru_cache
from typing import TYPE_CHECKING

import attrs

from . import unit_table
from .unit_table import Mark, Outcome

if TYPE_CHECKING:
    from types import ModuleType

    import pint

__all__ = ["UnitInfo", "registry", "resolve_unit", "unit_string"]

# Aliases pint lacks, defined with pint's `@alias` directive (name on the left is pint's).
_ALIASES = (
    "@alias gram = gramme",
    "@alias kilometer_per_hour = kmph",
    "barrel_per_day = barrel / day = bpd = bopd",
)

# pint's short forms that news readers write otherwise (the guidelines' forms)
_SHORT_FORMS = {
    "bpd": "bbl/d",
    "bopd": "bbl/d",
    "Mpixel": "megapixel",
    "Gpixel": "gigapixel",
    "px": "pixel",
    "ton": "t",  # news "tons" are tonnes to the guidelines (pint's "ton" is the short ton)
}

# pint base units that name an amount in news (a policy list, not unit definitions: pint defines
# them).  A parsed unit counts only if every factor's base name is here (time may divide: km/h).
_NEWS_UNITS = frozenset(
    """
    meter mile foot inch yard nautical_mile angstrom
    acre hectare
    liter gallon barrel cup tablespoon teaspoon pint quart fluid_ounce bushel
    gram metric_ton ton long_ton pound ounce carat kiloton megaton
    degree_Celsius degree_Fahrenheit kelvin
    watt watt_hour joule electron_volt calorie horsepower volt ampere
    byte bit hertz pixel
    knot mile_per_hour kilometer_per_hour barrel_per_day revolutions_per_minute
    degree radian turn
    gray sievert becquerel
    bar pascal atmosphere pound_force_per_square_inch
    """.split()
)
_TIME_UNITS = frozenset("second minute hour day week month year decade century millennium fortnight".split())

# Surfaces that pint reads as a unit but that are English words or clash with news usage
# (compared lower-cased; case-sensitive symbols are checked separately below).
_NOT_UNITS = frozenset(
    """
    in at a an am pm as are is it me my no of on or to up us we he she by do go if so be ha
    point points pt hand hands line lines bar bars stone stones span spans chain chains link links
    rod rods pole poles drop drops shot shots cable cables league leagues pace paces mil mils
    gross dozen dozens percent count counts unit units mark marks quad quads sack sacks bag bags
    case cases load loads tree trees dot dots tv bus
    c f k g b s h d t l
    """.split()
) - {"t", "g", "l", "ha"}
# Single letters and odd symbols accepted only when glued to the number ("10km", "100t") or in a
# compound ("km/h"); a spaced "t" or "g" after a number is too often something else.
_GLUED_ONLY = frozenset({"t", "g", "l", "L", "m", "kt", "Mt", "ha", "yd", "mi"})
# Symbols whose letter case matters and which pint would read otherwise (MB = megabyte).
_CASE_FIX = {"mb": "Mb", "gb": "GB", "kb": "kB", "tb": "TB", "Kb": "kb", "KB": "kB",
             "KV": "kV", "kv": "kV", "KW": "kW", "kw": "kW", "Kw": "kW",
             "KWH": "kWh", "kwh": "kWh", "Kwh": "kWh"}

# metric symbols written with a plural "s" ("145 kms (90 miles)"), which pint does not read
_PLURAL_SYMBOLS = {"kms": "km", "Kms": "km", "kgs": "kg", "Kgs": "kg", "cms": "cm", "mms": "mm"}
# data rates as news writes them (any case): the guidelines' Mbit/s
_BITRATES = {"kbps": "kbit/s", "mbps": "Mbit/s", "gbps": "Gbit/s", "kb/s": "kbit/s", "mb/s": "Mbit/s"}
_POWER = re.compile(r"(?<=[A-Za-zµμ])(\^?2|²)$")
_CUBE = re.compile(r"(?<=[A-Za-zµμ])(\^?3|³)$")
_PER_HOUR = re.compile(r"\s+(?:an|a|per)\s+", re.IGNORECASE)
_DEGREES = re.compile(r"^(?:degrees?|°|º)\s*(celsius|centigrade|fahrenheit|kelvin|c|f)\.?$", re.IGNORECASE)
_ALLOWED_CHARS = re.compile(r"^[A-Za-zµμ°º²³/.^23 ]+$")


@attrs.frozen
class UnitInfo:
    """A resolved unit: its canonical pint string and the quantity kind it gives."""

    unit: str
    kind: str  # "dimension", "temperature" or "duration"


@lru_cache(maxsize=1)
def registry() -> pint.UnitRegistry:
    """The one pint registry of the plugin, with our aliases (built on first use)."""
    pint_module = _import_pint()
    folder = _cache_folder()
    try:
        ureg: pint.UnitRegistry = pint_module.UnitRegistry(cache_folder=folder)
    except Exception:  # an unwritable or damaged cache folder: parse pint's definitions afresh
        if folder is None:
            raise
        ureg = pint_module.UnitRegistry()
    for line in _ALIASES:
        ureg.define(line)
    return ureg


def _cache_folder() -> str | None:
    """Where pint keeps its parsed definitions between processes (``NEWSPARSE_PINT_CACHE``).

    pint's own disk cache (keyed by the definitions' content, so it never changes a unit) cuts the
    registry's 0.2 s build to about 0.03 s after the first process. It is opt-in, since a library
    should not write files (pickles, read back later) unasked: unset or ``off`` parses the
    definitions in every process, ``auto`` uses pint's per-user cache folder, anything else is a folder.
    """
    setting = os.environ.get("NEWSPARSE_PINT_CACHE", "").strip()
    if not setting or str.lower(setting) == "off":
        return None
    return ":auto:" if str.lower(setting) == "auto" else setting


def _import_pint() -> ModuleType:
    """pint, imported on the registry's first use (a parse without a unit never pays for it)."""
    import pint

    return pint


def unit_string(units: pint.Unit) -> str:
    """Canonical unit string: pint's compact short form (``km**2``, ``t``, ``°C``, ``mi/h``)."""
    text = format(units, "~C")
    if text.endswith("/a"):
        text = text[:-1] + "year"  # "tonnes a year": the rates of the guidelines say "year" (pint: annum)
    return _SHORT_FORMS.get(text, text)


def _base_names(ureg: pint.UnitRegistry, units: pint.Unit) -> list[tuple[str, float]]:
    """Base unit name (prefix removed) and exponent of every factor of ``units``; a prefix news
    never writes ("Tim" read as tebimetre, "act" as attocarat) gives the name "" (no news unit)."""
    out: list[tuple[str, float]] = []
    for name, power in units._units.items():
        parsed = ureg.parse_unit_name(name)
        prefix, base = (parsed[0][0], parsed[0][1]) if parsed else ("", name)
        if base not in ("byte", "bit") and (prefix in _ODD_PREFIXES or prefix.endswith("bi")):
            base = ""
        out.append((base, float(power.real)))
    return out


# prefixes no news measure uses but data sizes ("2 petabytes"; binary prefixes too)
_ODD_PREFIXES = frozenset("atto zepto yocto femto exa zetta yotta peta ronto quecto ronna quetta".split())


def _normalise(surface: str) -> str:
    """Rewrite a unit surface into something pint's parser accepts."""
    text = " ".join(surface.split())
    degrees = _DEGREES.match(text)
    if degrees:
        scale = str.lower(degrees.group(1))
        return {
            "c": "degree_Celsius",
            "celsius": "degree_Celsius",
            "centigrade": "degree_Celsius",
            "f": "degree_Fahrenheit",
            "fahrenheit": "degree_Fahrenheit",
            "kelvin": "kelvin",
        }[scale]
    bitrate = _BITRATES.get(str.lower(text))
    if bitrate is not None:
        return bitrate  # "2mbps", "512 kbps": pint reads "mbps" as milli-baud and "Mbps" not at all
    text = _PER_HOUR.sub(" per ", text)
    text = _POWER.sub("**2", text)
    text = _CUBE.sub("**3", text)
    text = text.replace("sq. ", "sq ").replace(".", "")
    return " ".join(_PLURAL_SYMBOLS.get(word, word) for word in text.split(" "))


@lru_cache(maxsize=8192)
def resolve_unit(surface: str, glued: bool = False) -> UnitInfo | None:
    """The unit written as ``surface`` after a number, or None when it is not a news unit.

    ``glued`` says the surface touches the number ("10km"), which allows short symbols.
    """
    text = " ".join(surface.split())
    if not text or not _ALLOWED_CHARS.match(text) or len(text) > 40:
        return None
    lowered = str.lower(text)
    if lowered in _NOT_UNITS and not (glued and text in _GLUED_ONLY):
        return None
    if text in _GLUED_ONLY and not glued:
        return None
    words = _PER_HOUR.sub(" per ", lowered).split()
    if words[0] in ("dot", "dots"):
        return None  # "300 dots per inch": pint reads a dot as a pixel
    if len(words) > 1 and any(
        w in _NOT_UNITS or (w in _GLUED_ONLY and words[0] not in ("sq", "square", "cubic"))
        for w in words[1:]
        if w != "per"
    ):
        return None
    if len(text) <= 3 and text.isalpha():
        text = _CASE_FIX.get(text, text)
    elif text[:1].isupper() and not text[:2].isupper():
        text = str.lower(text[:1]) + text[1:]  # sentence-initial capital: "Kilometers"
    candidates = [_normalise(text)]
    if " " in candidates[0] and "per" not in candidates[0].split() and "**" not in candidates[0]:
        candidates.append(candidates[0].replace(" ", "_"))  # multi-word pint names: metric_tons
    table = unit_table.load()
    for candidate in candidates:
        outcome = _from_table(table, candidate) if table is not None else Mark.UNKNOWN
        if outcome is Mark.UNKNOWN:
            outcome = read(registry(), candidate)
        if isinstance(outcome, tuple):
            return UnitInfo(*outcome)
        if outcome is None:
            return None
    return None


def _from_table(table: unit_table.UnitTable, candidate: str) -> Outcome:
    """pint's reading of ``candidate`` as the shipped table knows it (``Mark.UNKNOWN`` if it does not)."""
    if not known_words(table.units, table.prefixes, table.suffixes, candidate):
        return Mark.NO_READING
    return table.readings.get(candidate, Mark.UNKNOWN)


def read(ureg: pint.UnitRegistry, candidate: str) -> Outcome:
    """What pint makes of one candidate: its (unit string, kind), None (a unit but no news unit),
    or ``Mark.NO_READING`` (pint cannot read it; the next spelling may do)."""
    if not _may_be_units(ureg, candidate):
        return Mark.NO_READING  # an English word pint would fail to read, after a tenth of a millisecond
    try:
        units = ureg.parse_units(candidate)
    except Exception:  # pint raises several error types for text that is not a unit
        return Mark.NO_READING
    factors = _base_names(ureg, units)
    if not factors:
        return None
    if all(base in _TIME_UNITS for base, _ in factors):
        return unit_string(units), "duration"
    for base, power in factors:
        if base in _NEWS_UNITS:
            continue
        if base in _TIME_UNITS and power < 0:
            continue
        return None
    if units.dimensionality == ureg.parse_units("kelvin").dimensionality:
        return unit_string(units), "temperature"
    return unit_string(units), "dimension"


# words of a unit expression that pint's parser rewrites or drops ("per" -> "/", "square X" -> X**2)
# instead of looking them up as unit names
_PARSER_WORDS = frozenset({"per", "square", "sq", "cubic", "squared", "cubed", "nan", "dimensionless"})
_PLAIN_WORDS = re.compile(r"[A-Za-z_]+(?: [A-Za-z_]+)*")


def _may_be_units(ureg: pint.UnitRegistry, candidate: str) -> bool:
    """Whether pint may read ``candidate`` as units: False only when one of its words of letters is
    no prefix + unit name (+ plural suffix) of the registry, a word pint fails to read (or cancels
    out: "laptop per laptop"; either way no unit, and a candidate with "per" has no other spelling).

    Most words after a number are English nouns ("patents", "workers"), and pint's parse of each
    costs a tenth of a millisecond before it raises; this test, the split of pint's own lookup
    (``parse_unit_name``) by word position, takes a few microseconds.  Anything else goes to pint.
    """
    units = getattr(ureg, "_units", None)
    prefixes = getattr(ureg, "_prefixes", None)
    suffixes = getattr(ureg, "_suffixes", None)
    if units is None or prefixes is None or suffixes is None or not ureg.case_sensitive:
        return True
    return known_words(units, prefixes, suffixes, candidate)


def known_words(
    units: Container[str], prefixes: Container[str], suffixes: Iterable[str], candidate: str
) -> bool:
    """:func:`_may_be_units` on a registry's unit names, prefixes and plural suffixes (pint's, or
    the same words as the shipped unit table keeps them)."""
    if not _PLAIN_WORDS.fullmatch(candidate):
        return True
    for word in candidate.split(" "):
        if word in units or word in _PARSER_WORDS or keyword.iskeyword(word):
            continue
        size = len(word)
        if not any(
            word[k : size - len(suffix)] in units
            for suffix in suffixes
            if word.endswith(suffix)
            for k in range(size + 1)
            if word[:k] in prefixes
        ):
            return False
    return True
