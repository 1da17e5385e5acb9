"""The OpenAPI 3.1 document of /api/v1, assembled from each endpoint family's spec module.

Why: each capability describes its own endpoints (spec_qualify.py, spec_documents.py); this
module only merges them, so adding endpoints never means editing someone else's description.
"""

from __future__ import annotations

import copy

from . import spec_documents, spec_qualify

INFO = {
    "title": "Recours API",
    "version": "1.0.0",
    "description": "Legal information on sexual deepfakes and image-based sexual abuse in France. "
                   "General information, not legal advice; penalties are maximums. Nothing sent "
                   "is stored. / Information juridique générale, pas un conseil juridique\u00a0; "
                   "les peines sont des maximums. Rien de ce qui est envoyé n'est conservé.",
    "license": {"name": "AGPL-3.0-or-later", "identifier": "AGPL-3.0-or-later"},
}

SELF = {
    "/api/v1/openapi.json": {
        "get": {
            "operationId": "openapi",
            "summary": "This document",
            "responses": {"200": {"description": "The OpenAPI 3.1 document",
                                  "content": {"application/json": {"schema": {
                                      "type": "object"}}}}},
        }
    }
}


def _merge(target: dict, extra: dict, what: str) -> None:
    for key, value in extra.items():
        if key in target and target[key] != value:
            raise ValueError(f"OpenAPI {what} {key!r} is defined twice, differently")
        target[key] = copy.deepcopy(value)


def build_spec() -> dict:
    paths: dict = {}
    schemas: dict = {}
    for module in (spec_qualify, spec_documents):
        _merge(paths, module.PATHS, "path")
        _merge(schemas, module.SCHEMAS, "schema")
    _merge(paths, SELF, "path")
    return {
        "openapi": "3.1.0",
        "info": INFO,
        "paths": paths,
        "components": {"schemas": schemas},
    }


def example_input() -> dict:
    """A typical request body, shown on the API page (without `lang`, added per language)."""
    return {"facts_date": "2025-01-10", "content_type": "sexual_deepfake",
            "distribution": "public_online", "victim_age_at_facts": 30}
