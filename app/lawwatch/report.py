"""Run the watch over archives and say what it found: plain text for a person, JSON for a job."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from app.law.schema import Rule

from .archive import ArchiveInfo
from .classify import STATUSES, ArticleReport, classify
from .watch import ArchiveRead, Watch

CODE_NAMES = {"code_penal": "Code pénal", "code_procedure_penale": "Code de procédure pénale",
              "code_justice_penale_mineurs": "Code de la justice pénale des mineurs"}
HEADINGS = {
    "repealed_or_moved": "Repealed or moved",
    "changed": "Text changed",
    "future": "New version announced (future start)",
    "unchanged": "Unchanged",
    "not_found": "Not found in these archives",
}


@dataclass(frozen=True)
class WatchResult:
    archives: tuple[ArchiveRead, ...]
    on: dt.date
    articles: tuple[ArticleReport, ...]

    @property
    def changed(self) -> bool:
        return any(a.changed for a in self.articles)

    def counts(self) -> dict[str, int]:
        return {s: sum(1 for a in self.articles if a.status == s) for s in STATUSES}

    def as_dict(self) -> dict:
        return {"on": self.on.isoformat(), "archives": [a.as_dict() for a in self.archives],
                "changed": self.changed, "counts": self.counts(),
                "articles": [a.as_dict() for a in self.articles]}


def run(rules: Iterable[Rule], paths: Sequence[Path], on: dt.date | None = None) -> WatchResult:
    """Read the archives in date order (by the time stamp in their names; a full archive before
    the daily ones of the same day) and classify every rule. Raises ArchiveError."""
    rules = list(rules)
    infos = order([ArchiveInfo.of(Path(p)) for p in paths])
    watch = Watch.of(rules)
    for info in infos:
        watch.read(info)
    day = on or watch.as_of() or dt.date.today()
    return WatchResult(tuple(watch.archives), day,
                       tuple(classify(watch, target, day) for target in watch.targets))


def order(infos: list[ArchiveInfo]) -> list[ArchiveInfo]:
    """Archives by date when every name carries one; otherwise as given."""
    if all(i.stamp for i in infos):
        return sorted(infos, key=lambda i: (i.name.rsplit("_", 1)[-1], not i.full))
    return infos


def text(result: WatchResult) -> str:
    lines = [f"LEGI watch: the law as the archives state it on {result.on}."]
    for read in result.archives:
        kind = "full" if read.full else "daily"
        lines.append(f"  read {read.info.name} ({kind}, {read.files} LEGI files, "
                     f"{read.deletions} deletions listed)")
    counts = result.counts()
    lines.append("  " + ", ".join(f"{n} {HEADINGS[s].lower()}" for s, n in counts.items() if n))
    for status in STATUSES:
        found = [a for a in result.articles if a.status == status]
        if not found:
            continue
        lines += ["", f"== {HEADINGS[status]} ({len(found)})"]
        for article in found:
            lines += _article(article)
    lines += ["", "Something changed: review the articles above (docs/law-watch.md)."
              if result.changed else "Nothing changed."]
    return "\n".join(lines) + "\n"


def _article(a: ArticleReport) -> list[str]:
    rule = a.rule
    head = f"{rule.article} {CODE_NAMES.get(rule.code, rule.code)}"
    if a.status == "not_found":
        return [f"- {head}"]
    lines = [f"- {head} (found by {a.matched_by or 'deletion list'})"]
    held = a.held
    if held is not None:
        lines.append(f"    held: version from {held.start} "
                     f"({held.legifrance_id or 'id unknown'}), checked on {rule.checked_on}")
    if a.in_force is not None:
        r = a.in_force.record
        lines.append(f"    in force: {r.id} from {r.start}"
                     + (f" until {a.in_force.last_day}" if r.end else "")
                     + f" ({r.etat}, {r.archive})")
    lines += [f"    {note}" for note in a.notes]
    if a.in_force is not None:
        lines += _changes(a.in_force, rule.article)
    if a.announced_end:
        lines.append(f"    announced end: the version in force applies until {a.announced_end}")
    for seen in a.future:
        r = seen.record
        lines.append(f"    announced: {r.id} from {r.start} ({r.etat}, {r.archive})")
        lines += _changes(seen, rule.article)
    if a.status == "repealed_or_moved":
        if a.reason == "removed_from_base":
            lines.append(f"    removed from the base by the deletion list of {a.removed_by}")
        elif a.ended is not None:
            r = a.ended.record
            lines.append(f"    {a.reason}: {r.id} ({r.etat}) applied until {a.ended.last_day}"
                         + (f"; moved to {a.moved_to}" if a.moved_to else ""))
        elif a.moved_to:
            lines.append(f"    moved: now {a.moved_to}")
    found = [f"{rule.versions[i].start}: {i_d}" for i, i_d in sorted(a.found_ids.items())]
    if found or a.found_article_id:
        lines.append("    identifiers found for versions held as unknown: "
                     + ", ".join(found + ([f"article: {a.found_article_id}"]
                                          if a.found_article_id else [])))
    return lines


def _changes(seen, article: str) -> list[str]:
    lines = [f"    text: {change.rendered()}" for change in seen.text_changes]
    lines += [f"    penalty: {change.sentence()}" for change in seen.penalty_changes]
    return lines
