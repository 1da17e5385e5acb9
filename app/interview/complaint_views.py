"""The complaint interview and the letters it produces (thin views over app.letters)."""

from __future__ import annotations

from app.web.i18n import localized_blueprint

bp = localized_blueprint("complaint", __name__)
