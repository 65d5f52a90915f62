"""A load-free speed A/B of two built checkouts: instructions of one warm pass, counted by callgrind.

Development only (never imported by the package); ``tools/pipeline_ab.py instructions`` calls it.
Timings on a shared machine scatter by 5-15% between runs; the instructions a warm pass executes
do not move with the load, so a 1% change in work shows. For each side (``--base-checkout`` and
this checkout), in order:

1. a plain run (no valgrind) of the same pass, so every ``.pyc`` is written before counting (a run
   that compiles sources counts the compiler too: session 37's score trap);
2. ``valgrind --tool=callgrind --collect-atstart=no --toggle-collect=abinstr_measured`` over the
   side's own ``.venv/bin/python`` running this file's ``measure`` mode: the drawn articles parsed
   once to warm (not counted), then once more inside the C function ``abinstr_measured`` (counted),
   with ``PYTHONHASHSEED=0``.

The per-layer split: ``measure`` calls each extractor's ``extract`` through its own C function
``abinstr_layer_NN``, and each consultation (a consulted producer's ``extract_within``) through
``abinstr_consulted_NN``, one a pair of producer and the layer running when it is asked, of a tiny
helper extension module compiled here for the side's interpreter with ``gcc -O0`` (no extra
package; ``-O0`` keeps a real call frame). A ``ctypes`` callback does not serve: callgrind does not
see libffi's call as a function entry, so ``--toggle-collect`` never fires. A frame's figure is
callgrind's inclusive cost of its function (the sum of the costs of the calls into it). A layer's
line is its own work (its frame less the consultations it made, as ``benchmarks/throughput.py``
``_time_inside`` splits time); a consulted producer's line sums its frames, with one indented line
for each layer that asked; ``core`` is the rest of the counted total (segmentation, views, checks,
and the few thousand instructions a call of the helper's indirection, equal on both sides). The
output is per side the total and those lines, in millions of instructions, and the ratio new/base.
Valgrind absent (``which valgrind``) or gcc absent: said plainly, exit 2. Two lines more: the
memory allocators' own instructions (inside the lines above) and the total less them. The counts do
not move with the load; two sides of identical code in one invocation agree within 0.03% on every
line, but how much work ``malloc``/``free`` do follows the heap's state, so between invocations,
or beside a changed layer, an untouched line moves up to ~0.5% (core) and the total ~0.2% (the
total less the allocators ~0.06%): claim beyond that (docs/design.md, "Session 37: abinstr"). A
run of 40 articles takes about 1.5-2 minutes a side here.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any, Final

import attrs

TOOLS: Final = Path(__file__).resolve().parent
MEASURED: Final = "abinstr_measured"
LAYER_FUNCTION: Final = "abinstr_layer_{:02d}"
CONSULTED_FUNCTION: Final = "abinstr_consulted_{:02d}"
SLOTS: Final = 32  # helper functions of each kind (the pipeline has 8 extractors, 1 consulted)
HASH_SEED: Final = "0"
# the memory allocators' own functions (glibc's and pymalloc's; a suffix after "." ignored): their
# work follows the heap's state, which varies between two runs of one checkout by ~0.1% of a pass
ALLOCATORS: Final = frozenset(
    {
        "malloc", "free", "realloc", "calloc", "cfree", "_int_malloc", "_int_free", "_int_realloc",
        "_int_memalign", "unlink_chunk", "malloc_consolidate", "sysmalloc", "systrim", "alloc_perturb",
        "munmap_chunk", "mremap_chunk", "tcache_init", "_PyObject_Malloc", "_PyObject_Free",
        "_PyObject_Realloc", "_PyObject_Calloc",
    }
)  # fmt: skip
# ``--cache-sim=yes``'s miss counts reported beside the instructions: instruction fetches missing the
# first-level cache (I1) and the last level (LL), data reads missing each
CACHE_EVENTS: Final = ("I1mr", "ILmr", "D1mr", "DLmr")
# the simulated caches: this machine's L1s (32 KB, 8-way, 64 B lines) and, as the "last level", its
# 2 MB L2 per core, not the shared 32 MB L3 callgrind would pick (the working set that matters)
CACHE_GEOMETRY: Final = ("--I1=32768,8,64", "--D1=32768,8,64", "--LL=2097152,8,64")
_NAMED: Final = re.compile(r"^\((\d+)\)(?: (.*))?$")


class InstructionsError(Exception):
    """A count that cannot be made: no valgrind, no compiler, or a side's run failed."""


def helper_source() -> str:
    """C source of the helper module: each function calls its argument once (a real frame at ``-O0``)."""
    names = [MEASURED]
    for slot in range(SLOTS):
        names += [LAYER_FUNCTION.format(slot), CONSULTED_FUNCTION.format(slot)]
    lines = ["#define PY_SSIZE_T_CLEAN", "#include <Python.h>"]
    call = "(PyObject *self, PyObject *run) { return PyObject_CallNoArgs(run); }"
    lines += [f"PyObject *{n}{call}" for n in names]
    lines.append("static PyMethodDef methods[] = {")
    lines += [f'    {{"{n}", (PyCFunction){n}, METH_O, NULL}},' for n in names]
    lines.append("    {NULL, NULL, 0, NULL}};")
    lines.append("static struct PyModuleDef module = {")
    lines.append('    PyModuleDef_HEAD_INIT, "abinstr_helper", NULL, -1, methods};')
    lines.append("PyMODINIT_FUNC PyInit_abinstr_helper(void) { return PyModule_Create(&module); }")
    return "\n".join(lines) + "\n"


def compile_helper(python: Path, folder: Path) -> Path:
    """The helper module built in ``folder`` for ``python`` with ``gcc -O0`` (its headers, its suffix);
    :class:`InstructionsError` without a compiler."""
    compiler = shutil.which("gcc") or shutil.which("cc")
    if compiler is None:
        raise InstructionsError("no C compiler (gcc or cc) on PATH: the helper module cannot be built")
    asked = (
        "import sysconfig; print(sysconfig.get_paths()['include']); "
        "print(sysconfig.get_config_var('EXT_SUFFIX'))"
    )
    include, suffix = subprocess.run(
        [str(python), "-c", asked], check=True, capture_output=True, text=True
    ).stdout.split()
    source, library = folder / "abinstr_helper.c", folder / f"abinstr_helper{suffix}"
    source.write_text(helper_source(), encoding="utf-8")
    command = [compiler, "-O0", "-shared", "-fPIC", f"-I{include}", "-o", str(library), str(source)]
    done = subprocess.run(command, capture_output=True, text=True)
    if done.returncode != 0:
        raise InstructionsError(f"the helper module did not compile:\n{done.stderr[-2000:]}")
    return library


def require_valgrind() -> str:
    """The path of ``valgrind``; :class:`InstructionsError` saying how to get it when it is absent."""
    found = shutil.which("valgrind")
    if found is None:
        raise InstructionsError(
            "valgrind is not installed (not on PATH): install it (Debian: apt-get install valgrind) "
            "to count instructions; `pipeline_ab.py alternate` times without it"
        )
    return found


# --- callgrind's output -------------------------------------------------------------------------


@attrs.frozen
class Profile:
    """What the tool reads from one callgrind output file: totals and inclusive costs by name."""

    events: tuple[str, ...]
    totals: tuple[int, ...]  # the file's ``totals:`` (or ``summary:``) line, every part summed
    inclusive: Mapping[str, tuple[int, ...]]  # by function name: the costs of every call into it
    own: Mapping[str, tuple[int, ...]]  # by function name: its self cost

    def event(self, costs: Sequence[int], name: str = "Ir") -> int:
        """The ``name`` column of ``costs`` (0 where the file did not record it)."""
        index = self.events.index(name) if name in self.events else -1
        return costs[index] if 0 <= index < len(costs) else 0

    def total(self, name: str = "Ir") -> int:
        """The file's total of event ``name``."""
        return self.event(self.totals, name)

    def called(self, function: str, name: str = "Ir") -> int:
        """Inclusive cost of ``function``: the costs of all calls into it (0 if never called)."""
        return self.event(self.inclusive.get(function, ()), name)


def _add(table: dict[str, tuple[int, ...]], key: str, costs: Sequence[int]) -> None:
    """Add ``costs`` to ``table[key]`` column by column."""
    old = table.get(key, ())
    width = max(len(old), len(costs))
    table[key] = tuple(
        (old[i] if i < len(old) else 0) + (costs[i] if i < len(costs) else 0) for i in range(width)
    )


def _name(names: dict[str, str], value: str) -> str:
    """A compressed name (``(12) foo`` defines 12, ``(12)`` refers to it) or a plain one."""
    match = _NAMED.match(value.strip())
    if match is None:
        return value.strip()
    if match.group(2) is not None:
        names[match.group(1)] = match.group(2)
    return names.get(match.group(1), value.strip())


def parse_callgrind(text: str) -> Profile:
    """Read callgrind's output format: events, totals, each function's self and inclusive costs.

    A cost line after ``calls=`` is the inclusive cost of that call, credited to the callee named by
    the last ``cfn=`` (to the current ``fn=`` if none since); other cost lines are the current
    function's self cost. Positions (1 column, or as ``positions:`` says) are skipped.
    """
    events: tuple[str, ...] = ("Ir",)
    positions = 1
    totals: tuple[int, ...] = ()
    summary: tuple[int, ...] = ()
    names: dict[str, str] = {}
    own: dict[str, tuple[int, ...]] = {}
    inclusive: dict[str, tuple[int, ...]] = {}
    function, callee, in_call = "", "", False
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        key, _, value = line.partition("=")
        if key in ("fn", "cfn", "cfi", "cfl", "fl", "fi", "fe", "ob", "cob", "calls") and _:
            if key == "fn":
                function, callee = _name(names, value), ""
            elif key == "cfn":
                callee = _name(names, value)
            elif key == "calls":
                in_call = True
            continue
        head, colon, rest = line.partition(":")
        if colon and not head[:1].isdigit() and head[:1] not in "+-*":
            if head == "events":
                events = tuple(rest.split())
            elif head == "positions":
                positions = len(rest.split())
            elif head == "totals":
                totals = _sum(totals, [int(v) for v in rest.split()])
            elif head == "summary":
                summary = _sum(summary, [int(v) for v in rest.split()])
            continue
        if key.startswith(("jump", "jcnd")):
            continue
        fields = line.split()
        costs = [int(v) for v in fields[positions:]]
        if in_call:
            _add(inclusive, callee or function, costs)
            in_call = False
        else:
            _add(own, function, costs)
    return Profile(events, totals or summary, inclusive, own)


def _sum(old: tuple[int, ...], new: Sequence[int]) -> tuple[int, ...]:
    """``old`` plus ``new`` column by column (a file holding several parts)."""
    width = max(len(old), len(new))
    return tuple((old[i] if i < len(old) else 0) + (new[i] if i < len(new) else 0) for i in range(width))


def consulted_slot(layer: int, producer: int, producers: int) -> int:
    """The helper slot of ``producer``'s consultations made while extractor ``layer`` runs (``layer``
    one past the last extractor: made outside every extractor)."""
    return layer * producers + producer


def side_figures(
    profile: Profile, layers: Sequence[str], consulted: Sequence[str], event: str = "Ir"
) -> dict[str, int]:
    """Instructions of the measured pass: ``total``; each layer's own (its inclusive cost less the
    consultations made inside it, as ``_time_inside`` splits time); each consulted producer's, summed
    and (indented) by the layer that asked; ``core``, the rest. Layers + consulted + core = total.

    ``layers[i]`` is the extractor called through ``abinstr_layer_i``; ``consulted[j]`` the producer
    whose consultations during layer ``i`` go through ``abinstr_consulted_<consulted_slot(i, j)>``.
    ``event`` is the column read (``Ir``, or a cache simulation's miss counts: :data:`CACHE_EVENTS`).
    """
    figures = {"total": profile.total(event)}
    asked = {name: 0 for name in layers}
    details: dict[str, int] = {}
    for i, layer in enumerate([*layers, "no layer"]):
        for j, producer in enumerate(consulted):
            cost = profile.called(CONSULTED_FUNCTION.format(consulted_slot(i, j, len(consulted))), event)
            if i < len(layers):
                asked[layer] += cost
            if cost:
                details[f"  {producer} for {layer}"] = cost
    for slot, name in enumerate(layers):
        figures[name] = profile.called(LAYER_FUNCTION.format(slot), event) - asked[name]
    for producer in consulted:
        figures[f"{producer} (consulted)"] = sum(
            cost for key, cost in details.items() if key.startswith(f"  {producer} for ")
        )
    figures.update(details)
    figures["core"] = figures["total"] - sum(figures[name] for name in layers) - sum(details.values())
    allocators = sum(
        profile.event(costs, event) for name, costs in profile.own.items() if name.split(".")[0] in ALLOCATORS
    )
    figures["allocators (within the lines)"] = allocators
    figures["total less allocators"] = figures["total"] - allocators
    return figures


# --- the measured pass (run by each side's own interpreter, under callgrind) ---------------------


def _through(entry: Callable[[Any], Any], work: Callable[..., Any]) -> Callable[..., list[Any]]:
    """``work`` (its output read whole) called through the helper's C function ``entry``."""

    def call(*arguments: Any) -> list[Any]:
        return entry(lambda: list(work(*arguments)))

    return call


def _helper(library: Path) -> Any:
    """The compiled helper module at ``library``."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("abinstr_helper", library)
    if spec is None or spec.loader is None:
        raise InstructionsError(f"{library}: not a module")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _instrumented(full: Any, module: Any) -> Any:
    """``full`` with each extractor called through its layer frame and each consultation through the
    frame of its producer and of the layer running when it is made (:func:`consulted_slot`)."""
    layers, producers = len(full.extractors), len(full.consulted)
    if layers > SLOTS or (layers + 1) * producers > SLOTS:
        raise InstructionsError(f"more extractors or consulted producers than {SLOTS} slots: raise SLOTS")
    running = [layers]  # the extractor running now (its index; ``layers``: none)

    def layer(index: int, extractor: Any) -> Any:
        through = _through(getattr(module, LAYER_FUNCTION.format(index)), extractor.extract)

        def extract(doc: Any) -> list[Any]:
            running[0] = index
            try:
                return through(doc)
            finally:
                running[0] = layers

        return attrs.evolve(extractor, extract=extract)

    def producer(index: int, consulted: Any) -> Any:
        slots = [consulted_slot(i, index, producers) for i in range(layers + 1)]
        frames = [getattr(module, CONSULTED_FUNCTION.format(slot)) for slot in slots]

        def extract_within(doc: Any, span: Any) -> list[Any]:
            return frames[running[0]](lambda: list(consulted.extract_within(doc, span)))

        return attrs.evolve(consulted, extract_within=extract_within)

    return attrs.evolve(
        full,
        extractors=tuple(layer(i, e) for i, e in enumerate(full.extractors)),
        consulted=tuple(producer(i, p) for i, p in enumerate(full.consulted)),
    )


def measure(articles: Sequence[dict[str, Any]], helper: Path, names_out: Path) -> None:
    """Parse ``articles`` once to warm, then once inside ``abinstr_measured`` (:func:`_instrumented`);
    the extractors' and consulted producers' names written to ``names_out``."""
    import pipeline_ab  # (tools/: this file's folder is on the path)

    import newsparse

    module = _helper(helper)
    full = newsparse.default_pipeline()
    wrapped = _instrumented(full, module)
    for article in articles:  # the warm pass: compiled patterns, caches, lazy tables; not counted
        pipeline_ab.parse(wrapped, article)

    def measured() -> list[None]:
        for article in articles:
            pipeline_ab.parse(wrapped, article)
        return []

    _through(module.abinstr_measured, measured)()
    names = {"layers": [e.name for e in full.extractors], "consulted": [p.produces for p in full.consulted]}
    names_out.write_text(json.dumps(names), encoding="utf-8")


# --- the A/B ------------------------------------------------------------------------------------


def count_side(
    python: Path, checkout: Path, options: Sequence[str], folder: Path, valgrind: str, cache_sim: bool = False
) -> dict[str, dict[str, int]]:
    """One side's figures by event (``Ir``; with ``cache_sim`` also :data:`CACHE_EVENTS`): a plain run
    first (every ``.pyc`` written), then the counted run."""
    names = folder / "names.json"
    out = folder / "callgrind.out"
    worker = [str(python), str(TOOLS / "callgrind_ab.py"), "measure", *options, "--names-out", str(names)]
    environment = {**os.environ, "PYTHONHASHSEED": HASH_SEED}
    for command in (
        worker,
        [
            valgrind,
            "-q",
            "--tool=callgrind",
            "--collect-atstart=no",
            f"--toggle-collect={MEASURED}",
            f"--callgrind-out-file={out}",
            *(["--cache-sim=yes", *CACHE_GEOMETRY] if cache_sim else []),
            *worker,
        ],
    ):
        done = subprocess.run(command, cwd=checkout, env=environment, capture_output=True, text=True)
        if done.returncode != 0:
            raise InstructionsError(f"{checkout}: {' '.join(command[:4])} ... failed:\n{done.stderr[-2000:]}")
    listed = json.loads(names.read_text(encoding="utf-8"))
    profile = parse_callgrind(out.read_text(encoding="utf-8", errors="replace"))
    events = ("Ir", *CACHE_EVENTS) if cache_sim else ("Ir",)
    return {event: side_figures(profile, listed["layers"], listed["consulted"], event) for event in events}


def report(figures: Mapping[str, Mapping[str, int]], event: str = "Ir") -> str:
    """Per line (total, each layer, core, consultations): base and new in millions, difference, ratio
    (``event``: the column, named in the header when it is not the instructions)."""
    base, new = figures["base"], figures["new"]
    order = ["total", *[k for k in base if k != "total"], *[k for k in new if k not in base]]
    label = "" if event == "Ir" else event
    lines = [f"{label:30} {'base M':>10} {'new M':>10} {'new-base M':>11} {'new/base':>9}"]
    for key in order:
        old, now = base.get(key, 0), new.get(key, 0)
        ratio = f"{now / old:.4f}" if old else "-"
        lines.append(f"{key:30} {old / 1e6:10.2f} {now / 1e6:10.2f} {(now - old) / 1e6:+11.2f} {ratio:>9}")
    lines.append("(each layer its own work; the consultations it made are in the consulted lines; the")
    lines.append(" layers, the consulted lines unindented and core sum to the total; the allocators'")
    lines.append(" own work, inside those lines, moves ~0.1% of a pass between runs of one checkout)")
    return "\n".join(lines)


def compare(
    checkouts: Mapping[str, Path], options: Sequence[str], folder: Path, cache_sim: bool = False
) -> dict[str, dict[str, dict[str, int]]]:
    """Both sides counted, one after the other (their output files kept under ``folder``): by side, by
    event (``Ir``, and with ``cache_sim`` callgrind's simulated cache misses too)."""
    valgrind = require_valgrind()
    figures = {}
    for side, checkout in checkouts.items():
        place = folder / side
        place.mkdir(parents=True, exist_ok=True)
        python = checkout / ".venv" / "bin" / "python"
        helper = compile_helper(python, place)
        figures[side] = count_side(
            python, checkout, [*options, "--helper", str(helper)], place, valgrind, cache_sim
        )
    return figures


def write_drawn(articles: Sequence[dict[str, Any]], out: Path) -> Path:
    """The drawn articles as JSONL at ``out``: each side's counted run reads these and nothing else."""
    out.write_text("".join(json.dumps(a, sort_keys=True) + "\n" for a in articles), encoding="utf-8")
    return out


def _measure_main(argv: Sequence[str]) -> int:
    """``measure``: the counted pass, run by a side's interpreter (``compare`` starts it)."""
    import argparse

    parser = argparse.ArgumentParser(description="the counted pass of tools/pipeline_ab.py instructions")
    parser.add_argument("mode", choices=("measure",))
    parser.add_argument("--drawn", type=Path, required=True, help="the articles, JSONL (write_drawn)")
    parser.add_argument("--helper", type=Path, required=True, help="the compiled helper module")
    parser.add_argument("--names-out", type=Path, required=True, help="where the layers' names go")
    args = parser.parse_args(argv)
    lines = args.drawn.read_text(encoding="utf-8").splitlines()
    measure([json.loads(line) for line in lines if line.strip()], args.helper, args.names_out)
    return 0


if __name__ == "__main__":
    sys.exit(_measure_main(sys.argv[1:]))
