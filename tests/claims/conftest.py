"""Make the plugin packages importable before the installed package maps them (editable install)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

if (
    importlib.util.find_spec("newsparse_claims") is None
    or importlib.util.find_spec("newsparse_events") is None
):
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "plugins"))
