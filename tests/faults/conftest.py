"""Fixtures of the fault-injection suite: a hostile plugin installed through a temporary entry
point (a dist-info directory on ``PYTHONPATH``), and runs of the real CLI in subprocesses."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
import uuid
from pathlib import Path
from typing import Any

import attrs
import pytest

HOSTILE = Path(__file__).parent / "hostile" / "newsparse_hostile.py"
CLI = [sys.executable, "-c", "from newsparse.cli import main; main()"]
TIMEOUT = 60  # seconds any one subprocess may take before the test fails (a hang)
MARK = "NEWSPARSE_FAULT_MARK"


@pytest.fixture(scope="session")
def plugin_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A directory that, on PYTHONPATH, installs the hostile plugin under the entry point ``hostile``."""
    root = tmp_path_factory.mktemp("hostile-site")
    info = root / "newsparse_hostile-0.1.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: newsparse-hostile\nVersion: 0.1\n", "utf-8")
    (info / "entry_points.txt").write_text("[newsparse]\nhostile = newsparse_hostile\n", "utf-8")
    shutil.copy(HOSTILE, root / HOSTILE.name)
    return root


@attrs.frozen
class Hostile:
    """How to run newsparse with the hostile plugin in one mode, and find its processes after."""

    site: Path
    mode: str
    plugins: str = "hostile"
    mark: str = attrs.field(factory=lambda: uuid.uuid4().hex)

    def env(self) -> dict[str, str]:
        """The environment of a run: the plugin on the path, its mode, and a mark to find processes."""
        env = dict(os.environ)
        env["PYTHONPATH"] = os.pathsep.join(p for p in (str(self.site), env.get("PYTHONPATH")) if p)
        env["HOSTILE_MODE"] = self.mode
        env["NEWSPARSE_LOAD_PLUGINS"] = self.plugins
        env[MARK] = self.mark
        env.pop("NEWSPARSE_TIME_LIMIT", None)
        return env

    def batch(self, *args: str | Path, timeout: float = TIMEOUT) -> subprocess.CompletedProcess[str]:
        """Run ``newsparse batch ARGS`` to its end."""
        command = [*CLI, "batch", *map(str, args)]
        return subprocess.run(command, env=self.env(), capture_output=True, text=True, timeout=timeout)

    def start(self, *args: str | Path) -> subprocess.Popen[str]:
        """Start ``newsparse batch ARGS`` without waiting for it."""
        command = [*CLI, "batch", *map(str, args)]
        return subprocess.Popen(command, env=self.env(), stderr=subprocess.PIPE, text=True)

    def python(self, code: str, *args: str) -> subprocess.CompletedProcess[str]:
        """Run Python ``code`` with the hostile plugin installed."""
        command = [sys.executable, "-c", code, *args]
        return subprocess.run(command, env=self.env(), capture_output=True, text=True, timeout=TIMEOUT)

    def processes(self) -> list[int]:
        """The processes still alive that this run started (the mark is in their environment)."""
        found = []
        needle = f"{MARK}={self.mark}".encode()
        for entry in Path("/proc").iterdir():
            if not entry.name.isdigit():
                continue
            try:
                environ = (entry / "environ").read_bytes()
                state = (entry / "stat").read_text().rsplit(")", 1)[1].split()[0]
            except OSError:
                continue
            if needle in environ and state != "Z":
                found.append(int(entry.name))
        return found

    def wait_for_no_process(self, seconds: float = 5.0) -> list[int]:
        """Wait until none of this run's processes is alive; those left after ``seconds``."""
        end = time.monotonic() + seconds
        while (left := self.processes()) and time.monotonic() < end:
            time.sleep(0.05)
        return left


@pytest.fixture
def hostile(plugin_site: Path) -> Any:
    """``hostile(mode)``: a :class:`Hostile` run description for that mode."""

    def make(mode: str, plugins: str = "hostile") -> Hostile:
        return Hostile(plugin_site, mode, plugins)

    return make


def articles(count: int, bad: tuple[int, ...]) -> list[dict[str, str]]:
    """``count`` short records; those at positions ``bad`` say HOSTILE."""
    return [
        {"id": f"r{i}", "text": f"Record {i}: {'HOSTILE text' if i in bad else 'a calm text'} from Ankara."}
        for i in range(count)
    ]


def write_jsonl(path: Path, records: list[dict[str, str]]) -> Path:
    """``records`` as a JSONL file at ``path``."""
    path.write_text("".join(json.dumps(r) + "\n" for r in records), "utf-8")
    return path


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    """The records of JSONL file ``path``."""
    return [json.loads(line) for line in path.read_text("utf-8").splitlines()]
