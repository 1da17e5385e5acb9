"""Support services as checked data: strict loading from data/services.yaml, then simple queries.

The loader refuses anything it does not expect, so a typo in the data fails the tests instead of
silently hiding a phone number or an opening-hours caveat.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

from app.config import LANGUAGES as LANGS
from app.datafiles import load_yaml

DATA_FILE = Path(__file__).parent / "data" / "services.yaml"
HELP_TYPES = ("listening", "legal", "removal", "reporting", "emergency")
CONTACT_KINDS = ("phone", "sms", "chat", "web", "email", "app")
GRADES = ("A", "B", "C", "U")
# Order of the urgent-help strip shown on every page: 17 / 112, 114 by SMS, 3919, 3018, 116 006.
URGENT_STRIP = ("17", "112", "114", "3919", "3018", "116006")

_REQUIRED = (
    "id", "name", "who", "ages", "urgent", "help_types", "what", "contacts",
    "hours", "cost", "languages", "source", "grade", "checked_on",
)  # fmt: skip
_OPTIONAL = ("image_ages",)
_NULLABLE_TEXT = ("hours", "cost", "languages")

Text = Mapping[str, str]


@dataclass(frozen=True)
class AgeRange:
    """Inclusive bounds; None means open on that side."""

    min: int | None = None
    max: int | None = None

    def includes(self, age: int) -> bool:
        return (self.min is None or age >= self.min) and (self.max is None or age <= self.max)


@dataclass(frozen=True)
class Contact:
    kind: str  # phone | sms | chat | web | email | app
    value: str
    label: Text | None = None


@dataclass(frozen=True)
class Service:
    id: str
    name: Text
    who: Text
    ages: AgeRange  # ages the sources confirm the service serves; AgeRange() = all ages
    image_ages: AgeRange | None  # removal tools: age of the person when the image was taken
    urgent: bool
    help_types: tuple[str, ...]
    what: Text
    contacts: tuple[Contact, ...]
    hours: Text | None
    cost: Text | None
    languages: Text | None
    source: str | None
    grade: str
    checked_on: date


class _Checker:
    """Raises ValueError naming the service and the field at fault."""

    def __init__(self, service_id: str):
        self.service_id = service_id

    def fail(self, field: str, problem: str) -> None:
        raise ValueError(f"service {self.service_id!r}, field {field!r}: {problem}")

    def text(self, field: str, value: Any) -> Text:
        if not isinstance(value, dict) or set(value) != set(LANGS):
            self.fail(field, f"expected a mapping with exactly the keys {LANGS}")
        for lang in LANGS:
            if not isinstance(value[lang], str) or not value[lang].strip():
                self.fail(field, f"missing or empty {lang!r} text")
        return dict(value)

    def ages(self, field: str, value: Any) -> AgeRange:
        if value == "all":
            return AgeRange()
        if not isinstance(value, dict) or not value or not set(value) <= {"min", "max"}:
            self.fail(field, 'expected "all" or a mapping with min and/or max')
        bounds = AgeRange(value.get("min"), value.get("max"))
        for bound in (bounds.min, bounds.max):
            if bound is not None and (type(bound) is not int or not 0 <= bound <= 120):
                self.fail(field, f"age bound {bound!r} is not a whole number of years")
        if bounds.min is not None and bounds.max is not None and bounds.min > bounds.max:
            self.fail(field, "min is greater than max")
        return bounds

    def contact(self, value: Any) -> Contact:
        if not isinstance(value, dict) or not {"kind", "value"} <= set(value):
            self.fail("contacts", "each contact needs kind and value")
        unknown = set(value) - {"kind", "value", "label"}
        if unknown:
            self.fail("contacts", f"unknown contact key(s) {sorted(unknown)}")
        if value["kind"] not in CONTACT_KINDS:
            self.fail("contacts", f"unknown contact kind {value['kind']!r}")
        if not isinstance(value["value"], str) or not value["value"].strip():
            self.fail("contacts", "contact value must be a non-empty string")
        label = self.text("contacts.label", value["label"]) if "label" in value else None
        return Contact(value["kind"], value["value"], label)

    def checked_on(self, value: Any) -> date:
        if isinstance(value, date):
            return value
        try:
            return date.fromisoformat(str(value))
        except ValueError:
            self.fail("checked_on", f"{value!r} is not a date (YYYY-MM-DD)")
            raise  # unreachable: fail() raises


def _service(raw: Any, position: int) -> Service:
    if not isinstance(raw, dict):
        raise ValueError(f"service #{position}: expected a mapping")
    check = _Checker(str(raw.get("id", f"#{position}")))
    for field in _REQUIRED:
        if field not in raw or (raw[field] is None and field not in (*_NULLABLE_TEXT, "source")):
            check.fail(field, "missing")
    for field in raw:
        if field not in _REQUIRED and field not in _OPTIONAL:
            check.fail(field, "unknown field")
    if not isinstance(raw["id"], str) or not raw["id"]:
        check.fail("id", "must be a non-empty string (quote numbers)")
    if type(raw["urgent"]) is not bool:
        check.fail("urgent", "must be true or false")
    help_types = raw["help_types"]
    if not isinstance(help_types, list) or not help_types or not set(help_types) <= set(HELP_TYPES):
        check.fail("help_types", f"must be a non-empty subset of {HELP_TYPES}")
    if not isinstance(raw["contacts"], list):
        check.fail("contacts", "must be a list")
    source = raw["source"]
    if source is not None and (not isinstance(source, str) or not source.startswith("https://")):
        check.fail("source", "must be an https:// URL or null")
    if raw["grade"] not in GRADES:
        check.fail("grade", f"must be one of {GRADES}")
    nullable = {f: None if raw[f] is None else check.text(f, raw[f]) for f in _NULLABLE_TEXT}
    return Service(
        id=raw["id"],
        name=check.text("name", raw["name"]),
        who=check.text("who", raw["who"]),
        ages=check.ages("ages", raw["ages"]),
        image_ages=check.ages("image_ages", raw["image_ages"]) if "image_ages" in raw else None,
        urgent=raw["urgent"],
        help_types=tuple(help_types),
        what=check.text("what", raw["what"]),
        contacts=tuple(check.contact(c) for c in raw["contacts"]),
        hours=nullable["hours"],
        cost=nullable["cost"],
        languages=nullable["languages"],
        source=source,
        grade=raw["grade"],
        checked_on=check.checked_on(raw["checked_on"]),
    )


def load_services(path: Path = DATA_FILE) -> tuple[Service, ...]:
    """Read and validate a services file; ValueError on any unexpected or missing data."""
    with open(path, encoding="utf-8") as f:
        document = load_yaml(f)
    if not isinstance(document, dict) or set(document) != {"services"}:
        raise ValueError(f"{path.name}: expected a single top-level key 'services'")
    services = tuple(_service(raw, i) for i, raw in enumerate(document["services"] or (), 1))
    seen: set[str] = set()
    for service in services:
        if service.id in seen:
            raise ValueError(f"service {service.id!r}, field 'id': duplicate id")
        seen.add(service.id)
    return services


@cache
def all_services() -> tuple[Service, ...]:
    """Every support service, in the order of the data file."""
    return load_services()


def get(service_id: str) -> Service:
    """The service with this id; KeyError if there is none."""
    for service in all_services():
        if service.id == service_id:
            return service
    raise KeyError(service_id)


def urgent_strip() -> list[Service]:
    """Services of the urgent-help strip, in display order (17 and 112 are shown together)."""
    return [get(service_id) for service_id in URGENT_STRIP]


def filter_services(
    age: int | None = None,
    urgent: bool | None = None,
    help_type: str | None = None,
    image_age: int | None = None,
) -> list[Service]:
    """Services matching every criterion given (None = any).

    age: the user's age; image_age: their age when the image was taken (only removal tools
    declare a limit on it).
    """
    if help_type is not None and help_type not in HELP_TYPES:
        raise ValueError(f"unknown help type {help_type!r}; expected one of {HELP_TYPES}")
    return [
        s
        for s in all_services()
        if (age is None or s.ages.includes(age))
        and (urgent is None or s.urgent is urgent)
        and (help_type is None or help_type in s.help_types)
        and (image_age is None or s.image_ages is None or s.image_ages.includes(image_age))
    ]
