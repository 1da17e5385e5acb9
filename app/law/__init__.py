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
    "load_registry",
]
