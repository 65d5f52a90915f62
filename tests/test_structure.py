"""Size limits that keep every room reviewable: no function over 80 lines, no module over 800 lines.

Measured on the syntax tree (a function from its ``def`` line to its last line, a module by its
lines) over the shipped code: the core (``src/newsparse``) and the built-in plugins (``plugins/``).
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import newsparse

ROOT = Path(__file__).resolve().parent.parent
SHIPPED = (ROOT / "src" / "newsparse", ROOT / "plugins")
MAX_FUNCTION_LINES = 80
MAX_MODULE_LINES = 800

# Files exempt from the limits, each with its reason.  Only generated data files belong here.
# None today: no generated Python module is shipped.
ALLOWED: dict[str, str] = {}


def _sources() -> list[Path]:
    """Every Python file of the shipped code, but the allowed ones."""
    files = sorted(p for root in SHIPPED for p in root.rglob("*.py"))
    return [p for p in files if p.relative_to(ROOT).as_posix() not in ALLOWED]


def _long_functions(path: Path) -> list[str]:
    """``name: lines`` of every function (methods and nested ones too) of ``path`` over the limit."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    out = []
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            lines = (node.end_lineno or node.lineno) - node.lineno + 1
            if lines > MAX_FUNCTION_LINES:
                out.append(f"{node.name} (line {node.lineno}): {lines} lines")
    return out


def test_shipped_code_is_found() -> None:
    """The walk sees the core and every built-in plugin (a moved folder must not empty the test)."""
    names = {p.relative_to(ROOT).parts[1] for p in _sources() if p.relative_to(ROOT).parts[0] == "plugins"}
    assert {"newsparse_dates", "newsparse_quantities", "newsparse_entities"} <= names
    assert any(p.name == "model.py" and p.parent.name == "newsparse" for p in _sources())


def test_allow_list_names_existing_files() -> None:
    """An allow-list entry whose file is gone is stale and must be removed."""
    missing = [name for name in ALLOWED if not (ROOT / name).is_file()]
    assert not missing, f"allow-list entries for missing files: {missing}"


@pytest.mark.parametrize("path", _sources(), ids=lambda p: p.relative_to(ROOT).as_posix())
def test_module_size(path: Path) -> None:
    """No module is longer than the limit."""
    lines = len(path.read_text(encoding="utf-8").splitlines())
    assert lines <= MAX_MODULE_LINES, f"{lines} lines (limit {MAX_MODULE_LINES}): split it"


@pytest.mark.parametrize("path", _sources(), ids=lambda p: p.relative_to(ROOT).as_posix())
def test_function_size(path: Path) -> None:
    """No function is longer than the limit."""
    long = _long_functions(path)
    assert not long, f"functions over {MAX_FUNCTION_LINES} lines: {long}"


def test_limits_catch_a_long_function(tmp_path: Path) -> None:
    """The measure itself: a function one line over the limit is reported, one at the limit is not."""
    body = "\n".join(f"    x{i} = {i}" for i in range(MAX_FUNCTION_LINES - 2))
    at_limit = f"def ok() -> None:\n{body}\n    return None\n"
    over = f"def too_long() -> None:\n{body}\n    x = 1\n    return None\n"
    path = tmp_path / "m.py"
    path.write_text(at_limit + over, encoding="utf-8")
    assert _long_functions(path) == [f"too_long (line {MAX_FUNCTION_LINES + 1}): 81 lines"]


def test_one_spelling_per_concept() -> None:
    """Recognisers are spelt ``recognise``, and a built-in extractor's entry function is ``extract``."""
    assert not [p for root in SHIPPED for p in root.rglob("recognize.py")]
    built_in = {p.name for p in (ROOT / "plugins").iterdir() if (p / "__init__.py").is_file()}
    entries = {
        e.name: e.extract
        for e in newsparse.default_pipeline().extractors
        if e.extract.__module__.split(".")[0] in built_in
    }
    assert {"dates", "quantities", "entities", "agreements"} <= set(entries)
    names = {name: f.__name__ for name, f in entries.items()}
    assert all(n == "extract" or n == f"extract_{layer}" for layer, n in names.items()), names
