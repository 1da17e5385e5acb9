"""The component examples of app/templates/components/examples.yaml: loaded, their {from: …}
values read from the application, and rendered alone or inside a minimal page built like base.html.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml
from flask import Flask, current_app, render_template_string, url_for
from markupsafe import Markup

from app.config import ROOT
from tests.conftest import localized

COMPONENTS = ROOT / "app" / "templates" / "components"
EXAMPLES = COMPONENTS / "examples.yaml"
LANGS = ("fr", "en")
SLOTS = ("head", "body", "header", "header-row", "main")

# A minimal page laid out like base.html (same stylesheet, script and landmarks), with one slot
# filled by the example.
PAGE = """<!doctype html>
<html lang="{{ lang }}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ title }} · Recours</title>
<link rel="stylesheet" href="{{ asset_url('css/site.css') }}">
<script src="{{ asset_url('js/site.js') }}" defer></script>
{{ slots.head }}
</head>
<body>
{{ slots.body }}
<header class="site-header">
  <div class="wrap header-row">
    <a class="brand" href="{{ url_for('pages.home') }}">Recours</a>
    {{ slots["header-row"] }}
  </div>
  {{ slots.header }}
</header>
<main id="main" tabindex="-1" class="wrap">
<h1>{{ title }}</h1>
{{ slots.main }}
</main>
</body>
</html>"""


@dataclass(frozen=True)
class Example:
    component: str
    name: str
    slot: str
    path: str
    empty: bool
    args: dict  # by language, as written (before {from: …} values are read)

    @property
    def is_macro(self) -> bool:
        return is_macro(self.component)

    def __str__(self) -> str:
        return f"{self.component}/{self.name}"


def component_files() -> list[str]:
    return sorted(path.stem for path in COMPONENTS.glob("*.html"))


def is_macro(component: str) -> bool:
    source = (COMPONENTS / f"{component}.html").read_text(encoding="utf-8")
    return re.search(rf"{{%-?\s*macro\s+{re.escape(component)}\(", source) is not None


@cache
def raw_examples(path: Path = EXAMPLES) -> dict:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def all_examples() -> list[Example]:
    examples = []
    for component, entries in raw_examples().items():
        for name, entry in (entries or {}).items():
            examples.append(Example(
                component=component, name=name, slot=entry.get("in", "main"),
                path=entry.get("path", ""), empty=bool(entry.get("empty")),
                args={lang: entry.get(lang) for lang in LANGS}))
    return examples


def _sources():
    from app.services import present
    from app.services.courts import cdad_for, tribunal_for
    from app.services.directory import get
    from app.services.strip import urgent_services
    from app.services.wording import wording
    from app.web.i18n import LANGUAGE_NAMES
    from app.web.templating import alternate_links

    def court(lang, commune):
        found = tribunal_for(commune)
        assert found is not None, f"no tribunal for commune {commune}"
        return present.court_view(found, lang)

    def cdad(lang, departement):
        found = cdad_for(departement)
        assert found is not None, f"no CDAD for département {departement}"
        return present.cdad_view(found)

    return {
        "service": lambda lang, id: present.service_view(get(id), lang),
        "court": court,
        "cdad": cdad,
        "services_wording": lambda lang: wording(lang),
        "urgent_services": lambda lang: urgent_services(),
        "alternate_links": lambda lang: alternate_links(),
        "language_names": lambda lang: dict(LANGUAGE_NAMES),
        "config": lambda lang, key: current_app.config[key],
        "url": lambda lang, endpoint: url_for(endpoint, lang=lang),
        "lang": lambda lang: lang,
    }


def resolve(value, lang: str):
    """The value with every {from: …} read from the application (inside a request context)."""
    if isinstance(value, dict):
        if "from" in value:
            options = {k: v for k, v in value.items() if k != "from"}
            return _sources()[value["from"]](lang, **options)
        return {key: resolve(item, lang) for key, item in value.items()}
    if isinstance(value, list):
        return [resolve(item, lang) for item in value]
    return value


def _render(example: Example, lang: str) -> str:
    args = resolve(example.args[lang] or {}, lang)
    name = example.component
    if example.is_macro:
        source = f'{{% from "components/{name}.html" import {name} %}}{{{{ {name}(**args) }}}}'
        return render_template_string(source, args=args)
    return render_template_string(f'{{% include "components/{name}.html" %}}', **args)


def _request(app: Flask, example: Example, lang: str):
    context = app.test_request_context(localized(f"/{lang}/{example.path}"))
    context.push()
    app.preprocess_request()  # the language is read from the URL, as for a real page
    return context


def render_fragment(app: Flask, example: Example, lang: str) -> str:
    context = _request(app, example, lang)
    try:
        return _render(example, lang)
    finally:
        context.pop()


def render_page(app: Flask, example: Example, lang: str, fragment: str | None = None) -> str:
    """The example (or any given fragment) in its slot of a minimal page in that language."""
    context = _request(app, example, lang)
    try:
        body = _render(example, lang) if fragment is None else fragment
        slots = dict.fromkeys(SLOTS, "")
        slots[example.slot] = Markup(body)  # noqa: S704 - HTML rendered by the app's templates
        return render_template_string(PAGE, title=f"{example.component} – {example.name}",
                                      slots=slots)
    finally:
        context.pop()
