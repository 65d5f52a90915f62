"""The ``html`` output format: structure on hand-built documents, and a real headless-browser render."""

from __future__ import annotations

import datetime as dt
import json
import re
import shutil
import struct
import subprocess
import zlib
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsparse import (
    Agreement,
    Annotation,
    DateRef,
    Document,
    Entity,
    Interval,
    Mention,
    Meta,
    Problem,
    Quantity,
    RawAnnotation,
    Span,
    TimeExpression,
)
from newsparse.plugins import make_plugin_manager, registry_from
from newsparse.presentation import Column, Presentation
from newsparse.render import html as html_module
from newsparse.render.html import render_html
from newsparse.render.html_text import MAX_KEYS, MAX_LAYERS
from newsparse.render.timeline import Scale
from newsparse.render.view import installed_presentations

PRESENTATIONS = installed_presentations()

TEXT = (
    "On Saturday, Russia and Turkey signed a ceasefire in Astana. Officials said 30 militants were killed "
    '<script>alert("x")</script> & more. Since March 2011, 211 civilians died, "Ankara" said.'
)


@attrs.frozen
class Claim(Annotation):
    """A claims-layer record as a third-party plugin might define it (for the generic table)."""

    start: int
    end: int
    text: str
    source: str
    cue: str
    quantities: tuple[Span, ...] = ()


def _span(text: str, needle: str, nth: int = 0) -> tuple[int, int]:
    """Offsets of the ``nth`` occurrence of ``needle`` in ``text``."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(needle, start + 1)
    return start, start + len(needle)


def _time(text: str, needle: str, type_: str, value: str, interval: tuple[str, str] | None) -> TimeExpression:
    start, end = _span(text, needle)
    return TimeExpression(
        start, end, needle, type_, value, interval=Interval(*interval) if interval else None, anchored=True
    )


def _mention(text: str, needle: str, nth: int = 0) -> Mention:
    start, end = _span(text, needle, nth)
    return Mention(start, end, needle, form="name")


def build_document(text: str = TEXT) -> Document:
    """A document with every kind of layer: typed, third-party typed, raw, overlapping spans."""
    dates = (
        _time(text, "Saturday", "DATE", "2018-02-03", ("2018-02-03", "2018-02-03")),
        _time(text, "March 2011", "DATE", "2011-03", ("2011-03-01", "2018-02-06")),
    )
    s = _span(text, "30 militants")[0]
    militants = _span(text, "militants")
    s2, e2 = _span(text, "211")
    quantities = (
        Quantity(s, s + 2, "30", 30, counted=Span(militants[0], militants[1], "militants")),
        Quantity(s2, e2, "211", 211, low=200, high=250, modifier="range"),
    )
    entities = (
        Entity("Q159", "GPE", "Russia", (_mention(text, "Russia"),), {"wikidata": "Q159"}),
        Entity(
            "Q43",
            "GPE",
            'Turkey <marquee>"T"</marquee>',
            (_mention(text, "Turkey"), _mention(text, "Ankara")),
        ),
    )
    a_start, a_end = _span(text, "On Saturday, Russia and Turkey signed a ceasefire in Astana")
    agreements = (
        Agreement(
            a_start,
            a_end,
            text[a_start:a_end],
            "ceasefire",
            parties=("Q159", "Q43"),
            guarantors=("Q43",),
            venue="Astana",
            date=DateRef(*_span(text, "Saturday"), "Saturday", "2018-02-03"),
            status="signed",
        ),
    )
    c_start, c_end = _span(text, "Officials said 30 militants were killed")
    claims = (
        Claim(
            c_start,
            c_end,
            text[c_start:c_end],
            source="officials",
            cue="said",
            quantities=(Span(s, s + 2, "30"),),
        ),
    )
    k_start, k_end = _span(text, "211 civilians died")
    events = (
        RawAnnotation(
            {"start": k_start, "end": k_end, "text": text[k_start:k_end], "role": "killed", "count": 211}
        ),
    )
    return Document(
        text,
        Meta(published="2018-02-06", title='Ceasefire <marquee>"news"</marquee>'),
        layers={
            "dates": dates,
            "quantities": quantities,
            "entities": entities,
            "agreements": agreements,
            "claims": claims,
            "events": events,
        },
        problems=(Problem("weapons", "ValueError", "bad <input>", "weapons"),),
    )


class _Page(HTMLParser):
    """Collects what the tests look at: highlighted text per annotation, tags, attributes, texts."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, dict[str, str | None]]] = []
        self.by_key: dict[str, str] = {}
        self.article: list[str] = []
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        self.tags.append((tag, values))
        if tag not in ("meta", "input", "br", "line", "rect", "path", "circle"):
            self.stack.append((tag, values))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_endtag(self, tag: str) -> None:
        if tag in ("meta", "input", "br", "line", "rect", "path", "circle"):
            return
        assert self.stack and self.stack[-1][0] == tag, f"</{tag}> closes {self.stack[-1:]}"
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        classes = [(values.get("class") or "").split() for _, values in self.stack]
        if any("article" in c for c in classes):
            self.article.append(data)
            for _, values in self.stack:
                for key in (values.get("data-ann") or "").split():
                    self.by_key[key] = self.by_key.get(key, "") + data


def parse_page(page: str) -> _Page:
    parser = _Page()
    parser.feed(page)
    parser.close()
    return parser


def expected_keys(doc: Document) -> Iterator[tuple[str, str]]:
    """(data-ann key, covered text) of every non-empty span the page must highlight."""
    for index, name in enumerate(doc.layers):
        for number, annotation in enumerate(doc.layers[name]):
            data = annotation.data if isinstance(annotation, RawAnnotation) else None
            end = data.get("end") if data is not None else getattr(annotation, "end", None)
            if isinstance(end, int):
                start = data["start"] if data is not None else annotation.start  # type: ignore[attr-defined]
                if end > start:
                    yield f"{index}.{number}", doc.text[start:end]
                continue
            for position, mention in enumerate(getattr(annotation, "mentions", ())):
                if mention.end > mention.start:
                    yield f"{index}.{number}.{position}", doc.text[mention.start : mention.end]


# -- Structure --------------------------------------------------------------------------------


def test_every_span_is_highlighted_with_exactly_its_text() -> None:
    doc = build_document()
    page = parse_page(render_html(doc))
    expected = dict(expected_keys(doc))
    assert len(expected) == 2 + 2 + 3 + 1 + 1 + 1
    assert page.by_key == expected


def test_article_text_is_the_document_text() -> None:
    doc = build_document()
    assert "".join(parse_page(render_html(doc)).article) == doc.text


def test_overlapping_spans_nest_one_element_per_layer() -> None:
    page = render_html(build_document())
    # "Saturday" lies inside the agreement: its segment is wrapped by the agreement, then the date.
    match = re.search(
        r'<span class="hl (L\d) d0"[^>]*>(<span class="hl (L\d) d1"[^>]*>)Saturday</span></span>', page
    )
    assert match is not None
    assert {match.group(1), match.group(3)} == {"L3", "L0"}
    assert match.group(1) == "L3"  # the long agreement span is outermost


def _tips(page: str) -> str:
    parsed = parse_page(page)
    return "\n".join(
        v.get("data-tip") or "" for tag, v in parsed.tags if tag == "span" and "hl" in (v.get("class") or "")
    )


def test_tooltips_say_in_words_what_the_presentations_say() -> None:
    joined = _tips(render_html(build_document()))
    for expected in (
        "Dates: “Saturday”",
        "Sat 3 Feb 2018",
        "Mar 2011 to 6 Feb 2018",
        "30 militants",
        "200 to 250",
        "Russia: country, region or city",
        "id Q159",
        "Wikidata Q159",
        "ceasefire, signed",
        "between Russia and Turkey",
        "guaranteed by Turkey",
        "source: officials",  # a third party's layer without a presentation: its fields
        "role: killed",
        "(name)",  # the form of an entity's mention
    ):
        assert expected in joined, expected
    assert "TIMEX3" not in joined and "2011-03-01" not in joined
    assert 'Turkey <marquee>"T"</marquee>: country' in joined  # unescaped by the parser: escaped in the page


def test_text_and_fields_are_escaped() -> None:
    page = render_html(build_document())
    assert "<script" not in page.lower()
    assert '&lt;script&gt;alert("x")&lt;/script&gt;' in page  # element text: quotes may stay
    assert "<marquee" not in page
    assert '<title>Ceasefire &lt;marquee&gt;"news"&lt;/marquee&gt;</title>' in page
    assert "Turkey &lt;marquee&gt;" in page  # an entity's name in tooltips and tables
    assert "bad &lt;input&gt;" in page
    assert "&amp; more" in page


def test_no_network_resources_and_a_strict_policy() -> None:
    doc = attrs.evolve(build_document(), meta=Meta(published="2018-02-06", url="https://example.com/x?a=1"))
    text = render_html(doc)
    page = parse_page(text)
    for tag, values in page.tags:
        for name, value in values.items():
            assert name not in ("src", "href", "srcset", "action", "xlink:href", "poster", "data"), (
                tag,
                name,
            )
            assert "http:" not in (value or "") and "https:" not in (value or ""), (tag, name, value)
    assert "url(" not in text and "@import" not in text
    assert "https://example.com/x?a=1" in text  # shown as text, not loaded
    policy = next(v["content"] for t, v in page.tags if t == "meta" and v.get("http-equiv"))
    for rule in ("default-src 'none'", "form-action 'none'", "base-uri 'none'"):
        assert rule in (policy or ""), rule


def test_legend_has_one_checkbox_and_one_only_choice_per_layer() -> None:
    doc = build_document()
    page = parse_page(render_html(doc))
    boxes = [v for tag, v in page.tags if tag == "input" and v.get("type") == "checkbox"]
    assert [b["id"] for b in boxes] == [f"layer-{i}" for i in range(len(doc.layers))]
    assert all("checked" in b for b in boxes)
    radios = [v["id"] for tag, v in page.tags if tag == "input" and v.get("type") == "radio"]
    assert radios == ["only-all", *(f"only-{i}" for i in range(len(doc.layers)))]
    html = render_html(doc)
    for i, name in enumerate(doc.layers):
        assert f'>{name} <span class="count">({len(doc.layers[name])})</span>' in html
        assert f"body:has(#layer-{i}:not(:checked)) .hl.L{i}" in html
        assert f"body:has(#only-{i}:checked) .hl:not(.L{i})" in html


def _layer_colours(page: str) -> list[str]:
    return re.findall(r"\.L\d+ \{ --c: (#[0-9a-f]{6});", page)


def test_layer_colours_are_distinct_and_come_from_the_presentations() -> None:
    doc = attrs.evolve(build_document(), layers={**build_document().layers, "weapons": (), "misc": ()})
    colours = _layer_colours(render_html(doc))
    assert len(colours) == len(doc.layers) == len(set(colours))
    assert colours[0] == PRESENTATIONS["dates"][0].colour


def test_timeline_has_one_marker_per_resolved_date() -> None:
    text = "On Saturday and on 2017-12-25 and for three months and last week, and in 1999."
    dates = (
        _time(text, "Saturday", "DATE", "2018-02-03", ("2018-02-03", "2018-02-03")),
        _time(text, "2017-12-25", "DATE", "2017-12-25", None),  # a full ISO value without interval
        _time(text, "three months", "DURATION", "P3M", None),  # not resolved
        _time(text, "last week", "DURATION", "P1W", ("2018-01-29", "2018-02-04")),
        _time(text, "1999", "DATE", "1999", None),  # not a full date
    )
    doc = Document(text, Meta(published="2018-02-06"), layers={"dates": dates})
    page = parse_page(render_html(doc))
    marks = [v for _, v in page.tags if "tl-mark" in (v.get("class") or "")]
    assert [(m["data-first"], m["data-last"]) for m in marks] == [
        ("2017-12-25", "2017-12-25"),
        ("2018-01-29", "2018-02-04"),
        ("2018-02-03", "2018-02-03"),
    ]
    assert sum(1 for _, v in page.tags if v.get("class") == "pub") == 1
    assert "published 2018-02-06" in render_html(doc)


def test_the_timeline_knows_no_layer_only_presentations() -> None:
    text = "On Saturday."
    date = _time(text, "Saturday", "DATE", "2018-02-03", ("2018-02-03", "2018-02-03"))
    doc = Document(text, Meta(), layers={"when": (date,)})
    assert 'class="dot tl-mark' not in render_html(doc)  # "when" has no presentation placing it in time
    moved = {"when": PRESENTATIONS["dates"]}
    assert "tl-mark t-date" in render_html(doc, moved)


def test_timeline_squeezes_a_long_empty_gap() -> None:
    text = "Since March 2011, and in January and on Saturday."
    dates = (
        _time(text, "March 2011", "DATE", "2011-03", ("2011-03-01", "2018-02-06")),
        _time(text, "January", "DATE", "2018-01", ("2018-01-01", "2018-01-31")),
        _time(text, "Saturday", "DATE", "2018-02-03", ("2018-02-03", "2018-02-03")),
    )
    page = render_html(Document(text, Meta(published="2018-02-06"), layers={"dates": dates}))
    bars = {
        m.group(1): float(m.group(2))
        for m in re.finditer(r'data-first="([\d-]+)"[^>]*? width="([\d.]+)"', page)
    }
    # Without the break January would be about 1/84 of the axis; squeezed, it is readable.
    assert bars["2018-01-01"] > 100
    assert 'class="break"' in page


@given(st.lists(st.integers(-400_000, 400_000), min_size=1, max_size=12))
@settings(max_examples=60, deadline=None)
def test_scale_is_monotonic_and_inside_the_axis(days: list[int]) -> None:
    base = dt.date(2000, 1, 1).toordinal()
    scale = Scale.build([base + d for d in days], 100.0, 800.0)
    points = sorted({base + d for d in days})
    xs = [scale.x(d) for d in points]
    assert xs == sorted(xs)
    assert all(99.999 <= x <= 900.001 for x in xs)


def test_no_dates_no_layers_no_problems() -> None:
    page = render_html(Document("Nothing happened.", Meta()))
    assert "No resolved dates." in page
    assert "No problems." in page
    assert "no layers" in page
    assert "published unknown" in page


def _section(page: str, ident: str) -> str:
    start = page.index(f'id="{ident}"')
    return page[start : page.index("</section>", start)]


def test_the_page_leads_with_tables_of_what_matters() -> None:
    page = render_html(build_document())
    order = [m.group(1) for m in re.finditer(r'<section[^>]* id="([^"]+)"', page)]
    assert order[: order.index("text")] == ["layer-agreements", "layer-entities"]
    agreements = _section(page, "layer-agreements")
    assert "<th>Named as</th><th>Agreement</th><th>Who</th><th>Where</th><th>When</th>" in agreements
    for expected in ("ceasefire, signed", "between Russia and Turkey", "Astana", "Sat 3 Feb 2018"):
        assert expected in agreements, expected
    assert "<th>Provisions</th>" not in agreements  # a column empty in every row is left out
    others = _section(page, "other-layers")
    assert "<summary>Claims (1)</summary>" in others and "<th>source</th><th>cue</th>" in others
    assert "<td>killed</td><td>211</td>" in others  # the raw events layer: its fields, as they are
    problems = _section(page, "problems")
    assert "weapons" in problems and "ValueError" in problems


def test_real_claims_are_marked_by_cue_and_source_not_whole_sentences() -> None:
    from newsparse_claims.model import Claim as RealClaim

    text = 'Officials said 30 militants were killed, "Ankara" said.'
    cue, source = _span(text, "said"), _span(text, "Officials")
    content = _span(text, "30 militants were killed")
    claim = RealClaim(
        0,
        content[1],
        text[: content[1]],
        Span(*cue, "said"),
        Span(*content, text[slice(*content)]),
        source="turkey",
        source_text=Span(*source, "Officials"),
    )
    doc = Document(text, Meta(), layers={"claims": (claim,)})
    page = parse_page(render_html(doc))
    assert page.by_key == {"0.0.0": "Officials", "0.0.1": "said"}
    tips = _tips(render_html(doc))
    assert "(cue)" in tips and "(source)" in tips and "says: “30 militants were killed”" in tips


def test_registered_through_the_renderers_hook() -> None:
    registry = registry_from(make_plugin_manager(plugins=[html_module], load_entrypoints=False))
    renderer = registry.renderer("html")
    assert renderer.extension == "html"
    assert renderer.render(build_document()) == render_html(build_document())


@st.composite
def documents_with_random_layers(draw: st.DrawFn) -> Document:
    """Text with markup-like characters and random (overlapping) spans in a few layers."""
    text = draw(st.text(st.sampled_from("ab <>&\"'\n\u00e9\u202e"), min_size=0, max_size=60))
    layers: dict[str, tuple[Annotation, ...]] = {}
    for name in draw(
        st.lists(st.sampled_from(["dates", "x<y", "claims", "entities"]), unique=True, max_size=4)
    ):
        spans = []
        for _ in range(draw(st.integers(0, MAX_KEYS))):
            start = draw(st.integers(0, len(text)))
            end = draw(st.integers(start, len(text)))
            spans.append(Span(start, end, text[start:end]))
        layers[name] = tuple(spans)
    return Document(text, Meta(), layers=layers)


@given(documents_with_random_layers())
@settings(max_examples=60, deadline=None)
def test_random_overlaps_render_every_span_and_keep_the_text(doc: Document) -> None:
    page = parse_page(render_html(doc))
    assert "".join(page.article) == doc.text
    assert page.by_key == dict(expected_keys(doc))
    assert not page.stack  # every element was closed


def test_tables_show_identifiers_plainly_and_skip_default_fields() -> None:
    text = "Astana hosted 3000 people."
    entity = Entity("astana", "GPE", "Astana", (Mention(0, 6, "Astana"),), {"geonames": 1526273})
    amount = RawAnnotation({"start": 14, "end": 18, "text": "3000", "value": 3000, "id": 1234567})
    doc = Document(text, Meta(), layers={"entities": (entity,), "amounts": (amount,)})
    page = render_html(doc)
    assert "GeoNames 1526273" in page and "1,526,273" not in page
    amounts = _section(page, "other-layers")
    assert "<th>value</th><th>id</th>" in amounts
    assert "<td>3,000</td><td>1234567</td>" in amounts


@given(
    st.lists(st.tuples(st.dates(), st.dates()), max_size=6),
    st.one_of(st.none(), st.dates()),
)
@settings(max_examples=60, deadline=None)
def test_timeline_renders_any_dates(pairs: list[tuple[dt.date, dt.date]], published: dt.date | None) -> None:
    text = "x " * max(len(pairs), 1)
    dates = tuple(
        TimeExpression(2 * i, 2 * i + 1, "x", "DATE", "X", interval=Interval(a.isoformat(), b.isoformat()))
        for i, (a, b) in enumerate(pairs)
    )
    page = render_html(Document(text, Meta(published=published), layers={"dates": dates}))
    marks = [v for _, v in parse_page(page).tags if "tl-mark" in (v.get("class") or "")]
    assert len(marks) == len(pairs)
    assert all(m["data-first"] <= m["data-last"] for m in marks)  # type: ignore[operator]
    assert ('class="pub"' in page) == (published is not None and bool(pairs))


def test_command_line_html_format(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from newsparse.cli import cli

    article = tmp_path / "a.txt"
    article.write_text("On Saturday <script>x</script> talks resumed.", encoding="utf-8")
    result = CliRunner().invoke(cli, ["parse", str(article), "--published", "2018-02-06", "--format", "html"])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("<!DOCTYPE html>")
    assert "&lt;script&gt;x&lt;/script&gt;" in result.stdout


def test_hovering_an_entity_outlines_all_its_mentions() -> None:
    doc = build_document()
    page = render_html(doc)
    turkey = list(doc.layers).index("entities"), 1  # Turkey has two mentions, Russia one
    group = f"g{turkey[0]}-{turkey[1]}"
    assert f"body:has(.{group}:hover) .hl.{group} {{ outline" in page
    wrappers = [
        v for t, v in parse_page(page).tags if t == "span" and group in (v.get("class") or "").split()
    ]
    assert [w["data-ann"] for w in wrappers] == [f"{turkey[0]}.1.0", f"{turkey[0]}.1.1"]
    assert f"g{turkey[0]}-0" not in page  # a single mention needs no group


def test_a_presentation_that_raises_falls_back_to_the_fields() -> None:
    def broken(item: object, context: object) -> str:
        raise RuntimeError("boom")

    text = "Su-25 jets."
    doc = Document(
        text, Meta(), layers={"jets": (RawAnnotation({"start": 0, "end": 5, "text": "Su-25", "n": 2}),)}
    )
    odd = Presentation("Jets", broken, columns=(Column("Broken", broken),), tooltip=broken, lead=1)
    page = render_html(doc, {"jets": (odd, (RawAnnotation,))})
    assert "Jets (1)" in page and "n: 2" in _tips(page)


# -- Hardening ------------------------------------------------------------------------------------

HOSTILE = "<form action=x><meta http-equiv=refresh content='0;url=x'><script>alert(1)</script>"


def test_hostile_layers_read_from_json_are_written_as_text() -> None:
    text = "Talks resumed on Monday."
    record = {"start": 0, "end": 5, "text": "Talks", HOSTILE: HOSTILE, "note": HOSTILE}
    data = json.loads(Document(text, Meta()).to_json())
    data["meta"].update(title=HOSTILE, url="javascript:alert(1)")
    data["layers"] = {HOSTILE: [record], "x": [record]}
    data["problems"] = [{"extractor": HOSTILE, "error": HOSTILE, "message": HOSTILE, "layer": HOSTILE}]
    doc = Document.from_json(json.dumps(data))
    page = render_html(doc)
    tags = {tag for tag, _ in parse_page(page).tags}
    assert not tags & {"form", "script", "iframe", "base", "object", "embed"}
    metas = [v for t, v in parse_page(page).tags if t == "meta"]
    assert not any((v.get("http-equiv") or "").lower() == "refresh" for v in metas)
    assert len(metas) == 4  # charset, policy, viewport, generator: none from the document
    assert "&lt;form action=x&gt;" in page  # the column header and the cells, escaped


def _nested(count: int) -> Document:
    text = "x" * (2 * count + 1)
    spans = tuple(Span(i, len(text) - i, text[i : len(text) - i]) for i in range(count))
    return Document(text, Meta(), layers={"nested": spans})


def test_nested_spans_cost_linear_size_and_bounded_depth() -> None:
    small, large = len(render_html(_nested(200))), len(render_html(_nested(1600)))
    assert large < 8 * small * 1.3  # 8 times the spans: about 8 times the page, not 64
    page = render_html(_nested(1600))
    depth = max(len(m.group(0).split('class="hl')) - 1 for m in re.finditer(r"(<span[^>]*>)+", page))
    assert depth <= MAX_LAYERS


def test_many_layers_over_one_word_nest_at_most_the_bound() -> None:
    text = "word"
    layers = {f"layer{i}": (Span(0, 4, "word"),) for i in range(40)}
    page = render_html(Document(text, Meta(), layers=layers))
    opened = re.search(r"(<span class=\"hl[^>]*>)+word", page)
    assert opened is not None and opened.group(0).count('class="hl') == MAX_LAYERS


def test_deeply_nested_values_do_not_exhaust_the_stack() -> None:
    value: object = "bottom"
    for _ in range(95):  # the model refuses data nested past MAX_NESTING (100) levels
        value = [value]
    deep = RawAnnotation({"start": 0, "end": 4, "text": "Deep", "value": value, "map": {"a": value}})
    page = render_html(Document("Deep water.", Meta(), layers={"deep": (deep,)}))
    assert "Deep" in page and "…" in page  # cut off where the view stops descending


# -- Headless browser ---------------------------------------------------------------------------

CHROMIUM = shutil.which("chromium")
needs_chromium = pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed")


def _chromium(page: Path, tmp: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    """Run Debian's chromium headless on ``page`` with no network and no profile of its own."""
    assert CHROMIUM is not None
    command = [
        CHROMIUM,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        f"--user-data-dir={tmp / 'profile'}",
        *extra,
        page.as_uri(),
    ]
    return subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)


def decode_png(data: bytes) -> tuple[int, int, list[bytes]]:
    """Width, height and RGB rows of an 8-bit RGB or RGBA, non-interlaced PNG (pure Python)."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    position, chunks, header = 8, [], b""
    while position < len(data):
        (length,) = struct.unpack(">I", data[position : position + 4])
        kind = data[position + 4 : position + 8]
        body = data[position + 8 : position + 8 + length]
        position += 12 + length
        if kind == b"IHDR":
            header = body
        elif kind == b"IDAT":
            chunks.append(body)
        elif kind == b"IEND":
            break
    width, height, depth, colour, _, _, interlace = struct.unpack(">IIBBBBB", header)
    assert depth == 8 and colour in (2, 6) and interlace == 0, (depth, colour, interlace)
    channels = 3 if colour == 2 else 4
    stride = width * channels
    raw = zlib.decompress(b"".join(chunks))
    rows: list[bytes] = []
    previous = bytearray(stride)
    for y in range(height):
        kind = raw[y * (stride + 1)]
        line = bytearray(raw[y * (stride + 1) + 1 : (y + 1) * (stride + 1)])
        for i in range(stride):
            left = line[i - channels] if i >= channels else 0
            up = previous[i]
            corner = previous[i - channels] if i >= channels else 0
            if kind == 1:
                line[i] = (line[i] + left) & 0xFF
            elif kind == 2:
                line[i] = (line[i] + up) & 0xFF
            elif kind == 3:
                line[i] = (line[i] + (left + up) // 2) & 0xFF
            elif kind == 4:
                p = left + up - corner
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - corner)
                predictor = left if pa <= pb and pa <= pc else up if pb <= pc else corner
                line[i] = (line[i] + predictor) & 0xFF
        previous = line
        rows.append(bytes(line) if channels == 3 else bytes(b for j, b in enumerate(line) if j % 4 != 3))
    return width, height, rows


def _colours(rows: list[bytes]) -> set[tuple[int, int, int]]:
    return {(row[i], row[i + 1], row[i + 2]) for row in rows for i in range(0, len(row), 3)}


def _has(colours: set[tuple[int, int, int]], hex_colour: str, tolerance: int = 6) -> bool:
    want = tuple(int(hex_colour[i : i + 2], 16) for i in (1, 3, 5))
    return any(all(abs(a - b) <= tolerance for a, b in zip(c, want, strict=True)) for c in colours)


@pytest.fixture(scope="module")
def screenshot(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[bytes]]:
    """The hand-built document rendered by chromium at 1280x2000, with the colours it shows."""
    tmp = tmp_path_factory.mktemp("html")
    page = tmp / "page.html"
    page.write_text(render_html(build_document()), encoding="utf-8")
    shot = tmp / "shot.png"
    result = _chromium(page, tmp, f"--screenshot={shot}", "--window-size=1280,2000")
    assert shot.exists(), result.stderr[-2000:]
    width, height, rows = decode_png(shot.read_bytes())
    assert (width, height) == (1280, 2000)
    return shot, rows


@needs_chromium
def test_screenshot_shows_the_page_with_its_highlight_colours(
    screenshot: tuple[Path, list[bytes]],
) -> None:
    colours = _colours(screenshot[1])
    assert len(colours) > 100  # text, antialiasing, tints: not a blank page
    for layer, colour in zip(
        build_document().layers, _layer_colours(render_html(build_document())), strict=True
    ):
        assert _has(colours, colour), layer


@needs_chromium
def test_unchecking_a_layer_hides_its_highlights(
    tmp_path: Path, screenshot: tuple[Path, list[bytes]]
) -> None:
    doc = build_document()
    index = list(doc.layers).index("claims")
    page = render_html(doc).replace(f'id="layer-{index}" checked', f'id="layer-{index}"')
    assert page != render_html(doc)
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    shot = tmp_path / "shot.png"
    _chromium(path, tmp_path, f"--screenshot={shot}", "--window-size=1280,2000")
    claims = _layer_colours(page)[index]
    shown = _count_close(screenshot[1], claims)
    hidden = _count_close(decode_png(shot.read_bytes())[2], claims)
    # The claim's 3 px stripe under some 40 characters is gone (the legend swatch stays).
    assert hidden < shown - 300
    assert _count_close(decode_png(shot.read_bytes())[2], _layer_colours(page)[0]) > 100


def _count_close(rows: list[bytes], hex_colour: str, tolerance: int = 6) -> int:
    """How many pixels are within ``tolerance`` of ``hex_colour`` in each channel."""
    want = bytes(int(hex_colour[i : i + 2], 16) for i in (1, 3, 5))
    count = 0
    for row in rows:
        for i in range(0, len(row), 3):
            if abs(row[i] - want[0]) <= tolerance and abs(row[i + 1] - want[1]) <= tolerance:
                count += abs(row[i + 2] - want[2]) <= tolerance
    return count


@needs_chromium
def test_dom_as_chromium_builds_it(tmp_path: Path) -> None:
    doc = build_document()
    path = tmp_path / "page.html"
    path.write_text(render_html(doc), encoding="utf-8")
    result = _chromium(path, tmp_path, "--dump-dom")
    dom = result.stdout
    assert dom.count("tl-mark") == 2
    assert dom.count('type="checkbox"') == len(doc.layers)
    assert "<script" not in dom.lower()  # the article's script tag stayed text
    assert "&lt;script&gt;" in dom
    assert "".join(parse_page(dom).article) == doc.text


def _right_margin_rows(rows: list[bytes], margin: int = 28) -> int:
    """Rows with anything but page background, card or rule colour in the rightmost ``margin`` px."""
    plain = {(0xF4, 0xF6, 0xF8), (0xFF, 0xFF, 0xFF), (0xD8, 0xDD, 0xE3)}
    bad = 0
    for row in rows:
        width = len(row) // 3
        if any(tuple(row[3 * x : 3 * x + 3]) not in plain for x in range(width - margin, width)):
            bad += 1
    return bad


@needs_chromium
@pytest.mark.parametrize("width", [1280, 800])
def test_nothing_overflows_its_card(tmp_path: Path, width: int) -> None:
    from newsparse import parse

    from .conftest import SEED

    doc = parse(SEED.read_text("utf-8"), published="2018-02-06")
    path = tmp_path / "page.html"
    path.write_text(render_html(doc), encoding="utf-8")
    shot = tmp_path / "shot.png"
    _chromium(path, tmp_path, f"--screenshot={shot}", f"--window-size={width},3000", "--hide-scrollbars")
    got_width, _, rows = decode_png(shot.read_bytes())
    assert got_width == width
    assert _right_margin_rows(rows) == 0
