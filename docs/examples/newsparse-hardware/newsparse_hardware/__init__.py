"""An example newsparse plugin: military hardware designations ("Su-25", "F-16") as PRODUCT.

It adds the layer ``hardware``.  It is the plugin the author guide (docs/writing-plugins.md)
builds step by step, down to how people see its annotations (a :class:`~newsparse.presentation.Presentation`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

import attrs

from newsparse import Annotation, Document, Extractor, hookimpl
from newsparse.presentation import Column, Context, Presentation

__version__ = "0.1.0"

# Maker prefixes of aircraft, helicopters, tanks and missiles, with what each one makes.
FAMILIES = {
    "Su": "aircraft",
    "MiG": "aircraft",
    "Tu": "aircraft",
    "Il": "aircraft",
    "Yak": "aircraft",
    "F": "aircraft",
    "B": "aircraft",
    "A": "aircraft",
    "C": "aircraft",
    "KC": "aircraft",
    "Mi": "helicopter",
    "Ka": "helicopter",
    "AH": "helicopter",
    "UH": "helicopter",
    "CH": "helicopter",
    "T": "tank",
    "BMP": "armoured vehicle",
    "BTR": "armoured vehicle",
    "M": "weapon",
    "S": "air defence",
    "SA": "air defence",
    "MQ": "drone",
    "RQ": "drone",
    "TB": "drone",
}
# Each prefix is written as its first letter, a lookbehind (no letter, digit or hyphen before that
# letter) and its other letters: a pattern opening with a literal in every alternative lets the
# regular expression engine jump from candidate letter to candidate letter in C (a leading lookahead
# or lookbehind made it try every position of the text: twice the time, the same matches).
_LONGEST_FIRST = sorted(FAMILIES, key=len, reverse=True)
_OPENINGS = tuple(rf"{re.escape(prefix[0])}(?<![\w-].){re.escape(prefix[1:])}" for prefix in _LONGEST_FIRST)
_PATTERN = re.compile("(" + "|".join(_OPENINGS) + r")-(\d{1,3}[A-Z]{0,3})(?![\w-])")
# Every designation holds a hyphen before a digit: a text with none (most news) is not scanned.
_HYPHEN_DIGIT = re.compile(r"-\d")


@attrs.frozen
class Hardware(Annotation):
    """A weapon system named by its designation."""

    start: int
    end: int
    text: str
    designation: str
    category: str
    type: str = "PRODUCT"


def find_hardware(doc: Document) -> Iterator[Hardware]:
    """Every designation such as "Su-25" in the document."""
    if _HYPHEN_DIGIT.search(doc.text) is None:
        return
    for match in _PATTERN.finditer(doc.text):
        prefix, number = match.groups()
        yield Hardware(
            start=match.start(),
            end=match.end(),
            text=match.group(),
            designation=f"{prefix}-{number}",
            category=FAMILIES[prefix],
        )


def describe(hardware: Hardware, context: Context) -> str:
    """One line for the terminal and the tooltip: ``Su-25, an aircraft``."""
    article = "an" if hardware.category[0] in "aeiou" else "a"
    return f"{hardware.designation}, {article} {hardware.category}"


# How the terminal and HTML views show the layer: they know no layer by name, only this.
PRESENTATION = Presentation(
    title="Military hardware",
    summary=describe,
    columns=(
        Column("Designation", lambda hardware, context: hardware.designation),
        Column("Category", lambda hardware, context: hardware.category),
    ),
    label_header="As written",
    lead=60,  # a table of its own after the built-in leading tables
    colour="#455a64",
)


@hookimpl
def newsparse_register_extractors(register: Callable[[Extractor], None]) -> None:
    register(
        Extractor(
            name="hardware",
            produces="hardware",
            extract=find_hardware,
            annotation_types=Hardware,
            description="military hardware designations (Su-25, F-16, T-72) as PRODUCT",
            version=__version__,
            presentation=PRESENTATION,
        )
    )
