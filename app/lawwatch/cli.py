"""`flask law watch ARCHIVE...`: the watch from the command line, for a person or a scheduled job.

Exit status: 0 nothing changed, 1 something changed (a review is due), 2 an archive could not be
read (nothing is reported then: a partial reading would read as "not found").
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path

import click
from flask.cli import AppGroup

law_cli = AppGroup("law", help="The law data and the official LEGI archives.")


@law_cli.command("watch")
@click.argument("archives", nargs=-1, required=True,
                type=click.Path(path_type=Path, dir_okay=True))
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
@click.option("--on", "on", type=click.DateTime(formats=["%Y-%m-%d"]), default=None,
              help="Judge the law as of this day (default: the date of the latest archive).")
@click.option("--write-proposal", "proposal_dir", type=click.Path(path_type=Path,
              file_okay=False), default=None,
              help="Write proposed law-data files for review into this folder.")
def watch_command(archives: tuple[Path, ...], as_json: bool, on: dt.datetime | None,
                  proposal_dir: Path | None) -> None:
    """Read LEGI archives (a full Freemium_legi_global_*.tar.gz and/or daily LEGI_*.tar.gz, in
    date order) and report, for each stored article: unchanged, text changed, new version
    announced, repealed or moved, or not found in these archives."""
    # Imported here: the site's processes load this group at start-up but never run it.
    from app.law import get_registry

    from .archive import ArchiveError
    from .proposal import write_proposals
    from .report import run, text

    try:
        result = run(get_registry().all(), archives, on.date() if on else None)
    except ArchiveError as exc:
        click.echo(f"law watch: cannot read an archive: {exc}", err=True)
        click.echo("law watch: nothing was reported; fetch the archive again "
                   "(docs/law-watch.md).", err=True)
        sys.exit(2)
    if proposal_dir is not None:
        written = write_proposals(result, proposal_dir)
        click.echo(f"law watch: {len(written)} proposed file(s) in {proposal_dir}; the law data "
                   "was not changed.", err=True)
    if as_json:
        click.echo(json.dumps(result.as_dict(), ensure_ascii=False, indent=2))
    else:
        click.echo(text(result), nl=False)
    sys.exit(1 if result.changed else 0)
