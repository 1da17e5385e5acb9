"""Platform names the letters print, read from the platform directory
(app/services/data/platforms.yaml): the interview, the API, the directory pages and the letters
share one list. An id or a directory name prints the directory's name; anything else is printed
as typed. The delisting letter's own routes (wording.py, dossier §8) exist only for ROUTED_ENGINES.
"""

from __future__ import annotations

from app.services.platforms import Platform, all_platforms

ROUTED_ENGINES = ("google", "bing")  # search engines the delisting notes name a route for


def find(value: str) -> Platform | None:
    """The directory's platform whose id or name is `value` (any case), else None."""
    key = (value or "").strip().casefold()
    if not key:
        return None
    for platform in all_platforms():
        if key in (platform.id, platform.name.casefold()):
            return platform
    return None


def platform_names() -> dict[str, str]:
    """{id: printed name} for every platform of the directory, in its order."""
    return {platform.id: platform.name for platform in all_platforms()}


def display_name(value: str) -> str:
    """The printed name of a platform id, or the free name unchanged."""
    platform = find(value)
    return platform.name if platform else value or ""


def engine(value: str) -> str:
    """"google" | "bing" | "other": which search engine's dedicated route to point to."""
    platform = find(value)
    if platform and platform.route == "search" and platform.id in ROUTED_ENGINES:
        return platform.id
    return "other"
