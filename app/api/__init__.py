"""The JSON API (/api/v1: qualify, documents, openapi.json), its human page and its commands."""

from __future__ import annotations

from flask import Flask


def init_app(app: Flask) -> None:
    from app.api import cli, documents_cli, render_pool
    from app.api.documents import bp as documents
    from app.api.views import bp

    app.register_blueprint(bp)
    app.register_blueprint(documents)
    cli.init_app(app)
    documents_cli.init_app(app)
    render_pool.init_app(app)
