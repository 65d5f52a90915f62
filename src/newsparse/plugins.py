"""The plugin host: one pluggy manager, the entry-point group ``newsparse``, and a registry.

Built-in extractors are found through the same entry-point group a third party's plugin uses.
``NEWSPARSE_LOAD_PLUGINS=dates,entities`` loads only the named entry points (an empty value loads
none); ``NEWSPARSE_TRACE_PLUGINS=1`` prints every hook call to stderr.
"""

from __future__ import annotations

import functools
import importlib.metadata
import os
import sys
from collections.abc import Iterable
from types import ModuleType
from typing import Any

import attrs
import pluggy

from newsparse import compiled, hookspecs
from newsparse.errors import PluginError, UnknownExtractor
from newsparse.extractor import Extractor
from newsparse.render import Renderer

__all__ = [
    "DEFAULT_PLUGINS",
    "ENTRYPOINT_GROUP",
    "PluginInfo",
    "Registry",
    "default_registry",
    "make_plugin_manager",
    "registry_from",
]

ENTRYPOINT_GROUP = "newsparse"
# In-house plugins that are part of the core itself (output formats), registered like any other.
DEFAULT_PLUGINS: tuple[str, ...] = ("newsparse.render.builtin", "newsparse.render.html")


@attrs.frozen
class PluginInfo:
    """What ``newsparse plugins`` shows about one plugin."""

    name: str
    version: str | None
    extractors: tuple[str, ...]
    layers: tuple[str, ...]
    renderers: tuple[str, ...]


def _selected_entrypoints(env: str | None) -> set[str] | None:
    if env is None:
        return None
    return {name.strip() for name in env.split(",") if name.strip()}


class _PluginManager(pluggy.PluginManager):
    """pluggy's manager, which also records the distribution of each entry point newsparse loads."""

    def __init__(self, project_name: str) -> None:
        super().__init__(project_name)
        self._entrypoint_dists: list[tuple[object, importlib.metadata.Distribution]] = []

    def load_entrypoint(self, entry_point: importlib.metadata.EntryPoint) -> None:
        """Import ``entry_point`` and register it under its name (unless that name is taken or blocked)."""
        if self.has_plugin(entry_point.name) or self.is_blocked(entry_point.name):
            return  # what pluggy does with a second distribution's entry point of the same name
        plugin = entry_point.load()
        self.register(plugin, name=entry_point.name)
        if entry_point.dist is not None:
            self._entrypoint_dists.append((plugin, entry_point.dist))

    def entrypoint_distributions(self) -> list[tuple[object, importlib.metadata.Distribution]]:
        """(plugin, distribution) of every entry point loaded through :meth:`load_entrypoint`."""
        return list(self._entrypoint_dists)


def _load_entrypoints(pm: _PluginManager, only: str | None) -> None:
    """Register the entry points of the ``newsparse`` group (those ``only`` names), sorted by name.

    One scan of the installed distributions finds them all: pluggy's loader scans every
    distribution's metadata again for each name (tens of milliseconds of the cold start).
    """
    wanted = _selected_entrypoints(only)
    found = importlib.metadata.entry_points(group=ENTRYPOINT_GROUP)
    available = sorted({ep.name for ep in found})
    unknown = sorted(wanted - set(available)) if wanted is not None else []
    if unknown:
        raise PluginError(
            f"NEWSPARSE_LOAD_PLUGINS names {', '.join(map(repr, unknown))}, which is not installed "
            f"(installed plugins: {', '.join(available) or 'none'})"
        )
    # a compiled extension older than its edited source would run the old code: refuse, saying so
    compiled.require_fresh(["newsparse"])  # the core's own (session 25), once
    for name in available:
        if wanted is not None and name not in wanted:
            continue
        packages = {ep.value.split(":")[0].split(".")[0] for ep in found.select(name=name)}
        compiled.require_fresh(sorted(packages))
        try:
            for entry_point in found.select(name=name):
                pm.load_entrypoint(entry_point)
        except Exception as exc:  # a broken third-party plugin must say who it is
            raise PluginError(f"plugin {name!r} failed to load: {type(exc).__name__}: {exc}") from exc


def make_plugin_manager(
    *,
    plugins: Iterable[ModuleType | object] = (),
    load_entrypoints: bool = True,
    load_defaults: bool = True,
    only: str | None = None,
) -> pluggy.PluginManager:
    """A plugin manager with the default plugins, entry points and ``plugins`` registered.

    ``only`` (default: ``$NEWSPARSE_LOAD_PLUGINS``) is a comma-separated list of entry-point
    names to load; tests pass ``load_entrypoints=False`` and register exactly what they test.
    """
    pm = _PluginManager("newsparse")
    pm.add_hookspecs(hookspecs)
    if os.environ.get("NEWSPARSE_TRACE_PLUGINS"):
        pm.trace.root.setwriter(lambda message: print(message, end="", file=sys.stderr))
        pm.enable_tracing()
    if load_defaults:
        for module_name in DEFAULT_PLUGINS:
            module = importlib.import_module(module_name)
            pm.register(module, name=module_name)
    if load_entrypoints:
        _load_entrypoints(pm, only if only is not None else os.environ.get("NEWSPARSE_LOAD_PLUGINS"))
    for plugin in plugins:
        if pm.is_registered(plugin):
            continue
        name = getattr(plugin, "__name__", None) or type(plugin).__name__
        pm.register(plugin, name=name if pm.get_plugin(name) is None else None)
    pm.check_pending()
    return pm


def _plugin_name(pm: pluggy.PluginManager, impl: pluggy.HookImpl) -> str:
    return pm.get_name(impl.plugin) or impl.plugin_name


def _plugin_version(pm: pluggy.PluginManager, name: str, plugin: object) -> str | None:
    """The plugin's own ``__version__``, else its distribution's version."""
    version = getattr(plugin, "__version__", None)
    if isinstance(version, str):
        return version
    loaded_from: list[tuple[object, Any]] = list(pm.list_plugin_distinfo())
    if isinstance(pm, _PluginManager):
        loaded_from += pm.entrypoint_distributions()
    for loaded, dist in loaded_from:
        if loaded is plugin:
            return str(dist.version)
    top = name.split(".")[0]
    try:
        return importlib.metadata.version(top)
    except importlib.metadata.PackageNotFoundError:
        return None


@attrs.frozen(eq=False)
class Registry:
    """Everything the plugins registered, with the plugin that registered each item.

    Compared and hashed by identity: pipelines built from it are cached per registry.
    """

    extractors: tuple[Extractor, ...]
    renderers: tuple[Renderer, ...]
    extractor_plugin: dict[str, str]
    renderer_plugin: dict[str, str]
    plugin_manager: pluggy.PluginManager = attrs.field(eq=False, repr=False)

    def extractor(self, name: str) -> Extractor:
        """The extractor called ``name``."""
        for extractor in self.extractors:
            if extractor.name == name:
                return extractor
        known = ", ".join(sorted(e.name for e in self.extractors)) or "none"
        raise UnknownExtractor(f"no installed extractor is called {name!r} (installed: {known})")

    def renderer(self, name: str) -> Renderer:
        """The renderer (output format) called ``name``."""
        for renderer in self.renderers:
            if renderer.name == name:
                return renderer
        known = ", ".join(sorted(r.name for r in self.renderers))
        raise PluginError(f"unknown output format {name!r} (installed: {known})")

    def annotation_type(self, layer: str) -> type | None:
        """The annotation type of ``layer``, as declared by the extractor producing it."""
        for extractor in self.extractors:
            if extractor.produces == layer:
                return extractor.annotation_type
        return None

    def layer_types(self) -> dict[str, type]:
        """Every produced layer with its main annotation type."""
        return {e.produces: e.annotation_type for e in self.extractors}

    def plugins(self) -> list[PluginInfo]:
        """One :class:`PluginInfo` per registered plugin, sorted by name."""
        infos = []
        for plugin in self.plugin_manager.get_plugins():
            name = self.plugin_manager.get_name(plugin) or repr(plugin)
            extractors = tuple(e.name for e in self.extractors if self.extractor_plugin[e.name] == name)
            infos.append(
                PluginInfo(
                    name=name,
                    version=_plugin_version(self.plugin_manager, name, plugin),
                    extractors=extractors,
                    layers=tuple(e.produces for e in self.extractors if e.name in extractors),
                    renderers=tuple(r.name for r in self.renderers if self.renderer_plugin[r.name] == name),
                )
            )
        return sorted(infos, key=lambda info: info.name)


def _collect(
    pm: pluggy.PluginManager, hook_name: str, kind: type, key: str
) -> tuple[list[Any], dict[str, str]]:
    """Call a ``register`` hook through pluggy, plugin by plugin, validating what comes back.

    Each plugin's implementation is called through a pluggy subset caller (so tracing sees it and
    the hook is called by keyword), with a ``register`` callback that knows which plugin it serves.
    """
    items: list[Any] = []
    owner: dict[str, str] = {}
    layer_owner: dict[str, str] = {}
    hook = getattr(pm.hook, hook_name)
    for impl in reversed(hook.get_hookimpls()):  # registration order
        plugin_name = _plugin_name(pm, impl)

        def register(item: Any, _plugin: str = plugin_name) -> None:
            if not isinstance(item, kind):
                raise PluginError(
                    f"plugin {_plugin!r} registered {item!r}, which is not a newsparse.{kind.__name__}"
                )
            name = getattr(item, key)
            if name in owner:
                raise PluginError(
                    f"{kind.__name__.lower()} {name!r} is registered by both plugin "
                    f"{owner[name]!r} and plugin {_plugin!r}"
                )
            produces = getattr(item, "produces", None)
            if produces is not None:
                if produces in layer_owner:
                    raise PluginError(
                        f"layer {produces!r} is produced by both plugin {layer_owner[produces]!r} "
                        f"and plugin {_plugin!r}; load only one (NEWSPARSE_LOAD_PLUGINS)"
                    )
                layer_owner[produces] = _plugin
            owner[name] = _plugin
            items.append(item)

        others = [plugin for plugin in pm.get_plugins() if plugin is not impl.plugin]
        call = pm.subset_hook_caller(hook_name, remove_plugins=others)
        try:
            call(register=register)
        except PluginError:
            raise
        except Exception as exc:
            raise PluginError(
                f"plugin {plugin_name!r} failed in {hook_name}: {type(exc).__name__}: {exc}"
            ) from exc
    return items, owner


def registry_from(pm: pluggy.PluginManager) -> Registry:
    """Call the registration hooks of ``pm`` and collect what they register."""
    extractors, extractor_plugin = _collect(pm, "newsparse_register_extractors", Extractor, "name")
    renderers, renderer_plugin = _collect(pm, "newsparse_register_renderers", Renderer, "name")
    return Registry(
        extractors=tuple(extractors),
        renderers=tuple(renderers),
        extractor_plugin=extractor_plugin,
        renderer_plugin=renderer_plugin,
        plugin_manager=pm,
    )


@functools.lru_cache(maxsize=8)
def _registry_for(load_plugins: str | None) -> Registry:
    """The registry of the entry points ``load_plugins`` selects (the one registry cache)."""
    return registry_from(make_plugin_manager(only=load_plugins))


def default_registry() -> Registry:
    """The registry of the installed plugins (honouring ``$NEWSPARSE_LOAD_PLUGINS``), built once."""
    return _registry_for(os.environ.get("NEWSPARSE_LOAD_PLUGINS"))
