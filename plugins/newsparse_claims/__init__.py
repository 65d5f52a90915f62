"""Plugin: the ``claims`` layer, attributed statements with their source, cue, content and figures."""

from __future__ import annotations

from collections.abc import Callable

from newsparse import Extractor, hookimpl
from newsparse_claims.model import Claim
from newsparse_claims.present import PRESENTATION
from newsparse_claims.resolve import extract

__version__ = "0.1.0"


@hookimpl
def newsparse_register_extractors(register: Callable[[Extractor], None]) -> None:
    """Register the ``claims`` extractor."""
    register(
        Extractor(
            name="claims",
            produces="claims",
            extract=extract,
            annotation_types=Claim,
            presentation=PRESENTATION,
            requires=("entities", "quantities", "dates"),
            consults=("syntax",),
            description="Attributed statements: source (entity id or description), cue, content, figures",
            version=__version__,
        )
    )
