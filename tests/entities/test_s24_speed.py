"""The entities layer's compiled-speed rules (session 24).

Compiled by mypyc, a module-level name is read by a look-up in the module's dict at every use, unless
it is declared ``Final``: then it is a C static. The layer's passes read their word sets at every
candidate, so every constant of a compiled entities module is declared ``Final``. ``Words``, whose
columns every pass reads, is a plain class (a native class when compiled: its fields are struct
reads, an attrs class's are generic attribute look-ups).
"""

from __future__ import annotations

import ast
import importlib.util
from pathlib import Path
from types import ModuleType

import attrs
import pytest

from newsparse import Document, Meta
from newsparse_entities.words import Words, words_of

ROOT = Path(__file__).resolve().parents[2]


def _entities_sources() -> list[Path]:
    """The entities modules tools/build_compiled.py compiles, as paths under plugins/."""
    spec = importlib.util.spec_from_file_location("build_compiled", ROOT / "tools" / "build_compiled.py")
    assert spec is not None and spec.loader is not None
    module: ModuleType = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return [
        ROOT / "plugins" / path
        for _, paths in module.GROUPS
        for path in paths
        if path.startswith("newsparse_entities/")
    ]


def _constants_not_final(path: Path) -> list[int]:
    """Line numbers of module-level constants (a name in capitals, ``_`` first or not) assigned
    without a ``Final`` annotation in the module at ``path``."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    out = []
    for node in tree.body:
        if isinstance(node, ast.Assign):
            names = [t.id for t in node.targets if isinstance(t, ast.Name)]
            if any(n.lstrip("_")[:1].isupper() and n.upper() == n for n in names):
                out.append(node.lineno)
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            name = node.target.id
            final = "Final" in ast.unparse(node.annotation)
            if name.lstrip("_")[:1].isupper() and name.upper() == name and not final:
                out.append(node.lineno)
    return out


def test_every_constant_of_a_compiled_entities_module_is_final() -> None:
    sources = _entities_sources()
    assert len(sources) > 20, "the compiled build lists the entities modules"
    found = {str(p.relative_to(ROOT)): lines for p in sources if (lines := _constants_not_final(p))}
    assert not found, f"declare module constants Final in compiled entities modules: {found}"


@pytest.mark.parametrize(
    ("source", "lines"),
    [
        ("X = frozenset()\n_Y = 1\nlower = 2\n", [1, 2]),
        ("from typing import Final\nX: Final = 1\nY: int = 2\n", [3]),
    ],
)
def test_the_check_finds_a_constant_not_final(tmp_path: Path, source: str, lines: list[int]) -> None:
    module = tmp_path / "sample.py"
    module.write_text(source, encoding="utf-8")
    assert _constants_not_final(module) == lines


def test_words_is_a_plain_class_with_its_columns() -> None:
    assert not attrs.has(Words)
    words = words_of(Document("BEIRUT (Reuters) - Apple's iPod sold well.", meta=Meta()))
    assert words.text[:3] == ["BEIRUT", "(", "Reuters"]
    assert len(words) == len(words.start) == len(words.lower)
    assert words.datelines and words.after_dateline == frozenset(words.datelines.values())
    empty = Words([], [], [], [], [], [], [], [], [], [], [0, 0], [], [], [], frozenset())
    assert dict(empty.datelines) == {} and empty.after_dateline == frozenset() and len(empty) == 0
