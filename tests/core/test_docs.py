"""The documentation: every hook is documented, and every Python example in docs/ runs."""

from __future__ import annotations

import inspect
import re
from pathlib import Path

import pytest

from newsparse import hookspecs

from ..conftest import ROOT

DOCS = ROOT / "docs"
PAGES = sorted(p for p in DOCS.rglob("*.md") if "examples" not in p.parts)
CODE = re.compile(r"^```python\n(.*?)^```", re.S | re.M)


def hook_names() -> list[str]:
    return [
        name
        for name, fn in inspect.getmembers(hookspecs, inspect.isfunction)
        if name.startswith("newsparse_")
    ]


@pytest.mark.parametrize("hook", hook_names())
def test_every_hook_is_documented(hook: str) -> None:
    assert f"## {hook}(" in (DOCS / "hooks.md").read_text("utf-8"), (
        f"{hook} is not documented in docs/hooks.md"
    )
    assert inspect.getdoc(getattr(hookspecs, hook)), f"{hook} has no docstring"


def test_there_are_hooks() -> None:
    assert {
        "newsparse_register_extractors",
        "newsparse_register_renderers",
        "newsparse_register_commands",
    } <= set(hook_names())


@pytest.mark.parametrize(
    "page", [p for p in PAGES if CODE.search(p.read_text("utf-8"))], ids=lambda p: p.name
)
def test_python_examples_run(page: Path) -> None:
    namespace: dict[str, object] = {"__name__": f"docs_{page.stem}"}
    for number, block in enumerate(CODE.findall(page.read_text("utf-8")), 1):
        try:
            exec(compile(block, f"{page.name}[{number}]", "exec"), namespace)
        except Exception as exc:
            raise AssertionError(
                f"example {number} of {page.name} failed: {type(exc).__name__}: {exc}"
            ) from exc


def test_readme_python_example_runs() -> None:
    (block,) = CODE.findall((ROOT / "README.md").read_text("utf-8"))
    exec(compile(block, "README.md", "exec"), {})
