"""``make eval``: every layer's evaluation against its public gold set, each beside its peer.

Usage: python -m evaluation [--corpora PATH] [--only dates,quantities] [--json-dir DIR]
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
import time
from pathlib import Path

LAYERS = (
    "dates",
    "dates_narrative",
    "quantities",
    "entities",
    "agreements",
    "claims_events",
    "entities_real",
    "claims_real",
    "polnear",
    "agreements_real",
    "agreements_pax",
    "events_real",
    "events_acled",
    "syntax",
    "dates_real",
    "quantities_real",
)


def main(argv: list[str] | None = None) -> int:
    """Run the evaluations in turn; the exit status is non-zero if any of them failed to run."""
    parser = argparse.ArgumentParser(prog="python -m evaluation", description=__doc__)
    parser.add_argument("--corpora", default=os.environ.get("NEWSPARSE_CORPORA", "../shared/corpora"))
    parser.add_argument("--only", default=",".join(LAYERS), help="comma-separated layers to evaluate")
    parser.add_argument("--json-dir", type=Path, help="write each evaluation's figures as DIR/LAYER.json")
    args = parser.parse_args(argv)
    if not Path(args.corpora).is_dir():
        print(f"Error: corpora folder {args.corpora} not found (set NEWSPARSE_CORPORA)", file=sys.stderr)
        return 2
    status = 0
    for layer in [name.strip() for name in args.only.split(",") if name.strip()]:
        print(f"\n######## {layer} ########", flush=True)
        started = time.perf_counter()
        module = importlib.import_module(f"evaluation.{layer}")
        sub_args = ["--corpora", args.corpora]
        if args.json_dir:
            args.json_dir.mkdir(parents=True, exist_ok=True)
            sub_args += ["--json", str(args.json_dir / f"{layer}.json")]
        code = module.main(sub_args)
        print(f"({layer}: {time.perf_counter() - started:.1f} s, exit {code})", flush=True)
        status = status or code
    return status


if __name__ == "__main__":
    sys.exit(main())
