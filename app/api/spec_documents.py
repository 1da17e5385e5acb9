"""OpenAPI paths and schemas for the documents endpoints, merged into /api/v1/openapi.json."""

from __future__ import annotations

PATHS: dict = {}
SCHEMAS: dict = {}
