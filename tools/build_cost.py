"""Cost the compiled build by phase: mypyc's step, every C compile and every link, with their CPU.

Development only (never imported by the package). Runs ``tools/build_compiled.py``'s build in this
checkout with two spies: ``mypycify`` (mypyc's type check, IR and C generation, one core) is timed
whole, and every command setuptools spawns (gcc compiling an object, gcc linking an extension) runs
through ``os.wait4``, which gives that command's own CPU (gcc and the cc1/as it waits for), so the
CPU of each object is exact even while two compile side by side. ``--clean`` first removes what a
fresh clone would not have (the extensions, ``build/compiled``, mypy's cache under ``plugins/``).
The report: wall time of each phase, CPU and wall of each group library's compile, the shims'
and the links' sums, and each library's generated C and machine code (``.text``) size.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import attrs

TOOLS = Path(__file__).resolve().parent
sys.path.insert(0, str(TOOLS))

import build_compiled  # noqa: E402  (tools/: this file's folder, put on the path above)


@attrs.frozen
class Command:
    """One spawned command: its kind (``compile``/``link``), its output file, CPU and wall seconds."""

    kind: str
    output: str
    cpu: float
    wall: float


@attrs.define
class Spy:
    """What the spies record: the commands and mypyc's step (appended from the build's threads)."""

    commands: list[Command] = attrs.Factory(list)
    mypyc_seconds: float = 0.0
    lock: threading.Lock = attrs.Factory(threading.Lock)


def _output_of(cmd: list[str]) -> str:
    """The file a compiler command writes (the argument after ``-o``)."""
    return cmd[cmd.index("-o") + 1] if "-o" in cmd else "?"


def _spawn(spy: Spy) -> Any:
    """A ``CCompiler.spawn`` that runs the command and records its own CPU by ``os.wait4``."""

    def spawn(self: Any, cmd: list[str], **_: Any) -> None:
        started = time.monotonic()
        process = subprocess.Popen(cmd)
        status, usage = os.wait4(process.pid, 0)[1:]
        process.returncode = os.waitstatus_to_exitcode(status)
        wall = time.monotonic() - started
        kind = "compile" if "-c" in cmd else "link"
        with spy.lock:
            spy.commands.append(Command(kind, _output_of(cmd), usage.ru_utime + usage.ru_stime, wall))
        if process.returncode != 0:
            raise RuntimeError(f"command failed ({process.returncode}): {' '.join(cmd[:3])} ...")

    return spawn


def _timed_mypycify(spy: Spy, original: Any) -> Any:
    """``mypycify`` timed whole (mypyc's one-core step: type check, IR, C written to disk)."""

    def mypycify(*args: Any, **kwargs: Any) -> Any:
        started = time.monotonic()
        try:
            return original(*args, **kwargs)
        finally:
            spy.mypyc_seconds = time.monotonic() - started

    return mypycify


def fresh() -> None:
    """Remove what a fresh clone would not have: extensions, build/compiled, plugins' caches."""
    build_compiled.clean()
    for leftover in (build_compiled.PLUGINS / ".mypy_cache", build_compiled.PLUGINS / "build"):
        shutil.rmtree(leftover, ignore_errors=True)


def _text_size(path: Path) -> int:
    """The ``.text`` section's size of an object or library (``size -A``), 0 if unreadable."""
    done = subprocess.run(["size", "-A", str(path)], capture_output=True, text=True)
    for line in done.stdout.splitlines():
        parts = line.split()
        if parts[:1] == [".text"]:
            return int(parts[1])
    return 0


def report(spy: Spy, total: float) -> str:
    """The phases and each group library's compile, as lines of text."""
    lines = [f"whole build: {total:.1f} s wall; mypyc step: {spy.mypyc_seconds:.1f} s wall (one core)"]
    groups = [c for c in spy.commands if c.kind == "compile" and "__native" in c.output]
    rest = [c for c in spy.commands if c.kind == "compile" and "__native" not in c.output]
    links = [c for c in spy.commands if c.kind == "link"]
    cpu = sum(c.cpu for c in spy.commands)
    lines.append(f"gcc: {cpu:.1f} s CPU in {len(spy.commands)} commands")
    lines.append(f"{'object':58} {'C MB':>6} {'CPU s':>7} {'wall s':>7} {'.text KB':>9}")
    for command in sorted(groups, key=lambda c: -c.cpu):
        source = Path(command.output).relative_to(build_compiled.BUILD_DIR / "temp")
        c_file = Path("/") / source.with_suffix(".c")
        size = c_file.stat().st_size / 1e6 if c_file.exists() else 0.0
        text = _text_size(Path(command.output)) / 1e3
        name = str(c_file.relative_to(build_compiled.BUILD_DIR / "c")) if c_file.exists() else str(source)
        lines.append(f"{name:58} {size:6.2f} {command.cpu:7.1f} {command.wall:7.1f} {text:9.0f}")
    for label, group in (("other objects (shims, runtime)", rest), ("links", links)):
        lines.append(
            f"{label:58} {'':6} {sum(c.cpu for c in group):7.1f} {sum(c.wall for c in group):7.1f}"
            f"  ({len(group)} commands)"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Command line: ``[--clean]``; builds this checkout and prints the report."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clean", action="store_true", help="build from scratch, as a fresh clone")
    args = parser.parse_args(argv)
    if args.clean:
        fresh()
    import mypyc.build
    from setuptools._distutils import ccompiler

    spy = Spy()
    mypyc.build.mypycify = _timed_mypycify(spy, mypyc.build.mypycify)
    ccompiler.CCompiler.spawn = _spawn(spy)
    build_compiled._remove_unlisted()
    started, started_at = time.monotonic(), time.time()
    previous = Path.cwd()
    try:
        os.chdir(build_compiled.PLUGINS)
        build_compiled._build()
    finally:
        os.chdir(previous)
    build_compiled._mark_built(started_at)
    print(report(spy, time.monotonic() - started))
    return 0


if __name__ == "__main__":
    sys.exit(main())
