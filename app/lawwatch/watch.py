"""Read LEGI archives in date order and keep, for each stored article, the LEGI files about it.

A stored article is recognised by any LEGIARTI identifier the law data holds for it (the article's
or a version's; every LEGI file lists the ids of all versions of its article), or, where none is
known, by its code's LEGITEXT and its number. A full archive replaces what earlier archives said;
a daily archive first removes the files its deletion list names, then adds or replaces its files.
Only the files of the codes and ids watched are parsed: memory holds those, nothing else.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date

from app.law.schema import Rule

from .archive import ArchiveError, ArchiveInfo, ArticleEntry, Deletion, ScanResult, scan
from .legi_xml import LegiArticle, LegiXmlError, parse_article


def normalise_number(num: str) -> str:
    """Article numbers as LEGI writes them ("226-8-1", "R. 15-33-1") compared without spaces,
    dots after letters or case."""
    return re.sub(r"[\s.]", "", num).lower()


@dataclass(frozen=True)
class Target:
    """What identifies one stored article in LEGI files."""

    rule: Rule
    ids: frozenset[str]
    cid: str
    number: str

    @classmethod
    def of(cls, rule: Rule) -> Target:
        ids = {rule.legifrance_id} | {v.legifrance_id for v in rule.versions}
        return cls(rule, frozenset(i for i in ids if i), rule.legitext,
                   normalise_number(rule.article))

    def by_id(self, record: LegiArticle) -> bool:
        return bool(record.family_ids() & self.ids)

    def by_number(self, record: LegiArticle) -> bool:
        return record.cid == self.cid and normalise_number(record.num) == self.number


@dataclass(frozen=True)
class ArchiveRead:
    """One archive as read: its kind, how many LEGI files and deletion lines it held."""

    info: ArchiveInfo
    full: bool
    files: int
    deletions: int

    def as_dict(self) -> dict:
        return {"name": self.info.name, "kind": "full" if self.full else "incremental",
                "date": self.info.stamp.isoformat() if self.info.stamp else None,
                "files": self.files, "deletions": self.deletions}


@dataclass
class Watch:
    """The LEGI files about the watched articles, after the archives read so far."""

    targets: list[Target]
    records: dict[str, LegiArticle] = field(default_factory=dict)
    # id -> (archive whose deletion list removed it, the file it removed if one was held)
    removed: dict[str, tuple[str, LegiArticle | None]] = field(default_factory=dict)
    archives: list[ArchiveRead] = field(default_factory=list)

    @classmethod
    def of(cls, rules: Iterable[Rule]) -> Watch:
        return cls([Target.of(rule) for rule in rules])

    def __post_init__(self) -> None:
        self._cids = {t.cid for t in self.targets}
        self._ids = set().union(*(t.ids for t in self.targets)) if self.targets else set()

    def wanted(self, cid: str, article_id: str) -> bool:
        return cid in self._cids or article_id in self._ids

    def concerns(self, record: LegiArticle) -> bool:
        return any(t.by_id(record) or t.by_number(record) for t in self.targets)

    def read(self, info: ArchiveInfo) -> ArchiveRead:
        """Read one archive; raises ArchiveError, leaving the state as it was."""
        result = ScanResult()
        added: dict[str, LegiArticle] = {}
        deletions: list[Deletion] = []
        for item in scan(info, self.wanted, result):
            if isinstance(item, list):
                deletions += item
                continue
            record = self._parse(info, item)
            if self.concerns(record):
                kept = added.get(record.id)
                if kept is None or record.mtime >= kept.mtime:
                    added[record.id] = record
        if result.full:
            self.records.clear()
            self.removed.clear()
        for deletion in deletions:
            self._delete(deletion, info.name)
        for record in added.values():
            self.records[record.id] = record
            self.removed.pop(record.id, None)
        read = ArchiveRead(info, bool(result.full), result.files, len(deletions))
        self.archives.append(read)
        return read

    def _parse(self, info: ArchiveInfo, entry: ArticleEntry) -> LegiArticle:
        try:
            record = parse_article(entry.read(), mtime=entry.mtime, archive=info.name)
        except LegiXmlError as exc:
            raise ArchiveError(f"{info.name}: {entry.path}: {exc}") from None
        if record.id != entry.id:
            raise ArchiveError(f"{info.name}: {entry.path}: the file holds {record.id}")
        if not record.cid:
            record = _with_cid(record, entry.cid)
        return record

    def _delete(self, deletion: Deletion, archive: str) -> None:
        if deletion.id is not None:
            if deletion.id in self.records or deletion.id in self._ids:
                self.removed[deletion.id] = (archive, self.records.pop(deletion.id, None))
            return
        for record_id in [i for i, r in self.records.items() if r.cid == deletion.cid]:
            self.removed[record_id] = (archive, self.records.pop(record_id))

    def about(self, target: Target) -> tuple[list[LegiArticle], str | None]:
        """The files about one stored article, oldest version first, and how they were found
        ("identifier", "number" or None)."""
        by_id = [r for r in self.records.values() if target.by_id(r)]
        ids = set().union(*(r.family_ids() for r in by_id)) if by_id else set()
        by_number = [r for r in self.records.values()
                     if r not in by_id and (target.by_number(r) or r.id in ids)]
        found = sorted(by_id + by_number, key=lambda r: (r.start or date.min, r.id))
        how = "identifier" if by_id else ("number" if by_number else None)
        return found, how

    def removed_from(self, target: Target) -> str | None:
        """The archive whose deletion list removed the article's files, if one did."""
        for article_id, (archive, record) in self.removed.items():
            if article_id in target.ids or (record is not None and (
                    target.by_id(record) or target.by_number(record))):
                return archive
        return None

    def as_of(self) -> date | None:
        stamps = [a.info.stamp for a in self.archives if a.info.stamp]
        return max(stamps) if stamps else None


def _with_cid(record: LegiArticle, cid: str) -> LegiArticle:
    return replace(record, cid=cid)
