"""Directory filters: a few non-identifying choices read from the query string, then applied.

Each filter offers a closed list of values; anything else is reported (the view answers 400) and
left out rather than guessed. Age groups are matched by overlap: a service is listed for a group
when its sources say it serves at least one age in it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from app.services.directory import HELP_TYPES, Service, all_services, filter_services

ANY = "any"
OLDEST = 120

AGE_GROUPS = {"under-15": range(0, 15), "15-17": range(15, 18), "18-plus": range(18, OLDEST + 1)}
IMAGE_AGE_GROUPS = {"under-18": range(0, 18), "18-plus": range(18, OLDEST + 1)}
URGENCY = {"yes": True, "no": False}

# Query parameter → the values it accepts, in display order ("any" first).
CHOICES: dict[str, tuple[str, ...]] = {
    "age": (ANY, *AGE_GROUPS),
    "urgent": (ANY, *URGENCY),
    "help": (ANY, *HELP_TYPES),
    "image_age": (ANY, *IMAGE_AGE_GROUPS),
}


@dataclass(frozen=True)
class Filters:
    age: str = ANY
    urgent: str = ANY
    help: str = ANY
    image_age: str = ANY
    invalid: tuple[str, ...] = field(default=())  # names of filters whose value was refused

    @property
    def active(self) -> bool:
        return any(getattr(self, name) != ANY for name in CHOICES)


def read_filters(args: Mapping[str, str]) -> Filters:
    """Filters from query arguments; an empty value means "any", an unknown one is refused."""
    chosen: dict[str, str] = {}
    invalid = []
    for name, allowed in CHOICES.items():
        value = args.get(name, ANY) or ANY
        if value in allowed:
            chosen[name] = value
        else:
            invalid.append(name)
    return Filters(**chosen, invalid=tuple(invalid))


def _points(group: range | None, lower_bounds: set[int | None]) -> tuple[int | None, ...]:
    """Ages enough to test a group: an age range meets the group exactly when it contains the
    group's first age or its own lower bound lies inside the group."""
    if group is None:
        return (None,)
    return (group.start, *sorted(b for b in lower_bounds if b is not None and b in group))


def _matching(age_group: range | None, image_group: range | None, **criteria) -> set[str]:
    """Ids of services matching the criteria for at least one age of each group given."""
    services = all_services()
    ages = _points(age_group, {s.ages.min for s in services})
    image_ages = _points(image_group, {s.image_ages.min for s in services if s.image_ages})
    found: set[str] = set()
    for age in ages:
        for image_age in image_ages:
            found.update(s.id for s in filter_services(age=age, image_age=image_age, **criteria))
    return found


def apply_filters(filters: Filters) -> list[Service]:
    """The matching services, emergency numbers first, otherwise in the data file's order."""
    ids = _matching(
        AGE_GROUPS.get(filters.age),
        IMAGE_AGE_GROUPS.get(filters.image_age),
        urgent=URGENCY.get(filters.urgent),
        help_type=None if filters.help == ANY else filters.help,
    )
    listed = [s for s in all_services() if s.id in ids]
    return sorted(listed, key=lambda s: not s.urgent)
