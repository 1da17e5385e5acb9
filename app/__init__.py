"""Recours: bilingual legal information for people targeted by sexual deepfakes in France.

The factory only wires configuration, extensions and blueprints; each capability lives in its own
package (see docs/architecture.md).
"""

from __future__ import annotations

from flask import Flask

from app.config import DefaultConfig


def create_app(test_config: dict | None = None) -> Flask:
    """Build the application. `test_config` overrides the defaults (used by tests)."""
    app = Flask(__name__, static_folder=None)
    app.config.from_object(DefaultConfig)
    app.config.from_prefixed_env("RECOURS")
    if test_config:
        app.config.update(test_config)

    from app.law import get_registry

    get_registry()  # the law data is validated first: a broken file stops start-up by its name

    from app.web import init_web

    init_web(app)

    from app.pages import init_pages

    init_pages(app)

    from app.blueprints import register_capabilities

    register_capabilities(app)
    return app
