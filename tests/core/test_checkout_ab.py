"""The like-for-like speed A/B of two built checkouts (tools/checkout_ab.py, pipeline_ab.py alternate):
the warm-up and alternation, the pairs' ratios and interval on given numbers, the refusals; and the
ab_* tools' not-like-for-like line."""

from __future__ import annotations

import importlib.machinery
import subprocess
import sys
import sysconfig
from pathlib import Path
from types import ModuleType

import pytest

TOOLS = Path(__file__).resolve().parents[2] / "tools"
sys.path.insert(0, str(TOOLS))

import checkout_ab  # noqa: E402
import pipeline_ab  # noqa: E402
import plugin_ab  # noqa: E402


def test_a_warm_up_run_of_each_side_is_thrown_away_then_the_first_side_alternates() -> None:
    order: list[tuple[str, int]] = []

    def run(side: str, checkout: Path, seed: int) -> dict[str, float]:
        order.append((side, seed))
        return {"total": 1.0 if seed else 99.0}

    runs = checkout_ab.alternate({"base": Path("b"), "new": Path("n")}, 3, run)
    sides = [side for side, _ in order]
    assert sides == ["new", "base", "base", "new", "new", "base", "base", "new"]
    # both runs of a pair share a hash seed (pair k: k + 1); the warm-ups' (0) are not kept
    assert [seed for _, seed in order] == [0, 0, 1, 1, 2, 2, 3, 3]
    assert runs["base"] == runs["new"] == [{"total": 1.0}] * 3
    order.clear()
    checkout_ab.alternate({"base": Path("b"), "new": Path("n")}, 1, run, warm_up=False)
    assert order == [("base", 1), ("new", 1)]


def test_the_ratio_is_the_pairs_geometric_mean_with_a_t_interval() -> None:
    runs = {
        "base": [{"dates": 10.0, "total": 100.0}, {"dates": 12.0, "total": 110.0}, {"dates": 11.0, "total": 120.0}],  # noqa: E501
        "new": [{"dates": 10.0, "total": 90.0}, {"dates": 12.0, "total": 100.0}, {"dates": 11.0, "total": 108.0}],  # noqa: E501
    }
    dates, total = checkout_ab.summarise(runs)
    assert (total.base.least, total.base.median, total.base.spread) == (100.0, 110.0, 20.0)
    assert (total.new.least, total.new.median, total.new.spread) == (90.0, 100.0, 18.0)
    assert total.ratios == pytest.approx((0.9, 100 / 110, 0.9))
    assert total.ratio == pytest.approx((0.9 * 100 / 110 * 0.9) ** (1 / 3))
    low, high = total.interval or (0.0, 0.0)
    assert low < total.ratio < high < 1.0  # all three pairs read the new side 9-10% quicker
    assert total.exceeds
    assert dates.ratio == 1.0 and dates.interval == (1.0, 1.0) and not dates.exceeds
    assert "leaves out 1): a difference the runs resolve" in checkout_ab.verdict(total)


def test_pairs_that_disagree_claim_nothing_however_far_apart_the_medians() -> None:
    # the old verdict (medians 18 ms apart, each side's spread 2 ms) called this a difference
    runs = {"base": [{"total": 100.0}, {"total": 102.0}], "new": [{"total": 80.0}, {"total": 122.0}]}
    (total,) = checkout_ab.summarise(runs)
    assert not total.exceeds
    assert "holds 1): claim nothing" in checkout_ab.verdict(total)
    text = checkout_ab.report([total])
    assert text.splitlines()[1].startswith("total") and text.splitlines()[1].endswith("within")
    (single,) = checkout_ab.summarise({"base": [{"total": 100.0}], "new": [{"total": 80.0}]})
    assert single.interval is None and not single.exceeds
    assert "claim nothing, run --pairs 3 or more" in checkout_ab.verdict(single)


def test_the_subprocess_runner_passes_the_pairs_hash_seed(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    seen: dict[str, str] = {}

    def fake_run(command: list[str], **options: object) -> subprocess.CompletedProcess[str]:
        env = options["env"]
        assert isinstance(env, dict)
        seen["seed"] = env["PYTHONHASHSEED"]
        return subprocess.CompletedProcess(command, 0, stdout='{"total": 5.0}\n', stderr="")

    (tmp_path / "tools").mkdir()
    (tmp_path / "tools" / "pipeline_ab.py").write_text("", encoding="utf-8")
    (tmp_path / ".venv" / "bin").mkdir(parents=True)
    (tmp_path / ".venv" / "bin" / "python").write_text("", encoding="utf-8")
    monkeypatch.setattr(checkout_ab.subprocess, "run", fake_run)
    assert checkout_ab.subprocess_runner(["--count", "1"])("new", tmp_path, 7) == {"total": 5.0}
    assert seen == {"seed": "7"}


def test_a_missing_checkout_or_venv_is_refused(tmp_path: Path) -> None:
    with pytest.raises(checkout_ab.CheckoutError, match="no such checkout"):
        checkout_ab.interpreter(tmp_path / "absent")
    (tmp_path / "tools").mkdir()
    (tmp_path / "tools" / "pipeline_ab.py").write_text("", encoding="utf-8")
    with pytest.raises(checkout_ab.CheckoutError, match=r"no \.venv"):
        checkout_ab.interpreter(tmp_path)


def test_a_stale_build_is_refused_with_the_build_checks_message(tmp_path: Path) -> None:
    (tmp_path / "tools").mkdir()
    (tmp_path / "tools" / "pipeline_ab.py").write_text("", encoding="utf-8")
    python = tmp_path / ".venv" / "bin" / "python"
    python.parent.mkdir(parents=True)
    python.write_text("#!/bin/sh\necho 'StaleBuild: compiled extension older than its source' >&2\nexit 1\n")
    python.chmod(0o755)
    with pytest.raises(checkout_ab.CheckoutError, match=r"refused.*StaleBuild"):
        checkout_ab.build_state(tmp_path)


def test_alternate_needs_a_base_checkout_and_refuses_a_missing_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit):
        pipeline_ab.main(["alternate"])
    assert pipeline_ab.main(["alternate", "--base-checkout", str(tmp_path / "absent")]) == 2
    assert "no such checkout" in capsys.readouterr().err


def test_dumps_compare_line_by_line() -> None:
    assert checkout_ab.compare_lines([b"a", b"b", b"c"], [b"a", b"x", b"c", b"d"]) == (4, 2, [1, 3])


def test_the_ab_tools_say_when_a_compiled_tree_meets_a_pure_copy(monkeypatch: pytest.MonkeyPatch) -> None:
    module = ModuleType("newsparse_fake.part")
    origin = "/x/part" + (sysconfig.get_config_var("EXT_SUFFIX") or ".so")
    module.__spec__ = importlib.machinery.ModuleSpec("newsparse_fake.part", None, origin=origin)
    assert plugin_ab.like_for_like_note("newsparse_fake") is None
    monkeypatch.setitem(sys.modules, "newsparse_fake.part", module)
    note = plugin_ab.like_for_like_note("newsparse_fake")
    assert note is not None and "NOT LIKE FOR LIKE" in note and "pipeline_ab.py alternate" in note
