"""CLI for documents: `flask document complaint FILE.json --format pdf --output OUT`.

Same body and same checks as POST /api/v1/documents/<kind>, for people who prefer to keep their
answers in a file on their own machine. Errors are printed (field, code, message) and exit 1.
"""

from __future__ import annotations

import json
import sys
from datetime import date

import click
from flask import Flask, current_app
from flask.cli import AppGroup

from app.api.action_documents import ACTION_KIND_PATHS, action_document
from app.interview.complaint_letter import FILE_FORMATS, document
from app.letters import LetterInputError

document_cli = AppGroup("document", help="Build a letter from a JSON file (see the API docs).")


def _run(kind: str, source, fmt: str, output, reading_copy: bool) -> None:
    try:
        body = json.load(source)
    except (ValueError, UnicodeDecodeError) as exc:
        message = f"{source.name}: not a JSON file ({type(exc).__name__})"
        raise click.ClickException(message) from None
    today = current_app.config.get("FACTS_ON") or date.today()
    try:
        if kind in ACTION_KIND_PATHS.values():
            data, _media, name = action_document(kind, body, fmt, today)
        else:
            data, _media, name = document(kind, body, fmt, today, reading_copy=reading_copy)
    except LetterInputError as exc:
        for item in exc.errors:
            click.echo(f"{item['field']}: {item['code']} — {item['message']['en']}", err=True)
        sys.exit(1)
    target = output or name
    with click.open_file(target, "wb") as handle:
        handle.write(data)
    if target != "-":
        click.echo(target)


def _command(kind: str, help_text: str):
    @document_cli.command(kind.replace("_", "-"), help=help_text)
    @click.argument("source", type=click.File("rb"))
    @click.option("--format", "fmt", type=click.Choice(FILE_FORMATS), default="pdf",
                  show_default=True)
    @click.option("--output", "-o", type=click.Path(dir_okay=False, allow_dash=True),
                  help="File to write ('-' for standard output); default: a standard name.")
    @click.option("--reading-copy", is_flag=True, help="The copy in reading_copy_lang.")
    def command(source, fmt, output, reading_copy):
        _run(kind, source, fmt, output, reading_copy)

    return command


_command("complaint", "The complaint to the procureur de la République.")
_command("partie_civile", "The plainte avec constitution de partie civile (CPP 85).")
_command("platform_notice", "A notice to a platform or host (EU DSA art. 16).")
_command("platform_appeal", "The internal complaint to a platform (EU DSA art. 20).")
_command("delisting", "A request to a search engine to delist results.")
_command("erasure", "A request to erase personal data (GDPR art. 17; LIL art. 51 for minors).")
_command("cnil_complaint", "A complaint to the CNIL after an unanswered erasure request.")
_command("preservation", "A request to a platform to preserve content and account data.")


def init_app(app: Flask) -> None:
    """Register the document commands."""
    app.cli.add_command(document_cli)
