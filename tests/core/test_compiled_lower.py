"""Compiled modules lower-case text as Python does (session 21).

mypyc compiles ``s.lower()`` on a ``str`` to its own routine, which misses Python's final-sigma rule
("ΣΑΣ" gives "σασ", not "σας"), so a compiled module would read Greek capitals differently from the
pure one. ``str.lower(s)`` is not rewritten and keeps Python's result; these tests hold every module
the compiled build lists to it.
"""

from __future__ import annotations

import ast
import importlib.util
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]


def _compiled_sources() -> list[Path]:
    """Every module tools/build_compiled.py may compile, as a path under plugins/ (the core's: src/)."""
    spec = importlib.util.spec_from_file_location("build_compiled", ROOT / "tools" / "build_compiled.py")
    assert spec is not None and spec.loader is not None
    module: ModuleType = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return [module.source_root(path) / path for _, paths in module.GROUPS for path in paths]


def _method_lower_calls(path: Path) -> list[int]:
    """Line numbers of ``x.lower()`` calls (other than ``str.lower(x)``) in the module at ``path``."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [
        node.lineno
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "lower"
        and not (isinstance(node.func.value, ast.Name) and node.func.value.id == "str")
    ]


def test_no_compiled_module_calls_the_lower_method() -> None:
    sources = _compiled_sources()
    assert sources, "the compiled build lists no module"
    found = {str(path.relative_to(ROOT)): lines for path in sources if (lines := _method_lower_calls(path))}
    assert not found, f"write str.lower(x), not x.lower(), in compiled modules (final sigma): {found}"


def test_the_check_finds_a_lower_method_call(tmp_path: Path) -> None:
    module = tmp_path / "sample.py"
    module.write_text(
        "def f(s: str) -> str:\n    return s.strip().lower() + str.lower(s)\n", encoding="utf-8"
    )
    assert _method_lower_calls(module) == [2]
