"""`flask content check`: what a reviewer would check before publishing content.

Errors: a page without its twin, a broken internal link, a legal reference the law data does not
hold, a law entry without source or checked-on date, a penalty typed by hand. Warnings: law
entries, support services and platform reporting routes not checked for more than twelve months.
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

from app.law import Registry, get_registry
from app.pages.render import Site
from app.pages.tools import known_paths

HREF = re.compile(r'href="(/(?:fr|en)/[^"#?]*)(?:#([^"]*))?"')
ID = re.compile(r'id="([^"]+)"')
# A number written in figures or in words, as a penalty would state it (up to thirty years).
_NUMBER = (r"(?:\d+(?:[.,]\d+)?|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze"
           r"|quinze|vingt|trente|a|an|one|two|three|four|five|seven|eight|nine|ten|eleven"
           r"|twelve|fifteen|twenty|thirty|half\s+a)")
_SPACE = r"[\s\u00a0\u202f]"
# A penalty, fine or prison term written by hand rather than drawn from the law data.
TYPED_PENALTY = re.compile(
    # amounts: 15 000 €, 15000 euros, 45 k€, 1 million d'euros, €60,000, EUR 45 000
    rf"\d[\d\s\u00a0\u202f.,]*(?:[kKM]|mille|millions?|thousand){_SPACE}*(?:d['’])?"
    rf"(?:€|euros?\b|EUR\b)"
    rf"|\d[\d\s\u00a0\u202f.,]*(?:€|euros?\b|EUR\b)|€{_SPACE}?\d|\bEUR{_SPACE}?\d"
    # French prison terms: 2 ans d'emprisonnement, deux ans de prison, emprisonnement de 3 ans
    rf"|\b{_NUMBER}{_SPACE}+(?:ans?|mois){_SPACE}+(?:d['’]emprisonnement|de{_SPACE}+prison"
    rf"|de{_SPACE}+détention|de{_SPACE}+réclusion|ferme)"
    rf"|(?:emprisonnement|prison|réclusion){_SPACE}+(?:de|d['’]){_SPACE}*{_NUMBER}{_SPACE}+"
    rf"(?:ans?|mois)\b"
    # English prison terms: 3 years' imprisonment, two years in prison, a two-year jail term
    rf"|\b{_NUMBER}[\s\u00a0-]+(?:years?|months?)(?:['’]s?)?(?:{_SPACE}+of)?{_SPACE}+"
    rf"(?:imprisonment|in{_SPACE}+prison|prison|in{_SPACE}+jail|jail|behind{_SPACE}+bars"
    rf"|custodial)"
    rf"|(?:imprisonment|prison|jail)(?:{_SPACE}+(?:sentence|term))?{_SPACE}+(?:of|for)"
    rf"(?:{_SPACE}+up{_SPACE}+to)?{_SPACE}+{_NUMBER}{_SPACE}+(?:years?|months?)\b",
    re.IGNORECASE)
# A quotation of the official French text, marked as such in the content: the only place where a
# penalty may appear written out, because it is the article's own wording (see content-guide).
OFFICIAL_QUOTATION = re.compile(
    r'<blockquote lang="fr" cite="https://[^"]+">.*?</blockquote>', re.DOTALL)
STALE_AFTER_DAYS = 365


@dataclass
class Report:
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def _without_quotations(text: str) -> str:
    """The text with official quotations blanked out, line numbers kept."""
    return OFFICIAL_QUOTATION.sub(lambda m: "\n" * m.group(0).count("\n"), text)


def typed_penalties(paths: list[Path]) -> list[str]:
    found = []
    for path in paths:
        text = _without_quotations(path.read_text(encoding="utf-8"))
        for number, line in enumerate(text.splitlines(), 1):
            for match in TYPED_PENALTY.finditer(line):
                found.append(f"{path}:{number}: penalty typed by hand: '{match.group(0)}'")
    return found


def check_site(site: Site, languages: tuple[str, ...], today: dt.date,
               law: Registry | None = None) -> Report:
    report = Report()
    law = law or get_registry()
    keys = {lang: {p.key for p in site.pages if p.lang == lang} for lang in languages}
    for lang in languages:
        for other in languages:
            for key in sorted(keys[lang] - keys[other]):
                report.errors.append(f"page '{key}' exists in '{lang}' but not in '{other}'")
    urls = {p.url: p for p in site.pages}
    tools = known_paths(languages)
    for page in site.pages:
        for ref in page.meta["legal_refs"]:
            if ref not in law:
                report.errors.append(f"{page.lang}/{page.slug}: unknown legal reference '{ref}'")
        for path, anchor in HREF.findall(page.html):
            target = urls.get(path)
            if target is None and path in tools:
                continue  # a tool's page: its anchors are checked by its own tests
            if target is None:
                report.errors.append(f"{page.lang}/{page.slug}: broken link to {path}")
            elif anchor and f'id="{anchor}"' not in target.html:
                report.errors.append(f"{page.lang}/{page.slug}: no anchor #{anchor} in {path}")
    for rule in law.all():
        if not rule.sources or not rule.url:
            report.errors.append(f"law {rule.id}: no source")
        if rule.checked_on is None:
            report.errors.append(f"law {rule.id}: no checked-on date")
        elif (today - rule.checked_on).days > STALE_AFTER_DAYS:
            report.warnings.append(f"law {rule.id}: last checked on {rule.checked_on}")
    report.warnings += stale_directory_entries(today)
    return report


def stale_directory_entries(today: dt.date) -> list[str]:
    """Support services and platform reporting routes last checked more than a year ago."""
    from app.services.directory import all_services
    from app.services.platforms import all_platforms

    found = [f"service {s.id}: last checked on {s.checked_on}" for s in all_services()
             if (today - s.checked_on).days > STALE_AFTER_DAYS]
    found += [f"platform {p.id}: last checked on {p.checked_on}" for p in all_platforms()
              if (today - p.checked_on).days > STALE_AFTER_DAYS]
    return found


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
                        dt.date.today(), app.extensions["recours.law"])
    report.errors += typed_penalties(content_files(Path(app.config["CONTENT_DIR"])))
    for line in report.warnings:
        click.echo(f"warning: {line}")
    for line in report.errors:
        click.echo(f"error: {line}")
    click.echo(f"{len(report.errors)} error(s), {len(report.warnings)} warning(s)")
    sys.exit(1 if report.errors else 0)
