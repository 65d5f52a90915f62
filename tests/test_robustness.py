"""Robustness of the whole pipeline: hostile, huge and broken input never crashes nor misplaces an offset.

The built-in plugins run exactly as installed (``pipeline_for`` of the four packages).  Every
nasty input has a bounded size, so a layer whose run time is not linear in the text's length (a
regular expression that backtracks, a quadratic loop) shows up as a test that does not finish in
the suite's usual time; the benchmark (``make bench``) shows time per character across sizes.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterator
from pathlib import Path

import attrs
import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newsparse
import newsparse_agreements
import newsparse_dates
import newsparse_entities
import newsparse_quantities
from newsparse import Annotation, Document, Extractor, Failure, Pipeline, hookimpl, parse_many
from newsparse.batch_cli import batch
from newsparse.model import span_errors
from newsparse.serialize import document_from_dict
from newsparse.strategies import news_texts, published_dates
from newsparse.testing import check_document, pipeline_for

BUILTINS = (newsparse_dates, newsparse_quantities, newsparse_entities, newsparse_agreements)
CORPUS = Path(os.environ.get("NEWSPARSE_CORPORA", Path(__file__).resolve().parents[2] / "shared" / "corpora"))
ARTICLES = CORPUS / "news" / "articles.jsonl"

# Nasty inputs, generated (not committed): name -> text.  Sizes are bounded but large enough that
# a quadratic layer takes minutes instead of a fraction of a second.
NASTY: dict[str, str] = {
    "empty": "",
    "whitespace only": " \t\n\r\x0b\x0c\u00a0\u2028\u2029\u3000" * 2_000,
    "newlines": "\n" * 20_000 + "\r\n" * 20_000,
    "100,000 digits": "7" * 100_000,
    "digits with separators": "1" + ",000" * 25_000,
    "comma digits": "1," * 50_000,
    "dotted digits": "1." * 50_000,
    "spaced digits": "9 " * 50_000,
    "50,000 x over 1,000 and": "over 1,000 and " * 50_000,
    "ranges": "between 1 and 2 and 3 and " * 4_000,
    "vague amounts": "hundreds of thousands of " * 4_000,
    "currency signs": "$" * 50_000 + "$4.5bn " * 5_000,
    "percent": "% 50% " * 10_000,
    "fractions and exponents": "½ ¼ 1e10 3.5e-4 " * 5_000,
    "long capital run": "A" * 100_000,
    "capitalised words": "The United Nations Security Council " * 3_000,
    "initialisms": "U.S. U.N. E.U. " * 7_000,
    "titles": "Mr. Gen. Dr. " * 8_000,
    "hyphens": "-" * 100_000,
    "hyphenated": "al-" * 30_000 + "cease-fire-" * 5_000,
    "dots": "." * 100_000,
    "ellipses": "... " * 25_000,
    "spaces": " " * 100_000,
    "long word": "a" * 100_000,
    "long url": "https://example.com/" + "a/" * 50_000,
    "iso dates": "2018-02-06 " * 10_000,
    "weekdays": "Monday Tuesday on Saturday " * 4_000,
    "months": "January February March 2011 " * 4_000,
    "times": "12:00 2:00 pm " * 8_000,
    "relative dates": "two weeks ago next year last month " * 3_000,
    "country list": "Turkey, Russia and Iran, " * 4_000,
    "agreement words": "signed a cease-fire agreement in Astana " * 3_000,
    "casualty clauses": "Gunmen killed 3 people, wounded 4 soldiers, and abducted 5 villagers in Kabul, "
    * 400,
    "table": "| Turkey | 5 | killed | 2018-02-06 |\n" * 800,
    "nul and controls": ("\x00" * 100 + "On Monday 5\x00people\x07died in\x1b[31m Ankara.\x7f\x85\x9f ")
    * 500,
    "all control characters": "".join(chr(c) for c in [*range(32), *range(127, 160)]) * 500,
    "rtl": "قال مسؤولون إن ٢١١ مدنيا قتلوا يوم السبت في أنقرة. אמר ביום שני ש-211 נהרגו. \u202e211\u202c "
    * 500,
    "bidi controls": "\u202a\u202b\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f On Monday 211 died. "
    * 1_000,
    "combining marks": "e\u0301" * 20_000 + "1\u0301,\u0301000" * 2_000,
    "zalgo": ("Z" + "\u0300\u0301\u0302\u0303\u0304" * 200 + " ") * 100,
    "emoji": "👩‍👩‍👧‍👦 🇹🇷🇷🇺 5️⃣ people 🔥" * 2_000,
    "zero width": "\u200b\u200c\u200d\ufeff" * 10_000 + "2\u200b0\u200b1\u200b8",
    "html": (
        '<p class="x">On <b>Monday</b>, 211 civilians&nbsp;were killed.</p>'
        "<script>var x = 1,000; if (a < b && c > d) {}</script><!-- comment --> "
    )
    * 500
    + "<" * 10_000
    + "&amp;" * 5_000,
    "cjk": "中华人民共和国 二〇一八年二月六日 三千人 " * 3_000,
    "other digits": "१२३ ١٢٣ ๑๒๓ １２３，４５６ " * 5_000,
    "roman numerals": "XIV MMXVIII " * 8_000,
    "lone surrogates": "On Monday \ud800 211 \udfff people." * 1_000,
    "private use and noncharacters": "\ue000\uf8ff\ufdd0\uffff\U0010ffff" * 5_000,
}


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    """The installed built-in plugins, non-strict so that every problem is collected."""
    return pipeline_for(*BUILTINS)


def assert_sound(pipeline: Pipeline, doc: Document) -> None:
    """No extractor raised or returned a bad offset, every offset is right, and JSON round-trips."""
    # a blank text records only that there is nothing to parse
    assert [p for p in doc.problems if p.error != "EmptyText"] == [], doc.problems
    for name, items in doc.layers.items():
        for item in items:
            assert span_errors(item, doc.text) == [], (name, item)
    types = {e.produces: e.annotation_type for e in pipeline.extractors}
    assert document_from_dict(json.loads(doc.to_json()), types) == doc


@pytest.mark.parametrize("name", list(NASTY))
def test_nasty_input(pipeline: Pipeline, name: str) -> None:
    text = NASTY[name]
    doc = pipeline.parse(text, published="2018-02-06")
    assert doc.text == text
    assert_sound(pipeline, doc)


def test_five_megabyte_paragraph(pipeline: Pipeline) -> None:
    """One paragraph just under the default limit (5,000,000 characters), no line break at all."""
    sentence = (
        "On Saturday, over 3,000 people fled Ankara, officials of the United Nations said, "
        "and Turkey, Russia and Iran signed a cease-fire agreement in Astana on Feb. 3, 2018 "
        "that covers roughly 3,035 square kilometers. "
    )
    text = (sentence * (newsparse.DEFAULT_MAX_CHARS // len(sentence) + 1))[: newsparse.DEFAULT_MAX_CHARS]
    doc = pipeline.parse(text, published="2018-02-06")
    assert doc.problems == ()  # the pipeline checked every offset: a bad one would be a Problem
    with pytest.raises(newsparse.TextTooLarge):
        pipeline.parse(text + ".")


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(st.text(max_size=300), st.text(st.characters(codec="utf-8"), max_size=300), news_texts()))
def test_arbitrary_unicode(text: str) -> None:
    """No crash (strict mode raises on any extractor error), valid offsets, deterministic, JSON."""
    check_document(pipeline_for(*BUILTINS), text, "2018-02-06")


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(list(NASTY)), min_size=1, max_size=4), published_dates())
def test_mixed_nasty_fragments(names: list[str], published: object) -> None:
    """Pieces of the nasty inputs glued together (short pieces: the boundaries are what matter)."""
    text = " ".join(NASTY[name][:200] for name in names)
    check_document(pipeline_for(*BUILTINS), text, published)  # type: ignore[arg-type]


def _corpus_items() -> Iterator[dict[str, object]]:
    with ARTICLES.open(encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            yield {"id": record.get("id"), "text": record["text"], "published": record.get("published")}


@pytest.mark.skipif(not ARTICLES.exists(), reason=f"{ARTICLES} is not present")
def test_every_corpus_article(pipeline: Pipeline) -> None:
    count = 0
    for result in parse_many(_corpus_items(), workers=2, pipeline=pipeline):
        assert not isinstance(result, Failure), result
        assert_sound(pipeline, result)
        count += 1
    assert count > 0


# --- failures stay where they happen ----------------------------------------------------------


@attrs.frozen
class Flag(Annotation):
    """What the fragile extractor finds: the first token."""

    start: int
    end: int
    text: str


def fragile(doc: Document) -> Iterator[Flag]:
    """Raises on a document that contains BOOM."""
    if "BOOM" in doc.text:
        raise ValueError("exploded on purpose")
    yield from (Flag(t.start, t.end, t.text) for t in doc.tokens[:1])


class FragilePlugin:
    """A plugin that raises on one document."""

    @hookimpl
    def newsparse_register_extractors(self, register: Callable[[Extractor], None]) -> None:
        register(Extractor(name="fragile", produces="fragile", extract=fragile, annotation_types=Flag))


def _article(i: int) -> str:
    return (
        f"ANKARA - On Monday, {i} people gathered in Ankara, officials said. Over {3 * i + 1:,} civilians "
        "have fled since March 2011; Turkey, Russia and Iran signed a cease-fire agreement in Astana."
    )


def test_raising_plugin_affects_only_that_document_layer(pipeline: Pipeline) -> None:
    with_fragile = pipeline_for(*BUILTINS, FragilePlugin())
    texts = [_article(i) + (" BOOM" if i == 7 else "") for i in range(20)]
    results = list(parse_many(texts, workers=2, pipeline=with_fragile))
    assert all(isinstance(r, Document) for r in results)
    for i, (text, doc) in enumerate(zip(texts, results, strict=True)):
        assert isinstance(doc, Document)
        alone = pipeline.parse(text)
        for layer in pipeline.layers:
            assert doc.layer(layer) == alone.layer(layer)  # the other layers are untouched
        if i == 7:
            assert [(p.extractor, p.layer, p.error) for p in doc.problems] == [
                ("fragile", "fragile", "ValueError")
            ]
            assert doc.layer("fragile") == ()
        else:
            assert doc.problems == ()
            assert len(doc.layer("fragile")) == 1


def test_batch_of_1000_with_one_percent_broken(tmp_path: Path) -> None:
    lines: list[bytes] = []
    broken = set(range(50, 1000, 100))  # 10 of 1,000
    kinds = [b"{not json", b'{"text": null}', b"\xff\xfe\x00", b"", b"[]"]
    for i in range(1000):
        if i in broken:
            lines.append(kinds[i // 100 % len(kinds)])
        else:
            lines.append(json.dumps({"id": i, "text": _article(i), "published": "2018-02-06"}).encode())
    source = tmp_path / "in.jsonl"
    source.write_bytes(b"\n".join(lines) + b"\n")
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(batch, [str(source), "-o", str(out), "--workers", "2", "--progress", "none"])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    assert len(records) == 1000
    assert {i for i, r in enumerate(records) if "error" in r} == broken
    assert all(records[i]["error"]["index"] == i for i in broken)
    assert all(records[i]["text"] == _article(i) for i in range(1000) if i not in broken)
    assert "990 documents" in result.stderr and "10 errors" in result.stderr
