"""Language lives in the URL only (/fr/…, /en/…): no cookie, no session.

Views are registered on blueprints whose url_prefix is "/<lang>"; the preprocessor below moves the
value into `g.lang` and `url_for` puts it back, so views never handle it (Flask "URL processors").
"""

from __future__ import annotations

from flask import Blueprint, Flask, abort, current_app, g, redirect, request, url_for
from flask_babel import Babel

LANGUAGES = ("fr", "en")
LANGUAGE_NAMES = {"fr": "Français", "en": "English"}


def other_language(lang: str) -> str:
    return "en" if lang == "fr" else "fr"


def current_language() -> str:
    return getattr(g, "lang", None) or current_app.config["DEFAULT_LANGUAGE"]


def localized_blueprint(name: str, import_name: str, **kwargs) -> Blueprint:
    """A blueprint mounted under /<lang>; the language is read and written automatically."""
    bp = Blueprint(name, import_name, url_prefix="/<any(fr, en):lang>", **kwargs)

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
    best = request.accept_languages.best_match(LANGUAGES, default="fr")
    return best or "fr"


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
