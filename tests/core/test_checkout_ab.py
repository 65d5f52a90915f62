"""The like-for-like speed A/B of two built checkouts (tools/checkout_ab.py, pipeline_ab.py alternate):
alternation, the summary maths on given numbers, the refusals; and the ab_* tools' not-like-for-like line."""

from __future__ import annotations

import importlib.machinery
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


def test_the_side_that_goes_first_alternates_pair_by_pair() -> None:
    order: list[str] = []

    def run(side: str, checkout: Path) -> dict[str, float]:
        order.append(side)
        return {"total": 1.0}

    runs = checkout_ab.alternate({"base": Path("b"), "new": Path("n")}, 3, run)
    assert order == ["base", "new", "new", "base", "base", "new"]
    assert len(runs["base"]) == len(runs["new"]) == 3


def test_summary_least_median_spread_and_median_ratio() -> None:
    runs = {
        "base": [{"dates": 10.0, "total": 100.0}, {"dates": 12.0, "total": 110.0}, {"dates": 11.0, "total": 120.0}],  # noqa: E501
        "new": [{"dates": 10.0, "total": 90.0}, {"dates": 12.0, "total": 100.0}, {"dates": 11.0, "total": 95.0}],  # noqa: E501
    }
    dates, total = checkout_ab.summarise(runs)
    assert (total.base.least, total.base.median, total.base.spread) == (100.0, 110.0, 20.0)
    assert (total.new.least, total.new.median, total.new.spread) == (90.0, 95.0, 10.0)
    assert total.ratio == pytest.approx(0.9)  # the median of the pairs' 0.9, 0.909, 0.792
    assert not total.exceeds  # medians 15 ms apart, the scatter 20 ms
    assert dates.ratio == 1.0 and not dates.exceeds
    assert "within the scatter 20.0 ms): claim nothing" in checkout_ab.verdict(total, 3)


def test_a_difference_beyond_the_scatter_is_said_and_one_pair_claims_nothing() -> None:
    runs = {"base": [{"total": 100.0}, {"total": 102.0}], "new": [{"total": 80.0}, {"total": 81.0}]}
    (total,) = checkout_ab.summarise(runs)
    assert total.exceeds
    assert "a difference the runs resolve" in checkout_ab.verdict(total, 2)
    text = checkout_ab.report([total], 2)
    assert "total" in text.splitlines()[1] and text.splitlines()[1].endswith("exceeds")
    (single,) = checkout_ab.summarise({"base": [{"total": 100.0}], "new": [{"total": 80.0}]})
    assert "claim nothing" in checkout_ab.verdict(single, 1)


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
