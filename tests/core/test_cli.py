"""The `newsparse` command: parse, plugins, and one-line errors with exit status 2."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

import newsparse
from newsparse.cli import cli, main

from ..conftest import SEED

SCHEMA = json.loads((Path(newsparse.__file__).parent / "schema" / "document.schema.json").read_text("utf-8"))


def run_process(*args: str, input: bytes | None = None) -> tuple[int, str, str]:
    """Run the real installed command in a subprocess (as a user would)."""
    proc = subprocess.run(
        [sys.executable, "-c", "from newsparse.cli import main; main()", *args],
        input=input,
        capture_output=True,
        timeout=120,
    )
    return proc.returncode, proc.stdout.decode("utf-8"), proc.stderr.decode("utf-8")


def run(*args: str, input: bytes | None = None) -> tuple[int, str, str]:
    """Run the command's entry point (``main``) in this process, its standard streams captured as bytes:
    its exit status and what it wrote, as ``run_process`` gives them without a new interpreter's start-up
    (about a second of CPU each; the tests of each command keep one real subprocess)."""
    with CliRunner().isolation(input=input) as (out, err, _):
        try:
            main(list(args))
        except SystemExit as exit_:  # as the interpreter turns it into a status: None is 0, a message 1
            code = 0 if exit_.code is None else exit_.code if isinstance(exit_.code, int) else 1
        else:
            code = 0
    return code, out.getvalue().decode("utf-8"), err.getvalue().decode("utf-8")


def test_parse_json_validates_and_matches_the_contract() -> None:
    code, out, err = run_process("parse", str(SEED), "--published", "2018-02-06", "--format", "json")
    assert code == 0, err
    data = json.loads(out)
    jsonschema.validate(data, SCHEMA)
    assert data["text"] == SEED.read_text("utf-8")
    assert data["meta"]["published"] == "2018-02-06"
    assert {"dates", "quantities", "entities", "agreements"} <= set(data["layers"])


def test_parse_stdin_jsonl_and_only() -> None:
    code, out, err = run("parse", "-", "--format", "jsonl", "--only", "dates", input=b"Talks on Monday.")
    assert code == 0, err
    assert out.count("\n") == 1
    assert list(json.loads(out)["layers"]) == ["dates"]


def test_table_format_is_readable() -> None:
    result = CliRunner().invoke(cli, ["parse", str(SEED), "--published", "2018-02-06", "--only", "hardware"])
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert "Military hardware (2)" in out and "Su-25, an aircraft" in out
    assert "published Tue 6 Feb 2018" in out


def test_the_seed_table_reads_at_a_glance() -> None:
    code, out, err = run("parse", str(SEED), "--published", "2018-02-06")
    assert code == 0, err
    lines = out.splitlines()
    assert max(len(line) for line in lines) <= 100
    assert "\x1b[" not in out  # piped: plain text
    headings = [line for line in lines if line and not line.startswith(" ") and line.endswith(")")]
    assert headings[:5] == [
        "Casualty events (9)",
        "Contested figures (1)",
        "Agreements (2)",
        "Claims (8)",
        "Entities (17)",
    ]
    for words in ("Sat 3 Feb 2018", "3 months up to 6 Feb 2018", "more than 3,000 km²", "Jan 2018"):
        assert words in out, words
    for jargon in ("P1W", "P3M", "XXXX", "anchored", "TIMEX3", "=True", "[", "iso3166-2:"):
        assert jargon not in out, jargon
    assert "Hint" not in err


def test_verbose_adds_the_technical_values() -> None:
    code, out, err = run("parse", str(SEED), "--published", "2018-02-06", "--verbose", "--only", "dates")
    assert code == 0, err
    assert "TIMEX3 DURATION P1W" in out and "at 886-899" in out
    assert max(len(line) for line in out.splitlines()) <= 100


def test_a_newline_in_a_name_does_not_break_its_row() -> None:
    from newsparse import Document, Meta, RawAnnotation
    from newsparse.render.terminal import render_terminal

    text = "Viktor\nVodolatsky said so."
    name = RawAnnotation({"start": 0, "end": 17, "text": "Viktor\nVodolatsky", "role": "MP\nof the Duma"})
    out = render_terminal(Document(text, Meta(), layers={"people": (name,)}))
    rows = [line for line in out.splitlines() if "Vodolatsky" in line]
    assert rows == ["  Viktor Vodolatsky               role: MP of the Duma"]


def test_styling_only_when_asked() -> None:
    from newsparse import parse as parse_text
    from newsparse.render import RenderOptions
    from newsparse.render.terminal import render_terminal

    doc = parse_text("Talks on Monday.", only=["dates"])
    assert "\x1b[1mDates (1)\x1b[0m" in render_terminal(doc, RenderOptions(styled=True))
    assert "\x1b" not in render_terminal(doc)


@pytest.mark.parametrize(
    ("stdin", "what"),
    [
        (b"", "the text is empty"),
        (b"  \n\t\n", "the text is only white space"),
        (b"\x00\x00\x00", "the text is only NUL characters"),
    ],
)
def test_nothing_to_parse_is_one_warning_and_a_recorded_problem(stdin: bytes, what: str) -> None:
    code, out, err = run("parse", "-", "--published", "2018-02-06", input=stdin)
    assert code == 0
    assert err == f"Warning: nothing to parse in standard input: {what}.\n"
    assert "EmptyText" in out and "No problems" not in out
    code, out, err = run("parse", "-", "--format", "json", input=stdin)
    assert json.loads(out)["problems"][0]["error"] == "EmptyText"
    assert err.count("\n") == 1  # the warning only, no date hint on top of it


def test_one_hint_when_relative_dates_cannot_be_resolved() -> None:
    code, out, err = run("parse", "-", input=b"Talks resumed on Saturday.")
    assert code == 0
    assert err.count("\n") == 1 and err.startswith("Hint: without --published")
    assert "a Saturday (unresolved: no publication date)" in out
    code, _, err = run("parse", "-", "--published", "2018-02-06", input=b"Talks resumed on Saturday.")
    assert err == ""


def test_help_names_every_layer() -> None:
    code, out, _ = run("--help")
    assert code == 0
    for layer in ("dates", "quantities", "entities", "agreements", "claims", "events", "contested"):
        assert layer in out, layer
    assert "four" not in out


@pytest.mark.parametrize(
    ("args", "stdin", "message"),
    [
        (("parse", "/no/such/file.txt"), None, "Error: no such file: /no/such/file.txt"),
        (("parse", "-"), b"caf\xe9 latin-1", "not valid UTF-8 (byte 0xe9 at offset 3)"),
        (("parse", str(SEED), "--published", "2018-13-45"), None, "is not an ISO 8601 date"),
        (("parse", str(SEED), "--format", "xml"), None, "unknown output format 'xml'"),
        (("parse", str(SEED), "--only", "weapons"), None, "no installed extractor produces weapons"),
        (("parse", str(SEED), "--max-chars", "10"), None, "more than the limit of 10"),
        (("parse",), None, "Missing argument 'FILE'"),
        (("frobnicate",), None, "No such command 'frobnicate'"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(args: tuple[str, ...], stdin: bytes | None, message: str) -> None:
    code, out, err = run(*args, input=stdin)
    assert code == 2
    assert message in err
    assert "Traceback" not in err and out == ""


def test_directory_is_not_a_file(tmp_path: Path) -> None:
    code, _, err = run("parse", str(tmp_path))
    assert code == 2 and "is a directory" in err


def test_plugins_lists_builtins_and_the_example_plugin() -> None:
    code, out, err = run_process("plugins", "--json")
    assert code == 0, err
    rows = {row["name"]: row for row in json.loads(out)}
    for name in ("dates", "quantities", "entities", "agreements", "hardware"):
        assert name in rows, f"plugin {name} not discovered through its entry point"
        assert rows[name]["version"]
    agreements = rows["agreements"]["extractors"][0]
    assert agreements["produces"] == "agreements" and set(agreements["requires"]) == {"entities", "dates"}
    assert set(rows["newsparse.render.builtin"]["renderers"]) >= {"table", "json", "jsonl"}
    code, out, _ = run_process("plugins")
    assert "extractor hardware: layer hardware" in out


def test_load_plugins_env_selects_entry_points() -> None:
    proc = subprocess.run(
        [sys.executable, "-c", "from newsparse.cli import main; main()", "plugins", "--json"],
        capture_output=True,
        env={**__import__("os").environ, "NEWSPARSE_LOAD_PLUGINS": "hardware"},
        timeout=60,
    )
    names = {row["name"] for row in json.loads(proc.stdout)}
    assert names == {"hardware", "newsparse.render.builtin", "newsparse.render.html"}


def test_plugin_commands_hook_adds_a_subcommand(monkeypatch: pytest.MonkeyPatch) -> None:
    import click

    from newsparse import hookimpl
    from newsparse.plugins import default_registry

    class Extra:
        @hookimpl
        def newsparse_register_commands(self, cli: click.Group) -> None:
            @cli.command(name="hello-test")
            def hello() -> None:
                click.echo("hello from a plugin")

    pm = default_registry().plugin_manager
    plugin = Extra()
    pm.register(plugin)
    try:
        with pytest.raises(SystemExit) as exit_info:
            main(["hello-test"])
        assert exit_info.value.code == 0
    finally:
        pm.unregister(plugin)
        cli.commands.pop("hello-test", None)


def test_version() -> None:
    result = CliRunner().invoke(cli, ["--version"])
    assert result.exit_code == 0 and newsparse.__version__ in result.output
