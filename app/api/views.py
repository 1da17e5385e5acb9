"""/api/v1: JSON in, JSON out, described by /api/v1/openapi.json; and the page describing it.

`bp` holds the JSON endpoints. `docs_bp` is the human page GET /<lang>/api (a localized
blueprint, registered by app.api.cli.init_app). Nothing sent is stored or logged: errors name
fields and codes, never values. Each error keeps its message in both languages (the API
convention) and adds `text`, the message in the language asked for.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from flask import Blueprint, current_app, g, render_template, request
from werkzeug.exceptions import RequestEntityTooLarge

from app.config import LANGUAGES
from app.qualify import QualifyInputError, qualify_json
from app.web.i18n import localized_blueprint
from app.web.safety import NO_STORE, no_store
from app.wording import Wording

from .openapi import build_spec, example_input

bp = Blueprint("api", __name__, url_prefix="/api/v1")
docs_bp = localized_blueprint("api_docs", __name__)


BODY_ERRORS = {
    400: ("invalid_json", {"fr": "Le corps de la requête n'est pas un JSON lisible (UTF-8).",
                           "en": "The request body is not readable JSON (UTF-8)."}),
    413: ("too_large", {"fr": "Le corps de la requête est trop grand.",
                        "en": "The request body is too large."}),
}


def today() -> date:
    """The site's idea of today: FACTS_ON when configured (tests), else the real date."""
    value = current_app.config.get("FACTS_ON") or date.today()
    return date.fromisoformat(value) if isinstance(value, str) else value


def json_response(body, status: int = 200):
    response = current_app.response_class(
        json.dumps(body, ensure_ascii=False), status=status, mimetype="application/json")
    response.headers["Cache-Control"] = NO_STORE
    return response


def requested_lang(payload=None) -> str:
    """The body's `lang` when it is a known one, else the best of Accept-Language, else fr."""
    if isinstance(payload, dict):
        lang = payload.get("lang")
        if isinstance(lang, str) and lang in LANGUAGES:
            return lang
    return request.accept_languages.best_match(LANGUAGES) or LANGUAGES[0]


def errors_response(status: int, errors: list[dict], lang: str):
    """Every error with its bilingual `message` and its `text` in `lang`."""
    shown = [{**error, "text": error["message"][lang]} for error in errors]
    return json_response({"status": status, "errors": shown}, status)


def body_error(status: int):
    code, message = BODY_ERRORS[status]
    return errors_response(status, [{"field": "", "code": code, "message": message}],
                           requested_lang())


def read_json():
    """(payload, None) or (None, error response): 400 unreadable, 413 too large."""
    try:
        raw = request.get_data(cache=False)
    except RequestEntityTooLarge:
        return None, body_error(413)
    try:
        return json.loads(raw), None
    except (ValueError, RecursionError):
        return None, body_error(400)


@bp.post("/qualify")
@no_store
def qualify():
    payload, problem = read_json()
    if problem is not None:
        return problem
    try:
        return json_response(qualify_json(payload, today()))
    except QualifyInputError as error:
        return errors_response(422, error.errors, requested_lang(payload))


@bp.get("/openapi.json")
def openapi():
    response = json_response(build_spec())
    response.headers["Cache-Control"] = "no-cache"
    return response


WORDING = Wording(Path(__file__).parent / "wording")


@docs_bp.get("/api")
def api_page():
    from .spec_qualify import INPUT_FIELDS

    # The guided questions word the same fields; their capability publishes that wording
    # (app.extensions), so this page shows it without importing the interview.
    wording = current_app.extensions.get("recours.qualify_wording")
    labels = wording(g.lang) if wording else {}
    example = json.dumps({**example_input(), "lang": g.lang}, ensure_ascii=False, indent=2)
    return render_template("api/docs.html", a=WORDING.wording(g.lang),
                           questions=labels.get("questions", {}), fields=INPUT_FIELDS,
                           example=example)
