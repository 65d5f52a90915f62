"""Optionally compile the hottest pure-Python modules with mypyc, in place beside their sources.

`make install` and `make run` call this after the pip install. It is optional and automatic: on any
failure (no C compiler, no mypyc, a mypyc error) it says why, removes what it built and leaves the
pure-Python modules in use. ``NEWSPARSE_PURE=1`` skips it; ``--clean`` removes the built modules.
The package behaves the same either way (docs/design.md, "Session 20: an optional compiled build").
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import importlib.util
import io
import os
import shlex
import shutil
import subprocess
import sys
import sysconfig
import threading
import time
from collections import Counter
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import Any, Final

sys.path.insert(0, str(Path(__file__).resolve().parent))
import pgo_profile

ROOT = Path(__file__).resolve().parent.parent
PLUGINS = ROOT / "plugins"
SRC = ROOT / "src"
CORE = "newsparse"  # the core package: its modules are listed as "newsparse/<module>.py", under src/
BUILD_DIR = ROOT / "build" / "compiled"
SETUPTOOLS_BUILD = PLUGINS / "build"  # setuptools' build_lib (from plugins/): its extension copies

# Each group becomes one shared library inside its package (``<group>__mypyc``) with one small
# extension per module; the paths are relative to plugins/ (the core's, "newsparse/...", to src/).
# Chosen by profile, kept only if they pay.
GROUPS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "newsparse.core",
        (
            "newsparse/text.py",
            "newsparse/validation.py",
        ),
    ),
    (
        "newsparse_entities.compiled",
        (
            "newsparse_entities/acronyms.py",
            "newsparse_entities/adherents.py",
            "newsparse_entities/brands.py",
            "newsparse_entities/camel_case.py",
            "newsparse_entities/canonical.py",
            "newsparse_entities/chambers.py",
            "newsparse_entities/chunk_build.py",
            "newsparse_entities/chunk_context.py",
            "newsparse_entities/chunk_segments.py",
            "newsparse_entities/chunk_singles.py",
            "newsparse_entities/chunk_titles.py",
            "newsparse_entities/chunks.py",
            "newsparse_entities/company_forms.py",
            "newsparse_entities/company_votes.py",
            "newsparse_entities/connectors.py",
            "newsparse_entities/context.py",
            "newsparse_entities/cues.py",
            "newsparse_entities/digest_heads.py",
            "newsparse_entities/doc_evidence.py",
            "newsparse_entities/event_of_names.py",
            "newsparse_entities/extract.py",
            "newsparse_entities/fast_values.py",
            "newsparse_entities/gazetteer.py",
            "newsparse_entities/head_aliases.py",
            "newsparse_entities/headline_events.py",
            "newsparse_entities/initials.py",
            "newsparse_entities/languages.py",
            "newsparse_entities/layout_names.py",
            "newsparse_entities/links.py",
            "newsparse_entities/long_names.py",
            "newsparse_entities/metonyms.py",
            "newsparse_entities/name_openers.py",
            "newsparse_entities/opening_adverbs.py",
            "newsparse_entities/org_descriptions.py",
            "newsparse_entities/particles.py",
            "newsparse_entities/place_demonyms.py",
            "newsparse_entities/present.py",
            "newsparse_entities/recognise.py",
            "newsparse_entities/resolve.py",
            "newsparse_entities/result_rows.py",
            "newsparse_entities/roles.py",
            "newsparse_entities/rules.py",
            "newsparse_entities/sides.py",
            "newsparse_entities/span_index.py",
            "newsparse_entities/team_columns.py",
            "newsparse_entities/team_rows.py",
            "newsparse_entities/teams.py",
            "newsparse_entities/title_surnames.py",
            "newsparse_entities/titles.py",
            "newsparse_entities/venues.py",
            "newsparse_entities/words.py",
            "newsparse_entities/works.py",
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
            "newsparse_quantities/rate_units.py",
            "newsparse_quantities/reader.py",
            "newsparse_quantities/reader_tables.py",
            "newsparse_quantities/recognise.py",
            "newsparse_quantities/scan_starts.py",
            "newsparse_quantities/scanner.py",
            "newsparse_quantities/structure.py",
            "newsparse_quantities/units.py",
            "newsparse_quantities/windows.py",
            "newsparse_quantities/word_columns.py",
        ),
    ),
    (
        "newsparse_dates.compiled",
        (
            "newsparse_dates/adjectives.py",
            "newsparse_dates/apposed.py",
            "newsparse_dates/capitals.py",
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
            "newsparse_dates/seasons.py",
            "newsparse_dates/sieve.py",
        ),
    ),
    (
        "newsparse_agreements.compiled",
        (
            "newsparse_agreements/absorbing.py",
            "newsparse_agreements/agents.py",
            "newsparse_agreements/antecedents.py",
            "newsparse_agreements/bids.py",
            "newsparse_agreements/clauses.py",
            "newsparse_agreements/coalesce.py",
            "newsparse_agreements/context.py",
            "newsparse_agreements/cues.py",
            "newsparse_agreements/deals.py",
            "newsparse_agreements/era.py",
            "newsparse_agreements/gerunds.py",
            "newsparse_agreements/governing.py",
            "newsparse_agreements/headline.py",
            "newsparse_agreements/identity.py",
            "newsparse_agreements/in_a_deal.py",
            "newsparse_agreements/later.py",
            "newsparse_agreements/lexicon.py",
            "newsparse_agreements/possessor.py",
            "newsparse_agreements/prefilter.py",
            "newsparse_agreements/present.py",
            "newsparse_agreements/presumed.py",
            "newsparse_agreements/purchase.py",
            "newsparse_agreements/purpose.py",
            "newsparse_agreements/recognise.py",
            "newsparse_agreements/referents.py",
            "newsparse_agreements/relatives.py",
            "newsparse_agreements/representatives.py",
            "newsparse_agreements/roles.py",
            "newsparse_agreements/several.py",
            "newsparse_agreements/stemscan.py",
            "newsparse_agreements/structure.py",
            "newsparse_agreements/subject_state.py",
            "newsparse_agreements/surroundings.py",
            "newsparse_agreements/triggers.py",
            "newsparse_agreements/years.py",
        ),
    ),
    (
        "newsparse_events.compiled",
        (
            "newsparse_events/actorless.py",
            "newsparse_events/actors.py",
            "newsparse_events/agents.py",
            "newsparse_events/anchors.py",
            "newsparse_events/sayings.py",
            "newsparse_events/areas.py",
            "newsparse_events/aside_source.py",
            "newsparse_events/asides.py",
            "newsparse_events/background.py",
            "newsparse_events/chain.py",
            "newsparse_events/claimants.py",
            "newsparse_events/clauses.py",
            "newsparse_events/contest.py",
            "newsparse_events/disowned.py",
            "newsparse_events/earlier.py",
            "newsparse_events/incidents.py",
            "newsparse_events/inner.py",
            "newsparse_events/irrealis.py",
            "newsparse_events/joined.py",
            "newsparse_events/inquiry.py",
            "newsparse_events/journeys.py",
            "newsparse_events/lexicon.py",
            "newsparse_events/manner.py",
            "newsparse_events/model.py",
            "newsparse_events/natural.py",
            "newsparse_events/objects.py",
            "newsparse_events/places.py",
            "newsparse_events/present.py",
            "newsparse_events/pronouns.py",
            "newsparse_events/recognise.py",
            "newsparse_events/refine.py",
            "newsparse_events/reports.py",
            "newsparse_events/roles.py",
            "newsparse_events/singles.py",
            "newsparse_events/subjects.py",
            "newsparse_events/summary.py",
            "newsparse_events/tolls.py",
            "newsparse_events/triggers.py",
            "newsparse_events/users.py",
            "newsparse_events/victims.py",
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
            "newsparse_claims/resumptions.py",
            "newsparse_claims/open_quotations.py",
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
            "newsparse_claims/antecedents.py",
            "newsparse_claims/titles.py",
            "newsparse_claims/report_authors.py",
            "newsparse_claims/states.py",
            "newsparse_claims/heads.py",
            "newsparse_claims/conjoined.py",
            "newsparse_claims/fronted.py",
            "newsparse_claims/plain_objects.py",
            "newsparse_claims/object_contents.py",
            "newsparse_claims/statements.py",
            "newsparse_claims/lexicon.py",
            "newsparse_claims/found.py",
            "newsparse_claims/builders.py",
        ),
    ),
    (
        "newsparse_syntax.compiled",
        (
            "newsparse_syntax/amount_repairs.py",
            "newsparse_syntax/clauses.py",
            "newsparse_syntax/complement_repairs.py",
            "newsparse_syntax/conjunct_repairs.py",
            "newsparse_syntax/copulas.py",
            "newsparse_syntax/degree_repairs.py",
            "newsparse_syntax/features.py",
            "newsparse_syntax/function_repairs.py",
            "newsparse_syntax/groups.py",
            "newsparse_syntax/layer.py",
            "newsparse_syntax/lexicon.py",
            "newsparse_syntax/news_repairs.py",
            "newsparse_syntax/noun_verb_repairs.py",
            "newsparse_syntax/objects.py",
            "newsparse_syntax/parentheticals.py",
            "newsparse_syntax/parser.py",
            "newsparse_syntax/participle_repairs.py",
            "newsparse_syntax/participles.py",
            "newsparse_syntax/phrases.py",
            "newsparse_syntax/relative_repairs.py",
            "newsparse_syntax/repairs.py",
            "newsparse_syntax/reported.py",
            "newsparse_syntax/sentence_state.py",
            "newsparse_syntax/series_repairs.py",
            "newsparse_syntax/tagger.py",
            "newsparse_syntax/word_columns.py",
            "newsparse_syntax/word_repairs.py",
            "newsparse_syntax/words.py",
        ),
    ),
)


# mypyc's C depends on Python's string hashing (the order of a union's type checks in a quantities
# function), so the build runs under this fixed ``PYTHONHASHSEED``: two builds of one source write the
# same C and the committed profile matches every object (docs/design.md, "Session 40: speed").
BUILD_HASH_SEED: Final = "0"


# The C optimisation level of each group's library (gcc's ``-O``; mypyc's default is 3). Chosen by
# session 38's costing (docs/design.md, "Session 38: cbuild"): a level below 3 compiles in less time;
# kept only where the pipeline's instructions and cache misses are no worse. A group not listed and
# every one-module shim keep mypyc's level. ``$NEWSPARSE_BUILD_OPT`` (0-3 or s) sets every group's.
LEVELS: tuple[tuple[str, str], ...] = ()


def compiled_sources() -> list[str]:
    """Every module path (relative to plugins/) the build compiles, in group order."""
    return [path for _, paths in GROUPS for path in paths]


def source_root(path: str) -> Path:
    """The folder a listed module path is relative to: src/ for the core's, plugins/ for a plugin's."""
    return SRC if path.split("/")[0] == CORE else PLUGINS


def built_files() -> list[Path]:
    """The extension files a build leaves beside the sources (none after a pure install)."""
    suffix = sysconfig.get_config_var("EXT_SUFFIX") or ".so"
    found: list[Path] = []
    for package in sorted({path.split("/")[0] for path in compiled_sources()}):
        found.extend(sorted((source_root(package) / package).glob("*" + suffix)))
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


def _jobs() -> int:
    """How many C compilers run at once: ``$NEWSPARSE_BUILD_JOBS``, else every core."""
    raw = os.environ.get("NEWSPARSE_BUILD_JOBS", "").strip()
    return max(1, int(raw)) if raw.isdigit() else max(1, os.cpu_count() or 1)


def _multi_file() -> bool:
    """Whether mypyc writes one C file per module (``$NEWSPARSE_BUILD_MULTI_FILE=1``) or per group."""
    return os.environ.get("NEWSPARSE_BUILD_MULTI_FILE") == "1"


def _levels() -> dict[str, str]:
    """Each group's ``-O`` level: ``$NEWSPARSE_BUILD_OPT`` for every group when set, else :data:`LEVELS`."""
    raw = os.environ.get("NEWSPARSE_BUILD_OPT", "").strip()
    if raw in ("0", "1", "2", "3", "s"):
        return {name: raw for name, _ in GROUPS}
    return dict(LEVELS)


def _set_levels(extensions: list[Any], levels: dict[str, str]) -> None:
    """Give each group library its level (a new flag list: mypyc shares one among every extension)."""
    for extension in extensions:
        level = levels.get(extension.name.removesuffix("__mypyc"))
        if extension.name.endswith("__mypyc") and level is not None:
            flags = [flag for flag in extension.extra_compile_args if not flag.startswith("-O")]
            extension.extra_compile_args = [f"-O{level}", *flags]


def _extra_flags() -> list[str]:
    """``$NEWSPARSE_BUILD_CFLAGS`` split as a shell would: flags added to every extension's compile
    and link (a profile-guided build's ``-fprofile-generate=DIR``, ``-fprofile-use=DIR``); none by default."""
    return shlex.split(os.environ.get("NEWSPARSE_BUILD_CFLAGS", ""))


def _add_flags(extensions: list[Any], flags: list[str]) -> None:
    """Append ``flags`` to every extension's compile and link flags (new lists: mypyc shares one)."""
    for extension in extensions:
        extension.extra_compile_args = [*extension.extra_compile_args, *flags]
        extension.extra_link_args = [*extension.extra_link_args, *flags]


def _relative(path: str) -> str:
    """A path inside the checkout as relative to plugins/ (the build's folder); any other as it is."""
    full = os.path.abspath(os.path.join(PLUGINS, path))
    return os.path.relpath(full, PLUGINS) if full.startswith(str(ROOT) + os.sep) else path


def _object_names(sources: list[str], output_dir: str, suffix: str) -> list[str]:
    """Each source's object: its path from the checkout's root below ``output_dir`` (relative, as the
    sources are), so gcc names the object's profile alike in any checkout; a source outside the checkout
    as setuptools places it."""
    names = []
    for source in sources:
        base = os.path.splitext(os.path.abspath(os.path.join(PLUGINS, source)))[0]
        inside = os.path.relpath(base, ROOT) if base.startswith(str(ROOT) + os.sep) else base.lstrip(os.sep)
        names.append(os.path.join(output_dir, inside + suffix))
    return names


def _forget_other_flags(flags: list[str]) -> None:
    """Remove the objects and extensions built with other extra flags than ``flags``, so none is kept.

    A build with extra flags records them in ``build/compiled/flags``; the default build writes no such
    file and, when none is there, keeps what it finds, exactly as before the flags existed. setuptools'
    own copies (``plugins/build/lib.*``) go too: newer than the C files, they would be copied back."""
    record = BUILD_DIR / "flags"
    before = record.read_text(encoding="utf-8").split("\n") if record.is_file() else []
    if [flag for flag in before if flag] != flags:
        for path in built_files():
            path.unlink()
        shutil.rmtree(BUILD_DIR / "temp", ignore_errors=True)
        for copies in SETUPTOOLS_BUILD.glob("lib.*"):
            shutil.rmtree(copies, ignore_errors=True)
        record.unlink(missing_ok=True)
    if flags:
        BUILD_DIR.mkdir(parents=True, exist_ok=True)
        record.write_text("\n".join(flags), encoding="utf-8")


def _newest(paths: list[str]) -> float:
    """The latest modification time of ``paths`` (0 when none exists)."""
    return max((os.stat(path).st_mtime for path in paths if os.path.exists(path)), default=0.0)


class _SharedCompiles:
    """Every object file of every extension compiled on one pool of ``jobs`` threads, each file once.

    The large group files start first (libraries before the one-module shims). In multi-file mode
    every group also lists mypyc's runtime library: compiled per extension, the same object would be
    built seven times (and written by two threads at once). An object newer than its C file and the
    headers is kept.
    """

    def __init__(self, jobs: int, headers: list[str]) -> None:
        self.pool = ThreadPoolExecutor(max_workers=jobs, thread_name_prefix="newsparse-cc")
        self.lock = threading.Lock()
        self.started: dict[str, Future[None]] = {}
        self.headers = _newest(headers)

    def compile(
        self,
        compiler: Any,
        sources: list[str],
        output_dir: str | None = None,
        macros: Any = None,
        include_dirs: Any = None,
        debug: bool = False,
        extra_preargs: Any = None,
        extra_postargs: Any = None,
        depends: list[str] | None = None,
    ) -> list[str]:
        """``CCompiler.compile`` with the objects spread over the pool (same arguments, same result)."""
        macros, objects, extra, pp_opts, build = compiler._setup_compile(
            output_dir, macros, include_dirs, sources, depends, extra_postargs
        )
        cc_args = compiler._get_cc_args(pp_opts, debug, extra_preargs)
        newest = max(self.headers, _newest(list(depends or [])))
        waits: list[Future[None]] = []
        with self.lock:
            for obj in objects:
                if obj not in self.started:
                    src, ext = build[obj]
                    if os.path.exists(obj) and os.stat(obj).st_mtime >= max(newest, _newest([src])):
                        continue  # built from this C file and these headers already
                    self.started[obj] = self.pool.submit(
                        compiler._compile, obj, src, ext, cc_args, extra, pp_opts
                    )
                waits.append(self.started[obj])
        for future in waits:
            future.result()
        return objects


def _build_ext_class(jobs: int) -> type:
    """setuptools' ``build_ext`` with every extension's objects compiled on one shared pool."""
    from setuptools.command.build_ext import build_ext

    class ParallelBuildExt(build_ext):
        def build_extensions(self) -> None:
            """Build every extension on its own thread (libraries first); compile on the pool."""
            self.check_extensions_list(self.extensions)
            from mypyc.build import include_dir

            headers = [str(path) for path in Path(include_dir()).glob("*.h")]
            shared = _SharedCompiles(jobs, headers)
            compiler = self.compiler
            compiler.compile = functools.partial(shared.compile, compiler)
            compiler.object_filenames = lambda sources, strip_dir=0, output_dir="": _object_names(
                sources, output_dir or "", compiler.obj_extension
            )
            ordered = sorted(self.extensions, key=lambda ext: not ext.name.endswith("__mypyc"))
            try:
                with ThreadPoolExecutor(max_workers=min(64, len(ordered) or 1)) as threads:
                    for future in [threads.submit(self.build_extension, ext) for ext in ordered]:
                        future.result()
            finally:
                shared.pool.shutdown(wait=True, cancel_futures=True)

    return ParallelBuildExt


def _build(flags: list[str]) -> None:
    """Run mypyc and setuptools' build_ext in place from plugins/ (raises on any failure).

    ``NEWSPARSE_BUILD_MULTI_FILE=1`` has mypyc write one C file per module, so an edit recompiles
    that module's file, not its group's (for development; the speed of its code is not yet measured
    against the default's one file per group)."""
    from mypyc.build import mypycify
    from setuptools import setup

    os.environ["MYPYPATH"] = os.pathsep.join([str(SRC), str(PLUGINS)])
    separate: list[tuple[list[str], str | None]] = [
        ([_from_plugins(path) for path in paths], name) for name, paths in GROUPS
    ]
    extensions = mypycify(
        ["--explicit-package-bases", "--ignore-missing-imports", *map(_from_plugins, compiled_sources())],
        separate=separate,
        target_dir=_relative(str(BUILD_DIR / "c")),  # relative paths: the profile's names (pgo_profile)
        debug_level="0",  # no -g: about 15% less build time for 199 modules, the same machine code
        multi_file=_multi_file(),
    )
    for extension in extensions:  # a group's module C files include its headers from its folder
        if extension.name.endswith("__mypyc"):
            extension.include_dirs.append(str(BUILD_DIR / "c" / extension.name.split(".")[0]))
        extension.sources = [_relative(path) for path in extension.sources]
        extension.include_dirs = [_relative(path) for path in extension.include_dirs]
    _set_levels(extensions, _levels())
    _forget_other_flags(flags)
    where = pgo_profile.profile_folder(flags)
    if where is not None:
        pgo_profile.unpack_profile(where)
    if flags:
        _add_flags(extensions, flags)
    setup(
        name="newsparse-compiled",
        ext_modules=extensions,
        package_dir={CORE: os.path.relpath(SRC / CORE, PLUGINS)},  # the core's extensions go to src/
        cmdclass={"build_ext": _build_ext_class(_jobs())},
        script_args=["build_ext", "--inplace", "--build-temp", _relative(str(BUILD_DIR / "temp"))],
    )


def _from_plugins(path: str) -> str:
    """A listed module path as the build (run from plugins/) names it: the core's as ../src/..."""
    return os.path.relpath(source_root(path) / path, PLUGINS)


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


def _expected_stems() -> set[str]:
    """The file stems a build leaves: each compiled module's and each group's shared library."""
    stems = {path.removesuffix(".py").split("/")[-1] for path in compiled_sources()}
    return stems | {name.split(".")[-1] + "__mypyc" for name, _ in GROUPS}


def _remove_unlisted() -> None:
    """Remove the extensions of modules no longer listed in GROUPS (an earlier build's), so none runs."""
    suffix = sysconfig.get_config_var("EXT_SUFFIX") or ".so"
    expected = _expected_stems()
    for path in built_files():
        if path.name.removesuffix(suffix) not in expected:
            path.unlink()


def _mark_built(started_at: float) -> None:
    """Give every extension the time this build started: an unchanged one the build kept is as new as
    its source, and a source edited while the build ran (compiled, maybe, in its old form) stays newer,
    so the staleness check (``newsparse.compiled.stale_extensions``) still names it."""
    for path in built_files():
        os.utime(path, (started_at, started_at))


def summary() -> str:
    """The compiled modules counted per plugin, for the build's one line."""
    counts = Counter(
        "core" if path.split("/")[0] == CORE else path.split("/")[0].removeprefix("newsparse_")
        for path in compiled_sources()
    )
    per_plugin = ", ".join(f"{plugin} {count}" for plugin, count in counts.items())
    total = len(compiled_sources())
    return f"{total} module{'s' if total != 1 else ''} ({per_plugin})"


def _forget_made_folders() -> None:
    """Empty distutils' memory of the folders it made: the failed build's clean-up removed them, and a
    second build in this process would otherwise not make them again ("can't create ... .o")."""
    for name in ("setuptools._distutils.dir_util", "distutils.dir_util"):
        made = getattr(sys.modules.get(name), "_path_created", None)
        if made is not None and hasattr(made, "clear"):
            made.clear()


def _attempt(flags: list[str]) -> str | None:
    """One build with these extra flags, its output kept in a log; None, or why it failed (the pure
    modules then in use and the log in build/compiled.log)."""
    log = io.StringIO()
    previous, pwd = Path.cwd(), os.environ.get("PWD")
    try:
        os.chdir(PLUGINS)
        os.environ["PWD"] = str(PLUGINS)  # gcc's folder (getpwd), which -fprofile-prefix-path removes
        with contextlib.redirect_stdout(log), contextlib.redirect_stderr(log):
            _build(flags)
    except (Exception, SystemExit) as error:  # any failure leaves the pure modules in use
        clean()
        (ROOT / "build").mkdir(exist_ok=True)
        (ROOT / "build" / "compiled.log").write_text(log.getvalue(), encoding="utf-8")
        last = str(error).strip().splitlines()[-1:] or [""]
        return f"{type(error).__name__}: {last[0]}; log in build/compiled.log"
    finally:
        os.chdir(previous)
        if pwd is None:
            os.environ.pop("PWD", None)
        else:
            os.environ["PWD"] = pwd
    return None


def build() -> int:
    """Build the compiled modules or leave the pure ones in use; print one line either way.

    A rebuild is incremental: mypyc rewrites only the C files that change and setuptools compiles
    only the groups whose C changed (``--clean`` first for a build from scratch). With the committed
    profile (tools/pgo_profile.py) a build that fails is run again without it, so it is never worse.
    """
    reason = _skip_reason()
    if reason is not None:
        clean()
        print(f"newsparse compiled build: skipped ({reason}); pure-Python modules in use")
        return 0
    _remove_unlisted()
    started, started_at = time.monotonic(), time.time()
    mode = os.environ.get("NEWSPARSE_BUILD_PGO", "").strip()
    profile, note = pgo_profile.profile_flags(
        mode, pgo_profile.PROFILE, pgo_profile.recorded_gcc(), pgo_profile.gcc_version()
    )
    failed = _attempt([*profile, *_extra_flags()])
    where = pgo_profile.profile_folder(profile)
    if failed is not None and where is not None:
        note = f"profile not used: the build with it failed ({failed}), built again without it"
        _forget_made_folders()
        where, failed = None, _attempt(_extra_flags())
    if failed is not None:
        print(f"newsparse compiled build: failed ({failed}); pure-Python modules in use")
        return 0
    if where is not None:
        matched, files = pgo_profile.profiles_matched(where)
        note += f", {matched} of its {files} files matching this build's objects"
    _mark_built(started_at)
    print(f"newsparse compiled build: {summary()} ({time.monotonic() - started:.0f} s); {note}")
    return 0


def seeded_environment(environ: dict[str, str]) -> dict[str, str] | None:
    """The environment to run the build again in when its hash seed is not :data:`BUILD_HASH_SEED`
    (a process's seed is fixed when it starts), or None when it is already the build's."""
    if environ.get("PYTHONHASHSEED") == BUILD_HASH_SEED:
        return None
    return {**environ, "PYTHONHASHSEED": BUILD_HASH_SEED}


def main(argv: list[str] | None = None) -> int:
    """Command line: build (the default) or ``--clean``; a build under another hash seed than the
    build's runs again in a child process with it, however it was launched."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clean", action="store_true", help="remove the compiled modules")
    args = parser.parse_args(argv)
    if args.clean:
        clean()
        print("newsparse compiled build: removed; pure-Python modules in use")
        return 0
    again = seeded_environment(dict(os.environ))
    if again is not None:
        sys.stdout.flush()
        return subprocess.call([sys.executable, str(Path(__file__).resolve())], env=again)
    return build()


if __name__ == "__main__":
    sys.exit(main())
