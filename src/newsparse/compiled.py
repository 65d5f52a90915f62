"""Which of newsparse's modules run as compiled extensions (the optional mypyc build), for diagnostics.

``tools/build_compiled.py`` may compile a few hot pure-Python modules in place beside their
sources; the output is the same either way, but speed figures are read differently, so
``newsparse --version`` and the benchmark header say which modules are compiled.
"""

from __future__ import annotations

import importlib.metadata
import importlib.util
import sysconfig
from pathlib import Path

__all__ = ["compiled_modules", "compiled_summary"]

_GROUP = "newsparse"  # the plugins' entry-point group (as newsparse.plugins.ENTRYPOINT_GROUP)


def _packages() -> list[str]:
    """The core package and every installed plugin's top-level package, without importing them."""
    names = {"newsparse"}
    for entry in importlib.metadata.entry_points(group=_GROUP):
        names.add(entry.value.split(":")[0].split(".")[0])
    return sorted(names)


def compiled_modules() -> tuple[str, ...]:
    """Dotted names of the modules of newsparse and its plugins that have a compiled extension."""
    suffix = sysconfig.get_config_var("EXT_SUFFIX") or ".so"
    found: list[str] = []
    for package in _packages():
        try:
            spec = importlib.util.find_spec(package)
        except (ImportError, ValueError):
            continue
        for where in (spec.submodule_search_locations or []) if spec is not None else []:
            for path in sorted(Path(where).glob("*" + suffix)):
                stem = path.name.removesuffix(suffix)
                if not stem.endswith("__mypyc"):  # the group's shared library, not a module
                    found.append(f"{package}.{stem}")
    return tuple(found)


def compiled_summary() -> str:
    """One line for diagnostics: the compiled modules, or that every module is pure Python."""
    modules = compiled_modules()
    if not modules:
        return "compiled modules: none (pure Python)"
    return f"compiled modules ({len(modules)}, mypyc): " + ", ".join(modules)
