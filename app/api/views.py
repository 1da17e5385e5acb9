"""/api/v1: JSON in, JSON out, described by /api/v1/openapi.json."""

from __future__ import annotations

from flask import Blueprint

bp = Blueprint("api", __name__, url_prefix="/api/v1")
