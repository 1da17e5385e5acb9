"""The law as dated data: one YAML file per rule, a strict loader, and a cached registry.

No Flask here and no notion of "today": every question to the law carries its own date.
"""

from .registry import Registry, get_registry, load_registry
from .schema import (
    CIRCUMSTANCES,
    SHARED_CIRCUMSTANCES,
    Aggravation,
    Conduct,
    CountedTier,
    LawDataError,
    Penalty,
    Rule,
    UnknownArticle,
    UnknownConduct,
    Version,
)

__all__ = [
    "CIRCUMSTANCES",
    "SHARED_CIRCUMSTANCES",
    "Aggravation",
    "Conduct",
    "CountedTier",
    "LawDataError",
    "Penalty",
    "Registry",
    "Rule",
    "UnknownArticle",
    "UnknownConduct",
    "Version",
    "get_registry",
    "init_app",
    "load_registry",
]


def init_app(app) -> None:
    """The application's law registry, in `app.extensions["recours.law"]`: loaded and validated
    first, so a broken file stops start-up by its name. Pages and views read it from there."""
    app.extensions["recours.law"] = get_registry()
