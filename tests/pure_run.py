"""``python -m tests.pure_run [pytest arguments]``: pytest with newsparse's core and plugins from sources.

`make test`'s pure pass: the core is imported by the pytest plugin before any conftest, so the finder
that hides the compiled extensions is installed here, before pytest itself is imported.
"""

from __future__ import annotations

import sys
from pathlib import Path

from tests.pure_imports import hide_extensions, pure_test_files

TESTS = Path(__file__).resolve().parent


def main(argv: list[str]) -> int:
    """Hide the compiled extensions of the core and the plugins, then run pytest with ``argv``; where
    ``argv`` names no path, on the files that hold the tests marked pure (``pure_test_files``)."""
    hide_extensions(core=True)
    import pytest

    if not any(Path(arg).exists() for arg in argv if not arg.startswith("-")):
        argv = [*argv, *map(str, pure_test_files(TESTS))]
    return int(pytest.main(argv))


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
