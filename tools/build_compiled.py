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
        "newsparse_claims.compiled",
        (
            "newsparse_claims/recognise.py",
            "newsparse_claims/phrases.py",
            "newsparse_claims/subjects.py",
            "newsparse_claims/sentence_ranges.py",
            "newsparse_claims/shapes.py",
            "newsparse_claims/openings.py",
            "newsparse_claims/content_cuts.py",
            "newsparse_claims/stances.py",
            "newsparse_claims/quoting.py",
            "newsparse_claims/continuation.py",
            "newsparse_claims/resolve.py",
            "newsparse_claims/parts.py",
            "newsparse_claims/time_sources.py",
            "newsparse_claims/time_openers.py",
            "newsparse_claims/intents.py",
            "newsparse_claims/tails.py",
            "newsparse_claims/senses.py",
            "newsparse_claims/governed.py",
            "newsparse_claims/passives.py",
            "newsparse_claims/absolutes.py",
            "newsparse_claims/agents.py",
            "newsparse_claims/noun_cues.py",
            "newsparse_claims/that_cues.py",
            "newsparse_claims/colons.py",
            "newsparse_claims/polls.py",
            "newsparse_claims/quoted_as.py",
            "newsparse_claims/long_subjects.py",
            "newsparse_claims/nesting.py",
            "newsparse_claims/structure.py",
            "newsparse_claims/bylines.py",
            "newsparse_claims/descriptions.py",
            "newsparse_claims/firms.py",
            "newsparse_claims/relatives.py",
            "newsparse_claims/place_modifiers.py",
            "newsparse_claims/pronoun_fit.py",
            "newsparse_claims/titles.py",
            "newsparse_claims/states.py",
            "newsparse_claims/heads.py",
            "newsparse_claims/lexicon.py",
        ),
    ),
    (
        "newsparse_syntax.compiled",
        (
            "newsparse_syntax/amount_repairs.py",
            "newsparse_syntax/clauses.py",
            "newsparse_syntax/copulas.py",
            "newsparse_syntax/features.py",
            "newsparse_syntax/function_repairs.py",
            "newsparse_syntax/groups.py",
            "newsparse_syntax/layer.py",
            "newsparse_syntax/news_repairs.py",
            "newsparse_syntax/objects.py",
            "newsparse_syntax/parentheticals.py",
            "newsparse_syntax/parser.py",
            "newsparse_syntax/participles.py",
            "newsparse_syntax/phrases.py",
            "newsparse_syntax/repairs.py",
            "newsparse_syntax/reported.py",
            "newsparse_syntax/sentence_state.py",
            "newsparse_syntax/word_columns.py",
            "newsparse_syntax/word_repairs.py",
            "newsparse_syntax/words.py",
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
        script_args=["build_ext", "--inplace", "--build-temp", str(BUILD_DIR / "temp")],
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
