"""Score the ``quantities`` layer on Recognizers-Text and quantulum3 gold, beside quantulum3.

Gold sets (read from ``--corpora``):
  - Recognizers-Text English specs: NumberModel, DimensionModel, CurrencyModel (``End`` is
    inclusive; files may carry a BOM).  NumberModel is a numbers-only model, so ours is scored
    with the number alone (``recognise.find_numbers``: no modifier, sign or unit); Dimension and
    Currency with our quantities of that kind, spans from the number or currency sign to the end
    of the unit (the modifier is not part of their spans).
  - quantulum3's own gold (``quantities.json``): each ``surface`` is located in ``req`` left to
    right; ours is every quantity, spans without the modifier.  quantulum3 wrote this set for
    itself, so its figures there are not held-out.

Measures: exact-span P/R/F1, overlap F1, value accuracy and unit accuracy over the gold items
that a prediction overlaps (values equal to 1e-6 relative; a range is compared by its midpoint,
as quantulum3 reports ranges).  Units are compared through pint: two units agree when one of
each converts 1:1 (metre = m, ml = cm**3); their names are turned into pint units by pint itself
plus the small mapping ``_UNIT_MAP`` below; currencies by ISO code.

"Convention" gold items are those where the spec's convention differs from what news users need
(years and dates as numbers, "Su-25"/"SCP-173" designations, phone numbers and IP addresses read
as numbers, durations that the dates layer owns, unit names with no number; outside NumberModel,
fractions in words, which the news guideline excludes).  They are counted
separately, and the F1 without them is shown beside the F1 on everything.

Speed: articles/s of our extractor (pipeline with only the quantities plugin: includes
tokenisation) and of ``quantulum3.parser.parse`` on the first 300 articles of the news corpus.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import re
import sys
import time
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import Any

from evaluation.news import first_articles

REPO = Path(__file__).resolve().parent.parent

Item = tuple[int, int, float | None, str | None]  # start, end (exclusive), value, unit

# Their unit names -> a pint-parsable unit or an ISO code, where pint cannot read the name itself.
_UNIT_MAP = {
    "dollar": "USD",
    "united states dollar": "USD",
    "pound sterling": "GBP",
    "british pound": "GBP",
    "euro": "EUR",
    "japanese yen": "JPY",
    "chinese yuan": "CNY",
    "canadian dollar": "CAD",
    "australian dollar": "AUD",
    "hong kong dollar": "HKD",
    "mexican peso": "MXN",
    "new zealand dollar": "NZD",
    "swiss franc": "CHF",
    "turkish lira": "TRY",
    "franc": "FRF",
    "peseta": "ESP",
    "finnish markka": "FIM",
    "netherlands guilder": "NLG",
    "rupee": "INR",
    "bitcoin": "XBT",
    "cent": "cent",
    "pence": "penny",
    "penny": "penny",
    "percentage": "percent",
    "pound-mass": "pound",
    "pound": "pound|GBP",
    "metric ton": "metric_ton",
    "ton": "metric_ton|ton",
    "mile per hour": "mile/hour",
    "kilometer per hour": "kilometer/hour",
    "degree celsius": "degree_Celsius",
    "degree fahrenheit": "degree_Fahrenheit",
    "dimensionless": "",
    "megabit": "megabit",
    "dram": "dram",
    "meter per millisecond": "meter/millisecond",
    "centimeter per millisecond": "centimeter/millisecond",
    "kilometer per millisecond": "kilometer/millisecond",
}
_DURATION_NAMES = frozenset("second minute hour day week month year decade century".split())


def _corpora_default() -> str:
    return os.environ.get("NEWSPARSE_CORPORA", str(REPO.parent / "shared" / "corpora"))


# ---------------------------------------------------------------------------------------------
# gold


def _load_spec(path: Path) -> list[tuple[str, list[Item]]]:
    """A Recognizers-Text spec as (input, gold items with exclusive ends)."""
    cases = json.loads(path.read_text(encoding="utf-8-sig"))
    out = []
    for case in cases:
        text = case["Input"]
        items: list[Item] = []
        for r in case.get("Results", []):
            res = r.get("Resolution") or {}
            value = _to_float(res.get("value"))
            unit = res.get("isoCurrency") or res.get("unit")
            items.append((r["Start"], r["End"] + 1, value, unit))
        out.append((text, items))
    return out


def _load_quantulum_gold(path: Path) -> list[tuple[str, list[Item]]]:
    """quantulum3's gold: surfaces located in ``req`` left to right."""
    out = []
    for case in json.loads(path.read_text(encoding="utf-8")):
        text = case["req"]
        items: list[Item] = []
        pos = 0
        for r in case["res"]:
            at = text.find(r["surface"], pos)
            if at < 0:
                at = text.find(r["surface"])
            if at < 0:
                continue
            items.append((at, at + len(r["surface"]), _to_float(r.get("value")), r.get("unit")))
            pos = at + len(r["surface"])
        out.append((text, items))
    return out


def _to_float(value: Any) -> float | None:
    if value is None:
        return None
    try:
        return float(str(value).rstrip("%"))
    except ValueError:
        return None


_YEAR = re.compile(r"^(1\d{3}|20\d{2})$")


def _convention(text: str, item: Item, numbers: bool = False) -> str | None:
    """Why a gold item is a spec convention that news users do not want, or None (a fraction in
    words is a number, so it is a convention case only outside number-only scoring)."""
    start, end, value, unit = item
    surface = text[start:end]
    before = text[max(0, start - 2) : start]
    after = text[end : end + 2]
    if value is None:
        return "unit name without a number"
    if not numbers and 0 < value < 1 and not re.search(r"\d", surface) and unit in (None, "dimensionless"):
        return "fraction in words"  # the news guideline: "half", "a third", "one sixth" are no amounts
    if unit and unit.lower() in _DURATION_NAMES | {s + "s" for s in _DURATION_NAMES}:
        return "duration (dates layer)"
    if re.match(r"^\s*(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?)\b", text[end:]):
        return "duration (dates layer)"
    if _YEAR.match(surface.strip()) and not re.search(r"[$€£]\s*$", text[:start]):
        return "year"
    if re.search(r"\d/$", before) or (re.match(r"^/\d", after) and re.search(r"/\d+/", text)):
        return "date"
    if re.search(r"[A-Za-z]-$", before) or re.search(r"[A-Za-z]$", before[-1:]):
        return "designation"
    if re.search(r"\+\d+-\d", text) or re.search(r"\d{3}-\d{4}", text):
        return "phone number"
    if re.search(r"\d\.\d+\.\d", text):
        return "address or version"
    return None


# ---------------------------------------------------------------------------------------------
# systems


def _ours_numbers(text: str) -> list[Item]:
    from newsparse.text import tokenize
    from newsparse_quantities.recognise import find_numbers

    return [(s, e, float(v), None) for s, e, v in find_numbers(text, tokenize(text))]


def _ours_kind(kinds: tuple[str, ...]) -> Callable[[str], list[Item]]:
    def run(text: str) -> list[Item]:
        from newsparse.text import tokenize
        from newsparse_quantities.recognise import recognise

        out: list[Item] = []
        for f, _ in recognise(text, tokenize(text)):
            if f.kind not in kinds:
                continue
            out.append((f.core_start, f.end, _value_of(f.value, f.low, f.high, f.modifier), f.unit))
        return out

    return run


def _value_of(value: Any, low: Any, high: Any, modifier: str | None) -> float | None:
    if value is not None:
        return float(value)
    if modifier == "range" and low is not None and high is not None:
        return (float(low) + float(high)) / 2
    return None


def _quantulum(kinds: tuple[str, ...]) -> Callable[[str], list[Item]]:
    def run(text: str) -> list[Item]:
        from quantulum3 import parser

        out: list[Item] = []
        try:
            found = parser.parse(text)
        except Exception:
            return out
        for q in found:
            entity = q.unit.entity.name
            if entity == "dimensionless":
                kind = "percent" if q.unit.name == "percentage" else "number"
            elif entity == "currency":
                kind = "currency"
            elif entity == "time":
                kind = "duration"
            else:
                kind = "dimension"
            if kind in kinds:
                out.append((q.span[0], q.span[1], float(q.value), q.unit.name))
        return out

    return run


# ---------------------------------------------------------------------------------------------
# scoring


def _unit_key(name: str | None) -> tuple[str, ...]:
    """Their or our unit name as candidate pint units / codes (empty: no unit)."""
    if name is None:
        return ()
    low = name.lower().strip()
    mapped = _UNIT_MAP.get(low, None)
    if mapped is not None:
        return tuple(p for p in mapped.split("|") if p)
    return (name, low)


def _same_unit(ours: str | None, theirs: str | None) -> bool:
    """Whether two unit names mean the same unit (through pint; currencies by code).

    The specs write no rates: "$98 a share" is Dollar there, so a currency rate of ours
    (``USD/share``) is compared by its currency.
    """
    rate_of = ours.split("/")[0] if ours is not None and "/" in ours else ""
    if (len(rate_of) == 3 and rate_of.isalpha() and rate_of.isupper()) or rate_of in ("cent", "penny"):
        ours = rate_of
    a, b = _unit_key(ours), _unit_key(theirs)
    if not a and not b:
        return True
    if not a or not b:
        return False
    from newsparse_quantities.units import registry

    ureg = registry()
    for x in a:
        for y in b:
            if x == y:
                return True
            ux, uy = _pint_unit(ureg, x), _pint_unit(ureg, y)
            if ux is None or uy is None:
                continue
            try:
                if math.isclose((1 * ux).to(uy).magnitude, 1.0, rel_tol=1e-6):
                    return True
            except Exception:
                continue
    return False


def _pint_unit(ureg: Any, name: str) -> Any:
    """A unit name as a pint unit (as written, or with its spaces as underscores), or None."""
    for form in (name, name.replace(" ", "_")):
        try:
            return ureg.parse_units(form)
        except Exception:
            continue
    return None


def _same_value(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-9)


def _score(
    cases: list[tuple[str, list[Item]]],
    system: Callable[[str], list[Item]],
    skip_convention: bool,
    numbers: bool = False,
) -> dict[str, Any]:
    """Exact/overlap P, R, F1 and value/unit accuracy of one system on one gold set."""
    tp_exact = tp_overlap_pred = tp_overlap_gold = n_pred = n_gold = 0
    value_ok = unit_ok = matched = 0
    conventions: dict[str, int] = {}
    started = time.perf_counter()
    for text, gold in cases:
        preds = system(text)
        kept = []
        for g in gold:
            reason = _convention(text, g, numbers)
            if reason and skip_convention:
                conventions[reason] = conventions.get(reason, 0) + 1
                # a prediction overlapping a convention item is not counted against either side
                preds = [p for p in preds if not (p[0] < g[1] and g[0] < p[1])]
                continue
            kept.append(g)
        n_pred += len(preds)
        n_gold += len(kept)
        exact = {(p[0], p[1]) for p in preds}
        for g in kept:
            if (g[0], g[1]) in exact:
                tp_exact += 1
            hits = [p for p in preds if p[0] < g[1] and g[0] < p[1]]
            if hits:
                tp_overlap_gold += 1
                best = min(hits, key=lambda p: abs(p[0] - g[0]) + abs(p[1] - g[1]))
                matched += 1
                value_ok += _same_value(best[2], g[2])
                unit_ok += _same_unit(best[3], g[3])
        for p in preds:
            if any(p[0] < g[1] and g[0] < p[1] for g in kept):
                tp_overlap_pred += 1
    elapsed = time.perf_counter() - started

    def f1(p: float, r: float) -> float:
        return 2 * p * r / (p + r) if p + r else 0.0

    pe = tp_exact / n_pred if n_pred else 0.0
    re_ = tp_exact / n_gold if n_gold else 0.0
    po = tp_overlap_pred / n_pred if n_pred else 0.0
    ro = tp_overlap_gold / n_gold if n_gold else 0.0
    return {
        "gold": n_gold,
        "predicted": n_pred,
        "exact_p": pe,
        "exact_r": re_,
        "exact_f1": f1(pe, re_),
        "overlap_f1": f1(po, ro),
        "value_acc": value_ok / matched if matched else 0.0,
        "unit_acc": unit_ok / matched if matched else 0.0,
        "matched": matched,
        "conventions": conventions,
        "seconds": elapsed,
    }


def _speed(corpora: Path, n: int = 300) -> dict[str, float]:
    """Articles per second, ours (pipeline with the quantities plugin) and quantulum3's."""
    from quantulum3 import parser

    import newsparse_quantities
    from newsparse.testing import pipeline_for

    texts = [record["text"] for record in first_articles(corpora / "news" / "articles.jsonl", n)]
    pipe = pipeline_for(newsparse_quantities)
    pipe.parse("warm-up: 3 km", published=None)
    t0 = time.perf_counter()
    for text in texts:
        pipe.parse(text)
    ours = time.perf_counter() - t0
    t0 = time.perf_counter()
    for text in texts:
        try:
            parser.parse(text)
        except Exception:
            pass
    theirs = time.perf_counter() - t0
    return {
        "articles": len(texts),
        "ours_articles_per_s": len(texts) / ours,
        "quantulum3_articles_per_s": len(texts) / theirs,
        "ratio": theirs / ours,
    }


def _startup() -> dict[str, float]:
    """Import time of the plugin and time of its first parse (builds the pint registry)."""
    import subprocess

    code = (
        "import time; t=time.perf_counter(); import newsparse_quantities; t1=time.perf_counter();"
        "from newsparse.testing import pipeline_for; p=pipeline_for(newsparse_quantities);"
        "t2=time.perf_counter(); p.parse('over 3,000 square kilometers'); t3=time.perf_counter();"
        "print(t1-t, t3-t2)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    try:
        imp, first = (float(x) for x in out.stdout.split())
    except ValueError:
        return {}
    return {"import_s": imp, "first_parse_s": first}


# ---------------------------------------------------------------------------------------------
# report


def _row(name: str, system: str, s: dict[str, Any]) -> str:
    return (
        f"{name:<22}{system:<12}{s['gold']:>5}{s['predicted']:>6}{s['exact_p']:>7.3f}{s['exact_r']:>7.3f}"
        f"{s['exact_f1']:>7.3f}{s['overlap_f1']:>8.3f}{s['value_acc']:>7.3f}{s['unit_acc']:>7.3f}"
    )


def _sets(corpora: Path) -> list[tuple[str, list[tuple[str, list[Item]]], tuple[str, ...], tuple[str, ...]]]:
    rt = corpora / "recognizers-text"
    return [
        ("NumberModel", _load_spec(rt / "Number/English/NumberModel.json"), ("number",), ("number",)),
        (
            "DimensionModel",
            _load_spec(rt / "NumberWithUnit/English/DimensionModel.json"),
            ("dimension",),
            ("dimension",),
        ),
        (
            "CurrencyModel",
            _load_spec(rt / "NumberWithUnit/English/CurrencyModel.json"),
            ("currency",),
            ("currency",),
        ),
        (
            "quantulum3 gold",
            _load_quantulum_gold(corpora / "quantulum3" / "quantities.json"),
            ("number", "currency", "percent", "dimension", "temperature"),
            ("number", "currency", "percent", "dimension", "duration"),
        ),
    ]


def main(argv: list[str] | None = None) -> int:
    """Run the evaluation and print the table; ``--json OUT`` writes the figures."""
    ap = argparse.ArgumentParser(prog="python -m evaluation.quantities", description=__doc__.split("\n")[0])
    ap.add_argument("--corpora", default=_corpora_default())
    ap.add_argument("--json", dest="json_out", type=Path)
    ap.add_argument("--no-speed", action="store_true", help="skip the 300-article timing")
    ap.add_argument("--articles", type=int, default=300)
    args = ap.parse_args(argv)
    corpora = Path(args.corpora)
    if not corpora.is_dir():
        print(f"Error: corpora folder {corpora} not found (set NEWSPARSE_CORPORA)", file=sys.stderr)
        return 2
    warnings.filterwarnings("ignore")
    results: dict[str, Any] = {}
    header = (
        f"{'gold set':<22}{'system':<12}{'gold':>5}{'pred':>6}{'P':>7}{'R':>7}{'F1':>7}"
        f"{'ovl F1':>8}{'value':>7}{'unit':>7}"
    )
    for skip in (True, False):
        label = "without convention cases" if skip else "all gold items"
        print(f"\nExact-span and overlap scores, {label} (value/unit accuracy over overlapped gold)")
        print(header)
        print("-" * len(header))
        for name, cases, ours_kinds, peer_kinds in _sets(corpora):
            ours_sys = _ours_numbers if name == "NumberModel" else _ours_kind(ours_kinds)
            numbers = name == "NumberModel"
            ours = _score(cases, ours_sys, skip, numbers)
            peer = _score(cases, _quantulum(peer_kinds), skip, numbers)
            print(_row(name, "newsparse", ours))
            print(_row("", "quantulum3", peer))
            key = "without_conventions" if skip else "all"
            results.setdefault(key, {})[name] = {"newsparse": ours, "quantulum3": peer}
            if skip and ours["conventions"]:
                conv = ", ".join(f"{k}: {v}" for k, v in sorted(ours["conventions"].items()))
                print(f"{'':<22}convention items set aside: {conv}")
    if not args.no_speed:
        speed = _speed(corpora, args.articles)
        results["speed"] = speed
        print(
            f"\nSpeed on the first {speed['articles']} news articles: newsparse "
            f"{speed['ours_articles_per_s']:.0f} articles/s, quantulum3 "
            f"{speed['quantulum3_articles_per_s']:.1f} articles/s, ratio {speed['ratio']:.0f}x"
        )
    start = _startup()
    if start:
        results["startup"] = start
        print(
            f"Start-up: import {start['import_s'] * 1000:.0f} ms, "
            f"first parse {start['first_parse_s'] * 1000:.0f} ms"
        )
    if args.json_out:
        args.json_out.write_text(json.dumps(results, indent=2, default=str), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
