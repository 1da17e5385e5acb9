"""Language lives in the URL only (/fr/…, /en/…): no cookie, no session.

Views are registered on localized blueprints: each route is written once, with its English path,
and exists in every language under /<lang>, in that language's words where the capability gives
them (`paths={"fr": {"/complaint": "/plainte"}}` makes /fr/plainte and /en/complaint). The former
French path of such a view still answers, with a permanent redirect to the new one (301 for GET,
308 for a form's POST, which keeps its body). The language reaches the view in `g.lang`, and
`url_for` puts it back, so views never handle it (Flask "URL processors").
"""

from __future__ import annotations

from flask import Blueprint, Flask, abort, current_app, g, redirect, request, url_for
from flask_babel import Babel

from app.config import LANGUAGES

LANGUAGE_NAMES = {"fr": "Français", "en": "English"}


def other_language(lang: str) -> str:
    """The first of the site's other languages (the language switch offers each of them)."""
    return next(code for code in LANGUAGES if code != lang)


def current_language() -> str:
    return getattr(g, "lang", None) or current_app.config["DEFAULT_LANGUAGE"]


class LocalizedBlueprint(Blueprint):
    """A blueprint whose every route exists once per language, under /<lang>, in that language's
    words; see the module's docstring."""

    def __init__(self, name: str, import_name: str,
                 paths: dict[str, dict[str, str]] | None = None, **kwargs):
        super().__init__(name, import_name, **kwargs)
        self.paths = paths or {}

    def translated(self, rule: str, lang: str) -> str:
        """`rule` in `lang`'s words: the longest given path that starts it, segment by segment."""
        given = self.paths.get(lang, {})
        for english in sorted(given, key=len, reverse=True):
            if rule == english or rule.startswith(english + "/"):
                return given[english] + rule[len(english):]
        return rule

    def add_url_rule(self, rule: str, endpoint: str | None = None, view_func=None,
                     provide_automatic_options: bool | None = None, **options) -> None:
        endpoint = endpoint or view_func.__name__
        given = options.pop("defaults", None) or {}
        for lang in LANGUAGES:
            path = self.translated(rule, lang)
            defaults = {**given, "lang": lang}
            super().add_url_rule(f"/{lang}{path}", endpoint, view_func,
                                 provide_automatic_options, defaults=defaults, **options)
            if path != rule:  # the view's former path in this language moved: say where to
                super().add_url_rule(f"/{lang}{rule}", f"{endpoint}__moved_{lang}",
                                     _moved(f"{self.name}.{endpoint}"),
                                     defaults=defaults, **options)


def _moved(endpoint: str):
    """A view that sends a former address to the new one, arguments and query string kept."""

    def moved(**values):
        target = url_for(endpoint, lang=g.lang, **values)
        if request.query_string:
            target += "?" + request.query_string.decode("latin-1")
        return redirect(target, code=301 if request.method in ("GET", "HEAD") else 308)

    moved.moved_to = endpoint
    return moved


def localized_blueprint(name: str, import_name: str,
                        paths: dict[str, dict[str, str]] | None = None,
                        **kwargs) -> LocalizedBlueprint:
    """A blueprint mounted under /<lang>; the language is read and written automatically.
    `paths`: the capability's paths in a language's words, by the English path they replace."""
    bp = LocalizedBlueprint(name, import_name, paths, **kwargs)

    @bp.url_value_preprocessor
    def pull_lang(endpoint, values):
        lang = values.pop("lang", None) if values else None
        if lang not in LANGUAGES:
            abort(404)
        g.lang = lang

    @bp.url_defaults
    def add_lang(endpoint, values):
        values.setdefault("lang", current_language())

    return bp


def preferred_language() -> str:
    """French unless the browser clearly prefers English (Accept-Language)."""
    best = request.accept_languages.best_match(LANGUAGES, default=LANGUAGES[0])
    return best or LANGUAGES[0]


def init_app(app: Flask) -> None:
    Babel(app, locale_selector=current_language)

    @app.get("/")
    def root():
        response = redirect(url_for("pages.home", lang=preferred_language()), code=302)
        response.headers["Vary"] = "Accept-Language"
        return response

    @app.context_processor
    def language_context():
        return {"lang": current_language(), "other_lang": other_language(current_language()),
                "language_names": LANGUAGE_NAMES}
