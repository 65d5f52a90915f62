"""Shared fixtures: tests build pipelines from exactly the plugins they test."""

from __future__ import annotations

import signal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_76987922ef306dd1.txt"

# No property test is timed: a deadline or the "too slow" health check measures the machine's
# neighbours (CI shares 2 cores), not the code. Tests that set their own settings inherit this.
settings.register_profile("newsparse", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("newsparse")


@pytest.fixture(scope="session", autouse=True)
def interruptible_children() -> None:
    """Let the CLI subprocesses the tests start be interrupted by SIGINT, as from a terminal.

    A shell without job control starts a background command (CI's, often) with SIGINT ignored,
    every child inherits that, and Python then keeps SIGINT ignored: the Ctrl-C tests would time
    out. A handled signal is reset to its default in a child, so handling it here is enough.
    """
    if signal.getsignal(signal.SIGINT) == signal.SIG_IGN:
        signal.signal(signal.SIGINT, signal.default_int_handler)


@pytest.fixture(scope="session")
def seed_text() -> str:
    """The seed article (published 2018-02-06)."""
    return SEED.read_text(encoding="utf-8")
