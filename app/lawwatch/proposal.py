"""Proposed law-data files, written for a person to review; the law data itself is never touched.

For each article the archives speak about, the proposal is the stored file edited as text (its
comments and layout kept), so `diff -u app/law/data/X.yaml DIR/X.yaml` shows exactly what changes:
- `checked_on` becomes the date of the archives read, and identifiers the data holds as unknown
  are filled in where the archives give them unambiguously;
- a new version in force or announced is added after the versions held (its id, start, official
  text and the text's source), the version before it gets its last day; its penalties are those
  of the version held, changed where the text's penalties changed in a way that names one held
  penalty; a note in both languages says what a person must still check;
- a repealed article's version in force gets its last day.
Every proposed file is checked with the strict loader before it is written. A `REVIEW.md` file
lists what each proposed file changes and what was left for a person.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from app.law.loader import parse_file
from app.law.registry import DATA_DIR
from app.law.schema import LawDataError

from .classify import ArticleReport, Seen
from .legi_xml import LegiArticle
from .report import WatchResult

LEGI_URL = "https://echanges.dila.gouv.fr/OPENDATA/LEGI/"
KEEP = ("penalty", "aggravations", "counted", "conducts", "values")


@dataclass
class Proposal:
    rule_id: str
    source: str
    changes: list[str] = field(default_factory=list)
    to_check: list[str] = field(default_factory=list)


def write_proposals(result: WatchResult, directory: Path, data_dir: Path = DATA_DIR
                    ) -> list[Path]:
    directory.mkdir(parents=True, exist_ok=True)
    written, notes = [], []
    for article in result.articles:
        path = data_dir / f"{article.rule.id}.yaml"
        proposal = Proposal(article.rule.id, path.read_text(encoding="utf-8"))
        _propose(article, proposal, result)
        if not proposal.changes and not proposal.to_check:
            continue
        target = directory / path.name
        if proposal.changes:
            target.write_text(proposal.source, encoding="utf-8")
            try:
                parse_file(target)
            except LawDataError as exc:
                target.unlink()
                proposal.to_check.append(f"the proposed file did not load ({exc}); "
                                         "edit the data by hand")
            else:
                written.append(target)
        notes.append(proposal)
    (directory / "REVIEW.md").write_text(_review(result, notes), encoding="utf-8")
    return written


def _propose(article: ArticleReport, proposal: Proposal, result: WatchResult) -> None:
    if article.status == "not_found":
        return
    if article.status == "repealed_or_moved" and article.reason != "repealed":
        proposal.to_check.append(
            f"{article.reason.replace('_', ' ')}: check Légifrance, then edit the data by hand")
        return
    rule = article.rule
    for index, found in sorted(article.found_ids.items()):
        proposal.source = set_in_version(proposal.source, index, "legifrance_id", found)
        proposal.changes.append(f"version from {rule.versions[index].start}: id {found}")
    if article.found_article_id:
        proposal.source = set_top(proposal.source, "legifrance_id", article.found_article_id)
        proposal.changes.append(f"article id {article.found_article_id}")
    if article.status == "repealed_or_moved" and article.ended is not None:
        _end_current(proposal, rule, article.ended.last_day, "repealed")
        proposal.to_check.append("repealed: say so on the pages that present the offence")
    if article.status == "changed" and article.in_force is not None:
        record = article.in_force.record
        if record.id == (article.held.legifrance_id if article.held else None):
            proposal.to_check.append(
                "same version id, other words: compare with Légifrance and correct the "
                "quotation by hand")
        else:
            _add_version(proposal, article, article.in_force)
    for seen in article.future:
        _add_version(proposal, article, seen)
    if article.announced_end and not article.future:
        _end_current(proposal, rule, article.announced_end, "end announced")
    if result.on > rule.checked_on and (proposal.changes or article.status == "unchanged"):
        proposal.source = set_top(proposal.source, "checked_on", f'"{result.on.isoformat()}"')
        proposal.changes.append(f"checked_on {result.on}")


def _end_current(proposal: Proposal, rule, last_day: dt.date | None, why: str) -> None:
    index = len(rule.versions) - 1
    if last_day is None or rule.versions[index].end is not None:
        return
    proposal.source = set_in_version(proposal.source, index, "end", f'"{last_day}"')
    proposal.changes.append(f"version from {rule.versions[index].start} ends on {last_day} "
                            f"({why})")


def _add_version(proposal: Proposal, article: ArticleReport, seen: Seen) -> None:
    record = seen.record
    rule = article.rule
    if record.start is None or any(v.start >= record.start for v in rule.versions):
        proposal.to_check.append(f"{record.id} starts on {record.start}, not after the "
                                 "versions held: edit by hand")
        return
    _end_current(proposal, rule, record.start - dt.timedelta(days=1), f"replaced by {record.id}")
    blocks = version_blocks(proposal.source)
    held_index = rule.versions.index(article.held) if article.held in rule.versions else -1
    start, end = blocks[held_index]
    kept = [seg for seg in segments(proposal.source.split("\n")[start + 1:end])
            if seg[0] in KEEP]
    kept_lines = [line for _, lines in kept for line in lines]
    unmapped = []
    for change in seen.penalty_changes:
        if change.before and change.after and len(change.stored_as) == 1:
            kept_lines, done = _set_penalty(kept_lines, change.stored_as[0], change.after)
            if done:
                proposal.changes.append(f"{record.id}: {change.sentence()}")
                continue
        unmapped.append(change.sentence())
    block = _version_head(record, rule.id, unmapped) + kept_lines + _text_lines(record)
    proposal.source = proposal.source.rstrip("\n") + "\n" + "\n".join(block) + "\n"
    proposal.changes.append(f"new version {record.id} from {record.start}")
    proposal.to_check.append(
        f"{record.id}: check the amending text, the penalties and circumstances copied from the "
        "version held, the pages and letters that quote the article, then remove the note")
    proposal.to_check += [f"penalty not set automatically: {u}" for u in unmapped]


def _version_head(record: LegiArticle, rule_id: str, unmapped: list[str]) -> list[str]:
    amending = [link for link in record.links
                if link.sens == "source" and link.typelien in ("MODIFICATION", "CREATION")
                and link.title]
    amending.sort(key=lambda link: link.signed)
    by_fr = amending[-1].title if amending else "Texte modificatif à identifier sur Légifrance"
    by_en = (f"{amending[-1].title} (as named in the LEGI export)" if amending
             else "Amending text to be identified on Légifrance")
    note_fr = (f"Version proposée par la veille juridique d'après l'export LEGI ({record.archive})"
               "\u00a0: peines et circonstances reprises de la version précédente, à vérifier.")
    note_en = (f"Version proposed by the law watch from the LEGI export ({record.archive}): "
               "penalties and circumstances copied from the previous version, to be checked.")
    if unmapped:
        note_en += " Penalty changes to set: " + "; ".join(unmapped) + "."
        note_fr += " Peines à reporter\u00a0: " + "\u00a0; ".join(unmapped) + "."
    head = {
        "start": record.start.isoformat(),
        "legifrance_id": record.id,
        "grade": "B",
        "enacted_by": {"fr": by_fr, "en": by_en},
        "uncertain": {"fr": note_fr, "en": note_en},
    }
    return _dump_item(head)


def _text_lines(record: LegiArticle) -> list[str]:
    if not record.paragraphs:
        return []
    lines = [f"    text_source: {LEGI_URL}", "    text:", "      fr: |-"]
    for i, paragraph in enumerate(record.paragraphs):
        if i:
            lines.append("")
        lines.append("        " + paragraph)
    return lines


class _Dumper(yaml.SafeDumper):
    """Long sentences folded (`>-`), as the stored files write them; dates as quoted strings."""


def _string(dumper: yaml.SafeDumper, value: str):
    style = ">" if len(value) > 60 else ('"' if value[:1].isdigit() else None)
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _string)


def _dump_item(mapping: dict) -> list[str]:
    dumped = yaml.dump([mapping], Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=96)
    return ["  " + line if line else line for line in dumped.rstrip("\n").split("\n")]


def _set_penalty(lines: list[str], slot: str, value: tuple) -> tuple[list[str], bool]:
    years, fine = value
    if years is None or fine is None:
        return lines, False
    years_text = int(years) if float(years).is_integer() else years
    new = f"{{prison_years: {years_text}, fine_eur: {fine}}}"
    pattern = re.compile(r"^(\s*)penalty: \{[^}]*\}$")
    if slot == "base penalty":
        for i, line in enumerate(lines):
            match = pattern.match(line)
            if match and len(match.group(1)) == 4:
                return lines[:i] + [f"    penalty: {new}"] + lines[i + 1:], True
        return lines, False
    kind, _, key = slot.partition(" ")
    if kind not in ("aggravation", "conduct"):
        return lines, False
    inside = False
    for i, line in enumerate(lines):
        if re.match(rf"^\s*- key: \"?{re.escape(key)}\"?$", line):
            inside = True
        elif re.match(r"^\s*- key:", line):
            inside = False
        match = pattern.match(line)
        if inside and match:
            return lines[:i] + [f"{match.group(1)}penalty: {new}"] + lines[i + 1:], True
    return lines, False


# -- text-level YAML edits (comments and layout of the stored file are kept) -------------------
def set_top(source: str, key: str, value: str) -> str:
    pattern = re.compile(rf"^{re.escape(key)}:.*$", re.MULTILINE)
    if not pattern.search(source):
        raise ValueError(f"no top-level {key}")
    return pattern.sub(lambda _: f"{key}: {value}", source, count=1)


def version_blocks(source: str) -> list[tuple[int, int]]:
    """(first line, line after the last) of each item of the top-level `versions:` list."""
    lines = source.split("\n")
    start = next(i for i, line in enumerate(lines) if line.startswith("versions:"))
    items = [i for i in range(start + 1, len(lines)) if lines[i].startswith("  - ")]
    stop = next((i for i in range(start + 1, len(lines))
                 if lines[i] and not lines[i].startswith(" ")), len(lines))
    return [(a, b) for a, b in zip(items, [*items[1:], stop], strict=True)]


def segments(lines: list[str]) -> list[tuple[str, list[str]]]:
    """A version item's keys (indent 4), each with its lines."""
    found: list[tuple[str, list[str]]] = []
    for line in lines:
        match = re.match(r"^    ([a-z_]+):", line)
        if match:
            found.append((match.group(1), [line]))
        elif found:
            found[-1][1].append(line)
    return found


def set_in_version(source: str, index: int, key: str, value: str) -> str:
    lines = source.split("\n")
    start, end = version_blocks(source)[index]
    for i in range(start, end):
        if re.match(rf"^(  - |    ){re.escape(key)}:", lines[i]):
            prefix = lines[i][:4]
            lines[i] = f"{prefix}{key}: {value}"
            return "\n".join(lines)
    lines.insert(start + 1, f"    {key}: {value}")
    return "\n".join(lines)


def _review(result: WatchResult, proposals: list[Proposal]) -> str:
    lines = [f"# Law watch proposals — the law as LEGI states it on {result.on}", "",
             "Archives read: " + ", ".join(a.info.name for a in result.archives) + ".", "",
             "Compare each file with the stored one (`diff -u app/law/data/NAME.yaml "
             "NAME.yaml`), check what is listed under it, then copy it into `app/law/data/` "
             "and commit with a CHANGELOG line (docs/law-watch.md).", ""]
    for proposal in proposals:
        lines.append(f"## {proposal.rule_id}")
        lines += [f"- proposed: {change}" for change in proposal.changes]
        lines += [f"- to check: {item}" for item in proposal.to_check]
        lines.append("")
    if not proposals:
        lines.append("Nothing to propose.")
    return "\n".join(lines) + "\n"
