"""The exceptions newsparse raises: one base class, so callers can catch them all."""

from __future__ import annotations


class NewsparseError(Exception):
    """Base class of every error newsparse raises on purpose."""


class InvalidInput(NewsparseError, ValueError):
    """The text or its metadata cannot be parsed (wrong type, bad date, ...)."""


class TextTooLarge(InvalidInput):
    """The text is longer than the configured maximum (``max_chars``)."""

    def __init__(self, length: int, limit: int) -> None:
        super().__init__(
            f"text has {length:,} characters, more than the limit of {limit:,} "
            "(raise it with max_chars=... or --max-chars)"
        )
        self.length = length
        self.limit = limit

    def __reduce__(self) -> tuple[type[TextTooLarge], tuple[int, int]]:
        """Pickle by the constructor's arguments (errors cross process boundaries in a batch)."""
        return type(self), (self.length, self.limit)


class PluginError(NewsparseError):
    """A plugin registered something invalid, or two plugins collide."""


class PipelineError(NewsparseError):
    """The extractors cannot be ordered: a cycle, or a layer nobody produces."""


class ExtractorError(NewsparseError):
    """An extractor raised or returned invalid annotations (raised only with strict=True)."""

    def __init__(self, extractor: str, message: str) -> None:
        super().__init__(f"extractor {extractor!r}: {message}")
        self.extractor = extractor
        self.message = message

    def __reduce__(self) -> tuple[type[ExtractorError], tuple[str, str]]:
        """Pickle by the constructor's arguments (errors cross process boundaries in a batch)."""
        return type(self), (self.extractor, self.message)


class SerializationError(NewsparseError, ValueError):
    """A JSON document does not follow the newsparse format."""


class UnknownLayer(NewsparseError, LookupError):
    """A layer name that the document (or the installed plugins) does not have."""


class UnknownExtractor(PluginError, KeyError):
    """An extractor name that no installed plugin registers (a KeyError too, as it used to be)."""

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else ""
