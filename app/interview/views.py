"""Guided questions: qualification and complaint interview (thin views over the engines)."""

from __future__ import annotations

from app.web.i18n import localized_blueprint

bp = localized_blueprint("interview", __name__)
