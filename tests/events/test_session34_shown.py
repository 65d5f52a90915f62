"""Session 34: where users read events (table, HTML page, summary), a joined figure names its roles."""

from __future__ import annotations

import json
from pathlib import Path

import attrs
import pytest
from click.testing import CliRunner

import newsparse
from newsparse.annotations import Event
from newsparse.cli import cli
from newsparse.render.html import render_html
from newsparse_events import summarise
from newsparse_events.present import EVENTS, role_words, told_roles, what

JOINED = "Seven militants were killed and wounded during an operation in Ghazni."
NONE_SAID = "Twenty soldiers were killed or wounded in the fighting."


def only_event(text: str) -> Event:
    """The one event of ``text`` parsed by the whole pipeline."""
    (event,) = newsparse.parse(text, published="2020-05-10").layer("events")
    assert isinstance(event, Event)
    return event


@pytest.mark.parametrize(
    ("roles", "words"),
    [
        ((), ""),
        (("killed",), "killed"),
        (("killed", "wounded"), "killed and wounded"),
        (("killed", "wounded", "missing"), "killed, wounded and missing"),
    ],
)
def test_roles_are_joined_as_a_sentence_joins_them(roles: tuple[str, ...], words: str) -> None:
    assert told_roles(roles) == words


def test_what_says_killed_and_wounded_for_a_figure_that_tells_both() -> None:
    event = only_event(JOINED)
    assert event.includes == ("killed", "wounded")
    assert what(event) == "7 militants killed and wounded"
    assert EVENTS.details is not None and EVENTS.details(event).endswith("includes=killed,wounded")
    assert what(attrs.evolve(event, includes=())) == "7 militants casualties"


def test_a_figure_that_does_not_say_which_still_reads_casualties() -> None:
    event = only_event(NONE_SAID)
    assert (event.role, event.includes) == ("casualties", ())
    assert role_words(event) == "casualties" and what(event).endswith(" casualties")
    assert EVENTS.details is not None and "includes" not in EVENTS.details(event)


def test_the_html_page_and_the_table_say_it(tmp_path: Path) -> None:
    doc = newsparse.parse(JOINED, published="2020-05-10")
    assert "7 militants killed and wounded" in render_html(doc)
    article = tmp_path / "a.txt"
    article.write_text(JOINED, encoding="utf-8")
    result = CliRunner().invoke(cli, ["parse", str(article), "--published", "2020-05-10", "--only", "events"])
    assert result.exit_code == 0, result.output
    assert "7 militants killed and wounded" in result.stdout and "casualties" not in result.stdout


def test_the_summary_counts_a_joined_figure_among_those_that_tell_a_death() -> None:
    doc = newsparse.parse(f"{JOINED} {NONE_SAID} A bomb killed 3 people in Kabul.", published="2020-05-10")
    rows = summarise(doc.layer("events"))  # type: ignore[arg-type]
    shown = {(r.role, r.group, r.includes): r.total for r in rows}
    assert shown == {
        ("casualties", "militants", ("killed", "wounded")): 7,
        ("casualties", "soldiers", ()): 20,
        ("killed", "people", ()): 3,
    }
    assert [r.group for r in rows if r.tells("killed")] == ["militants", "people"]
    assert [r.group for r in rows if r.tells("wounded")] == ["militants"]
    assert [r.group for r in rows if r.tells("casualties")] == ["militants", "soldiers"]


def test_events_without_includes_keep_their_json() -> None:
    doc = newsparse.parse(f"{NONE_SAID} A bomb killed 3 people in Kabul.", published="2020-05-10")
    data = json.loads(doc.to_json())
    assert all(row.get("includes", []) == [] for row in data["layers"]["events"])
    assert newsparse.read_json(doc.to_json()) == doc
