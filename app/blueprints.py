"""Register each capability's blueprints. One line per capability, in dependency order."""

from __future__ import annotations

from flask import Flask


def register_capabilities(app: Flask) -> None:
    """Capabilities beyond content pages (services, qualification, letters, API)."""
