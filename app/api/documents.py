"""POST /api/v1/documents/<kind>?format=pdf|docx|odt|txt — letters as files, built in memory."""

from __future__ import annotations

from flask import Blueprint

bp = Blueprint("api_documents", __name__, url_prefix="/api/v1/documents")
