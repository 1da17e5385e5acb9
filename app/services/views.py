"""Support-services directory and "help near you" pages (thin views over app.services)."""

from __future__ import annotations

from app.web.i18n import localized_blueprint

bp = localized_blueprint("services", __name__)
