"""What the LEGI files say about one stored article, set against the law data.

Statuses, in the order a reader must act on them:
- `repealed_or_moved`: no version is in force; the last one was repealed, moved to another
  number or code, or its file was removed from the base by a deletion list;
- `changed`: the version in force is not the one held (another id, another start, or other
  words than the stored quotation);
- `future`: the version held is still in force, but LEGI announces a later version (or an end);
- `unchanged`: the version in force is the one held, with the same words;
- `not_found`: the archives read say nothing about the article (usual for a daily archive).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from app.law.schema import Rule, Version

from .legi_xml import LegiArticle
from .penalties import PenaltyChange, compare
from .textdiff import Change, diff
from .watch import Target, Watch

MOVED_STATES = {"TRANSFERE", "DEPLACE"}
MOVE_LINKS = {"TRANSFERT", "TRANSFERE", "DEPLACEMENT", "DEPLACE"}
STATUSES = ("repealed_or_moved", "changed", "future", "unchanged", "not_found")


@dataclass(frozen=True)
class Seen:
    """One LEGI version as the report shows it, with its differences from the data."""

    record: LegiArticle
    text_changes: tuple[Change, ...] = ()
    penalty_changes: tuple[PenaltyChange, ...] = ()

    @property
    def last_day(self) -> date | None:
        """The last day the version applies (LEGI's end is the first day it no longer does)."""
        return self.record.end - timedelta(days=1) if self.record.end else None

    def as_dict(self) -> dict:
        r = self.record
        return {"id": r.id, "number": r.num, "state": r.etat,
                "start": r.start.isoformat() if r.start else None,
                "end": self.last_day.isoformat() if self.last_day else None,
                "archive": r.archive,
                "text_changes": [c.as_dict() for c in self.text_changes],
                "penalty_changes": [p.as_dict() for p in self.penalty_changes]}


@dataclass
class ArticleReport:
    rule: Rule
    status: str
    matched_by: str | None = None
    held: Version | None = None
    in_force: Seen | None = None
    future: list[Seen] = field(default_factory=list)
    ended: Seen | None = None
    reason: str | None = None  # for repealed_or_moved: repealed, moved, removed_from_base
    moved_to: str | None = None
    removed_by: str | None = None
    notes: list[str] = field(default_factory=list)
    found_ids: dict[int, str] = field(default_factory=dict)  # version index -> LEGIARTI found
    found_article_id: str | None = None
    announced_end: date | None = None  # last day of the version in force, when LEGI gives one

    @property
    def changed(self) -> bool:
        return self.status in ("repealed_or_moved", "changed", "future")

    def as_dict(self) -> dict:
        rule, held = self.rule, self.held
        return {
            "rule": rule.id, "code": rule.code, "article": rule.article,
            "legitext": rule.legitext, "status": self.status, "matched_by": self.matched_by,
            "checked_on": rule.checked_on.isoformat(),
            "held": None if held is None else {
                "start": held.start.isoformat(), "start_basis": held.start_basis,
                "end": held.end.isoformat() if held.end else None,
                "legifrance_id": held.legifrance_id},
            "in_force": self.in_force.as_dict() if self.in_force else None,
            "future": [s.as_dict() for s in self.future],
            "ended": self.ended.as_dict() if self.ended else None,
            "announced_end": self.announced_end.isoformat() if self.announced_end else None,
            "reason": self.reason, "moved_to": self.moved_to, "removed_by": self.removed_by,
            "notes": list(self.notes),
            "identifiers_found": {
                "article": self.found_article_id,
                "versions": {rule.versions[i].start.isoformat(): found
                             for i, found in sorted(self.found_ids.items())}},
        }


def classify(watch: Watch, target: Target, on: date) -> ArticleReport:
    rule = target.rule
    records, how = watch.about(target)
    held = rule.version_at(on) or rule.current
    report = ArticleReport(rule, "not_found", how, held)
    if not records:
        removed = watch.removed_from(target)
        if removed:
            report.status, report.reason, report.removed_by = (
                "repealed_or_moved", "removed_from_base", removed)
        return report
    _identifiers(report, records)
    in_force = [r for r in records if r.in_force_on(on)]
    future = [r for r in records if r.start and r.start > on and r.etat != "MODIFIE_MORT_NE"]
    report.future = [_seen(rule, held, r) for r in future]
    if not in_force:
        return _ended(report, records, future, on)
    current = _pick(in_force, target)
    report.in_force = _seen(rule, held, current)
    if current.cid != target.cid:
        report.status, report.reason = "repealed_or_moved", "moved"
        report.moved_to = f"{current.num} ({current.cid})"
        return report
    reasons = _differences(rule, held, current, report.in_force, on)
    report.notes += reasons
    if current.end and not any(r.start == current.end for r in future):
        report.announced_end = report.in_force.last_day
    if reasons:
        report.status = "changed"
    elif report.future or report.announced_end:
        report.status = "future"
    else:
        report.status = "unchanged"
    return report


def _pick(in_force: list[LegiArticle], target: Target) -> LegiArticle:
    known = [r for r in in_force if r.id in target.ids]
    return max(known or in_force, key=lambda r: (r.start or date.min, r.mtime))


def _seen(rule: Rule, held: Version, record: LegiArticle) -> Seen:
    quoted = held.text.get("fr") if held.text else None
    text_changes = tuple(diff(quoted, record.text, held.text_excerpt)) if quoted else ()
    penalties = ()
    if record.text and (text_changes or not quoted):
        penalties = tuple(compare(rule.article, held, record.text))
    return Seen(record, text_changes, penalties)


def _differences(rule: Rule, held: Version, current: LegiArticle, seen: Seen,
                 on: date) -> list[str]:
    reasons = []
    if rule.version_at(on) is None and held.end is not None:
        reasons.append(f"LEGI has a version in force; the data says the article ended on "
                       f"{held.end}")
    if held.legifrance_id and current.id != held.legifrance_id:
        reasons.append(f"the version in force is {current.id}, the data holds "
                       f"{held.legifrance_id}")
    elif not held.legifrance_id and current.start:
        if held.in_force_since and current.start != held.in_force_since:
            reasons.append(f"the version in force started on {current.start}, the data says "
                           f"{held.in_force_since}")
        elif current.start > rule.checked_on:
            reasons.append(f"the version in force started on {current.start}, after the last "
                           f"check ({rule.checked_on})")
    if seen.text_changes:
        reasons.append("the words differ from the stored quotation")
    if seen.penalty_changes and not held.text:
        reasons.append("the penalties stated differ from those held")
    return reasons


def _ended(report: ArticleReport, records: list[LegiArticle], future: list[LegiArticle],
           on: date) -> ArticleReport:
    past = [r for r in records if r.start and r.start <= on]
    if not past:
        report.status = "future" if future else "not_found"
        return report
    last = max(past, key=lambda r: (r.end or date.max, r.start))
    report.ended = Seen(last)
    held_end = report.rule.current.end
    if held_end is not None and report.ended.last_day == held_end:
        report.status = "unchanged"
        return report
    report.status = "repealed_or_moved"
    moves = [link for link in last.links if link.typelien in MOVE_LINKS]
    if last.etat in MOVED_STATES or moves:
        report.reason = "moved"
        if moves:
            report.moved_to = moves[0].title or moves[0].num or moves[0].id
    else:
        report.reason = "repealed"
    return report


def _identifiers(report: ArticleReport, records: list[LegiArticle]) -> None:
    """Ids the data says are unknown and the files give unambiguously: a version held with a
    day of coming into force and exactly one LEGI version starting that day; the article's own
    id (its first version in LEGI) where the data has none."""
    rule = report.rule
    for index, version in enumerate(rule.versions):
        if version.legifrance_id or version.in_force_since is None:
            continue
        same_day = {r.id for r in records if r.start == version.in_force_since}
        same_day |= {link.id for r in records for link in r.versions
                     if link.start == version.in_force_since and link.id}
        if len(same_day) == 1:
            report.found_ids[index] = same_day.pop()
    if rule.legifrance_id is None:
        links = [(link.start or date.max, link.id) for r in records for link in r.versions
                 if link.id]
        links += [(r.start or date.max, r.id) for r in records]
        if links:
            report.found_article_id = min(links)[1]
