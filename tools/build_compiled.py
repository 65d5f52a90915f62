"""Optionally compile the hottest pure-Python modules with mypyc, in place beside their sources.

`make install` and `make run` call this after the pip install. It is optional and automatic: on any
failure (no C compiler, no mypyc, a mypyc error) it says why, removes what it built and leaves the
pure-Python modules in use. ``NEWSPARSE_PURE=1`` skips it; ``--clean`` removes the built modules.
The package behaves the same either way (docs/design.md, "Session 20: an optional compiled build").
"""

from __future__ import annotations

import argparse
import contextlib
import importlib.util
import io
import os
import shutil
import sys
import sysconfig
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PLUGINS = ROOT / "plugins"
BUILD_DIR = ROOT / "build" / "compiled"

# Each group becomes one shared library inside its package (``<group>__mypyc``) with one small
# extension per module; the paths are relative to plugins/. Chosen by profile, kept only if they pay.
GROUPS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "newsparse_entities.compiled",
        (
            "newsparse_entities/chunks.py",
            "newsparse_entities/chunk_build.py",
            "newsparse_entities/words.py",
            "newsparse_entities/resolve.py",
        ),
    ),
    (
        "newsparse_quantities.compiled",
        (
            "newsparse_quantities/context.py",
            "newsparse_quantities/conventions.py",
            "newsparse_quantities/conversions.py",
            "newsparse_quantities/counted_words.py",
            "newsparse_quantities/countries.py",
            "newsparse_quantities/days.py",
            "newsparse_quantities/designations.py",
            "newsparse_quantities/elision.py",
            "newsparse_quantities/found.py",
            "newsparse_quantities/growth.py",
            "newsparse_quantities/lexicon.py",
            "newsparse_quantities/numbers.py",
            "newsparse_quantities/odds.py",
            "newsparse_quantities/pence.py",
            "newsparse_quantities/phones.py",
            "newsparse_quantities/present.py",
            "newsparse_quantities/reader.py",
            "newsparse_quantities/recognise.py",
            "newsparse_quantities/scanner.py",
            "newsparse_quantities/structure.py",
            "newsparse_quantities/units.py",
            "newsparse_quantities/windows.py",
        ),
    ),
    (
        "newsparse_dates.compiled",
        (
            "newsparse_dates/adjectives.py",
            "newsparse_dates/apposed.py",
            "newsparse_dates/dateline.py",
            "newsparse_dates/earlier.py",
            "newsparse_dates/fiscal.py",
            "newsparse_dates/handlers_calendar.py",
            "newsparse_dates/handlers_clock.py",
            "newsparse_dates/handlers_relative.py",
            "newsparse_dates/lexicon.py",
            "newsparse_dates/narrative.py",
            "newsparse_dates/parts.py",
            "newsparse_dates/patterns.py",
            "newsparse_dates/pieces.py",
            "newsparse_dates/present.py",
            "newsparse_dates/ranges.py",
            "newsparse_dates/rates.py",
            "newsparse_dates/recognise.py",
            "newsparse_dates/resolve.py",
            "newsparse_dates/samemonth.py",
            "newsparse_dates/scan.py",
        ),
    ),
    (
        "newsparse_syntax.compiled",
        (
            "newsparse_syntax/parser.py",
        ),
    ),
)


def compiled_sources() -> list[str]:
    """Every module path (relative to plugins/) the build compiles, in group order."""
    return [path for _, paths in GROUPS for path in paths]


def built_files() -> list[Path]:
    """The extension files a build leaves beside the sources (none after a pure install)."""
    suffix = sysconfig.get_config_var("EXT_SUFFIX") or ".so"
    found: list[Path] = []
    for package in sorted({path.split("/")[0] for path in compiled_sources()}):
        found.extend(sorted((PLUGINS / package).glob("*" + suffix)))
    return found


def clean() -> int:
    """Remove the built extensions and the build directory, so the pure modules are used."""
    for path in built_files():
        path.unlink()
    shutil.rmtree(BUILD_DIR, ignore_errors=True)
    return len(built_files())


def _compiler_missing() -> str | None:
    """Say why no C compiler can be used, or None when one is found."""
    command = (os.environ.get("CC") or sysconfig.get_config_var("CC") or "cc").split()
    if not command or shutil.which(command[0]) is None:
        return "no C compiler (" + (command[0] if command else "CC is empty") + ")"
    if not Path(sysconfig.get_paths()["include"], "Python.h").is_file():
        return "no Python headers (Python.h)"
    return None


def _build() -> None:
    """Run mypyc and setuptools' build_ext in place from plugins/ (raises on any failure)."""
    from mypyc.build import mypycify
    from setuptools import setup

    os.environ["MYPYPATH"] = os.pathsep.join([str(ROOT / "src"), str(PLUGINS)])
    separate: list[tuple[list[str], str | None]] = [(list(paths), name) for name, paths in GROUPS]
    extensions = mypycify(
        ["--explicit-package-bases", "--ignore-missing-imports", *compiled_sources()],
        separate=separate,
        target_dir=str(BUILD_DIR / "c"),
    )
    setup(
        name="newsparse-compiled",
        ext_modules=extensions,
        script_args=["build_ext", "--inplace", "--parallel", str(os.cpu_count() or 1), "--build-temp", str(BUILD_DIR / "temp")],
    )


def _skip_reason() -> str | None:
    """Why the build is not attempted (NEWSPARSE_PURE=1, no compiler, no mypyc), or None."""
    if os.environ.get("NEWSPARSE_PURE") == "1":
        return "NEWSPARSE_PURE=1"
    missing = _compiler_missing()
    if missing is not None:
        return missing
    if importlib.util.find_spec("mypyc") is None:
        return "mypyc not installed; `make install` brings it"
    return None


def build() -> int:
    """Build the compiled modules or leave the pure ones in use; print one line either way."""
    clean()
    reason = _skip_reason()
    if reason is not None:
        print(f"newsparse compiled build: skipped ({reason}); pure-Python modules in use")
        return 0
    started = time.monotonic()
    log = io.StringIO()
    previous = Path.cwd()
    try:
        os.chdir(PLUGINS)
        with contextlib.redirect_stdout(log), contextlib.redirect_stderr(log):
            _build()
    except (Exception, SystemExit) as error:  # any failure leaves the pure modules in use
        clean()
        (ROOT / "build").mkdir(exist_ok=True)
        (ROOT / "build" / "compiled.log").write_text(log.getvalue(), encoding="utf-8")
        last = str(error).strip().splitlines()[-1:] or [""]
        print(
            f"newsparse compiled build: failed ({type(error).__name__}: {last[0]}; "
            "log in build/compiled.log); pure-Python modules in use"
        )
        return 0
    finally:
        os.chdir(previous)
    names = ", ".join(path.removesuffix(".py").replace("/", ".") for path in compiled_sources())
    print(f"newsparse compiled build: {names} ({time.monotonic() - started:.0f} s)")
    return 0


def main(argv: list[str] | None = None) -> int:
    """Command line: build (the default) or ``--clean``."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clean", action="store_true", help="remove the compiled modules")
    args = parser.parse_args(argv)
    if args.clean:
        clean()
        print("newsparse compiled build: removed; pure-Python modules in use")
        return 0
    return build()


if __name__ == "__main__":
    sys.exit(main())
