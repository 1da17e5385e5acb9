"""Register each capability's blueprints. One line per capability, in dependency order."""

from __future__ import annotations

from flask import Flask


def register_capabilities(app: Flask) -> None:
    """Capabilities beyond content pages: services, guided questions, API, search."""
    from app.api.documents import bp as api_documents
    from app.api.views import bp as api
    from app.interview.action.views import bp as action
    from app.interview.complaint.views import bp as complaint
    from app.interview.qualify.views import bp as interview
    from app.search.views import bp as search
    from app.services.platform_views import bp as platforms
    from app.services.views import bp as services

    for blueprint in (services, platforms, interview, complaint, action, api, api_documents,
                      search):
        app.register_blueprint(blueprint)
    for init in _capability_inits():
        init(app)


def _capability_inits():
    """Capabilities that need more than a blueprint (CLI commands, start-up indexes)."""
    from app import lawwatch
    from app.api import cli as api_cli
    from app.api import documents_cli, render_pool
    from app.search import init as search_init

    return [api_cli.init_app, documents_cli.init_app, render_pool.init_app, search_init.init_app,
            lawwatch.init_app]
