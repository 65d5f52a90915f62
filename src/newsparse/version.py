"""The version of newsparse, which the JSON format's major number follows."""

from __future__ import annotations

__all__ = ["FORMAT_MAJOR", "__version__"]

__version__ = "0.1.0"
FORMAT_MAJOR = __version__.split(".")[0]
