"""Bilingual error pages: the right status, a calm message, never a stack trace.

The language comes from the path when it has one; otherwise the page speaks both languages.
API paths get JSON with the message in both languages.
"""

from __future__ import annotations

import logging

from flask import Flask, g, jsonify, render_template, request
from flask_babel import force_locale
from werkzeug.exceptions import HTTPException, InternalServerError

from app.web.i18n import LANGUAGES

log = logging.getLogger(__name__)

HANDLED = (400, 403, 404, 405, 413, 422, 429, 500, 503)


def language_from_path(path: str) -> str | None:
    first = path.strip("/").split("/", 1)[0]
    return first if first in LANGUAGES else None


def messages(code: int) -> dict[str, dict[str, str]]:
    """Title and explanation in each language, rendered with that language's catalogue."""
    from app.web.error_texts import error_text

    out = {}
    for lang in LANGUAGES:
        with force_locale(lang):
            out[lang] = error_text(code)
    return out


def render_error(error: HTTPException):
    code = error.code or 500
    texts = messages(code)
    headers = {"Retry-After": str(error.retry_after)} if getattr(error, "retry_after", None) \
        else {}
    if request.path.startswith("/api/"):
        return jsonify({"status": code, "error": {k: v["title"] for k, v in texts.items()},
                        "message": {k: v["body"] for k, v in texts.items()}}), code, headers
    lang = language_from_path(request.path)
    g.lang = lang or "fr"
    html = render_template("errors/error.html", code=code, texts=texts, page_lang=lang)
    if code == 405 and getattr(error, "valid_methods", None):
        headers["Allow"] = ", ".join(error.valid_methods)
    return html, code, headers


def init_app(app: Flask) -> None:
    for code in HANDLED:
        app.register_error_handler(code, render_error)

    @app.errorhandler(Exception)
    def unexpected(error: Exception):
        if isinstance(error, HTTPException):
            return render_error(error)
        # Only the exception type and path: never the form content.
        log.error("unhandled %s on %s", type(error).__name__, request.path)
        return render_error(InternalServerError())
