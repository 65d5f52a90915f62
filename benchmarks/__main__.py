"""``make bench``: newsparse's speed, memory, cold start, scaling and parallel speed-up, with peers.

Usage: python -m benchmarks [--corpora PATH | --path ARTICLES.jsonl] [--articles 300] [--all-plugins]
       [--peer-articles 100] [--slow-peer-articles 20] [--skip-adversarial] [--json OUT]

On the first ``--articles`` articles of ``CORPORA/news/articles.jsonl``, in one run and one
process: articles/s and MB/s of the whole pipeline and of each layer alone (with the layers it
requires), beside dateparser.search_dates, quantulum3 and spaCy's blank English tokeniser on the
same texts (the slow peers on the first few articles only, newsparse timed on exactly those too);
then peak RSS and cold start in fresh processes, run time on one article repeated 1x/4x/16x/64x,
time per character on adversarial inputs (in a child process killed after a time limit), and the
speed-up of 2 worker processes over 1.  A table goes to stdout; ``--json OUT`` writes the figures.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from benchmarks import processes, regexes, scaling, throughput
from benchmarks.common import ROOT, SEED, SEED_PUBLISHED, Article, Rate, default_corpora, load_articles

ADVERSARIAL = {
    "digits": "7",
    "over 1,000 and": "over 1,000 and ",
    "capitals": "A",
    "capitalised words": "The United Nations ",
    "hyphens": "-",
    "dots": ".",
    "spaces": " ",
    "run-on sentence": (
        "Turkey and Russia signed a ceasefire in the buffer zone, which bans attacks, airstrikes in the zone "
    ),
}

GOALS = {
    "pipeline_vs_search_dates": 6.0,
    "linear_max_ratio_64x": 1.5,
    "peak_rss_mb": 200.0,
    "cold_start_s": 1.5,
    "gazetteer_start_s": 0.5,
    "two_workers_speedup": 1.7,
    "syntax_alone": 600.0,
}


def _arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--corpora", type=Path, default=default_corpora(), help="folder with news/articles.jsonl"
    )
    parser.add_argument("--path", type=Path, help="a JSONL file of articles (text, published) instead")
    parser.add_argument("--articles", type=int, default=300, help="how many articles (default 300)")
    parser.add_argument(
        "--peer-articles", type=int, default=100, help="articles for quantulum3 and dateparser (en)"
    )
    parser.add_argument(
        "--slow-peer-articles", type=int, default=20, help="articles for search_dates' default"
    )
    parser.add_argument(
        "--adversarial-timeout", type=float, default=15.0, help="seconds per adversarial input"
    )
    parser.add_argument("--skip-adversarial", action="store_true", help="leave the adversarial section out")
    parser.add_argument("--skip-regexes", action="store_true", help="leave the regular-expression scan out")
    parser.add_argument(
        "--ratio-rounds", type=int, default=12, help="interleaved rounds of the search_dates ratio"
    )
    parser.add_argument(
        "--ratio-chunk", type=int, default=0, help="articles per interleaved step of the ratio (0: all)"
    )
    parser.add_argument(
        "--ratio-only", action="store_true", help="only the search_dates ratio, old and interleaved"
    )
    parser.add_argument("--json", type=Path, help="write the figures to this JSON file")
    parser.add_argument(
        "--all-plugins",
        action="store_true",
        help="time every installed plugin (default: the extractors newsparse itself ships)",
    )
    return parser.parse_args(argv)


def _builtin_plugins() -> str:
    """newsparse's own extractors (its distribution's entry points): what ``pip install newsparse`` runs."""
    from importlib.metadata import distribution

    names = {ep.name for ep in distribution("newsparse").entry_points if ep.group == "newsparse"}
    return ",".join(sorted(names))


def _row(cells: list[str], widths: list[int]) -> str:
    first, *rest = cells
    return f"{first:<{widths[0]}}" + "".join(
        f"{cell:>{width}}" for cell, width in zip(rest, widths[1:], strict=True)
    )


def _print_rates(title: str, rates: list[Rate]) -> None:
    widths = [44, 9, 11, 8, 8, 9, 8]
    print(f"\n{title}")
    print(_row(["", "articles", "chars", "CPU s", "wall s", "art/s", "MB/s"], widths) + "  note")
    for rate in rates:
        wall = "" if rate.wall_seconds is None else f"{rate.wall_seconds:.2f}"
        cells = [rate.name, f"{rate.articles}", f"{rate.chars:,}", f"{rate.seconds:.2f}", wall]
        cells += [f"{rate.per_second:,.1f}", f"{rate.mb_per_second:.3f}"]
        print(_row(cells, widths) + (f"  {rate.note}" if rate.note else ""))


def _git_head() -> str:
    try:
        out = subprocess.run(["git", "log", "-1", "--format=%h %s"], capture_output=True, text=True, cwd=ROOT)
        return out.stdout.strip()
    except OSError:
        return "?"


def _verdict(ok: bool) -> str:
    return "ok" if ok else "MISSED"


def _print_ratio(found: dict[str, Any]) -> None:
    """The speed goal's ratio: the interleaved rounds' median and spread, and the old figure beside it."""
    spread = found["interleaved"]
    print(
        f'  interleaved: pipeline / search_dates(languages=["en"]) median {spread["median"]:.2f}x, '
        f"rounds {spread['low']:.2f}-{spread['high']:.2f}x ({spread['rounds']} rounds of "
        f"{found['articles']} articles, both sides {found['chunk']} articles at a time)"
    )
    print(
        f"  old measure, the same passes (fastest of the first {found['old_rounds']} each): "
        f"{found['old_ratio']:.2f}x"
    )


def _ratio_only(args: argparse.Namespace, articles: list[Article], figures: dict[str, Any]) -> int:
    """``--ratio-only``: the search_dates ratio, both measures in this process, and nothing else."""
    rounds, chunk = args.ratio_rounds, args.ratio_chunk
    found = throughput.search_dates_ratio(articles, args.peer_articles, rounds, chunk)[2]
    figures["search_dates_ratio"] = found
    _print_ratio(found)
    figures["load_average_end"] = os.getloadavg()[0]
    print(f"(load average {figures['load_average_end']:.2f} at the end)")
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    return 0


def main(argv: list[str] | None = None) -> int:
    """Run every section and print the table; 0 when it ran (the goals are reported, not enforced)."""
    args = _arguments(argv)
    path = args.path or args.corpora / "news" / "articles.jsonl"
    if not path.exists():
        print(f"Error: {path} not found (give --corpora PATH or --path FILE)", file=sys.stderr)
        return 2
    started = time.perf_counter()
    articles = load_articles(path, args.articles)
    if not args.all_plugins and "NEWSPARSE_LOAD_PLUGINS" not in os.environ:
        # A plugin installed beside newsparse (the tests install the docs' example) is not newsparse;
        # the environment reaches the child processes too (cold start, memory, workers).
        os.environ["NEWSPARSE_LOAD_PLUGINS"] = _builtin_plugins()
    import newsparse
    from newsparse.compiled import compiled_summary

    figures: dict[str, Any] = {"path": str(path), "git": _git_head(), "articles": len(articles)}
    print(f"newsparse {newsparse.__version__} benchmark: {len(articles)} articles of {path}")
    print(f"commit: {figures['git']}")
    figures["plugins"] = os.environ.get("NEWSPARSE_LOAD_PLUGINS", "every installed plugin")
    print(f"plugins: {figures['plugins']}")
    figures["compiled"] = compiled_summary()
    print(figures["compiled"])
    figures["load_average_start"] = os.getloadavg()[0]
    print(f"machine: {os.cpu_count()} CPUs, load average {figures['load_average_start']:.2f} at the start")
    if args.ratio_only:
        return _ratio_only(args, articles, figures)
    counts = throughput.layer_counts(articles)
    figures["annotations"] = counts
    print("annotations found per layer: " + ", ".join(f"{k} {v:,}" for k, v in counts.items()))

    rates, own = throughput.pipeline_rates(articles)
    figures["throughput"] = [r.to_dict() for r in rates]
    figures["extractor_seconds_in_pipeline"] = {k: round(v, 3) for k, v in own.items()}
    _print_rates("Throughput (this process, after one warm-up parse; rates from CPU time)", rates)
    total = sum(own.values()) or 1.0
    print(
        "CPU time inside each extractor during the whole pipeline's run: "
        + ", ".join(f"{name} {seconds:.2f} s ({100 * seconds / total:.0f}%)" for name, seconds in own.items())
    )

    peers, ours, goal_ratio = throughput.peer_rates(
        articles, args.peer_articles, args.slow_peer_articles, args.ratio_rounds, args.ratio_chunk
    )
    figures["peers"] = []
    print_rows: list[Rate] = []
    for peer, mine in zip(peers, ours, strict=True):
        ratio = mine.chars_per_second / peer.chars_per_second
        figures["peers"].append(
            {"peer": peer.to_dict(), "newsparse": mine.to_dict(), "ratio": round(ratio, 2)}
        )
        print_rows += [peer, mine]
    _print_rates(
        "Peers (same process, same texts; newsparse = the whole pipeline on exactly the peer's texts)",
        print_rows,
    )
    print("ratios, newsparse pipeline throughput / peer throughput (characters per second):")
    for entry in figures["peers"]:
        print(f"  vs {entry['peer']['name']:<44} {entry['ratio']:>8.2f}x")
    if goal_ratio is not None:
        figures["search_dates_ratio"] = goal_ratio
        _print_ratio(goal_ratio)

    print("\nResources (fresh processes)")
    rss = processes.peak_rss(path, args.articles)
    figures["peak_rss"] = rss
    print(f"  peak RSS, whole pipeline on {rss['articles']} articles: {rss['peak_rss_mb']:.1f} MB")
    cold = processes.cold_start(SEED, SEED_PUBLISHED)
    figures["cold_start"] = cold
    print(
        f"  cold start (median of {cold['runs']}): import {cold['import']:.2f} s + first parse "
        f"{cold['first_parse']:.2f} s = {cold['total']:.2f} s; whole process incl. interpreter "
        f"{cold['process_wall']:.2f} s; CPU time {cold['cpu']:.2f} s"
    )

    gazetteer = processes.gazetteer_start()
    figures["gazetteer_start_s"] = gazetteer
    print(f"  entities plugin import + gazetteer load (best of 3): {gazetteer:.3f} s")

    seed_text = SEED.read_text(encoding="utf-8")
    rows = scaling.repetition(seed_text, SEED_PUBLISHED)
    figures["repetition"] = rows
    print(f"\nLinearity: the seed article ({len(seed_text):,} chars) repeated, whole pipeline")
    print(_row(["  repeat", "chars", "CPU s", "us/char", "vs 1x", "of it GC"], [12, 11, 9, 9, 8, 10]))
    for row in rows:
        cells = [
            f"  {row['repeat']}x",
            f"{row['chars']:,}",
            f"{row['seconds']:.3f}",
            f"{row['us_per_char']:.2f}",
            f"{row['vs_1x']:.2f}",
            f"{row['gc_share']:.0%}",
        ]
        print(_row(cells, [12, 11, 9, 9, 8, 10]))

    if not args.skip_adversarial:
        print(
            "\nAdversarial inputs, whole pipeline "
            f"(child process, {args.adversarial_timeout:.0f} s limit each)"
        )
        print(
            _row(["  input", "1,000", "4,000", "16,000", "64,000", "slowest"], [22, 10, 10, 10, 10, 22])
            + "   (us/char at each size)"
        )
        figures["adversarial"] = {}
        for name, pattern in ADVERSARIAL.items():
            result = processes.adversarial(pattern, 1000, 4, args.adversarial_timeout)
            figures["adversarial"][name] = result
            cells = []
            for entry in result:
                seconds = entry.get("seconds")
                cells.append(f"{seconds / entry['chars'] * 1e6:.2f}" if seconds is not None else "timeout")
            cells += [""] * (4 - len(cells))
            done = [e for e in result if e.get("seconds") is not None]
            slowest = (
                f"{done[-1]['slowest']} {done[-1]['slowest_seconds']:.2f}s"
                if done and done[-1]["slowest"]
                else ""
            )
            if done and done[-1]["segmentation"] > done[-1]["slowest_seconds"]:
                slowest = f"segmentation {done[-1]['segmentation']:.2f}s"
            print(_row([f"  {name}", *cells[:4], slowest], [22, 10, 10, 10, 10, 22]))

    if not args.skip_regexes:
        found = regexes.scan()
        figures["regexes"] = found
        print(
            f"\nRegular expressions: {found['patterns']} module-level patterns timed with finditer on "
            "hostile runs of 256/1,024/4,096 chars (candidates to review: harmless if only used on short, "
            "bounded text)"
        )
        for where in found["hangs"]:
            print(f"  {where:<52} did not finish within 20 s (exponential, or cubic) on some input")
        for entry in found["superlinear"]:
            anchored = entry["match_exponent"]
            shown = f"n^{anchored:.1f}" if anchored >= 1.0 else "fast"
            print(
                f"  {entry['where']:<52} finditer ~ n^{entry['exponent']:.1f} "
                f"({entry['seconds'] * 1000:.0f} ms at 4,096 chars of {entry['input']}), "
                f"match at one position {shown}"
            )
        if not found["hangs"] and not found["superlinear"]:
            print("  every pattern scans in linear time on these inputs")

    print("\nParallel: parse_many on the articles (in a fresh process: workers fork from a lean parent)")
    par = processes.workers(path, args.articles)
    figures["workers"] = par
    print(
        f"  wall: in this process {par['serial_s']:.2f} s, 1 worker process {par['one_process_s']:.2f} s, "
        f"2 worker processes {par['two_processes_s']:.2f} s: speed-up {par['speedup_vs_serial']:.2f}x "
        f"(vs 1 process {par['speedup_vs_one_process']:.2f}x)"
    )
    print(
        f"  CPU (this process + workers): {par['serial_cpu_s']:.2f} s in this process, "
        f"{par['two_processes_cpu_s']:.2f} s with 2 workers: at most {par['speedup_bound_idle']:.2f}x "
        "on 2 idle cores"
    )
    print(
        f"  batch path (workers return JSON lines): 1 worker {par['batch_serial_s']:.2f} s, "
        f"2 workers {par['batch_two_processes_s']:.2f} s: speed-up {par['batch_speedup']:.2f}x "
        f"(CPU bound on 2 idle cores {par['batch_speedup_bound_idle']:.2f}x)"
    )

    search = next((e for e in figures["peers"] if e["peer"]["name"] == "dateparser.search_dates"), None)
    search_en = next((e for e in figures["peers"] if "languages" in e["peer"]["name"]), None)
    syntax = next((r for r in rates if r.name.strip() == "syntax alone (on demand)"), None)
    results = [
        (
            "syntax layer alone, articles/s",
            syntax.per_second if syntax else None,
            ">=",
            GOALS["syntax_alone"],
        ),
        ("pipeline >= 6x search_dates (default call)", search["ratio"] if search else None, ">=", 6.0),
        (
            "pipeline >= 6x search_dates (en), median",
            goal_ratio["interleaved"]["median"] if goal_ratio else None,
            ">=",
            GOALS["pipeline_vs_search_dates"],
        ),
        ("  same, old measure (fastest passes)", search_en["ratio"] if search_en else None, ">=", 6.0),
        ("time per char at 64x / at 1x (linear)", rows[-1]["vs_1x"], "<=", GOALS["linear_max_ratio_64x"]),
        ("peak RSS MB", rss["peak_rss_mb"], "<=", GOALS["peak_rss_mb"]),
        ("cold start s (import + first parse)", cold["total"], "<=", GOALS["cold_start_s"]),
        ("entities gazetteer load s", gazetteer, "<=", GOALS["gazetteer_start_s"]),
        ("2 workers / 1 (parse_many)", par["speedup_vs_serial"], ">=", GOALS["two_workers_speedup"]),
        ("2 workers / 1 (batch path)", par["batch_speedup"], ">=", GOALS["two_workers_speedup"]),
        ("  same, CPU bound on 2 idle cores (parse_many)", par["speedup_bound_idle"], ">=", 1.7),
    ]
    print("\nGoals")
    figures["goals"] = []
    for name, value, op, goal in results:
        ok = value is not None and (value >= goal if op == ">=" else value <= goal)
        shown = "n/a" if value is None else f"{value:.2f}"
        print(f"  {name:<46} {shown:>8}   goal {op} {goal:<6} {_verdict(ok)}")
        figures["goals"].append({"goal": name, "value": value, "op": op, "target": goal, "met": ok})
    figures["seconds"] = round(time.perf_counter() - started, 1)
    figures["load_average_end"] = os.getloadavg()[0]
    print(
        f"\n(benchmark ran in {figures['seconds']:.0f} s; load average {figures['load_average_end']:.2f} "
        "at the end: figures are only comparable at a load well under the CPU count)"
    )
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
