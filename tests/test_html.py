"""The ``html`` output format: structure on hand-built documents, and a real headless-browser render."""

from __future__ import annotations

import datetime as dt
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
from newsparse.plugins import DEFAULT_PLUGINS, make_plugin_manager, registry_from
from newsparse.render import html as html_module
from newsparse.render.html import render_html

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


def test_tooltips_carry_key_fields() -> None:
    page = parse_page(render_html(build_document()))
    titles = [
        v.get("title") or "" for tag, v in page.tags if tag == "span" and "hl" in (v.get("class") or "")
    ]
    joined = "\n".join(titles)
    for expected in (
        "DATE 2018-02-03",
        "interval: 2018-02-03",
        "2011-03-01 … 2018-02-06",
        "value: 30",
        "counted: militants",
        "bounds: [200 … 250]",
        "Russia [GPE]",
        "id: Q159",
        "wikidata: Q159",
        "ceasefire — signed",
        "parties: Russia (Q159)",
        "source=officials",
        "role: killed",
        "form: name",
    ):
        assert expected in joined, expected
    assert (
        'Turkey <marquee>"T"</marquee> [GPE]' in joined
    )  # unescaped back by the parser: it was escaped in the page


def test_text_and_fields_are_escaped() -> None:
    page = render_html(build_document())
    assert "<script" not in page.lower()
    assert '&lt;script&gt;alert("x")&lt;/script&gt;' in page  # element text: quotes may stay
    assert "<marquee" not in page
    assert '<title>Ceasefire &lt;marquee&gt;"news"&lt;/marquee&gt;</title>' in page
    assert "Turkey &lt;marquee&gt;" in page  # an entity's name in tooltips and tables
    assert "bad &lt;input&gt;" in page
    assert "&amp; more" in page


def test_no_network_resources() -> None:
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
    assert "default-src 'none'" in text  # and a Content-Security-Policy forbids loading anything


def test_legend_has_one_checkbox_per_layer() -> None:
    doc = build_document()
    page = parse_page(render_html(doc))
    boxes = [v for tag, v in page.tags if tag == "input" and v.get("type") == "checkbox"]
    assert [b["id"] for b in boxes] == [f"layer-{i}" for i in range(len(doc.layers))]
    assert all("checked" in b for b in boxes)
    html = render_html(doc)
    for i, name in enumerate(doc.layers):
        assert f'>{name} <span class="count">({len(doc.layers[name])})</span>' in html
        assert f"body:has(#layer-{i}:not(:checked)) .hl.L{i}" in html


def test_layer_colours_are_distinct() -> None:
    doc = attrs.evolve(build_document(), layers={**build_document().layers, "weapons": (), "misc": ()})
    colours = re.findall(r"\.L\d+ \{ --c: (#[0-9a-f]{6});", render_html(doc))
    assert len(colours) == len(doc.layers) == len(set(colours))


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
    scale = html_module._Scale.build([base + d for d in days], 100.0, 800.0)
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


def test_tables_list_agreements_claims_events_and_problems() -> None:
    page = render_html(build_document())
    agreements = page[
        page.index('<section id="agreements">') : page.index("</section>", page.index('id="agreements"'))
    ]
    for expected in (
        "ceasefire",
        "signed",
        "Russia (Q159)",
        "guarantors",
        "Astana",
        "“Saturday” = 2018-02-03",
    ):
        assert expected in agreements
    claims = page[page.index('<section id="layer-claims">') :]
    assert "<th>source</th><th>cue</th><th>quantities</th>" in claims
    assert "officials" in claims
    events = page[page.index('<section id="layer-events">') :]
    assert "<th>role</th><th>count</th>" in events and "<td>killed</td><td>211</td>" in events
    problems = page[page.index('<section id="problems">') :]
    assert "weapons" in problems and "ValueError" in problems


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
        for _ in range(draw(st.integers(0, 4))):
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
    for layer in ("dates", "quantities", "entities", "agreements", "claims", "events"):
        assert _has(colours, html_module._PREFERRED[layer]), layer


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
    claims = html_module._PREFERRED["claims"]
    shown = _count_close(screenshot[1], claims)
    hidden = _count_close(decode_png(shot.read_bytes())[2], claims)
    # The claim's 3 px stripe under some 40 characters is gone (the legend swatch stays).
    assert hidden < shown - 300
    assert _count_close(decode_png(shot.read_bytes())[2], html_module._PREFERRED["dates"]) > 100


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


def test_tables_show_identifiers_plainly_and_skip_default_fields() -> None:
    text = "Astana hosted 3000 people."
    entity = Entity("astana", "GPE", "Astana", (Mention(0, 6, "Astana"),), {"geonames": 1526273})
    amount = Quantity(14, 18, "3000", 3000, low_inclusive=False)
    doc = Document(text, Meta(), layers={"entities": (entity,), "quantities": (amount,)})
    page = render_html(doc)
    assert "geonames=1526273" in page and "1,526,273" not in page
    assert "geonames: 1526273" in page  # the tooltip
    quantities = page[page.index("<summary>quantities") :]
    assert "<th>low_inclusive</th>" in quantities and "<th>high_inclusive</th>" not in quantities
    assert "<td>3,000</td>" in quantities and "<td>no</td>" in quantities


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


@pytest.mark.skipif(
    "newsparse.render.html" not in DEFAULT_PLUGINS,
    reason="html is not yet in newsparse.plugins.DEFAULT_PLUGINS",
)
def test_command_line_html_format(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from newsparse.cli import cli

    article = tmp_path / "a.txt"
    article.write_text("On Saturday <script>x</script> talks resumed.", encoding="utf-8")
    result = CliRunner().invoke(cli, ["parse", str(article), "--published", "2018-02-06", "--format", "html"])
    assert result.exit_code == 0, result.output
    assert result.output.startswith("<!DOCTYPE html>")
    assert "&lt;script&gt;x&lt;/script&gt;" in result.output


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
