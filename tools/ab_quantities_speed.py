"""A/B of the built-in quantities layer: ``tools/ab_entities_speed.py --layer quantities``.

Development only. Usage, from the repository root (the options of ``ab_entities_speed.py``):

    python tools/ab_quantities_speed.py [--base REV] [--ids FILE] [--count 300] [--repeats 5]
        [--identity] [--pipeline] [--corpora PATH] [--new REV]

Like it, it prints a line when the working tree runs compiled and the base copy pure (not like for
like); ``tools/pipeline_ab.py alternate --base-checkout PATH`` compares two built checkouts.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from ab_entities_speed import main

if __name__ == "__main__":
    raise SystemExit(main(["--layer", "quantities", *sys.argv[1:]]))
