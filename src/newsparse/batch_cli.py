"""``newsparse batch``: parse a JSONL file, a text file or a directory into JSONL, in input order."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import click

from newsparse.batch import Failure, parse_many


def _records(path: Path, text_field: str, published_field: str) -> Iterator[Any]:
    if path.is_dir():
        for file in sorted(p for p in path.rglob("*.txt") if p.is_file()):
            try:
                yield {"id": str(file), "text": file.read_text(encoding="utf-8")}
            except UnicodeDecodeError as exc:
                yield {"id": str(file), "_error": f"not valid UTF-8: {exc}"}
        return
    if path.suffix != ".jsonl":
        yield {"id": str(path), "text": path.read_text(encoding="utf-8")}
        return
    with path.open("rb") as handle:
        for number, line in enumerate(handle, 1):
            try:
                record = json.loads(line)
                yield {
                    "id": record.get("id", number),
                    "text": record.get(text_field),
                    "published": record.get(published_field),
                    "title": record.get("title"),
                    "url": record.get("url"),
                }
            except (ValueError, AttributeError) as exc:
                yield {"id": number, "_error": f"line {number} is not a JSON object: {exc}"}


@click.command()
@click.argument("source", type=click.Path(exists=True, path_type=Path))
@click.option("-o", "--output", type=click.Path(path_type=Path), required=True, help="Output JSONL file.")
@click.option("--workers", type=click.IntRange(min=1), default=1, show_default=True)
@click.option("--text-field", default="text", show_default=True)
@click.option("--published-field", default="published", show_default=True)
def batch(source: Path, output: Path, workers: int, text_field: str, published_field: str) -> None:
    """Parse SOURCE (JSONL, a text file, or a directory of .txt files) into OUTPUT (JSONL)."""
    counts = {"documents": 0, "problems": 0, "errors": 0}
    with output.open("w", encoding="utf-8") as out:
        for result in parse_many(_records(source, text_field, published_field), workers=workers):
            if isinstance(result, Failure):
                counts["errors"] += 1
                out.write(json.dumps({"error": result.to_dict()}, ensure_ascii=False) + "\n")
            else:
                counts["documents"] += 1
                counts["problems"] += len(result.problems)
                out.write(result.to_json() + "\n")
    click.echo(", ".join(f"{v} {k}" for k, v in counts.items()), err=True)
