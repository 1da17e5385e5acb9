"""CLI for documents: `flask document complaint FILE.json --format pdf --output OUT`.

One command per kind of the letters' registry, with the same body and the same checks as
POST /api/v1/documents/<kind>, for people who prefer to keep their answers in a file on their
own machine. Errors are printed (field, code, message) and exit 1.
"""

from __future__ import annotations

import json
import sys
from datetime import date

import click
from flask import Flask, current_app
from flask.cli import AppGroup

from app.letters import FILE_FORMATS, LetterInputError, registry

document_cli = AppGroup("document", help="Build a letter from a JSON file (see the API docs).")


def _run(kind: str, source, fmt: str, output, reading_copy: bool) -> None:
    try:
        body = json.load(source)
    except (ValueError, UnicodeDecodeError) as exc:
        message = f"{source.name}: not a JSON file ({type(exc).__name__})"
        raise click.ClickException(message) from None
    today = current_app.config.get("FACTS_ON") or date.today()
    try:
        document = registry.document(kind, body, fmt, today, reading_copy=reading_copy)
    except LetterInputError as exc:
        for item in exc.errors:
            click.echo(f"{item['field']}: {item['code']} — {item['message']['en']}", err=True)
        sys.exit(1)
    target = output or document.filename
    with click.open_file(target, "wb") as handle:
        handle.write(document.content)
    if target != "-":
        click.echo(target)


def _command(kind: registry.DocumentKind) -> None:
    @click.argument("source", type=click.File("rb"))
    @click.option("--format", "fmt", type=click.Choice(FILE_FORMATS), default="pdf",
                  show_default=True)
    @click.option("--output", "-o", type=click.Path(dir_okay=False, allow_dash=True),
                  help="File to write ('-' for standard output); default: a standard name.")
    def command(source, fmt, output, reading_copy=False):
        _run(kind.id, source, fmt, output, reading_copy)

    if kind.reading_copy:
        command = click.option("--reading-copy", is_flag=True,
                               help="The copy in reading_copy_lang.")(command)
    document_cli.command(kind.slug, help=f"{kind.summary}.")(command)


for _kind in registry.kinds():
    _command(_kind)


def init_app(app: Flask) -> None:
    """Register the document commands."""
    app.cli.add_command(document_cli)
