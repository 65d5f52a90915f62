"""Entry points are found in one scan (each registered once, with its distribution); lazy imports."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from newsparse.errors import PluginError
from newsparse.plugins import make_plugin_manager, registry_from

_PLUGIN = '''
import newsparse
from newsparse import Extractor, Span


def _extract(doc):
    return [Span.of(doc.text, 0, min(3, len(doc.text)))]


@newsparse.hookimpl
def newsparse_register_extractors(register):
    register(Extractor("{name}", "{name}_layer", _extract, Span))
'''


def _install(site: Path, dist: str, version: str, entry: str, module: str, body: str) -> None:
    """A distribution ``dist`` on ``site`` whose ``newsparse`` entry point ``entry`` is ``module``."""
    info = site / f"{dist}-{version}.dist-info"
    info.mkdir()
    (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {dist}\nVersion: {version}\n", "utf-8")
    (info / "entry_points.txt").write_text(f"[newsparse]\n{entry} = {module}\n", "utf-8")
    (site / f"{module}.py").write_text(body, "utf-8")


def test_an_entry_point_is_registered_with_its_distribution(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _install(tmp_path, "np_probe_one", "3.1.4", "probeone", "np_probe_one", _PLUGIN.format(name="probeone"))
    monkeypatch.syspath_prepend(str(tmp_path))
    pm = make_plugin_manager(only="probeone", load_defaults=False)
    registry = registry_from(pm)
    assert [e.name for e in registry.extractors] == ["probeone"]
    (info,) = registry.plugins()
    assert (info.name, info.version, info.layers) == ("probeone", "3.1.4", ("probeone_layer",))


def test_a_second_distribution_with_the_same_name_is_skipped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first, second = tmp_path / "a", tmp_path / "b"
    first.mkdir()
    second.mkdir()
    _install(first, "np_probe_a", "1.0", "probetwo", "np_probe_a", _PLUGIN.format(name="probetwo"))
    _install(second, "np_probe_b", "2.0", "probetwo", "np_probe_b", "raise RuntimeError('never imported')\n")
    monkeypatch.syspath_prepend(str(second))
    monkeypatch.syspath_prepend(str(first))
    registry = registry_from(make_plugin_manager(only="probetwo", load_defaults=False))
    assert [(info.name, info.version) for info in registry.plugins()] == [("probetwo", "1.0")]


def test_a_plugin_that_fails_to_import_is_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    broken = "raise ImportError('no such thing')\n"
    _install(tmp_path, "np_probe_bad", "0.1", "probebad", "np_probe_bad", broken)
    monkeypatch.syspath_prepend(str(tmp_path))
    with pytest.raises(PluginError, match="plugin 'probebad' failed to load: ImportError: no such thing"):
        make_plugin_manager(only="probebad", load_defaults=False)


def test_a_parse_imports_no_writer_no_workers_and_no_html_page() -> None:
    """cattrs, parse_many's worker machinery and the HTML page load when first used, not to parse."""
    code = (
        "import sys, newsparse; newsparse.parse('Talks resumed on Monday.', published='2018-02-06'); "
        "lazy = ('cattrs', 'multiprocessing', 'concurrent.futures', 'newsparse.render.html_page'); "
        "print(sorted(m for m in lazy if m in sys.modules)); "
        "newsparse.parse_many; newsparse.Failure; "
        "from newsparse.jsonform import annotation_to_dict; annotation_to_dict(newsparse.Span(0, 1, 'x')); "
        "print(sorted(m for m in lazy if m in sys.modules))"
    )
    env = {**os.environ, "NEWSPARSE_LOAD_PLUGINS": ""}
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    before, after = done.stdout.splitlines()
    assert before == "[]"
    assert after == "['cattrs', 'concurrent.futures', 'multiprocessing']"


def test_lazy_attributes_are_the_batch_module_s() -> None:
    import newsparse
    from newsparse import batch

    assert newsparse.parse_many is batch.parse_many and newsparse.Failure is batch.Failure
    with pytest.raises(AttributeError, match="no attribute 'parse_manny'"):
        newsparse.parse_manny  # noqa: B018
