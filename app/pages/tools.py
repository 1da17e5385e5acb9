"""The site's tools as pages and menus name them: one plain name and one address per tool.

Content is rendered at start-up, before the tools' views are registered, so the path each tool
answers on is held here; tests/pages/test_tools.py checks it against the views, so a tool that
moves cannot leave a dead link in the pages. The menu (app/pages/views.py) reads the same names.
"""

from __future__ import annotations

from dataclasses import dataclass

from markupsafe import Markup


@dataclass(frozen=True)
class Tool:
    endpoint: str  # the view that answers on the path
    path: str  # after /<lang>/, in English
    name: dict[str, str]  # the plain name, the same in menus, buttons, titles and links
    french_path: str | None = None  # where the French address has its own words


# In menu order. The names are the site's plain names (see docs/content-guide.md).
TOOLS: dict[str, Tool] = {
    "qualify": Tool("interview.qualify_start", "qualify",
                    {"fr": "Ce que dit la loi sur ma situation",
                     "en": "What the law says about my situation"}, "ma-situation"),
    "complaint": Tool("complaint.start", "complaint",
                      {"fr": "Écrire ma plainte", "en": "Write my complaint"}, "plainte"),
    "action": Tool("action.start", "action",
                   {"fr": "Faire retirer un contenu", "en": "Get content removed"},
                   "faire-retirer-un-contenu"),
    "services": Tool("services.directory", "services",
                     {"fr": "Services d'aide", "en": "Support services"}, "services-d-aide"),
    "help-near-you": Tool("services.help_near_you", "help-near-you",
                          {"fr": "Aide près de chez vous", "en": "Help near you"},
                          "aide-pres-de-chez-vous"),
    "platforms": Tool("platforms.index", "platforms",
                      {"fr": "Signaler sur chaque plateforme", "en": "Reporting on each platform"},
                      "plateformes"),
}
PLATFORM_PATH = {"fr": "plateformes/{id}", "en": "platforms/{id}"}


def tool_url(key: str, lang: str) -> str:
    """The address of a tool in a language; KeyError for an unknown tool."""
    tool = TOOLS[key]
    return f"/{lang}/{tool.french_path if lang == 'fr' and tool.french_path else tool.path}"


def platform_url(platform_id: str, lang: str) -> str:
    return f"/{lang}/" + PLATFORM_PATH[lang].format(id=platform_id)


def tool_anchor(key: str, lang: str) -> Markup:
    """A link to a tool under its plain name; the class lets pages and measures find it."""
    return Markup('<a class="tool-link" href="{}">{}</a>').format(tool_url(key, lang),
                                                                  TOOLS[key].name[lang])


def known_paths(languages: tuple[str, ...]) -> set[str]:
    """Every tool and platform page address, for the content check's link test."""
    from app.services.platforms import all_platforms

    paths = {tool_url(key, lang) for key in TOOLS for lang in languages}
    paths |= {platform_url(p.id, lang) for p in all_platforms() for lang in languages}
    return paths
