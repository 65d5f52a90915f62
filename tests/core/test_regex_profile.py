"""tools/regex_profile.py's timing proxy: a pattern's calls and hits counted, its results unchanged."""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]


def tool() -> ModuleType:
    """tools/regex_profile.py as a module (tools/ is not a package); importing it wraps nothing."""
    spec = importlib.util.spec_from_file_location("regex_profile", ROOT / "tools" / "regex_profile.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("regex_profile", module)
    spec.loader.exec_module(module)
    return module


def test_the_proxy_gives_the_patterns_results_and_counts_calls_and_hits() -> None:
    profile = tool()
    assert re._compile is not profile._compile  # type: ignore[attr-defined]  # only profile() wraps
    plain = re.compile(r"\bSu-(\d+)")
    timed = profile._Timed(plain)
    text = "Su-25 and Su-27, not xSu-30"
    assert [m.span() for m in timed.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert timed.search(text, 6).group(1) == "27"
    assert timed.match(text, 1) is None
    assert timed.groups == 1 and timed == plain and hash(timed) == hash(plain)
    lines = {key[2]: line for key, line in profile._LINES.items() if key[0] == plain.pattern}
    assert (lines["finditer"].calls, lines["finditer"].hits) == (1, 2)
    assert (lines["search"].calls, lines["search"].hits) == (1, 1)
    assert (lines["match"].calls, lines["match"].hits) == (1, 0)
    assert all(line.seconds >= 0 for line in lines.values())


def test_one_proxy_per_pattern_and_flags() -> None:
    profile = tool()
    first = profile._compile(r"a+b", re.IGNORECASE)
    assert profile._compile(r"a+b", re.IGNORECASE) is first
    assert profile._compile(first) is first  # a proxy given back to re.compile is itself
    assert profile._compile(r"a+b") is not first
