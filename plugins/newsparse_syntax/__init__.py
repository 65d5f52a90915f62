"""Plugin: the ``syntax`` layer, a UPOS tag, head and relation for every word (on demand).

The layer is costly next to the others, so it runs over the whole document only when asked for
(``only=["syntax"]``, ``--only syntax``) or required; extractors that consult it get just the
sentences they ask for (``extract_within``).
"""

from __future__ import annotations

from collections.abc import Callable

from newsparse import Document, Extractor, Sentence, Span, hookimpl
from newsparse.syntax import Word
from newsparse_syntax.layer import analyse, analyse_within
from newsparse_syntax.spacy_backend import configured_model, words_from_spacy

__version__ = "0.1.0"


def syntax_of(doc: Document) -> list[Word]:
    """The layer from the configured spaCy pipeline if it has a tagger and parser, else built in."""
    model = configured_model()
    if model is not None:
        return words_from_spacy(doc, model)
    return analyse(doc)


def syntax_within(doc: Document, span: Sentence | Span) -> list[Word]:
    """The words of ``span`` alone (heads index the returned list), from spaCy or built in.

    The per-sentence entry point (the extractor's ``extract_within``): relational extractors ask
    for the sentences holding a cue, and only those are analysed.
    """
    model = configured_model()
    if model is not None:
        return words_from_spacy(doc, model, within=(span.start, span.end))
    return analyse_within(doc, span)


@hookimpl
def newsparse_register_extractors(register: Callable[[Extractor], None]) -> None:
    """Register the ``syntax`` extractor."""
    register(
        Extractor(
            name="syntax",
            produces="syntax",
            extract=syntax_of,
            annotation_types=Word,
            description="Words with UPOS tags, heads and UD relations; datelines kept out of the parse",
            version=__version__,
            on_demand=True,
            extract_within=syntax_within,
        )
    )
