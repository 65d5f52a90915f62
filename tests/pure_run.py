"""``python -m tests.pure_run [pytest arguments]``: pytest with newsparse's core and plugins from sources.

`make test`'s pure pass: the core is imported by the pytest plugin before any conftest, so the finder
that hides the compiled extensions is installed here, before pytest itself is imported.
"""

from __future__ import annotations

import sys

from tests.pure_imports import hide_extensions


def main(argv: list[str]) -> int:
    """Hide the compiled extensions of the core and the plugins, then run pytest with ``argv``."""
    hide_extensions(core=True)
    import pytest

    return int(pytest.main(argv))


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
