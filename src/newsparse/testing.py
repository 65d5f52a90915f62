"""Helpers for testing extractor plugins, for our own tests and for plugin authors.

``pipeline_for(my_plugin)`` builds a pipeline with exactly the plugins given (no entry points);
``check_extractor_contract`` checks that an extractor honours the contract on a text.
"""

from __future__ import annotations

from collections.abc import Iterable
from types import ModuleType

from newsparse.pipeline import Pipeline
from newsparse.plugins import make_plugin_manager, registry_from

__all__ = ["pipeline_for"]


def pipeline_for(
    *plugins: ModuleType | object, only: Iterable[str] | None = None, strict: bool = False
) -> Pipeline:
    """A pipeline of exactly ``plugins`` (modules or objects with hook implementations)."""
    pm = make_plugin_manager(plugins=plugins, load_entrypoints=False, load_defaults=False)
    return Pipeline.build(registry_from(pm).extractors, only=only, strict=strict)
