"""`flask --app app export static [--dest DIR]`: write the static export."""

from __future__ import annotations

from pathlib import Path

import click
from flask import current_app
from flask.cli import AppGroup

from app.export.freeze import DEFAULT_DESTINATION, freeze

export_cli = AppGroup("export", help="Write the site as static files.")


@export_cli.command("static")
@click.option("--dest", type=click.Path(file_okay=False, path_type=Path),
              default=DEFAULT_DESTINATION, show_default=True, help="Folder to write (emptied).")
def static(dest: Path) -> None:
    """Freeze every content and platform page (both languages), assets, sitemap.xml, robots.txt."""
    urls = freeze(current_app._get_current_object(), dest)
    click.echo(f"{len(urls)} files written to {dest}")
