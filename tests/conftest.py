"""Shared fixtures: tests build pipelines from exactly the plugins they test."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_76987922ef306dd1.txt"


@pytest.fixture(scope="session")
def seed_text() -> str:
    """The seed article (published 2018-02-06)."""
    return SEED.read_text(encoding="utf-8")
