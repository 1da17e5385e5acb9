"""POST /api/v1/documents/<kind>?format=pdf|docx|odt|txt — letters as files, built in memory.

Kinds: every kind of the letters' registry (app/letters/registry.py), by its URL spelling:
complaint, partie-civile, pg-appeal, platform-notice, platform-appeal, delisting, erasure,
cnil-complaint, preservation, us-removal-request. This module only speaks HTTP: the registry
checks, builds and renders.

The JSON body is read, checked and turned into a file in one request; nothing is kept or logged.
Errors follow the API convention: {"status", "errors": [{"field", "code", "message": {fr, en}}]}.
"""

from __future__ import annotations

import json
from datetime import date

from flask import Blueprint, Response, current_app, jsonify, request

from app.letters import FILE_FORMATS, LetterInputError, registry
from app.letters.declare import problem as letter_problem
from app.letters.kind import disposition
from app.web.ratelimit import rate_limited

bp = Blueprint("api_documents", __name__, url_prefix="/api/v1/documents")

NOT_JSON = {"fr": "Le corps de la requête doit être un objet JSON (Content-Type: "
                  "application/json).",
            "en": "The request body must be a JSON object (Content-Type: application/json)."}
TOO_LARGE = {"fr": "La requête est trop volumineuse.", "en": "The request is too large."}


def today() -> date:
    return current_app.config.get("FACTS_ON") or date.today()


def problem(status: int, errors: list[dict]) -> Response:
    response = jsonify({"status": status, "errors": errors})
    response.status_code = status
    response.headers["Cache-Control"] = "no-store, max-age=0"
    return response


def attachment(body: bytes, mimetype: str, filename: str) -> Response:
    """A file download: never cached, never shown inline."""
    response = Response(body, content_type=mimetype)
    response.headers["Content-Disposition"] = disposition(filename)
    response.headers["Cache-Control"] = "no-store, max-age=0"
    return response


def read_json_body():
    """The parsed body, or an error response (400 unreadable, 413 too large)."""
    limit = current_app.config.get("MAX_CONTENT_LENGTH") or 0
    if limit and (request.content_length or 0) > limit:
        return None, problem(413, [{"field": "", "code": "too_large", "message": TOO_LARGE}])
    raw = request.get_data(cache=False)
    try:
        body = json.loads(raw)
    except (ValueError, UnicodeDecodeError, RecursionError):
        return None, problem(400, [{"field": "", "code": "not_json", "message": NOT_JSON}])
    return body, None


@bp.post("/<kind>")
@rate_limited("documents")
def create(kind: str):
    found = registry.find(kind)
    if found is None or found.slug != kind:  # URL spelling only: platform-notice
        return problem(404, [{"field": "kind", "code": "not_found",
                              "message": {"fr": "Type de document inconnu.",
                                          "en": "Unknown document type."}}])
    fmt = request.args.get("format", "pdf")
    if fmt not in FILE_FORMATS:
        return problem(422, [letter_problem("format", "invalid_format")])
    body, failed = read_json_body()
    if failed is not None:
        return failed
    try:
        document = registry.document(found.id, body, fmt, today(),
                                     reading_copy=request.args.get("copy") == "reading")
    except LetterInputError as exc:
        return problem(422, exc.errors)
    return attachment(*document)
