"""Shared fixtures: tests build pipelines from exactly the plugins they test."""

from __future__ import annotations

import os
import signal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from newsparse import compiled
from tests.pure_imports import PURE_FIXTURES, hide_extensions

PURE = os.environ.get("NEWSPARSE_TEST_PURE") == "1"
if PURE:  # `make test` runs the tests marked `pure` again this way (tests/pure_imports.py)
    hide_extensions()

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_76987922ef306dd1.txt"

# No property test is timed: a deadline or the "too slow" health check measures the machine's
# neighbours (CI shares 2 cores), not the code. Tests that set their own settings inherit this.
settings.register_profile("newsparse", deadline=None, suppress_health_check=[HealthCheck.too_slow])
# "thorough" hunts rare failures before CI draws them: ten times the examples of every property,
# including those that set their own max_examples (NEWSPARSE_HYPOTHESIS_PROFILE=thorough).
THOROUGH_SCALE = 10
THOROUGH_EXAMPLES = 1000  # the profile's own count: tests that set none get it, unscaled
settings.register_profile(
    "thorough", parent=settings.get_profile("newsparse"), max_examples=THOROUGH_EXAMPLES
)
PROFILE = os.environ.get("NEWSPARSE_HYPOTHESIS_PROFILE", "newsparse")
settings.load_profile(PROFILE)


def pytest_sessionstart(session: pytest.Session) -> None:
    """Stop before any test when a compiled extension is older than its source (the tests would run the
    old code, not the edit): the message names the modules and how to rebuild."""
    if PURE:
        return  # the extensions are not imported: their age does not matter
    try:
        compiled.require_fresh()
    except compiled.StaleBuild as error:
        pytest.exit(f"newsparse: {error}", returncode=pytest.ExitCode.USAGE_ERROR)


COMPILED = bool(compiled.compiled_modules())


def pytest_runtest_setup(item: pytest.Item) -> None:
    """Skip a test marked `pure` where the plugins run compiled: a monkeypatched module function is not
    seen by calls inside a compiled module, so the test would check nothing. `make test` runs them
    again with the sources (NEWSPARSE_TEST_PURE=1)."""
    if COMPILED and not PURE and item.get_closest_marker("pure") is not None:
        pytest.skip("spies on a module function: runs in make test's pure pass (NEWSPARSE_TEST_PURE=1)")


# The longest tests (session 26's `--durations`, 2 loaded cores: 30-330 s each), started first:
# pytest-xdist hands out tests in collection order, so a long test collected last ran alone on one
# worker while the other sat idle. Only the order changes; a name missing here costs nothing.
SLOW_FIRST = (
    "tests/test_robustness.py::test_five_megabyte_paragraph",
    "tests/core/test_serialize.py::test_any_document_round_trips_and_validates",
    "tests/test_batch_cli.py::test_killed_batch_resumes_without_loss",
    "tests/test_robustness.py::test_every_corpus_article",
    "tests/core/test_boundaries.py::test_the_check_of_a_whole_layer_agrees_with_the_check_of_each_item",
    "tests/test_robustness.py::test_batch_of_1000_with_one_percent_broken",
    "tests/test_html.py::test_unchecking_a_layer_hides_its_highlights",
    "tests/test_robustness.py::test_nasty_input",
    "tests/agreements/test_prefilter.py::test_every_mention_start_passes_the_mention_prefilter",
    "tests/test_html.py::test_nothing_overflows_its_card",
)


def slow_first(items: list[pytest.Item]) -> None:
    """Move the tests SLOW_FIRST names (a node id or its parametrised forms) to the front, in that
    order; every other test keeps its place relative to the rest (a stable sort)."""

    def rank(item: pytest.Item) -> int:
        name = item.nodeid.split("[", 1)[0]
        return SLOW_FIRST.index(name) if name in SLOW_FIRST else len(SLOW_FIRST)

    items.sort(key=rank)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Start the longest tests first (:func:`slow_first`); mark the tests that use a PURE_FIXTURES
    fixture `pure`; under the "thorough" profile, scale each property's own max_examples by
    THOROUGH_SCALE.

    A test's own `@settings(max_examples=N)` overrides any profile, so the profile alone would
    leave most properties at their usual count. Each test function is scaled once; one that
    sets no count of its own already has the profile's.
    """
    slow_first(items)
    for item in items:
        if PURE_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.pure)
    if PROFILE != "thorough":
        return
    scaled: set[int] = set()
    for item in items:
        test = getattr(item, "obj", None)
        own = getattr(test, "_hypothesis_internal_use_settings", None)
        if own is None or id(test) in scaled or own.max_examples == THOROUGH_EXAMPLES:
            continue
        scaled.add(id(test))
        examples = own.max_examples * THOROUGH_SCALE
        test._hypothesis_internal_use_settings = settings(own, max_examples=examples)  # type: ignore[union-attr]


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
