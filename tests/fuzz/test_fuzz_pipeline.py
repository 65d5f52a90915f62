"""The pipeline fuzz target, run briefly (a few seconds) as part of the test suite."""

from __future__ import annotations

from tests.fuzz.fuzz_pipeline import FRAGMENTS, fuzz_one_input, pipeline_property, run_for, run_inputs


def test_fuzz_forty_random_inputs() -> None:
    """Random byte strings through hypothesis into the pipeline: a failure raises with its input.

    A fixed count, not a time budget, so a loaded machine runs the same inputs (timed checks live
    in the benchmarks).
    """
    assert run_inputs(40, seed=16) == 40


def test_run_for_stops_at_its_time_budget() -> None:
    """The command-line mode (``--seconds``) stops at its budget: with none, it runs no input."""
    assert run_for(0.0) == 0


def test_property_with_hypothesis() -> None:
    """The same property driven by hypothesis' search (shrinks a failure to a small example)."""
    pipeline_property()()


def test_target_accepts_any_bytes() -> None:
    """What libFuzzer sends: empty, short, long, and every fragment's own bytes."""
    for data in [b"", b"\x00", b"\xff" * 5000, *(f.encode("utf-8") for f in FRAGMENTS)]:
        fuzz_one_input(data)
