"""The core is one-way and plugins stay apart: checked on the source, so a new import cycle fails here.

Every import counts, at module level or inside a function (a function-level import that dodges a
cycle is still a cycle); only imports under ``if TYPE_CHECKING:`` are left out, as they never run.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CORE = ROOT / "src" / "newsparse"
PLUGINS = ROOT / "plugins"


def module_name(path: Path, base: Path) -> str:
    """The dotted name of the module in ``path`` (a package's ``__init__`` is the package)."""
    parts = list(path.relative_to(base).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _runtime_nodes(tree: ast.AST) -> Iterator[ast.AST]:
    """Every node of ``tree`` except those under ``if TYPE_CHECKING:``."""
    stack = [tree]
    while stack:
        node = stack.pop()
        yield node
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.If) and _is_type_checking(child):
                stack.extend(child.orelse)
                continue
            stack.append(child)


def imported_names(source: str, package: str) -> Iterator[str]:
    """The dotted names a module imports (``from a import b`` gives ``a.b``: a module or a name)."""
    for node in _runtime_nodes(ast.parse(source)):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:  # relative import: resolve against the package
                parent = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*parent, base] if base else parent)
            yield from (f"{base}.{alias.name}" for alias in node.names)


def import_graph(base: Path, top: str) -> dict[str, set[str]]:
    """Module -> the modules of the ``top`` package it imports."""
    paths = {module_name(path, base): path for path in (base / top).rglob("*.py")}
    graph: dict[str, set[str]] = {}
    for name, path in paths.items():
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        targets = set()
        for imported in imported_names(path.read_text("utf-8"), package):
            if not (imported == top or imported.startswith(top + ".")):
                continue
            # ``from newsparse.x import y``: the module newsparse.x.y if there is one, else newsparse.x
            while imported not in paths and "." in imported:
                imported = imported.rpartition(".")[0]
            if imported in paths and imported != name:
                targets.add(imported)
        graph[name] = targets
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    found: list[list[str]] = []
    counter = 0
    for root in sorted(graph):
        if root in index:
            continue
        work = [(root, iter(sorted(graph[root])))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph.get(child, ())))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    found.append(sorted(component))
    return found


def test_the_cycle_finder_finds_a_cycle_through_a_function_level_import() -> None:
    graph = {"p.a": {"p.b"}, "p.b": {"p.c"}, "p.c": {"p.a"}, "p.d": {"p.a"}}
    assert cycles(graph) == [["p.a", "p.b", "p.c"]]
    source = "import os\n\ndef f():\n    from p import a\n\nif TYPE_CHECKING:\n    from p import b\n"
    assert set(imported_names(source, "p")) == {"os", "p.a"}


def test_no_import_cycle_in_the_core() -> None:
    graph = import_graph(CORE.parent, "newsparse")
    assert "newsparse.model" in graph and "newsparse.spans" in graph
    assert cycles(graph) == []


def test_the_model_knows_no_plugin_host_nor_plugin_layer() -> None:
    graph = import_graph(CORE.parent, "newsparse")
    below_model = {"newsparse.model"}
    frontier = ["newsparse.model"]
    while frontier:
        for target in graph[frontier.pop()]:
            if target not in below_model:
                below_model.add(target)
                frontier.append(target)
    assert below_model.isdisjoint(
        {"newsparse", "newsparse.plugins", "newsparse.serialize", "newsparse.pipeline", "newsparse.api"}
    )
    assert not any(name.startswith("newsparse.render") for name in below_model)


PLUGIN_PACKAGES = sorted(path.name for path in PLUGINS.glob("newsparse_*") if (path / "__init__.py").exists())


@pytest.mark.parametrize("plugin", PLUGIN_PACKAGES)
def test_a_plugin_imports_no_other_plugin(plugin: str) -> None:
    others = {name for name in PLUGIN_PACKAGES if name != plugin}
    for path in (PLUGINS / plugin).rglob("*.py"):
        package = module_name(path, PLUGINS).rpartition(".")[0] or plugin
        for imported in imported_names(path.read_text("utf-8"), package):
            assert imported.split(".")[0] not in others, f"{path.relative_to(ROOT)} imports {imported}"


def test_strategies_say_how_to_install_hypothesis_when_it_is_missing() -> None:
    import subprocess
    import sys

    code = (
        "import sys; sys.modules['hypothesis'] = None\n"
        "import newsparse, newsparse.testing\n"  # parsing and the contract helpers import without it
        "try:\n    import newsparse.strategies\nexcept ImportError as e:\n    print(e)\n"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert "pip install 'newsparse[testing]'" in run.stdout
