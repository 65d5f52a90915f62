"""The ``newsparse`` command: ``parse``, ``plugins``, ``batch`` and plugins' own subcommands.

Every error a user can cause (wrong arguments, a missing file, non-UTF-8 bytes, a bad date, a
broken plugin) ends with a one-line message on stderr and exit status 2, never a traceback.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
from collections.abc import Callable
from typing import Any, NoReturn, TypeVar

import click

import newsparse
from newsparse.cli_options import check_published, layer_names
from newsparse.errors import NewsparseError
from newsparse.model import Document
from newsparse.render import RenderOptions

F = TypeVar("F", bound=Callable[..., Any])

EXIT_USAGE = 2


def fail(message: str) -> NoReturn:
    """Print ``Error: message`` on stderr and exit with status 2."""
    click.echo(f"Error: {message}", err=True)
    sys.exit(EXIT_USAGE)


def read_text(path: str) -> str:
    """The UTF-8 text of file ``path`` (``-`` is stdin); a clear error for anything else."""
    try:
        if path == "-":
            data = sys.stdin.buffer.read()
            where = "standard input"
        else:
            with open(path, "rb") as handle:
                data = handle.read()
            where = path
    except FileNotFoundError:
        fail(f"no such file: {path}")
    except IsADirectoryError:
        fail(f"{path} is a directory, not a file")
    except OSError as exc:
        fail(f"cannot read {path}: {exc.strerror or exc}")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        fail(
            f"{where} is not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start}); "
            "convert it first, e.g. with iconv -f latin1 -t utf-8"
        )


class NewsparseGroup(click.Group):
    """A click group that turns newsparse errors into one-line messages with exit status 2."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except NewsparseError as exc:
            fail(str(exc))
        except BrokenPipeError:  # `newsparse parse ... | head`
            sys.stderr.close()
            sys.exit(0)


def _print_version(ctx: click.Context, _param: click.Parameter, value: bool) -> None:
    """``--version``: the version, and whether compiled modules are in use (speed figures differ)."""
    if not value or ctx.resilient_parsing:
        return
    from newsparse.compiled import compiled_summary

    click.echo(f"newsparse, version {newsparse.__version__}")
    click.echo(compiled_summary())
    ctx.exit()


@click.group(cls=NewsparseGroup)
@click.option(
    "--version",
    is_flag=True,
    expose_value=False,
    is_eager=True,
    callback=_print_version,
    help="Show the version and whether compiled modules are in use, and exit.",
)
def cli() -> None:
    """Turn news articles into typed documents, one layer per plugin.

    The built-in layers: dates (resolved to calendar days), quantities (amounts with units and
    what they count), entities (people, organisations, places, groups), agreements (ceasefires,
    deals and their parties), claims (who said what), events (casualties: how many, when,
    where, says whom) and contested (figures that sources dispute).  `newsparse plugins` lists
    what is installed.
    """


@cli.command()
@click.argument("file", type=str)
@click.option("--published", callback=check_published, help="Publication date (ISO 8601), e.g. 2018-02-06.")
@click.option("--title", help="The article's title.")
@click.option("--url", help="The article's URL.")
@click.option(
    "--format", "format_", default="table", show_default=True, help="Output format (see `plugins`)."
)
@click.option("--only", help="Comma-separated layers to produce (and whatever they require).")
@click.option(
    "--layers",
    "extra",
    help="Comma-separated on-demand layers (e.g. syntax) to produce too, and to write in JSON output.",
)
@click.option("--strict", is_flag=True, help="Fail on the first extractor error instead of recording it.")
@click.option("--max-chars", type=click.IntRange(min=0), default=None, help="Largest text accepted.")
@click.option(
    "--verbose", "-v", is_flag=True, help="Show technical values too (TIMEX3, offsets) in the table."
)
@click.option(
    "--time-limit",
    type=click.FloatRange(min=0),
    default=None,
    help="Seconds the extractors may take (default $NEWSPARSE_TIME_LIMIT or 30; 0 for none).",
)
def parse(
    file: str,
    published: str | None,
    title: str | None,
    url: str | None,
    format_: str,
    only: str | None,
    extra: str | None,
    strict: bool,
    max_chars: int | None,
    verbose: bool,
    time_limit: float | None,
) -> None:
    """Parse FILE (or - for standard input) and print what was found.

    The default table fits 100 columns, one block per layer, values in words; --format json
    gives everything, --format html a page to open in a browser.
    """
    from newsparse.plugins import default_registry

    renderer = default_registry().renderer(format_)
    text = read_text(file)
    wanted, added = layer_names(only), layer_names(extra) or ()
    if added:
        wanted = (*(wanted or newsparse.default_pipeline().layers), *added)
    doc = newsparse.parse(
        text,
        published=published,
        title=title,
        url=url,
        only=wanted,
        strict=strict,
        max_chars=max_chars,
        time_limit=time_limit,
    )
    _warn(doc, file, published)
    if added and format_ in ("json", "jsonl"):  # on-demand layers are left out of JSON unless named
        click.echo(doc.to_json(indent=2 if format_ == "json" else None, include=added))
        return
    click.echo(renderer.output(doc, _options(verbose)), nl=False)


def _options(verbose: bool) -> RenderOptions:
    """Styling and width for standard output: ANSI on a terminal (unless NO_COLOR), plain when piped."""
    tty = sys.stdout.isatty()
    styled = tty and not os.environ.get("NO_COLOR") and os.environ.get("TERM", "") != "dumb"
    width = min(shutil.get_terminal_size((100, 24)).columns, 100) if tty else 100
    return RenderOptions(verbose=verbose, styled=styled, width=width)


def _warn(doc: Document, file: str, published: str | None) -> None:
    """One line on stderr for an input with nothing to parse, and one hint when no date was given."""
    where = "standard input" if file == "-" else file
    for problem in doc.problems:
        if problem.error == "EmptyText":
            click.echo(f"Warning: nothing to parse in {where}: {problem.message.split(':')[0]}.", err=True)
            return
    if published is None:
        click.echo(
            "Hint: without --published YYYY-MM-DD, relative dates (“on Saturday”, “last week”) stay "
            "unresolved.",
            err=True,
        )


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")
def plugins(as_json: bool) -> None:
    """List installed plugins with their versions, extractors, layers and formats."""
    from newsparse.plugins import default_registry

    registry = default_registry()
    infos = registry.plugins()
    if as_json:
        rows = [
            {
                "name": i.name,
                "version": i.version,
                "extractors": [
                    {
                        "name": name,
                        "produces": registry.extractor(name).produces,
                        "requires": list(registry.extractor(name).requires),
                    }
                    for name in i.extractors
                ],
                "renderers": list(i.renderers),
            }
            for i in infos
        ]
        click.echo(json.dumps(rows, indent=2))
        return
    for info in infos:
        click.echo(f"{info.name} {info.version or ''}".rstrip())
        for name in info.extractors:
            extractor = registry.extractor(name)
            requires = f" (requires {', '.join(extractor.requires)})" if extractor.requires else ""
            click.echo(f"  extractor {name}: layer {extractor.produces}{requires}")
        for name in info.renderers:
            click.echo(f"  format {name}")


def _add_plugin_commands(group: click.Group) -> None:
    from newsparse.plugins import default_registry

    try:
        pm = default_registry().plugin_manager
    except NewsparseError as exc:
        fail(str(exc))
    pm.hook.newsparse_register_commands(cli=group)


def main(argv: list[str] | None = None) -> None:
    """Entry point of the ``newsparse`` command."""
    from newsparse.batch_cli import batch

    if "batch" not in cli.commands:
        cli.add_command(batch)
    _add_plugin_commands(cli)
    cli.main(args=argv, prog_name="newsparse")
