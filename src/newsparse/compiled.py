"""Which of newsparse's modules run as compiled extensions (the optional mypyc build), for diagnostics.

``tools/build_compiled.py`` may compile a few hot pure-Python modules in place beside their
sources; the output is the same either way, but speed figures are read differently, so
``newsparse --version`` and the benchmark header say which modules are compiled.
"""

from __future__ import annotations

import importlib.metadata
import importlib.util
import sysconfig
from collections import Counter
from pathlib import Path
from types import ModuleType

from newsparse.errors import PluginError

__all__ = [
    "StaleBuild",
    "compiled_modules",
    "compiled_summary",
    "is_compiled",
    "require_fresh",
    "stale_extensions",
]

_GROUP = "newsparse"  # the plugins' entry-point group (as newsparse.plugins.ENTRYPOINT_GROUP)


def _packages() -> list[str]:
    """The core package and every installed plugin's top-level package, without importing them."""
    names = {"newsparse"}
    for entry in importlib.metadata.entry_points(group=_GROUP):
        names.add(entry.value.split(":")[0].split(".")[0])
    return sorted(names)


def _extensions(packages: list[str]) -> list[tuple[str, Path]]:
    """(dotted module name, extension file) of every compiled module found in ``packages``' folders."""
    suffix = sysconfig.get_config_var("EXT_SUFFIX") or ".so"
    found: list[tuple[str, Path]] = []
    for package in packages:
        try:
            spec = importlib.util.find_spec(package)
        except (ImportError, ValueError):
            continue
        for where in (spec.submodule_search_locations or []) if spec is not None else []:
            for path in sorted(Path(where).glob("*" + suffix)):
                stem = path.name.removesuffix(suffix)
                if not stem.endswith("__mypyc"):  # the group's shared library, not a module
                    found.append((f"{package}.{stem}", path))
    return found


def compiled_modules() -> tuple[str, ...]:
    """Dotted names of the modules of newsparse and its plugins that have a compiled extension."""
    return tuple(name for name, _ in _extensions(_packages()))


def is_compiled(module: ModuleType) -> bool:
    """Whether ``module`` was imported from a compiled extension (not its ``.py``), as loaded now."""
    spec = module.__spec__
    origin = spec.origin if spec is not None else None
    return bool(origin) and str(origin).endswith(sysconfig.get_config_var("EXT_SUFFIX") or ".so")


class StaleBuild(PluginError):
    """A compiled extension is older than its ``.py`` source: the edit would not run, the old code would."""


def stale_extensions(packages: list[str] | None = None) -> tuple[str, ...]:
    """The compiled modules (of ``packages``, default newsparse's and every plugin's) whose ``.py``
    source was changed after the extension was built: Python would import the stale extension."""
    stale: list[str] = []
    for name, path in _extensions(_packages() if packages is None else packages):
        source = path.with_name(name.rsplit(".", 1)[1] + ".py")
        if source.is_file() and source.stat().st_mtime > path.stat().st_mtime:
            stale.append(name)
    return tuple(stale)


def require_fresh(packages: list[str] | None = None) -> None:
    """Raise :class:`StaleBuild` naming every stale compiled module (see :func:`stale_extensions`)."""
    stale = stale_extensions(packages)
    if stale:
        raise StaleBuild(
            f"compiled extension older than its source: {', '.join(stale)} (the edited .py would not "
            "run); rebuild with `make install`, or remove the extensions with "
            "`python tools/build_compiled.py --clean`"
        )


def compiled_summary() -> str:
    """One line for diagnostics: how many modules of each package run compiled, or that none do.

    Counts, not names: with most of seven layers compiled a list of names ran to 199 entries."""
    modules = compiled_modules()
    if not modules:
        return "compiled modules: none (pure Python)"
    per_package = Counter(module.partition(".")[0] for module in modules)
    counts = ", ".join(f"{package} {count}" for package, count in sorted(per_package.items()))
    return f"compiled modules ({len(modules)}, mypyc): {counts}"
