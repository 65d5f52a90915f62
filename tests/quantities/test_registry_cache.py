"""The pint registry built through pint's disk cache, without it, and past a broken cache folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsparse_quantities import units


def _kilometres(ureg: object) -> str:
    """The canonical string of square kilometres in ``ureg``."""
    return units.unit_string(ureg.parse_units("square kilometers"))  # type: ignore[attr-defined]


def test_cache_folder_setting(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("NEWSPARSE_PINT_CACHE", raising=False)
    assert units._cache_folder() is None  # opt-in: nothing is written unasked
    monkeypatch.setenv("NEWSPARSE_PINT_CACHE", "auto")
    assert units._cache_folder() == ":auto:"
    monkeypatch.setenv("NEWSPARSE_PINT_CACHE", "OFF")
    assert units._cache_folder() is None
    monkeypatch.setenv("NEWSPARSE_PINT_CACHE", str(tmp_path))
    assert units._cache_folder() == str(tmp_path)


def test_cached_registry_reads_units_as_uncached(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("NEWSPARSE_PINT_CACHE", str(tmp_path))
    first = units.registry.__wrapped__()
    assert any(tmp_path.iterdir())  # pint wrote its parsed definitions
    second = units.registry.__wrapped__()  # read back from the cache
    monkeypatch.setenv("NEWSPARSE_PINT_CACHE", "off")
    plain = units.registry.__wrapped__()
    assert _kilometres(first) == _kilometres(second) == _kilometres(plain) == "km**2"
    assert str(second.parse_units("mph")) == str(plain.parse_units("mph"))


def test_unusable_cache_folder_falls_back(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("NEWSPARSE_PINT_CACHE", str(blocker / "pint"))
    assert _kilometres(units.registry.__wrapped__()) == "km**2"

