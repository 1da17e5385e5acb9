"""Search over every page, and the discoverability files (sitemap, robots)."""

from __future__ import annotations

from app.web.i18n import localized_blueprint

bp = localized_blueprint("search", __name__)
