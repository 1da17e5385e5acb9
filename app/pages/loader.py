"""Read `content/<lang>/*.md`: YAML front matter checked against a declared schema.

A malformed file stops start-up with a message naming the file and the field, so a broken page can
never be served half-rendered.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

import yaml

from app.datafiles import load_yaml

SECTIONS = ("start", "offences", "guides", "minors", "educators", "lawyers", "help", "about")
AUDIENCES = ("victims", "helpers", "lawyers", "educators")
REQUIRED = {"key": str, "slug": str, "title": str, "summary": str, "audience": list,
            "section": str, "order": int, "updated": dt.date, "legal_refs": list}
OPTIONAL = {"content_note": str, "printable": bool, "synonyms": list, "easy_read": bool}


class ContentError(Exception):
    """A content file is malformed; the message names the file and the field."""

    def __init__(self, path: Path | str, field: str, message: str):
        self.path, self.field = str(path), field
        super().__init__(f"{path}: field '{field}': {message}")


@dataclass(frozen=True)
class Source:
    path: Path
    lang: str
    meta: dict
    body: str

    @property
    def key(self) -> str:
        return self.meta["key"]


def split_front_matter(path: Path, text: str) -> tuple[dict, str]:
    if not text.startswith("---\n"):
        raise ContentError(path, "front matter", "the file must start with a '---' line")
    end = text.find("\n---\n", 4)
    if end < 0:
        raise ContentError(path, "front matter", "no closing '---' line")
    try:
        meta = load_yaml(text[4:end]) or {}
    except yaml.YAMLError as error:
        raise ContentError(path, "front matter", f"invalid YAML ({error})") from None
    if not isinstance(meta, dict):
        raise ContentError(path, "front matter", "must be a mapping of fields")
    return meta, text[end + 5 :]


def validate(path: Path, meta: dict) -> None:
    for field in meta:
        if field not in REQUIRED and field not in OPTIONAL:
            raise ContentError(path, field, "unknown field")
    for field in REQUIRED:
        if field not in meta or meta[field] in (None, ""):
            if field == "legal_refs" and meta.get(field) == []:
                continue
            raise ContentError(path, field, "missing")
    for field, kind in {**REQUIRED, **OPTIONAL}.items():
        if field in meta and not isinstance(meta[field], kind):
            raise ContentError(path, field, f"must be of type {kind.__name__}")
    if meta["section"] not in SECTIONS:
        raise ContentError(path, "section", f"must be one of {', '.join(SECTIONS)}")
    for who in meta["audience"]:
        if who not in AUDIENCES:
            raise ContentError(path, "audience", f"unknown audience '{who}'")
    slug = meta["slug"]
    if not slug.replace("-", "").isalnum() or slug != slug.lower() or not slug.isascii():
        raise ContentError(path, "slug", "lowercase ASCII letters, digits and hyphens only")


def read_sources(content_dir: Path, languages: tuple[str, ...]) -> list[Source]:
    sources = []
    for lang in languages:
        for path in sorted((content_dir / lang).glob("*.md")):
            meta, body = split_front_matter(path, path.read_text(encoding="utf-8"))
            validate(path, meta)
            sources.append(Source(path, lang, meta, body))
    return sources
