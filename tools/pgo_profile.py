"""The committed profile of the profile-guided compiled build (tools/pgo/): which flags a build takes.

tools/build_compiled.py asks :func:`profile_flags` and writes every object at a path relative to
plugins/, so with ``-fprofile-prefix-path`` gcc names a profile alike in any checkout (docs/design.md,
"Session 39: pgodel"). ``python tools/pgo_profile.py pack`` packs an instrumented build's trained counts
(`make profile` does the whole: build, training, pack; tools/pgo/README.md).
"""

from __future__ import annotations

import gzip
import hashlib
import io
import os
import re
import shutil
import subprocess
import sys
import sysconfig
import tarfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PLUGINS = ROOT / "plugins"
BUILD_DIR = ROOT / "build" / "compiled"
# The committed profile of the profile-guided build (tools/pgo/README.md), the gcc that wrote it, and
# where an instrumented build (``NEWSPARSE_BUILD_PGO=generate``, `make profile`) writes its counts.
PGO_DIR = ROOT / "tools" / "pgo"
PROFILE = PGO_DIR / "profile.tar.gz"
PROFILE_GCC = PGO_DIR / "gcc-version"
PROFILE_WRITTEN = ROOT / "build" / "pgo-generate"
# With a profile: code the training never ran is optimised as usual (not for size), and a missing or
# stale profile is never an error under mypyc's -Werror (a stale function loses its profile only).
# "-Wno-error" too: gcc's "Missing counts for called function" (a function edited since the profile was
# written) has no option of its own, so only this keeps it a warning (a fresh clone failed without it).
PROFILE_USE_FLAGS: tuple[str, ...] = (
    "-fprofile-partial-training",
    "-Wno-missing-profile",
    "-Wno-coverage-mismatch",
    "-Wno-error",
)


def gcc_version() -> str | None:
    """The C compiler's version when it is gcc (``gcc version X.Y.Z`` in ``cc -v``), else None."""
    command = (os.environ.get("CC") or sysconfig.get_config_var("CC") or "cc").split()
    try:
        said = subprocess.run([*command, "-v"], capture_output=True, text=True, timeout=60, check=False)
    except (OSError, subprocess.SubprocessError):
        return None
    found = re.search(r"^gcc version (\d+\.\d+\.\d+)", said.stderr, re.MULTILINE)
    return found.group(1) if found else None


def recorded_gcc() -> str | None:
    """The version of the gcc that wrote the committed profile (tools/pgo/gcc-version), or None."""
    return PROFILE_GCC.read_text(encoding="utf-8").strip() or None if PROFILE_GCC.is_file() else None


def profile_flags(
    mode: str, profile: Path, recorded: str | None, current: str | None
) -> tuple[list[str], str]:
    """A build's profile flags and the build line's words on them.

    ``mode`` is ``$NEWSPARSE_BUILD_PGO``: ``0`` no profile, ``generate`` an instrumented build, anything
    else the committed ``profile`` when it exists and the gcc that wrote it (``recorded``) is of the
    ``current`` gcc's major.minor series (gcc reads no other's). The folder the profile is unpacked to
    is named by its digest, so a new profile recompiles everything (the flags differ)."""
    prefix = f"-fprofile-prefix-path={PLUGINS}"  # the objects' paths are relative to plugins/
    if mode == "generate":
        return [f"-fprofile-generate={PROFILE_WRITTEN}", prefix], "instrumented (counts: build/pgo-generate)"
    if mode == "0":
        return [], "profile not used (NEWSPARSE_BUILD_PGO=0)"
    if not profile.is_file():
        return [], f"profile not used (no {profile.name})"
    if current is None:
        return [], "profile not used (the C compiler is not gcc)"
    if recorded is None or recorded.split(".")[:2] != current.split(".")[:2]:
        return [], f"profile not used (written by gcc {recorded or 'unknown'}, this is gcc {current})"
    where = BUILD_DIR / "profile" / hashlib.sha256(profile.read_bytes()).hexdigest()[:12]
    return [f"-fprofile-use={where}", prefix, *PROFILE_USE_FLAGS], f"profile used (written by gcc {recorded})"


def profile_folder(flags: list[str]) -> Path | None:
    """The folder a ``-fprofile-use=`` flag names, or None."""
    used = [flag.split("=", 1)[1] for flag in flags if flag.startswith("-fprofile-use=")]
    return Path(used[-1]) if used else None


def unpack_profile(where: Path) -> None:
    """Unpack the committed profile's ``.gcda`` files into ``where`` (once: the name is its digest)."""
    if where.is_dir():
        return
    part = where.with_name(where.name + ".part")
    shutil.rmtree(part, ignore_errors=True)
    part.mkdir(parents=True)
    with tarfile.open(PROFILE) as packed:
        packed.extractall(part, filter="data")
    part.rename(where)


def profiles_matched(where: Path) -> tuple[int, int]:
    """How many of the profile's files name an object this build wrote, of how many (gcc's name for an
    object's profile is its path relative to plugins/, ``/`` as ``#`` and ``..`` as ``^``)."""
    names = sorted(path.name.removesuffix(".gcda") for path in where.glob("*.gcda"))
    objects = [PLUGINS / (name.replace("#", "/").replace("^", "..") + ".o") for name in names]
    return sum(path.is_file() for path in objects), len(names)


def pack_profile() -> str:
    """Pack an instrumented build's trained counts (build/pgo-generate) into tools/pgo/profile.tar.gz (the
    same counts give the same bytes) and record the gcc that wrote them; say what was packed."""
    files = sorted(PROFILE_WRITTEN.glob("*.gcda"))
    version = gcc_version()
    if not files or version is None:
        raise SystemExit("no counts in build/pgo-generate (or no gcc): see tools/pgo/README.md")
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w", format=tarfile.PAX_FORMAT) as packed:
        for path in files:
            data = path.read_bytes()
            info = tarfile.TarInfo(path.name)
            info.size, info.mtime, info.mode = len(data), 0, 0o644
            packed.addfile(info, io.BytesIO(data))
    PGO_DIR.mkdir(parents=True, exist_ok=True)
    PROFILE.write_bytes(gzip.compress(buffer.getvalue(), mtime=0))
    PROFILE_GCC.write_text(version + "\n", encoding="utf-8")
    size = sum(path.stat().st_size for path in files)
    return f"{len(files)} profile files ({size:,} bytes, {PROFILE.stat().st_size:,} packed), gcc {version}"


def main(argv: list[str] | None = None) -> int:
    """Command line: ``pack`` (the instrumented build's counts into tools/pgo/profile.tar.gz)."""
    args = sys.argv[1:] if argv is None else argv
    if args != ["pack"]:
        print("usage: python tools/pgo_profile.py pack", file=sys.stderr)
        return 2
    print(f"pgo profile: packed {pack_profile()} into tools/pgo/{PROFILE.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
