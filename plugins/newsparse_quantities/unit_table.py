"""The shipped unit table: pint's readings of common unit spellings, so a parse need not build pint.

Importing pint (and, when installed, dask through pint) and building its registry costs about half a
second, the largest part of a fresh process's first parse.  ``data/units.json`` (built by the
repository's ``tools/build_unit_table.py`` from pint's own definitions through :mod:`.units`) keeps
the registry's unit names, prefixes and plural suffixes (what :func:`.units.known_words` needs to turn
down an English word) and pint's reading of a few thousand common unit spellings.  It is used only
when the installed pint is the version it was built from; anything it lacks goes to pint itself, so
a reading is the same with or without the table.
"""

from __future__ import annotations

import enum
import json
from collections.abc import Mapping
from functools import lru_cache
from importlib import metadata
from pathlib import Path

import attrs

__all__ = ["Mark", "Outcome", "UnitTable", "load"]

PATH = Path(__file__).with_name("data") / "units.json"


class Mark(enum.Enum):
    """The two readings that are not a unit string: not in the table, and not readable by pint."""

    UNKNOWN = "unknown"
    NO_READING = "no reading"


# A (unit string, kind) pair, None (pint reads a unit that is no news unit), or a mark.
Outcome = tuple[str, str] | Mark | None


@attrs.frozen(eq=False)
class UnitTable:
    """pint's unit names, prefixes and plural suffixes, and its readings of common spellings."""

    units: Mapping[str, None]
    prefixes: Mapping[str, None]
    suffixes: tuple[str, ...]
    readings: Mapping[str, Outcome]


def pint_version() -> str | None:
    """The installed pint's version (without importing pint), or None when pint is not installed."""
    try:
        return metadata.version("pint")
    except metadata.PackageNotFoundError:
        return None


def _outcome(key: str) -> Outcome:
    """A reading from its key in the file: "unit<TAB>kind", "" for no news unit, a TAB for no reading."""
    if key == "\t":
        return Mark.NO_READING
    if not key:
        return None
    unit, kind = key.split("\t")
    return unit, kind


@lru_cache(maxsize=1)
def load(path: Path = PATH) -> UnitTable | None:
    """The table at ``path``, or None when it is missing, damaged or built from another pint."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if data["pint"] != pint_version():
            return None
        readings: dict[str, Outcome] = {}
        for key, spellings in data["readings"].items():
            readings.update(dict.fromkeys(spellings, _outcome(key)))
        return UnitTable(
            units=dict.fromkeys(data["units"]),
            prefixes=dict.fromkeys(data["prefixes"]),
            suffixes=tuple(data["suffixes"]),
            readings=readings,
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None
