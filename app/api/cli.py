"""CLI commands over the same engines as the API (`flask qualify FILE.json`, documents).

`init_app` also registers the human API page (app.api.views.docs_bp, GET /<lang>/api), the
only place a second blueprint of this capability can be wired without touching the factory.
"""

from __future__ import annotations

import json
import sys
from datetime import date

import click
from flask import Flask
from flask.cli import with_appcontext

from app.qualify import QualifyInputError, qualify_json


def _parse_today(_ctx, _param, value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as error:
        raise click.BadParameter("expected YYYY-MM-DD") from error


@click.command("qualify")
@click.argument("file", type=click.File("rb"))
@click.option("--today", callback=_parse_today, help="Date of today (YYYY-MM-DD).")
@with_appcontext
def qualify_command(file, today: date | None) -> None:
    """Print the qualification of the facts in FILE (JSON), as POST /api/v1/qualify would.

    Exit code 2 with the errors (same JSON as the API's 422/400) on bad input.
    """
    from app.api.views import today as site_today

    try:
        payload = json.loads(file.read())
    except (ValueError, RecursionError):
        _fail(400, [{"field": "", "code": "invalid_json",
                     "message": {"fr": "Le fichier n'est pas un JSON lisible (UTF-8).",
                                 "en": "The file is not readable JSON (UTF-8)."}}])
    try:
        result = qualify_json(payload, today or site_today())
    except QualifyInputError as error:
        _fail(422, error.errors)
    click.echo(json.dumps(result, ensure_ascii=False, indent=2))


def _fail(status: int, errors: list[dict]) -> None:
    click.echo(json.dumps({"status": status, "errors": errors}, ensure_ascii=False, indent=2),
               err=True)
    sys.exit(2)


def init_app(app: Flask) -> None:
    """Register the CLI commands and the API's human page."""
    from app.api.views import docs_bp

    app.cli.add_command(qualify_command)
    app.register_blueprint(docs_bp)
