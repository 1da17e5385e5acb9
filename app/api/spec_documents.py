"""OpenAPI paths and schemas for POST /api/v1/documents/<kind>, merged into /api/v1/openapi.json.

Nothing about a letter's body is written here: each kind of the letters' registry declares its
body once (app/letters/declare.py), and its validation and the schemas below both come from
that declaration, so the description cannot promise more, or less, than the check accepts.
This module only adds what belongs to HTTP: the paths, the parameters, the responses.
"""

from __future__ import annotations

from app.letters import FILE_FORMATS, MEDIA_TYPES, registry

_STRING = {"type": "string"}
_ERRORS = {
    "type": "object", "required": ["status", "errors"],
    "properties": {
        "status": {"type": "integer", "enum": [400, 404, 413, 422]},
        "errors": {"type": "array", "items": {
            "type": "object", "required": ["field", "code", "message"],
            "properties": {
                "field": {"type": "string", "description": "Path, e.g. facts[0].date or "
                                                           "qualification.facts_date."},
                "code": _STRING,
                "message": {"type": "object", "required": ["fr", "en"],
                            "properties": {"fr": _STRING, "en": _STRING}},
                "first_admissible_date": {
                    "type": "string", "format": "date",
                    "description": "Only with too_early (partie-civile): the first date the "
                                   "letter can bear (CPP 85 counted as CPP 801 says)."},
                "candidates": {
                    "type": "array",
                    "description": "Only with ambiguous_court: every commune the address may "
                                   "mean and its court; send one commune_insee or tribunal.",
                    "items": {"type": "object", "properties": {
                        "commune_insee": _STRING, "commune": _STRING,
                        "postcodes": {"type": "array", "items": _STRING},
                        "tribunal": {"type": ["string", "null"]}}}},
            }}},
    },
}
_FILES = {MEDIA_TYPES[fmt].split(";")[0]: {"schema": {"type": "string", "format": "binary"}
                                           if fmt != "txt" else _STRING}
          for fmt in FILE_FORMATS}
_ERROR = {"application/json": {"schema": {"$ref": "#/components/schemas/DocumentErrors"}}}
FORMAT = {"name": "format", "in": "query", "required": False,
          "schema": {"type": "string", "enum": list(FILE_FORMATS), "default": "pdf"},
          "description": "File format of the letter."}
COPY = {"name": "copy", "in": "query", "required": False,
        "schema": {"type": "string", "enum": ["reading"]},
        "description": "Return the reading copy in reading_copy_lang instead of the letter."}


def _operation(kind: registry.DocumentKind, schema: dict) -> dict:
    return {
        "operationId": "document" + "".join(part.title() for part in kind.id.split("_")),
        "summary": kind.summary,
        "description": "Built in memory and streamed; nothing is stored or logged. "
                       "Responses carry Cache-Control: no-store.",
        "tags": ["documents"],
        "parameters": [FORMAT, COPY] if kind.reading_copy else [FORMAT],
        "requestBody": {"required": True, "content": {"application/json": {"schema": schema}}},
        "responses": {
            "200": {"description": "The file, as an attachment (Content-Disposition).",
                    "content": _FILES},
            "400": {"description": "The body is not JSON.", "content": _ERROR},
            "413": {"description": "The body is too large.", "content": _ERROR},
            "422": {"description": "Unknown fields, bad values or an unknown format; every "
                                   "problem is listed.", "content": _ERROR},
        },
    }


def _build() -> tuple[dict, dict]:
    schemas: dict = {"DocumentErrors": _ERRORS}
    paths: dict = {}
    for kind in registry.kinds():
        paths[f"/api/v1/documents/{kind.slug}"] = {"post": _operation(
            kind, kind.body.schema(schemas))}
    return paths, schemas


PATHS, SCHEMAS = _build()
