"""Fuzz target for the whole pipeline (the four built-in plugins, strict): any text, any date.

One property, three drivers.  The property (:func:`pipeline_property`, a hypothesis test) parses
a generated text in strict mode, so any extractor exception fails it, and checks every offset,
determinism and the exact JSON round trip (``newsparse.testing.check_document``).  Texts are
arbitrary unicode, news-like prose, or both glued together with hostile fragments.

- coverage-guided with atheris (``pip install atheris`` into .venv; not a dependency), which
  feeds its byte strings to hypothesis' ``fuzz_one_input``::

      mkdir -p /tmp/fuzz && .venv/bin/python -m tests.fuzz.fuzz_pipeline -max_total_time=600 \
          -rss_limit_mb=4096 -artifact_prefix=/tmp/fuzz/ /tmp/fuzz

  (from the repository's root; /tmp/fuzz keeps the corpus between runs).  A failing input is
  saved as ``/tmp/fuzz/crash-<sha1>``; replay it with
  ``.venv/bin/python -m tests.fuzz.fuzz_pipeline /tmp/fuzz/crash-<sha1>``.
- without atheris, for a set time, on random byte strings (hypothesis' own generation)::

      .venv/bin/python -m tests.fuzz.fuzz_pipeline --seconds 600

- briefly in the test suite (``tests/fuzz/test_fuzz_pipeline.py``, a few seconds).
"""

from __future__ import annotations

import functools
import sys
import time
from typing import TYPE_CHECKING, Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

if TYPE_CHECKING:
    from newsparse import Pipeline

# Hostile pieces to glue into texts: separators, digits, marks, controls, scripts, markup.
FRAGMENTS = (
    "1,000",
    "over",
    "and",
    "between",
    "-",
    "–",
    "—",
    ".",
    "...",
    ",",
    ":",
    "/",
    "$",
    "%",
    "€",
    "£",
    "\x00",
    "\u200b",
    "\u202e",
    "\u0301",
    "\ufeff",
    "\r\n",
    "\n\n",
    "\r",
    "\r\r",
    "\r\n\r\n",
    "\t",
    "  ",
    "<p>",
    "</b>",
    "&amp;",
    "U.S.",
    "Mr.",
    "al-",
    "cease-fire",
    "2018-02-06",
    "Feb. 3",
    "on Saturday",
    "3.5bn",
    "½",
    "1e10",
    "٢١١",
    "１２３",
    "中华",
    "👩‍👩‍👧",
    "🇹🇷",
    "O'Neil",
    "Turkey",
    "Russia and Iran",
    "Astana",
    "signed",
)


@functools.cache
def pipeline() -> Pipeline:
    """The built-in plugins, strict: an extractor's exception is a failure, not a Problem."""
    import newsparse_agreements
    import newsparse_dates
    import newsparse_entities
    import newsparse_quantities
    from newsparse.testing import pipeline_for

    return pipeline_for(
        newsparse_dates, newsparse_quantities, newsparse_entities, newsparse_agreements, strict=True
    )


def texts() -> st.SearchStrategy[str]:
    """Arbitrary unicode, news-like prose, and hostile fragments glued to both."""
    from newsparse.strategies import news_texts

    noise = st.text(max_size=200)
    piece = st.one_of(noise, news_texts(max_pieces=6), st.sampled_from(FRAGMENTS))
    glued = st.lists(piece, max_size=12).map("".join)
    spaced = st.lists(piece, max_size=12).map(" ".join)
    return st.one_of(noise, news_texts(), glued, spaced)


@functools.cache
def pipeline_property() -> Any:
    """The property as a hypothesis test (built on first use, so atheris can instrument first)."""
    from newsparse.strategies import published_dates
    from newsparse.testing import check_document

    @settings(max_examples=50, deadline=None, database=None, suppress_health_check=list(HealthCheck))
    @given(text=texts(), published=published_dates())
    def check(text: str, published: Any) -> None:
        """Strict parse: no exception, offsets valid, deterministic, exact JSON round trip."""
        check_document(pipeline(), text, published)

    return check


def fuzz_one_input(data: bytes) -> None:
    """Run the property on the example that the byte string ``data`` encodes."""
    pipeline_property().hypothesis.fuzz_one_input(data)


def run_inputs(count: int, seed: int | None = None) -> int:
    """Run the property on ``count`` random byte strings (no clock: the same work on any machine)."""
    import random

    rng = random.Random(seed)
    for _ in range(count):
        fuzz_one_input(rng.randbytes(rng.randrange(1, 4096)))
    return count


def run_for(seconds: float, seed: int | None = None) -> int:
    """Run the property on random byte strings for ``seconds``; return how many inputs ran."""
    import random

    rng = random.Random(seed)
    pipeline()  # build it before the clock starts
    runs = 0
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        fuzz_one_input(rng.randbytes(rng.randrange(1, 4096)))
        runs += 1
    return runs


def main(argv: list[str]) -> int:
    """atheris when installed (libFuzzer flags), else ``--seconds N`` of random inputs."""
    if "--seconds" in argv:
        seconds = float(argv[argv.index("--seconds") + 1])
        started = time.monotonic()
        runs = run_for(seconds)
        print(f"fuzz_pipeline: {runs:,} inputs in {time.monotonic() - started:.0f} s, no failure")
        return 0
    try:
        import atheris
    except ImportError:
        print("atheris is not installed; use --seconds N (or pip install atheris)", file=sys.stderr)
        return 2
    modules = [
        "newsparse",
        "newsparse_dates",
        "newsparse_quantities",
        "newsparse_entities",
        "newsparse_agreements",
    ]
    with atheris.instrument_imports(include=modules):  # coverage feedback from our code only
        pipeline()
        pipeline_property()
    atheris.Setup(argv, fuzz_one_input)
    atheris.Fuzz()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
