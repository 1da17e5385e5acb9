"""Stream a DILA LEGI archive, one member at a time, without unpacking it or holding its list.

Layout (DILA's open-data exports, as read by Legilibre's legi.py):
- full archive `Freemium_legi_global_YYYYMMDD-HHMMSS.tar.gz`: members start with `legi/global/…`;
- daily incremental archive `LEGI_YYYYMMDD-HHMMSS.tar.gz`: the same tree under a top folder named
  by its time stamp (`20250714-211907/legi/global/…`), plus `liste_suppression_legi.dat`: one path
  a line (`legi/global/…/LEGIARTI…`, no `.xml`) of files that the archive removes from the base.
An article file's path names its text and its own id:
`legi/global/code_et_TNC_en_vigueur/code_en_vigueur/LEGI/TEXT/00/00/06/07/07/LEGITEXT000006070719/
article/LEGI/ARTI/00/00/49/56/74/LEGIARTI000049567458.xml`.

Only the members a caller asks for are read; tarfile's member list is emptied as it goes, so
memory stays flat whatever the archive's size.
"""

from __future__ import annotations

import re
import tarfile
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

ARCHIVE_NAME = re.compile(
    r"(?:.+_)?legi(?P<full>_global)?_(?P<date>\d{8})-(?P<time>\d{6})\.tar(?:\.\w+)?$",
    re.IGNORECASE)
ARTICLE_FILE = re.compile(r"/article/.*?(?P<id>LEGIARTI\d{12})\.xml$")
TEXT_ID = re.compile(r"^(?:LEGI|JORF)TEXT\d{12}$")
DELETION_LIST = re.compile(r"(?:^|/)liste_suppression_\w*\.dat$")
# An article file is a few kilobytes and a daily deletion list a few megabytes at most: anything
# far larger is not a LEGI export and is refused rather than read into memory.
MAX_ARTICLE_BYTES = 8 * 2**20
MAX_LIST_BYTES = 256 * 2**20


class ArchiveError(Exception):
    """An archive that cannot be read as a LEGI export; the message says which and why."""


@dataclass(frozen=True)
class ArchiveInfo:
    path: Path
    name: str
    full: bool | None  # None: the name does not say; the first member decides
    stamp: date | None

    @classmethod
    def of(cls, path: Path) -> ArchiveInfo:
        match = ARCHIVE_NAME.search(path.name)
        if not match:
            return cls(path, path.name, None, None)
        raw = match.group("date")
        try:
            stamp = date(int(raw[:4]), int(raw[4:6]), int(raw[6:]))
        except ValueError:
            stamp = None
        return cls(path, path.name, bool(match.group("full")), stamp)


@dataclass(frozen=True)
class ArticleEntry:
    """An article file of the archive: where it sits, and a way to read it (once)."""

    path: str  # from `legi/` on
    id: str
    cid: str  # the LEGITEXT (or JORFTEXT) folder it sits in
    mtime: int
    read: Callable[[], bytes]


@dataclass(frozen=True)
class Deletion:
    """One line of a deletion list: an article file, or a whole text's folder (id None)."""

    path: str
    cid: str
    id: str | None


def _legi_path(name: str) -> tuple[str, bool]:
    """The member's path from `legi/` on, and whether it sat under a time-stamp folder."""
    parts = name.lstrip("./").split("/")
    if parts and parts[0] == "legi":
        return "/".join(parts), False
    if len(parts) > 1 and parts[1] == "legi":
        return "/".join(parts[1:]), True
    return "", False


def text_id_of(path: str) -> str:
    """The LEGITEXT/JORFTEXT folder an article or text path belongs to ('' if none)."""
    for part in path.split("/"):
        if TEXT_ID.match(part):
            return part
    return ""


def parse_deletions(data: bytes) -> list[Deletion]:
    found = []
    for raw in data.decode("utf-8", "replace").splitlines():
        line = raw.strip()
        line = re.sub(r"\s+[A-Z]$", "", line)  # some lines carry a one-letter flag
        if not line.startswith("legi/"):
            continue
        last = line.rstrip("/").split("/")[-1].removesuffix(".xml")
        article = last if re.fullmatch(r"LEGIARTI\d{12}", last) else None
        if article is None and not TEXT_ID.match(last):
            continue  # a section or text-version file: no article of ours
        found.append(Deletion(path=line, cid=text_id_of(line), id=article))
    return found


@dataclass
class ScanResult:
    """What only the whole archive tells: whether it is a full export, whether it held anything."""

    full: bool | None = None
    files: int = 0
    deletion_lists: int = 0


def scan(info: ArchiveInfo, wanted: Callable[[str, str], bool], result: ScanResult
         ) -> Iterator[ArticleEntry | list[Deletion]]:
    """Yield, in archive order, each article file for which `wanted(cid, id)` is true and each
    deletion list; fill `result` on the way. Raises ArchiveError."""
    try:
        tar = tarfile.open(info.path, mode="r|*")  # noqa: SIM115 (closed below)
    except FileNotFoundError:
        raise ArchiveError(f"{info.name}: no such file") from None
    except IsADirectoryError:
        raise ArchiveError(f"{info.name}: is a folder, not an archive") from None
    except (tarfile.TarError, OSError, EOFError, zlib.error) as exc:
        raise ArchiveError(f"{info.name}: not a readable tar archive ({exc})") from None
    result.full = info.full
    try:
        with tar:
            while True:
                member = tar.next()
                if member is None:
                    break
                tar.members.clear()  # stream mode would otherwise keep every header
                if not member.isfile():
                    continue
                if DELETION_LIST.search(member.name):
                    result.deletion_lists += 1
                    yield parse_deletions(_read(tar, member, MAX_LIST_BYTES, info.name))
                    continue
                path, stamped = _legi_path(member.name)
                if not path:
                    continue
                result.files += 1
                if result.full is None:
                    result.full = not stamped
                match = ARTICLE_FILE.search(path)
                if not match:
                    continue
                cid = text_id_of(path)
                if wanted(cid, match.group("id")):
                    data = _read(tar, member, MAX_ARTICLE_BYTES, info.name)
                    yield ArticleEntry(path=path, id=match.group("id"), cid=cid,
                                       mtime=int(member.mtime), read=lambda d=data: d)
    except (tarfile.TarError, OSError, EOFError, zlib.error) as exc:
        raise ArchiveError(f"{info.name}: the archive is damaged or cut short ({exc})") from None
    if not result.files and not result.deletion_lists:
        raise ArchiveError(f"{info.name}: holds no LEGI files (no legi/ folder, no deletion "
                           "list): is it a LEGI export?")
    if result.full is None:
        result.full = False  # only a deletion list: a daily archive


def _read(tar: tarfile.TarFile, member: tarfile.TarInfo, limit: int, archive: str) -> bytes:
    if member.size > limit:
        raise ArchiveError(f"{archive}: {member.name} is {member.size} bytes, far more than a "
                           "LEGI file: is it a LEGI export?")
    handle = tar.extractfile(member)
    if handle is None:
        return b""
    with handle:
        return handle.read()
