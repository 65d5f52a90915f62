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
# The lookahead of the prefixes' first letters opens the pattern so that the regex engine jumps from
# candidate letter to candidate letter in C; opening with the lookbehind, it tried every position of
# the text (twice the time, the same matches).
_FIRST_LETTERS = "".join(sorted({prefix[0] for prefix in FAMILIES}))
_PATTERN = re.compile(
    rf"(?=[{_FIRST_LETTERS}])(?<![\w-])("
    + "|".join(sorted(FAMILIES, key=len, reverse=True))
    + r")-(\d{1,3}[A-Z]{0,3})(?![\w-])"
)


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
