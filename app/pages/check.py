"""`flask content check`: what a reviewer would check before publishing content.

Errors: a page without its twin, a broken internal link, a legal reference the law data does not
hold, a law entry without source or checked-on date, a penalty typed by hand. Warnings: facts not
checked for more than twelve months.
"""

from __future__ import annotations

import datetime as dt
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

import click
from flask import current_app
from flask.cli import with_appcontext

from app.law import get_registry
from app.pages.render import Site

HREF = re.compile(r'href="(/(?:fr|en)/[^"#?]*)(?:#([^"]*))?"')
ID = re.compile(r'id="([^"]+)"')
# A penalty, fine or prison term written by hand rather than drawn from the law data.
TYPED_PENALTY = re.compile(
    r"\d[\d\s\u00a0\u202f.,]*(?:€|euros?\b)|€\s?\d"
    r"|\d+[\s\u00a0]*(?:ans?|mois)[\s\u00a0]+d['’]emprisonnement"
    r"|\d+[\s\u00a0]*(?:years?|months?)['’]?[\s\u00a0]+(?:imprisonment|in prison|of prison)",
    re.IGNORECASE)


@dataclass
class Report:
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def typed_penalties(paths: list[Path]) -> list[str]:
    found = []
    for path in paths:
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            for match in TYPED_PENALTY.finditer(line):
                found.append(f"{path}:{number}: penalty typed by hand: '{match.group(0)}'")
    return found


def check_site(site: Site, languages: tuple[str, ...], today: dt.date) -> Report:
    report = Report()
    law = get_registry()
    keys = {lang: {p.key for p in site.pages if p.lang == lang} for lang in languages}
    for lang in languages:
        for other in languages:
            for key in sorted(keys[lang] - keys[other]):
                report.errors.append(f"page '{key}' exists in '{lang}' but not in '{other}'")
    urls = {p.url: p for p in site.pages}
    for page in site.pages:
        for ref in page.meta["legal_refs"]:
            if ref not in law:
                report.errors.append(f"{page.lang}/{page.slug}: unknown legal reference '{ref}'")
        for path, anchor in HREF.findall(page.html):
            target = urls.get(path)
            if target is None:
                report.errors.append(f"{page.lang}/{page.slug}: broken link to {path}")
            elif anchor and f'id="{anchor}"' not in target.html:
                report.errors.append(f"{page.lang}/{page.slug}: no anchor #{anchor} in {path}")
    for rule in law.all():
        if not rule.sources or not rule.url:
            report.errors.append(f"law {rule.id}: no source")
        if rule.checked_on is None:
            report.errors.append(f"law {rule.id}: no checked-on date")
        elif (today - rule.checked_on).days > 365:
            report.warnings.append(f"law {rule.id}: last checked on {rule.checked_on}")
    return report


def content_files(content_dir: Path) -> list[Path]:
    return sorted(content_dir.glob("*/*.md"))


@click.group("content")
def content_cli():
    """Content tools."""


@content_cli.command("check")
@with_appcontext
def check_command():
    """Check FR/EN parity, links, legal references and hand-typed penalties."""
    app = current_app
    report = check_site(app.extensions["recours.site"], tuple(app.config["LANGUAGES"]),
                        dt.date.today())
    report.errors += typed_penalties(content_files(Path(app.config["CONTENT_DIR"])))
    for line in report.warnings:
        click.echo(f"warning: {line}")
    for line in report.errors:
        click.echo(f"error: {line}")
    click.echo(f"{len(report.errors)} error(s), {len(report.warnings)} warning(s)")
    sys.exit(1 if report.errors else 0)
